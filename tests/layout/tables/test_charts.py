"""A chart drawn as vector paths over a rows-only table: its grid lines join
the table's stack of rules, but its bars cross them, so the chart's rows,
axis labels and title are no rows of the table."""

from __future__ import annotations

from dataclasses import replace

from delar_extract.layout.tables import find_row_ruled
from delar_extract.layout.tables.figures import chart_spans, outside_charts
from delar_extract.pdf.objects import Box, PageContent, Rect, Shape, Word
from tests.layout.tables.test_rows import LEFT, RIGHT, SIZE, _page, _row, _words

GRID = [40.0, 55.0, 70.0, 85.0]  # the chart's grid lines, as wide as the table
RULES = [130.0, 145.0, 160.0, 175.0]  # the table's: over and under its header, rows


def _bar(x: float, top: float, bottom: float = 85.0) -> Shape:
    points = ((x, top), (x + 20, top), (x + 20, bottom), (x, bottom), (x, top))
    return Shape(Box(x, top, x + 20, bottom), "#4472C4", None, points)


def _chart_words() -> list[Word]:
    words = _words("Utfall per period", LEFT + 3, 20, size=1.5 * SIZE, bold=True)
    for top, value in zip(GRID, ["30", "20", "10", "0"], strict=True):
        words += _words(value, LEFT + 3, top - 4)  # the y axis, on the grid lines
    # the x axis labels under the chart, set over the table's columns
    words += _words("2023-06", 330, 90) + _words("2023-07", 430, 90) + _words("2023-08", 510, 90)
    return words


def _table_words() -> list[Word]:
    words = _row(133, "Period", "Utfall", "Budget", bold=True)
    return words + _row(148, "Vård", "12", "14") + _row(163, "Skola", "7", "9")


def _chart_over_table(bars: tuple[Shape, ...]) -> PageContent:
    return replace(_page(_chart_words() + _table_words(), GRID + RULES), shapes=bars)


def test_a_bar_chart_over_a_table_gives_the_table_none_of_its_rows() -> None:
    bars = (_bar(340, 50), _bar(440, 62), _bar(520, 44))
    (grid,) = find_row_ruled(_chart_over_table(bars), [])
    assert grid.box.top >= RULES[0] - 1  # the header row is the first
    assert len(grid.rows) == 3
    assert [len(r) for r in grid.rows] == [3, 3, 3]


def test_the_same_grid_without_bars_crossing_it_stays_rows() -> None:
    # bars that end on the grid lines cross none: a table's fills and marks
    # lie between its rules, so this is not told from a table
    assert chart_spans([(top, LEFT, RIGHT) for top in GRID], [_span_of(_bar(340, 55, 70))]) == []


def _span_of(shape: Shape) -> dict[str, float]:
    box = shape.box
    return {"x0": box.x0, "top": box.top, "x1": box.x1, "bottom": box.bottom}


def test_a_cell_fill_between_two_rules_is_no_chart() -> None:
    rules = [(top, LEFT, RIGHT) for top in RULES]
    fill = Rect(Box(LEFT, 145.4, RIGHT, 159.6), "#DDEBF7", None)
    assert chart_spans(rules, [_span_of(Shape(fill.box, fill.fill, None))]) == []


def test_the_bands_of_a_chart_and_its_edges_go() -> None:
    bands = [(40.0, 55.0), (55.0, 70.0), (70.0, 85.0), (85.0, 130.0), (130.0, 145.0)]
    bands += [(145.0, 160.0), (160.0, 175.0)]
    assert outside_charts(bands, [(40.0, 85.0)]) == [
        [(130.0, 145.0), (145.0, 160.0), (160.0, 175.0)]
    ]
    assert outside_charts(bands, []) == [bands]

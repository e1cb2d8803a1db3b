"""Lattices that are charts, not tables: a ReportLab rendering's sparklines and
bar charts (real input), and hand-built grids."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from delar_extract.layout.headings import body_size
from delar_extract.layout.marks import page_to_marks
from delar_extract.layout.tables import chart_extents, find_row_ruled, is_figure, split_figures
from delar_extract.pdf.objects import Box, PageContent, Rect, TableGrid, Word
from delar_extract.pdf.reader import iter_pages, open_pdf
from tests.conftest import SAMPLES
from tests.parsers.builders import content, line

SPARKLINES = SAMPLES / "variants" / "001_arsrapport_rs_2021__reportlab.pdf"
SIZE = 8.0


@cache
def _pages(name: str) -> tuple[PageContent, ...]:
    with open_pdf(SAMPLES / name) as (_, document):
        return tuple(iter_pages(document))


def _inside(inner: Box, outer: Box) -> bool:
    return (
        outer.x0 - 1 <= inner.x0
        and inner.x1 <= outer.x1 + 1
        and outer.top - 1 <= inner.top
        and inner.bottom <= outer.bottom + 1
    )


def test_sparklines_in_a_diagram_column_are_figures_in_the_cells_of_their_table() -> None:
    pages = _pages(f"variants/{SPARKLINES.name}")
    body = body_size([w for p in pages for w in p.words])
    page = pages[14]
    assert len(page.tables) >= 5  # each sparkline's grid and bars close into a lattice
    tables, figures = split_figures(page.tables, page.words, body)
    assert tables == []
    assert len(figures) == len(page.tables)
    # Taken for tables, the sparklines hid the rows-only table around them.
    hidden = find_row_ruled(page, [g.box for g in page.tables])
    assert not any(_inside(f, g.box) for g in hidden for f in figures)
    # As pictures, each stands in a cell of the table's last column ('Diagram').
    grids = find_row_ruled(page, [], figures)
    for figure in figures:
        (grid,) = [g for g in grids if _inside(figure, g.box)]
        cells = [row[-1] for row in grid.rows if row[-1] is not None]
        assert any(_inside(figure, cell) for cell in cells)


def test_the_tables_of_a_sample_are_no_figures() -> None:
    pages = _pages("000_delarsrapport_rs_2025_aug.pdf")
    body = body_size([w for p in pages for w in p.words])
    lattices = [(p, g) for p in pages for g in p.tables]
    assert len(lattices) >= 10
    assert not any(is_figure(g, p.words, body) for p, g in lattices)


def _grid(xs: Sequence[float], ys: Sequence[float]) -> TableGrid:
    rows = tuple(tuple(Box(x0, y0, x1, y1) for x0, x1 in pairwise(xs)) for y0, y1 in pairwise(ys))
    return TableGrid(Box(xs[0], ys[0], xs[-1], ys[-1]), rows, True)


def _word(text: str, x0: float, top: float, size: float = SIZE) -> Word:
    return Word(text, Box(x0, top, x0 + 0.5 * size * len(text), top + size), "F", size, False, None)


# A bar chart's plot: grid lines every 20 pt, bars 4 pt wide with 4 pt between.
BARS = _grid([100 + 4 * i for i in range(41)], [100, 120, 140, 160, 180])


def test_a_grid_of_bars_with_one_label_is_a_chart() -> None:
    label = _word("85", 102, 102, 4.0)  # a value printed over the first bar
    assert is_figure(BARS, [label], SIZE)


def test_thin_cells_are_measured_in_ems_of_the_text() -> None:
    # Set in 3 pt type, the same 4 pt wide cells are more than an em wide.
    label = _word("85", 102, 102, 3.0)
    assert not is_figure(BARS, [label], 3.0)


def test_a_table_of_small_cells_with_text_in_most_is_no_chart() -> None:
    grid = _grid([100, 160, 200, 240], [100, 112, 124, 136])
    words = [_word(t, x + 2, y + 2) for x in (100, 160, 200) for y, t in ((100, "a"), (112, "b"))]
    assert not is_figure(grid, words, SIZE)


def test_a_lattice_without_text_is_a_chart_whatever_its_cells() -> None:
    assert is_figure(_grid([100, 300, 500], [100, 200, 300]), [], SIZE)


def test_a_lattice_inside_a_cell_of_another_belongs_to_that_cell() -> None:
    outer = _grid([50, 200, 400], [50, 100, 150])
    inner = _grid([210, 230, 250, 270], [105, 120, 135])
    words = [
        _word("Indikator", 55, 55),
        _word("Diagram", 205, 55),
        _word("Andel", 55, 105),
        _word("12", 212, 107),  # a figure's own label, in one of its cells
        _word("14", 232, 107),
        _word("16", 252, 107),
        _word("18", 212, 122),
    ]
    tables, figures = split_figures([outer, inner], words, SIZE)
    assert tables == [outer]
    assert figures == []


def test_the_bars_of_a_chart_are_no_status_marks() -> None:
    title = line("Andel nöjda invånare per år", 70, 200)
    bars = [Rect(Box(80 + 12 * i, 216, 88 + 12 * i, 224), "#3AA655", None) for i in range(3)]
    page = content(rects=bars)
    assert len(page_to_marks(page, [title], [])) == 3
    assert page_to_marks(page, [title], [], [Box(75, 212, 130, 230)]) == []


def test_a_chart_extends_over_the_bars_standing_out_of_its_grid() -> None:
    pages = _pages("variants/004_manadsrapport_rd_2024_jul__reportlab.pdf")
    body = body_size([w for p in pages for w in p.words])
    page = pages[6]  # a bar chart: its first bars reach below the grid's last line only
    _, figures = split_figures(page.tables, page.words, body)
    (grid,) = figures
    (extent,) = chart_extents(figures, page)
    bars = [r.box for r in page.rects if r.fill and r.box.top < grid.bottom and r.box.x1 > 50]
    assert any(not _inside(bar, grid) for bar in bars)
    assert all(_inside(bar, extent) for bar in bars)


def test_a_chart_does_not_extend_over_the_cell_it_stands_in() -> None:
    chart = Box(210, 105, 270, 135)
    bar = Rect(Box(212, 120, 216, 140), "#3AA655", None)  # out of the grid's bottom
    cell = Rect(Box(200, 100, 400, 150), "#EEF2F7", None)
    rule = Rect(Box(50, 150, 400, 150.5), "#000000", None)  # the row's rule under it
    (extent,) = chart_extents([chart], content(rects=[cell, rule, bar]))
    assert extent == Box(210, 105, 270, 140)

"""The table model: spans of cells and the header as a tree."""

from __future__ import annotations

from delar_extract.layout.objects import Line
from delar_extract.layout.tables import Cell, TableBlock, joined_label
from delar_extract.pdf.objects import Box, Word


def _cell(text: str, x0: float, x1: float, top: float, bottom: float) -> Cell:
    box = Box(x0, top, x1, bottom)
    words = []
    x = x0 + 2
    for token in text.split():
        words.append(Word(token, Box(x, top + 2, x + 4 * len(token), top + 10), "F", 8, True, None))
        x += 4 * len(token) + 2
    line = Line(tuple(words), Box(x0 + 2, top + 2, x - 2, top + 10), 1) if words else None
    return Cell(box, (line,) if line else (), 1)


def _table(rows: list[list[Cell | None]], header_rows: int) -> TableBlock:
    return TableBlock(rows, header_rows, 1, 1, True)


def test_upper_header_cells_head_the_columns_they_span() -> None:
    edges = [0, 100, 150, 200, 250, 300, 350]
    upper = [
        _cell("", 0, 100, 0, 12),
        _cell("Juli", 100, 250, 0, 12),
        None,
        None,
        _cell("Helår", 250, 350, 0, 12),
        None,
    ]
    lower_texts = ["", "Utfall", "Budget", "Avvikelse", "Budget", "Prognos"]
    lower: list[Cell | None] = [
        _cell(t, edges[i], edges[i + 1], 12, 24) for i, t in enumerate(lower_texts)
    ]
    body: list[Cell | None] = [_cell("1", edges[i], edges[i + 1], 24, 36) for i in range(6)]
    table = _table([upper, lower, body], 2)

    assert table.span(0, 1) == (3, 1)
    assert table.span(0, 4) == (2, 1)
    assert table.span(0, 2) == (0, 0)
    roots = table.header_tree()
    assert [(n.label, n.level, n.first, n.last) for n in roots] == [
        ("", 0, 0, 0),
        ("Juli", 0, 1, 3),
        ("Helår", 0, 4, 5),
    ]
    assert [c.label for c in roots[1].children] == ["Utfall", "Budget", "Avvikelse"]
    assert [c.level for c in roots[2].children] == [1, 1]
    assert [joined_label(p) for p in table.column_headers()] == [
        "",
        "Juli / Utfall",
        "Juli / Budget",
        "Juli / Avvikelse",
        "Helår / Budget",
        "Helår / Prognos",
    ]


def test_a_cell_spanning_rows_is_not_spanned_from_the_left() -> None:
    # "Andel" reaches down over both header rows; the slot under it is its own
    # span, not a second column of "Summa" to its left.
    upper = [
        _cell("Enhet", 0, 100, 0, 24),
        _cell("Summa", 100, 200, 0, 12),
        None,
        _cell("Andel", 200, 260, 0, 24),
    ]
    lower = [None, _cell("Antal", 100, 150, 12, 24), _cell("Kronor", 150, 200, 12, 24), None]
    body: list[Cell | None] = [_cell("1", x, x + 50, 24, 36) for x in (0, 100, 150, 200)]
    table = _table([upper, lower, body], 2)

    assert table.span(0, 3) == (1, 2)
    assert table.span(0, 1) == (2, 1)
    assert [joined_label(p) for p in table.column_headers()] == [
        "Enhet",
        "Summa / Antal",
        "Summa / Kronor",
        "Andel",
    ]
    assert [n.rows for n in table.header_tree()] == [2, 1, 2]


def test_joined_label_leaves_out_empty_and_repeated_levels() -> None:
    upper: list[Cell | None] = [_cell("Prognos", 0, 100, 0, 12)]
    middle: list[Cell | None] = [_cell("", 0, 100, 12, 24)]
    lower: list[Cell | None] = [_cell("Prognos", 0, 100, 24, 36)]
    table = _table([upper, middle, lower], 3)
    (path,) = table.column_headers()
    assert [n.level for n in path] == [0, 1, 2]
    assert joined_label(path) == "Prognos"

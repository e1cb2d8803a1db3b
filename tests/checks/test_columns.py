"""Merged figures are split into the empty cells beside them, or warned."""

from __future__ import annotations

from delar_extract.checks.columns import split_merged_figures
from delar_extract.model import Cell, Column, Row, Table, TableKind


def _table(cells: list[str]) -> Table:
    return Table(
        id="table-1",
        kind=TableKind.OTHER,
        page_start=1,
        page_end=1,
        columns=[Column(label=f"c{i}") for i in range(len(cells))],
        rows=[Row(label="Regionledning", cells=[Cell(text=t) for t in cells], page=1)],
    )


def test_merged_figures_fill_the_empty_cells_to_the_right() -> None:
    tables, warnings = split_merged_figures([_table(["\u221263 \u221267", "", "4"])])
    assert [(c.text, c.value) for c in tables[0].rows[0].cells] == [
        ("\u221263", -63.0),
        ("\u221267", -67.0),
        ("4", None),
    ]
    assert warnings == []


def test_merged_figures_without_room_are_warned() -> None:
    tables, warnings = split_merged_figures([_table(["\u221263 \u221267", "4"])])
    assert tables[0].rows[0].cells[0].value is None
    assert [w.code for w in warnings] == ["table-columns-uncertain"]

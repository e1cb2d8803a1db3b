"""Cells that hold several figures: split into the empty cells beside them, or warned.

In tables without vertical rules, figures set close together can land in one
cell ("−265 −287 −277").  When the cells to the right of it in its row are
empty, one for each extra figure, the number grammar splits the text into
them; otherwise the row is reported as ``table-columns-uncertain``.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.model import Cell, ReportWarning, Row, Table
from delar_extract.normalize.numbers import parse_cell, split_figures


def _split_row(row: Row) -> tuple[Row, bool]:
    """The row with merged figures split; the flag says a merge was left."""
    cells = list(row.cells)
    uncertain = False
    index = 0
    while index < len(cells):
        cell = cells[index]
        figures = split_figures(cell.text) if cell.value is None else []
        if len(figures) > 1:
            room = cells[index + 1 : index + len(figures)]
            if len(room) == len(figures) - 1 and all(not c.text.strip() for c in room):
                for offset, figure in enumerate(figures):
                    cells[index + offset] = Cell(text=figure, value=parse_cell(figure))
                index += len(figures)
                continue
            uncertain = True
        index += 1
    return row.model_copy(update={"cells": cells}), uncertain


def split_merged_figures(tables: Sequence[Table]) -> tuple[list[Table], list[ReportWarning]]:
    """Tables with merged figures split where the row has room, and a warning
    per row where it has not."""
    result, warnings = [], []
    for table in tables:
        rows = []
        for row in table.rows:
            fixed, uncertain = _split_row(row)
            rows.append(fixed)
            if uncertain:
                warnings.append(
                    ReportWarning(
                        code="table-columns-uncertain",
                        message=(
                            f"{table.id}: row {row.label!r} has a cell holding several "
                            "figures that the columns could not take apart"
                        ),
                        page=row.page or table.page_start,
                    )
                )
        result.append(table.model_copy(update={"rows": rows}))
    return result, warnings

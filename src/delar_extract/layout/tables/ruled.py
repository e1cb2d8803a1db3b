"""Grids → tables: a grid's cells filled with the page's words, header rows found.

The grid is a lattice found from the page's rules (:mod:`delar_extract.pdf.lattice`)
or a table ruled by rows only (:mod:`.rows`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from delar_extract.layout.lines import words_to_lines
from delar_extract.layout.tables.header import (
    is_header_row,
    is_unit_caption,
    join_cut_runs,
    upper_header_spans,
)
from delar_extract.layout.tables.model import Cell, TableBlock, cell_edges, words_in
from delar_extract.layout.tables.rows import group_rows_spanning
from delar_extract.pdf.objects import Box, PageContent, TableGrid, Word

# Large line gap inside cells: a cell's words are one segment per baseline.
_CELL_GAP = 50.0


def _cell(box: Box | None, words: Sequence[Word], page: int) -> Cell | None:
    if box is None:
        return None
    lines = tuple(words_to_lines(words_in(box, words), page, gap=_CELL_GAP))
    return Cell(box, lines, page)


def grid_to_table(grid: TableGrid, content: PageContent) -> TableBlock:
    """Fill a ruled grid's cells with the page's words."""
    # Each cell looks only among the grid's own words: scanning the whole page
    # per cell made a dense page cost cells x words.
    inside = words_in(grid.box, content.words)
    by_y = sorted(range(len(inside)), key=lambda i: inside[i].box.center_y)
    ys = [inside[i].box.center_y for i in by_y]

    def near(box: Box | None) -> list[Word]:
        # The words of the cell's band, in the page's order; the cell then
        # keeps those whose centre is inside it.
        if box is None:
            return []
        lo, hi = bisect_left(ys, box.top - 0.5), bisect_right(ys, box.bottom + 0.5)
        return [inside[i] for i in sorted(by_y[lo:hi])]

    rows = [[_cell(box, near(box), content.number) for box in row] for row in grid.rows]
    header_rows = 0
    for row in rows[:4]:
        if is_header_row(row, content, not header_rows) or (header_rows and is_unit_caption(row)):
            header_rows += 1
        else:
            break
    if header_rows == len(rows):
        header_rows = 0
    if not grid.ruled:
        rows = group_rows_spanning(rows, header_rows)
        for index in range(header_rows):
            rows[index] = join_cut_runs(rows[index])
        for index in range(max(0, header_rows - 1)):
            rows[index] = upper_header_spans(rows[index], rows[index + 1 : header_rows])
    table = TableBlock(
        rows=rows,
        header_rows=header_rows,
        page_start=content.number,
        page_end=content.number,
        ruled=grid.ruled,
        boxes={content.number: grid.box},
    )
    table.edges[content.number] = cell_edges(table, content.number)
    return table

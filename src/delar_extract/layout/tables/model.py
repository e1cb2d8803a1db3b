"""The layout stage's table model: cells with their boxes, rows, header rows.

A spanned slot of a row is ``None``: the cell that spans it is the first
(leftmost) one of the span, its box covering the slots it spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from delar_extract.layout.hyphenation import join_cell_lines
from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import Line
from delar_extract.pdf.objects import Box, Word


@dataclass(frozen=True)
class Cell:
    """A table cell: its lines of text (wrapped lines kept apart) and box."""

    box: Box
    lines: tuple[Line, ...]
    page: int

    @property
    def text(self) -> str:
        return join_cell_lines([line.text for line in self.lines])

    @property
    def bold(self) -> bool:
        return bool(self.lines) and all(line.bold for line in self.lines)


@dataclass
class TableBlock:
    """A table as laid out: rows of cells, possibly spanning pages.

    ``header_rows`` counts the leading rows that are column headers; when a
    table continues on the next page its repeated header rows are dropped and
    the rows appended here.
    """

    rows: list[list[Cell | None]]
    header_rows: int
    page_start: int
    page_end: int
    ruled: bool
    boxes: dict[int, Box] = field(default_factory=dict)  # page → table box on that page
    # page → column boundaries on that page; kept apart from the cells because a
    # page may hold only the continuation of one cell, merged into the row above.
    edges: dict[int, list[float]] = field(default_factory=dict)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def header_texts(self) -> list[list[str]]:
        return [[c.text if c else "" for c in row] for row in self.rows[: self.header_rows]]


def words_in(box: Box, words: Sequence[Word]) -> list[Word]:
    """Words whose centre lies inside ``box``."""
    return [w for w in words if box.contains_point(w.box.center_x, w.box.center_y)]


def cell_edges(table: TableBlock, page: int) -> list[float]:
    """Left and right edges of the table's cells on ``page``."""
    edges: set[float] = set()
    for row in table.rows:
        for cell in row:
            if cell is not None and cell.page == page:
                edges.add(round(cell.box.x0))
                edges.add(round(cell.box.x1))
    return sorted(edges)


def table_box_on(table: TableBlock, page: int) -> Box:
    """Bounding box of the table's part on ``page``."""
    if page in table.boxes:
        return table.boxes[page]
    cells = [c.box for row in table.rows for c in row if c is not None and c.page == page]
    return bounding_box(cells)


def lines_outside(lines: Sequence[Line], boxes: Sequence[Box]) -> list[Line]:
    """Lines whose centre lies outside every box."""
    return [
        ln
        for ln in lines
        if not any(b.contains_point(ln.box.center_x, ln.box.center_y, 1.0) for b in boxes)
    ]

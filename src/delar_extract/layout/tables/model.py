"""The layout stage's table model: cells with their boxes and spans, rows, and
the header as a tree.

A row has one slot per column.  A slot a cell spans is ``None``: the cell is
in the span's first slot (leftmost; topmost for a span down the rows), its
box covering the slots it spans.  :meth:`TableBlock.span` says how many
columns and rows a cell spans; :meth:`TableBlock.header_tree` gives the
header rows as :class:`HeaderNode` trees (levels, spans), and
:meth:`TableBlock.column_headers` each column's path down that tree.
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
        """The header rows' cell texts, "" for a spanned slot."""
        return [[c.text if c else "" for c in row] for row in self.rows[: self.header_rows]]

    def cell(self, row: int, col: int) -> Cell | None:
        """The cell in slot (``row``, ``col``); None for a spanned or missing slot."""
        return self.rows[row][col] if col < len(self.rows[row]) else None

    def span(self, row: int, col: int) -> tuple[int, int]:
        """(columns, rows) the cell in slot (``row``, ``col``) spans; (0, 0) for
        a slot without a cell of its own."""
        if self.cell(row, col) is None:
            return 0, 0
        cols = 1
        while col + cols < self.n_cols and self._covered_from_left(row, col + cols):
            cols += 1
        rows = 1
        while row + rows < len(self.rows) and self._covered_from_above(row + rows, col):
            rows += 1
        return cols, rows

    def _covered_from_left(self, row: int, col: int) -> bool:
        """Is the empty slot (``row``, ``col``) spanned by a cell to its left?
        It is unless a cell above reaches down over it (grids from rules mark
        both kinds of spanned slot None)."""
        return (
            self.cell(row, col) is None
            and not self._covered_from_above(row, col)
            and any(c is not None for c in self.rows[row][:col])
        )

    def _covered_from_above(self, row: int, col: int) -> bool:
        """Does the nearest cell above the empty slot (``row``, ``col``) reach
        down into its row?"""
        if self.cell(row, col) is not None:
            return False
        slot_top = next((c.box.top for c in self.rows[row] if c is not None), None)
        above = next(
            (c for k in range(row - 1, -1, -1) if (c := self.cell(k, col)) is not None), None
        )
        return slot_top is not None and above is not None and above.box.bottom > slot_top + 1

    def header_tree(self) -> list[HeaderNode]:
        """The header rows as trees: a node per header cell, the nodes of the
        rows below it that fall within its columns as its children."""
        nodes: list[HeaderNode] = []
        for level in range(self.header_rows):
            for col in range(self.n_cols):
                cell = self.cell(level, col)
                if cell is None:
                    continue
                cols, rows = self.span(level, col)
                rows = min(rows, self.header_rows - level)
                nodes.append(HeaderNode(cell, level, rows, col, col + cols - 1))
        roots: list[HeaderNode] = []
        for node in nodes:
            parent = next(
                (
                    p
                    for p in reversed(nodes)
                    if p.level + p.rows <= node.level and p.first <= node.first <= p.last
                ),
                None,
            )
            (parent.children if parent is not None else roots).append(node)
        return roots

    def column_headers(self) -> list[tuple[HeaderNode, ...]]:
        """Each column's header path, from the top level down."""
        tree = self.header_tree()
        paths: list[tuple[HeaderNode, ...]] = []
        for col in range(self.n_cols):
            path: list[HeaderNode] = []
            level = tree
            while (node := next((n for n in level if n.first <= col <= n.last), None)) is not None:
                path.append(node)
                level = node.children
            paths.append(tuple(path))
        return paths


@dataclass
class HeaderNode:
    """A header cell as a node of the header tree: the columns it heads
    (``first``..``last``), its level (header row) and the rows it spans."""

    cell: Cell
    level: int
    rows: int
    first: int
    last: int
    children: list[HeaderNode] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The cell's text, wrapped lines joined."""
        return self.cell.text.strip()

    @property
    def box(self) -> Box:
        """The header cell's box (over every column and row it spans)."""
        return self.cell.box


def joined_label(path: Sequence[HeaderNode]) -> str:
    """A column's header levels joined with " / " ("Juli / Utfall"); empty
    levels and a level repeating the one above are left out."""
    parts: list[str] = []
    for node in path:
        if node.label and (not parts or parts[-1] != node.label):
            parts.append(node.label)
    return " / ".join(parts)


def box_within(inner: Box, outer: Box, slack: float = 0.0) -> bool:
    """Whether ``inner`` lies inside ``outer``, give or take ``slack`` points."""
    return (
        inner.x0 >= outer.x0 - slack
        and inner.x1 <= outer.x1 + slack
        and inner.top >= outer.top - slack
        and inner.bottom <= outer.bottom + slack
    )


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

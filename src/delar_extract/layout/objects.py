"""What the layout stage hands on: lines in reading order, headings, tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from delar_extract.layout.hyphenation import join_cell_lines
from delar_extract.pdf.objects import Box, PageContent, Word


@dataclass(frozen=True)
class Line:
    """Words on one baseline, left to right, within one column."""

    words: tuple[Word, ...]
    box: Box
    page: int

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        """Font size of most of the line's characters."""
        weights: dict[float, int] = {}
        for w in self.words:
            weights[w.size] = weights.get(w.size, 0) + len(w.text)
        return max(weights, key=lambda s: (weights[s], s)) if weights else 0.0

    @property
    def bold(self) -> bool:
        letters = sum(len(w.text) for w in self.words)
        bold = sum(len(w.text) for w in self.words if w.bold)
        return letters > 0 and bold * 2 > letters


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


@dataclass(frozen=True)
class Heading:
    number: str | None
    title: str
    level: int
    page: int
    box: Box
    subtitle: str | None = None  # the line set under the title as its subtitle


@dataclass
class LayoutPage:
    """A page after layout: running header/footer removed, tables cut out of the text."""

    content: PageContent
    lines: list[Line]  # text lines outside tables, reading order
    tables: list[TableBlock]
    furniture: list[Line]  # removed running headers/footers


@dataclass
class LayoutDocument:
    pages: list[LayoutPage]
    body_size: float
    headings: list[Heading]  # title page excluded
    tables: list[TableBlock]  # stitched across pages
    title_page: bool = False  # page 1 is a title page

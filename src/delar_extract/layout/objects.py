"""What the layout stage hands on: lines in reading order, headings, tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from delar_extract.pdf.objects import Box, PageContent, Word

if TYPE_CHECKING:
    # The table model lives with the code that builds it; it needs Line.
    from delar_extract.layout.tables.model import TableBlock


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
class Heading:
    number: str | None
    title: str
    level: int
    page: int
    box: Box


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

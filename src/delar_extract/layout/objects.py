"""What the layout stage hands on: lines in reading order, headings, tables, marks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
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


class MarkShape(StrEnum):
    """How a mark is drawn."""

    CIRCLE = "circle"  # a vector path with curves, about as wide as high
    SQUARE = "square"  # a small filled rectangle
    PATH = "path"  # any other small vector path (triangle, diamond, pill)
    GLYPH = "glyph"  # a coloured text character ("●", "■", "▲")
    ICON = "icon"  # a small raster image (its colour, or its alt text)
    FILL = "fill"  # a table cell's background


@dataclass(frozen=True)
class Mark:
    """A small status-like drawing and what it belongs to.

    ``line`` is the box of the text line on whose row the mark stands, ``cell``
    the box of the table cell it lies in, ``below`` the box of the line it
    stands under when it is on no line's row (a status drawn under a heading).
    A box identifies a line or cell on the mark's page."""

    box: Box
    page: int
    shape: MarkShape
    color: str | None  # '#RRGGBB'
    alt: str | None = None  # alt text (structure tree or marked content)
    line: Box | None = None
    cell: Box | None = None
    below: Box | None = None
    shading: bool = False  # a fill the row's other cells share: row shading

    @property
    def rgb(self) -> tuple[int, int, int] | None:
        """The colour as (red, green, blue) in 0..255."""
        if self.color is None:
            return None
        value = self.color.lstrip("#")
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


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
    marks: list[Mark] = field(default_factory=list)  # status-like drawings, attached
    # Charts drawn as vector paths (their grid closes into a lattice): their
    # bars and dots are no marks.
    figures: list[Box] = field(default_factory=list)


@dataclass
class LayoutDocument:
    pages: list[LayoutPage]
    body_size: float
    headings: list[Heading]  # title page excluded
    tables: list[TableBlock]  # stitched across pages
    title_page: bool = False  # page 1 is a title page

    @cached_property
    def table_boxes(self) -> dict[int, tuple[Box, ...]]:
        """Each page's table boxes (page → boxes), gathered once: the tables are
        final once laid out, and parsers ask for every line whether it is in one."""
        pages: dict[int, list[Box]] = {}
        for table in self.tables:
            for page, box in table.boxes.items():
                pages.setdefault(page, []).append(box)
        return {page: tuple(boxes) for page, boxes in pages.items()}

"""Hand-built layout objects for parser tests: words, lines, cells, tables, pages."""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.marks import attach_marks
from delar_extract.layout.objects import Heading, LayoutDocument, LayoutPage, Line
from delar_extract.layout.tables import Cell, TableBlock
from delar_extract.pdf.objects import Box, Image, PageContent, Rect, Shape, Word

BODY = 10.0
TEXT = "#222222"
PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0


def line(
    text: str,
    x0: float,
    top: float,
    page: int = 1,
    size: float = BODY,
    bold: bool = False,
    color: str = TEXT,
) -> Line:
    """One line of words, each word 0.5 em per character, spaces 0.3 em."""
    words = []
    x = x0
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, Box(x, top, x + width, top + size), "Font", size, bold, color))
        x += width + 0.3 * size
    return Line(tuple(words), Box(x0, top, x - 0.3 * size, top + size), page)


def cell(
    texts: str | Sequence[str] | None,
    box: Box,
    page: int = 1,
    bold: bool = False,
    pitch: float = 12.0,
) -> Cell:
    """A cell with one line per text, stacked from the top of ``box``."""
    items = [texts] if isinstance(texts, str) else list(texts or [])
    lines = tuple(
        line(t, box.x0 + 3, box.top + 3 + i * pitch, page, bold=bold) for i, t in enumerate(items)
    )
    return Cell(box, lines, page)


def grid(
    rows: Sequence[Sequence[str | Sequence[str] | None]],
    edges: Sequence[float],
    top: float = 100.0,
    height: float = 40.0,
    page: int = 1,
    header_rows: int = 1,
) -> TableBlock:
    """A ruled table: ``rows`` of cell texts (None for a spanned cell)."""
    cells: list[list[Cell | None]] = []
    for r, row in enumerate(rows):
        y = top + r * height
        cells.append(
            [
                None
                if text is None
                else cell(
                    text, Box(edges[c], y, edges[c + 1], y + height), page, bold=r < header_rows
                )
                for c, text in enumerate(row)
            ]
        )
    box = Box(edges[0], top, edges[-1], top + len(rows) * height)
    return TableBlock(
        cells, header_rows, page, page, True, {page: box}, {page: [float(round(e)) for e in edges]}
    )


def content(
    number: int = 1,
    rects: Sequence[Rect] = (),
    shapes: Sequence[Shape] = (),
    images: Sequence[Image] = (),
    words: Sequence[Word] = (),
) -> PageContent:
    return PageContent(
        number,
        PAGE_WIDTH,
        PAGE_HEIGHT,
        0,
        tuple(words),
        rects=tuple(rects),
        shapes=tuple(shapes),
        images=tuple(images),
    )


def icon(x0: float, top: float, color: str | None, alt: str | None = None) -> Image:
    """A 10 pt raster status icon whose dominant colour is ``color``."""
    return Image(Box(x0, top, x0 + 10, top + 10), 13, 13, color, alt)


def dot(x0: float, top: float, fill: str) -> Shape:
    """A 9 pt vector status circle."""
    return Shape(Box(x0, top, x0 + 9, top + 9), fill, None, curved=True)


def fill(box: Box, color: str) -> Rect:
    return Rect(box, color, None)


def document(
    pages: Sequence[PageContent],
    lines: Sequence[Sequence[Line]] = (),
    tables: Sequence[TableBlock] = (),
    headings: Sequence[Line] = (),
) -> LayoutDocument:
    """A laid-out document: each page's text lines, its tables, and which of
    the lines are headings (level 1 when larger than the body text, else 2),
    with the pages' marks attached as the layout stage attaches them."""
    layout_pages = [
        LayoutPage(
            content=p,
            lines=list(lines[i]) if i < len(lines) else [],
            tables=[t for t in tables if t.page_start == p.number],
            furniture=[],
        )
        for i, p in enumerate(pages)
    ]
    marked = [Heading(None, h.text, 1 if h.size > BODY else 2, h.page, h.box) for h in headings]
    layout = LayoutDocument(layout_pages, BODY, marked, list(tables))
    attach_marks(layout)
    return layout

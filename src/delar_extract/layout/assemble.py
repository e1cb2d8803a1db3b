"""Pages → :class:`LayoutDocument`: the layout stage's entry point."""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.furniture import find_furniture_keys, is_furniture
from delar_extract.layout.headings import (
    body_size,
    is_caption_line,
    is_heading_line,
    lines_to_headings,
)
from delar_extract.layout.lines import order_lines, words_to_lines
from delar_extract.layout.marks import attach_marks
from delar_extract.layout.objects import LayoutDocument, LayoutPage, Line
from delar_extract.layout.tables import (
    TableBlock,
    chart_extents,
    continues,
    find_row_ruled,
    find_unruled_tables,
    grid_to_table,
    lines_outside,
    split_figures,
    stitch,
    table_box_on,
)
from delar_extract.pdf.objects import Box, PageContent


def _page_lines(content: PageContent) -> list[Line]:
    return order_lines(words_to_lines(content.words, content.number), content.width)


def _strip_furniture(
    pages: Sequence[PageContent], lines_per_page: list[list[Line]], body: float
) -> tuple[list[list[Line]], list[list[Line]]]:
    keys = find_furniture_keys(
        [(p.height, lines) for p, lines in zip(pages, lines_per_page, strict=True)], body
    )
    kept, removed = [], []
    for page, lines in zip(pages, lines_per_page, strict=True):
        kept.append([ln for ln in lines if not is_furniture(ln, page.height, keys)])
        removed.append([ln for ln in lines if is_furniture(ln, page.height, keys)])
    return kept, removed


def _tables_on(
    content: PageContent, lines: list[Line], body: float
) -> tuple[list[TableBlock], list[Box]]:
    """The page's tables, and the boxes of its charts drawn as vector paths."""
    # Lattices come from the pdf stage (rules alone); tables ruled by rows
    # only need the text's alignment, so they are found here.
    # A chart's grid lines close into a lattice too: charts are told apart
    # first, so they neither read as tables nor hide the table around them;
    # the rows-only finder reads them as pictures (a 'Diagram' cell, or a
    # figure between two tables), and a chart's rules are no table either.
    lattices, figures = split_figures(content.tables, content.words, body)
    figures = chart_extents(figures, content)
    row_ruled = find_row_ruled(content, [g.box for g in lattices], figures)
    ruled, more = split_figures(row_ruled, content.words, body)
    figures = chart_extents([*figures, *more], content)
    grids = [*lattices, *ruled]
    grids.sort(key=lambda g: (g.box.top, g.box.x0))
    tables = [grid_to_table(grid, content) for grid in grids]
    boxes = [t.boxes[content.number] for t in tables]
    free = lines_outside(lines, boxes)
    # Headings and captions sit between tables, never in one.
    free = [ln for ln in free if not (is_heading_line(ln, body) or is_caption_line(ln, body))]
    tables.extend(find_unruled_tables(free, content))
    return sorted(tables, key=lambda t: t.boxes[content.number].top), figures


def _is_last_on_page(table: TableBlock, page: LayoutPage) -> bool:
    box = table_box_on(table, page.content.number)
    return not any(ln.box.top > box.bottom + 2 for ln in page.lines)


def _is_first_on_page(table: TableBlock, page: LayoutPage) -> bool:
    box = table.boxes[page.content.number]
    return not any(ln.box.bottom < box.top - 2 for ln in page.lines)


def _stitch_pages(pages: list[LayoutPage]) -> list[TableBlock]:
    stitched: list[TableBlock] = []
    for index, page in enumerate(pages):
        for position, table in enumerate(page.tables):
            previous = stitched[-1] if stitched else None
            gap_ok = (
                previous is not None
                and position == 0
                and index > 0
                and previous.page_end == page.content.number - 1
                and _is_first_on_page(table, page)
                and _is_last_on_page(previous, pages[index - 1])
            )
            if previous is not None and continues(previous, table, gap_ok):
                stitch(previous, table)
            else:
                stitched.append(table)
    return stitched


def pages_to_layout(pages: Sequence[PageContent]) -> LayoutDocument:
    """Run the layout stage over a document's pages."""
    body = body_size([w for p in pages for w in p.words])
    raw_lines = [_page_lines(p) for p in pages]
    kept, removed = _strip_furniture(pages, raw_lines, body)
    layout_pages = []
    for content, lines, furniture in zip(pages, kept, removed, strict=True):
        tables, figures = _tables_on(content, lines, body)
        boxes = [t.boxes[content.number] for t in tables]
        page = LayoutPage(content, lines_outside(lines, boxes), tables, furniture, figures=figures)
        layout_pages.append(page)
    # The title page's big type would otherwise rank every real heading one level down.
    skip = 1 if _is_title_page(layout_pages) else 0
    text_lines = [ln for p in layout_pages[skip:] for ln in p.lines]
    # Headings stand out from the running text, not from the (smaller) table text.
    body = body_size([w for ln in text_lines for w in ln.words], share=0.15) or body
    page_sizes = {
        p.content.number: (p.content.width, p.content.height) for p in layout_pages[skip:]
    }
    headings = lines_to_headings(text_lines, body, page_sizes)
    layout = LayoutDocument(layout_pages, body, headings, _stitch_pages(layout_pages), bool(skip))
    attach_marks(layout)
    return layout


def _is_title_page(pages: Sequence[LayoutPage]) -> bool:
    """Page 1 of a longer document with a few lines and no table is a title page."""
    if len(pages) < 2:
        return False
    first = pages[0]
    return len(first.lines) <= 12 and not first.tables

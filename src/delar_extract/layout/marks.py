"""Small status-like drawings → :class:`~delar_extract.layout.objects.Mark`.

Reports draw a status in many ways: a small raster icon, a vector circle,
square, triangle or smiley, a coloured glyph ("●", "■", "▲"; vocabulary
``[status_marks] glyphs``), a filled table cell, or an icon whose meaning is
only in its alt text.  :func:`page_to_marks` finds them all on a page and
attaches each to the table cell it lies in, else to the text line on whose row
it stands (within a reach scaled to the line's font size), else to the line it
stands under.  Parsers read statuses from these attachments
(:func:`cell_marks`, :func:`line_marks`, :func:`marks_below`), never from the
page's raw geometry.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterator, Sequence
from dataclasses import replace

from delar_extract.layout.objects import LayoutDocument, Line, Mark, MarkShape
from delar_extract.layout.tables.model import Cell, TableBlock, box_within
from delar_extract.normalize.colors import hex_to_rgb
from delar_extract.pdf.objects import Box, PageContent, Rect
from delar_extract.vocab import load_status_vocabulary

# Marks are small: status icons and shapes print at about 6-20 pt.
MARK_MIN_SIZE = 3.0
MARK_MAX_SIZE = 40.0
# A filled rectangle is a cell's background when it covers this share of the
# cell and is not much larger than it.
CELL_COVER = 0.8
CELL_OVERSIZE = 1.6
# A mark stands on a line's row when its centre is within this share of the
# line's font size above or below the line, and beside it within REACH_EM sizes.
ROW_SLACK_EM = 0.3
REACH_EM = 4.0
# A circle is about as wide as high.
ROUND_ASPECT = 1.3
WHITE = "#FFFFFF"


def is_pale(color: str) -> bool:
    """White, near-white tints and light greys: row shading, not a status."""
    r, g, b = (v / 255 for v in hex_to_rgb(color))
    _, saturation, value = colorsys.rgb_to_hsv(r, g, b)
    return value > 0.75 and saturation < 0.12


def _is_mark_sized(box: Box) -> bool:
    return (
        MARK_MIN_SIZE <= box.width <= MARK_MAX_SIZE and MARK_MIN_SIZE <= box.height <= MARK_MAX_SIZE
    )


def _overlap(a: Box, b: Box) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    return max(width, 0.0) * max(height, 0.0)


def _area(box: Box) -> float:
    return max(box.width * box.height, 1.0)


def _is_background(rect: Box, region: Box) -> bool:
    """Does ``rect`` paint ``region``'s background (cover it, not much larger)?"""
    area = _area(region)
    return _overlap(rect, region) >= CELL_COVER * area and rect.width * rect.height <= (
        CELL_OVERSIZE * area
    )


def cell_fill(region: Box, rects: Sequence[Rect]) -> str | None:
    """Fill colour of the rectangle that paints ``region``'s background, if any
    (white is none; the last painted rectangle is on top)."""
    fill = None
    for rect in rects:
        if rect.fill is not None and rect.fill != WHITE and _is_background(rect.box, region):
            fill = rect.fill
    return fill


def _shape_of(box: Box, curved: bool) -> MarkShape:
    aspect = max(box.width, box.height) / max(min(box.width, box.height), 0.1)
    return MarkShape.CIRCLE if curved and aspect <= ROUND_ASPECT else MarkShape.PATH


def content_to_marks(content: PageContent, backgrounds: Sequence[Box] = ()) -> list[Mark]:
    """The page's mark-sized icons, paths, squares and coloured glyphs, top to
    bottom and left to right, attached to nothing yet.  A filled rectangle that
    paints one of ``backgrounds`` (table cells) is that cell's fill, no square."""
    glyphs = load_status_vocabulary().status_glyphs
    page = content.number
    marks: list[Mark] = []
    for image in content.images:
        if _is_mark_sized(image.box) and (image.color or image.alt):
            marks.append(Mark(image.box, page, MarkShape.ICON, image.color, image.alt))
    for shape in content.shapes:
        if _is_mark_sized(shape.box) and (shape.fill or shape.alt):
            kind = _shape_of(shape.box, shape.curved)
            marks.append(Mark(shape.box, page, kind, shape.fill, shape.alt))
    for rect in content.rects:
        if (
            _is_mark_sized(rect.box)
            and rect.fill is not None
            and not is_pale(rect.fill)
            and not any(_is_background(rect.box, cell) for cell in backgrounds)
        ):
            marks.append(Mark(rect.box, page, MarkShape.SQUARE, rect.fill))
    for word in content.words:
        if word.text.strip() in glyphs and word.color:
            marks.append(Mark(word.box, page, MarkShape.GLYPH, word.color))
    marks.sort(key=lambda m: (round(m.box.top), m.box.x0))
    return marks


def _cells_on(tables: Sequence[TableBlock], page: int) -> Iterator[list[Cell]]:
    """Each table row's cells on ``page``."""
    for table in tables:
        for row in table.rows:
            cells = [c for c in row if c is not None and c.page == page]
            if cells:
                yield cells


def _row_fills(row: Sequence[Cell], content: PageContent) -> list[Mark]:
    """Fill marks of a row's cells.  A fill that another cell of the row shares
    is marked as the row's shading."""
    fills = [cell_fill(c.box, content.rects) for c in row]
    return [
        Mark(
            cell.box,
            content.number,
            MarkShape.FILL,
            fill,
            cell=cell.box,
            shading=fills.count(fill) > 1,
        )
        for cell, fill in zip(row, fills, strict=True)
        if fill is not None
    ]


def _cell_of(mark: Mark, cells: Sequence[Cell]) -> Cell | None:
    x, y = mark.box.center_x, mark.box.center_y
    inside = [c for c in cells if c.box.contains_point(x, y, 1.0)]
    # On a shared border, the cell that holds the centre without slack wins.
    inside.sort(key=lambda c: (not c.box.contains_point(x, y, 0.0), _area(c.box)))
    return inside[0] if inside else None


def _on_row(mark: Mark, line: Line) -> bool:
    y, slack = mark.box.center_y, ROW_SLACK_EM * (line.size or line.box.height)
    return line.box.top - slack <= y <= line.box.bottom + slack


def _line_of(mark: Mark, lines: Sequence[Line]) -> Line | None:
    """The line on whose row the mark stands, nearest beside it within reach."""
    x, y = mark.box.center_x, mark.box.center_y
    best: tuple[float, float, Line] | None = None
    for line in lines:
        gap = max(line.box.x0 - x, x - line.box.x1, 0.0)
        if not _on_row(mark, line) or gap > REACH_EM * (line.size or line.box.height):
            continue
        key = (gap, abs(y - line.box.center_y))
        if best is None or key < best[:2]:
            best = (*key, line)
    return best[2] if best is not None else None


def _line_above(mark: Mark, lines: Sequence[Line], obstacles: Sequence[Box]) -> Line | None:
    """The line right above a mark on no line's row, when no table lies between."""
    x0, x1, y = mark.box.x0, mark.box.x1, mark.box.center_y
    above = [ln for ln in lines if ln.box.bottom <= y + 1.0]
    if not above:
        return None

    def key(line: Line) -> tuple[bool, float]:
        reach = REACH_EM * (line.size or line.box.height)
        beside = line.box.x0 - reach <= x1 and x0 <= line.box.x1 + reach
        return (not beside, y - line.box.bottom)

    nearest = min(above, key=key)
    between = any(
        nearest.box.bottom <= b.top and b.bottom <= y and b.x0 <= x1 and x0 <= b.x1
        for b in obstacles
    )
    return None if between else nearest


def page_to_marks(
    content: PageContent,
    lines: Sequence[Line],
    tables: Sequence[TableBlock],
    figures: Sequence[Box] = (),
) -> list[Mark]:
    """Every mark of a page, attached to its cell, its line or the line above it.

    ``lines`` are the page's text lines outside tables, ``tables`` the
    document's tables (cells of other pages are skipped); drawings inside
    ``figures`` (charts) are a chart's bars and dots, no marks."""
    rows = list(_cells_on(tables, content.number))
    cells = [c for row in rows for c in row]
    table_boxes = [t.boxes[content.number] for t in tables if content.number in t.boxes]
    marks = []
    for mark in content_to_marks(content, [c.box for c in cells]):
        if any(f.contains_point(mark.box.center_x, mark.box.center_y, 0.0) for f in figures):
            continue
        cell = _cell_of(mark, cells)
        if cell is not None:
            line = _line_of(mark, cell.lines)
            marks.append(replace(mark, cell=cell.box, line=line.box if line else None))
            continue
        if any(b.contains_point(mark.box.center_x, mark.box.center_y, 0.0) for b in table_boxes):
            # In a table but in none of its cells (an empty column of an unruled
            # table): it belongs to no text line outside the table.
            marks.append(mark)
            continue
        line = _line_of(mark, lines)
        if line is not None:
            marks.append(replace(mark, line=line.box))
            continue
        if any(_on_row(mark, ln) for ln in lines):
            # On a row of text but far from it: no status of the line above.
            marks.append(mark)
            continue
        above = _line_above(mark, lines, table_boxes)
        marks.append(replace(mark, below=above.box if above is not None else None))
    for row in rows:
        marks.extend(_row_fills(row, content))
    return marks


def attach_marks(layout: LayoutDocument) -> None:
    """Find and attach the marks of every page of ``layout`` (after stitching)."""
    for page in layout.pages:
        page.marks = page_to_marks(page.content, page.lines, layout.tables, page.figures)


def _page_marks(layout: LayoutDocument, page: int) -> list[Mark]:
    return layout.pages[page - 1].marks if 1 <= page <= len(layout.pages) else []


def cell_marks(layout: LayoutDocument, cell: Cell | None, swatch: bool = False) -> list[Mark]:
    """The marks in ``cell``: drawn ones top to bottom, then its fill.

    A pale fill (light grey, near-white) and one the whole row shares count only
    as a ``swatch``: in a status column they are shading, in a legend's colour
    column (whose rows may be painted whole) they say what a colour means."""
    if cell is None:
        return []
    found = [m for m in _page_marks(layout, cell.page) if m.cell == cell.box]
    drawn = [m for m in found if m.shape != MarkShape.FILL]
    fills = [
        m
        for m in found
        if m.shape == MarkShape.FILL and m.color and (swatch or not (m.shading or is_pale(m.color)))
    ]
    return drawn + fills


def marked_columns(layout: LayoutDocument, table: TableBlock) -> list[int]:
    """Columns of ``table`` in which most body rows carry a mark (a status
    column drawn only with marks, whatever its header says)."""
    body = table.rows[table.header_rows :]
    counts = [0] * table.n_cols
    for row in body:
        for index, cell in enumerate(row):
            counts[index] += bool(cell_marks(layout, cell))
    return [i for i, n in enumerate(counts) if body and n * 2 > len(body)]


def line_marks(layout: LayoutDocument, line: Line) -> list[Mark]:
    """The marks on ``line``'s row: beside it or among its words (a glyph).

    A line read out of a table row (a list ruled as a table) also takes the
    marks of a text-free cell on its row within reach: such a mark has a cell
    but no line of its own."""
    reach = REACH_EM * (line.size or line.box.height)
    middle = (line.box.top + line.box.bottom) / 2

    def in_row_cell(mark: Mark) -> bool:
        cell = mark.cell
        return (
            mark.line is None
            and cell is not None
            and cell.top <= middle <= cell.bottom
            and line.box.x0 - reach <= cell.x1
            and cell.x0 <= line.box.x1
        )

    inside = _in_table(layout, line)
    return [
        m
        for m in _page_marks(layout, line.page)
        if m.line == line.box or (inside and in_row_cell(m))
    ]


def _in_table(layout: LayoutDocument, line: Line) -> bool:
    """Whether ``line`` lies inside a table's box on its page."""
    return any(box_within(line.box, t, 1) for t in layout.table_boxes.get(line.page, ()))


def marks_below(layout: LayoutDocument, line: Line) -> list[Mark]:
    """The marks on no line's row that stand right under ``line`` (a status
    drawn under a heading)."""
    return [m for m in _page_marks(layout, line.page) if m.below == line.box]

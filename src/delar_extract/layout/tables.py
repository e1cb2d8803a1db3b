"""Tables: cells filled with text, header rows found, continuations stitched.

A table that runs off the bottom of one page and goes on at the top of the
next is one table: the continuation has the same column boundaries, and its
first rows repeat the header.  The repeated header rows are dropped; a row
whose first cells are empty on the new page continues the last row of the
previous page (a cell that broke across the page) and is merged into it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from delar_extract.layout.lines import bounding_box, words_to_lines
from delar_extract.layout.objects import Cell, Line, TableBlock
from delar_extract.normalize.numbers import unit_of
from delar_extract.pdf.objects import Box, PageContent, TableGrid, Word
from delar_extract.vocab import fold

# Column boundaries of a continuation must match within this many points.
COLUMN_TOLERANCE = 8.0
# Two labels are set flush (left or right) when their edges are this close.
ALIGN_SLACK = 1.5
# Large line gap inside cells: a cell's words are one segment per baseline.
_CELL_GAP = 50.0


def words_in(box: Box, words: Sequence[Word]) -> list[Word]:
    """Words whose centre lies inside ``box``."""
    return [w for w in words if box.contains_point(w.box.center_x, w.box.center_y)]


def _cell(box: Box | None, words: Sequence[Word], page: int) -> Cell | None:
    if box is None:
        return None
    lines = tuple(words_to_lines(words_in(box, words), page, gap=_CELL_GAP))
    return Cell(box, lines, page)


def _is_header_row(row: Sequence[Cell | None], content: PageContent, first: bool) -> bool:
    """A header row is bold or shaded, and none of its cells is a plain number."""
    cells = [c for c in row if c is not None and c.lines]
    if not cells or (len(cells) < 2 and not first):
        # Below the first row, one cell across the table is a group row
        # ("Mål 1. ..."), not column headers.
        return False
    if any(_looks_numeric(c.text) for c in cells):
        return False
    shaded = any(_is_shaded(c.box, content) for c in cells)
    return shaded or all(c.bold for c in cells)


def _is_unit_caption(row: Sequence[Cell | None]) -> bool:
    """A header line that only names the unit ("Belopp i miljoner kronor")."""
    cells = [c for c in row if c is not None and c.lines]
    if len(cells) != 1 or len(cells[0].text.split()) > 6:
        return False
    # Money and percent captions only: "Antal ..." starts many a row label.
    return unit_of(cells[0].text) in {"mnkr", "mdkr", "tkr", "kr", "%"}


def _looks_numeric(text: str) -> bool:
    stripped = text.replace(" ", "").replace("\u00a0", "").replace("\u2212", "-")
    return bool(stripped) and stripped.lstrip("+-").replace(",", "").replace(".", "").isdigit()


def _is_shaded(box: Box, content: PageContent) -> bool:
    for rect in content.rects:
        if rect.fill and rect.fill not in ("#FFFFFF",) and _covers(rect.box, box):
            return True
    return False


def _covers(outer: Box, inner: Box, slack: float = 1.5) -> bool:
    return (
        outer.x0 - slack <= inner.x0
        and outer.top - slack <= inner.top
        and outer.x1 + slack >= inner.x1
        and outer.bottom + slack >= inner.bottom
    )


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
        if _is_header_row(row, content, not header_rows) or (header_rows and _is_unit_caption(row)):
            header_rows += 1
        else:
            break
    if header_rows == len(rows):
        header_rows = 0
    if not grid.ruled:
        rows = _group_rows_spanning(rows, header_rows)
        for index in range(max(0, header_rows - 1)):
            rows[index] = _upper_header_spans(rows[index], rows[index + 1 : header_rows])
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


def _group_rows_spanning(
    rows: list[list[Cell | None]], header_rows: int
) -> list[list[Cell | None]]:
    """In a table ruled by rows only, a body row with bold text in its first cell
    and nothing else is a group title across the table ("Ekonomi i balans"), as
    a spanning cell would show in a full grid."""
    body = rows[header_rows:]
    if not any(sum(1 for c in r if c is not None and c.lines) >= 2 for r in body):
        return rows
    out = []
    for index, row in enumerate(rows):
        first = row[0] if row else None
        rest = [c for c in row[1:] if c is not None]
        if (
            index >= header_rows
            and len(row) > 1
            and first is not None
            and first.lines
            and first.bold
            and rest
            and not any(c.lines for c in rest)
        ):
            wide = Box(first.box.x0, first.box.top, rest[-1].box.x1, first.box.bottom)
            out.append([Cell(wide, first.lines, first.page), *([None] * (len(row) - 1))])
        else:
            out.append(row)
    return out


def _upper_header_spans(
    row: list[Cell | None], lower: Sequence[Sequence[Cell | None]]
) -> list[Cell | None]:
    """An upper header row of a table without vertical rules: a label set flush
    right with the labels below it heads the empty cells to its left ("Juli"
    over Utfall, Budget, Avvikelse), one set flush left the empty cells to its
    right.  The label becomes one cell across them, the others spanned."""
    out = list(row)
    claimed: set[int] = set()
    for flush_right in (True, False):
        for index, cell in enumerate(row):
            if cell is None or not cell.lines or index == 0 or index in claimed:
                continue
            under = next(
                (c for r in lower if index < len(r) and (c := r[index]) is not None and c.lines),
                None,
            )
            if under is None:
                continue
            text = bounding_box(ln.box for ln in cell.lines)
            under_text = bounding_box(ln.box for ln in under.lines)
            edge = (text.x1, under_text.x1) if flush_right else (text.x0, under_text.x0)
            if abs(edge[0] - edge[1]) > ALIGN_SLACK:
                continue
            step = -1 if flush_right else 1
            end = index
            while (
                0 < end + step < len(row) and _empty(row[end + step]) and end + step not in claimed
            ):
                end += step
            _span(out, min(index, end), max(index, end), cell, claimed)
    return out


def _empty(cell: Cell | None) -> bool:
    return cell is not None and not cell.lines


def _span(out: list[Cell | None], start: int, end: int, cell: Cell, claimed: set[int]) -> None:
    if start == end:
        return
    first, last = out[start], out[end]
    assert first is not None and last is not None
    out[start] = Cell(
        Box(first.box.x0, cell.box.top, last.box.x1, cell.box.bottom), cell.lines, cell.page
    )
    for i in range(start + 1, end + 1):
        out[i] = None
    claimed.update(range(start, end + 1))


def cell_edges(table: TableBlock, page: int) -> list[float]:
    """Left and right edges of the table's cells on ``page``."""
    edges: set[float] = set()
    for row in table.rows:
        for cell in row:
            if cell is not None and cell.page == page:
                edges.add(round(cell.box.x0))
                edges.add(round(cell.box.x1))
    return sorted(edges)


def _same_columns(a: list[float], b: list[float]) -> bool:
    if not a or not b:
        return False
    return all(any(abs(x - y) <= COLUMN_TOLERANCE for y in b) for x in a) and all(
        any(abs(x - y) <= COLUMN_TOLERANCE for y in a) for x in b
    )


def _row_key(row: Sequence[Cell | None]) -> tuple[str, ...]:
    return tuple(fold(c.text) if c else "" for c in row)


def continues(previous: TableBlock, candidate: TableBlock, gap_ok: bool) -> bool:
    """Is ``candidate`` (top of the next page) the continuation of ``previous``?"""
    if not gap_ok or candidate.page_start != previous.page_end + 1:
        return False
    if candidate.n_cols != previous.n_cols:
        return False
    return _same_columns(
        previous.edges.get(previous.page_end, []), candidate.edges.get(candidate.page_start, [])
    )


def _merge_cells(upper: Cell | None, lower: Cell | None) -> Cell | None:
    if upper is None or lower is None:
        return upper or lower
    return Cell(upper.box, upper.lines + lower.lines, upper.page)


def stitch(previous: TableBlock, continuation: TableBlock) -> TableBlock:
    """Append ``continuation``'s rows to ``previous``, without repeated header rows."""
    rows = list(continuation.rows)
    headers = {_row_key(r) for r in previous.rows[: previous.header_rows]}
    while rows and _row_key(rows[0]) in headers:
        rows.pop(0)
    if rows and previous.rows and _is_row_fragment(rows[0], previous):
        merged = [_merge_cells(a, b) for a, b in zip(previous.rows[-1], rows.pop(0), strict=False)]
        previous.rows[-1] = merged
    previous.rows.extend(rows)
    previous.page_end = continuation.page_end
    previous.boxes.update(continuation.boxes)
    previous.edges.update(continuation.edges)
    return previous


def _is_row_fragment(row: Sequence[Cell | None], previous: TableBlock) -> bool:
    """A row broken by the page: a column that every row of the table fills (the
    status, the title) is empty in it, because that part stayed on the last page."""
    if not any(c is not None and c.lines for c in row):
        return False
    body = previous.rows[previous.header_rows :]
    if not body:
        return False
    for index, cell in enumerate(row):
        always_filled = all(
            index < len(r) and r[index] is not None and r[index].lines  # type: ignore[union-attr]
            for r in body
        )
        if always_filled and (cell is None or not cell.lines):
            return True
    return False


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

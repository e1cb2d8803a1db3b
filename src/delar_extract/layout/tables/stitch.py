"""Tables continued across pages, stitched into one.

A table that runs off the bottom of one page and goes on at the top of the
next is one table: the continuation has the same column boundaries, and its
first rows repeat the header.  The repeated header rows are dropped; a row
whose first cells are empty on the new page continues the last row of the
previous page (a cell that broke across the page) and is merged into it.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.tables.model import Cell, TableBlock
from delar_extract.vocab import fold

# Column boundaries of a continuation must match within this many points.
COLUMN_TOLERANCE = 8.0


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

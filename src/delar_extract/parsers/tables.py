"""Any laid-out table → the contract's generic :class:`~delar_extract.model.Table`.

Columns come from the header tree (a column's path down it is joined with
" / " into its label), rows keep their label, typed cells, total flag and
indentation level.  The kind stays ``unknown`` until a specific parser claims
the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.tables import Cell, TableBlock, joined_label
from delar_extract.model import Cell as CellModel
from delar_extract.model import Column, Row, Table, TableKind
from delar_extract.normalize.numbers import parse_cell
from delar_extract.parsers.status_marks import strip_glyphs
from delar_extract.pdf.objects import Box
from delar_extract.vocab import fold, load_status_vocabulary, load_vocabulary

# Indentation step (points) that makes one row level.
INDENT_STEP = 6.0


def header_labels(table: TableBlock) -> list[str]:
    """One label per column: its path down the header tree joined with " / "
    (a spanning upper header cell labels every column below it)."""
    return [joined_label(path) for path in table.column_headers()]


def is_total_label(label: str, bold: bool) -> bool:
    """Total rows are bold, or named "Summa", "Totalt", "Total" ..."""
    folded = fold(label)
    return bold or any(folded.startswith(w) for w in load_vocabulary().total_words)


def _row_level(cell: Cell | None, left: float) -> int:
    if cell is None or not cell.lines:
        return 0
    return max(0, round((cell.lines[0].box.x0 - left) / INDENT_STEP) // 2)


def cell_words_box(cell: Cell | None) -> Box | None:
    """Union of the boxes of a cell's words on the cell's (first) page; None when empty.

    A cell broken across a page keeps the lines of both pages: only those on its
    first page count, so the box is on one page.
    """
    if cell is None:
        return None
    boxes = [w.box for line in cell.lines if line.page == cell.page for w in line.words]
    return bounding_box(boxes) if boxes else None


def _cell_model(cell: Cell | None) -> CellModel:
    text = cell.text.strip() if cell else ""
    # A status glyph beside a label ("● Uppnått") is a mark, not text: a
    # template that draws the status as an icon prints the same label without
    # it.  A glyph alone is the cell's whole content and stays.
    if any(word in load_status_vocabulary().status_glyphs for word in text.split()):
        text = strip_glyphs(text) or text
    box = cell_words_box(cell)
    return CellModel(
        text=text,
        value=parse_cell(text),
        page=cell.page if cell is not None and box is not None else None,
        bbox=box.as_list() if box is not None else None,
    )


def _label_left(rows: Sequence[Sequence[Cell | None]]) -> float:
    xs = [r[0].lines[0].box.x0 for r in rows if r and r[0] is not None and r[0].lines]
    return min(xs) if xs else 0.0


def block_to_table(table: TableBlock, table_id: str, title: str | None = None) -> Table:
    """The generic model of a laid-out table."""
    labels = header_labels(table)
    body = table.rows[table.header_rows :]
    left = _label_left(body)
    rows = []
    for raw in body:
        if not any(c is not None and c.lines for c in raw):
            continue
        first = raw[0] if raw else None
        label = first.text.strip() if first else ""
        cells = [_cell_model(raw[i] if i < len(raw) else None) for i in range(1, table.n_cols)]
        bold = all(c.bold for c in raw if c is not None and c.lines)
        boxes = [c.box for c in raw if c is not None]
        page = next((c.page for c in raw if c is not None), table.page_start)
        rows.append(
            Row(
                label=label,
                cells=cells,
                is_total=is_total_label(label, bold),
                level=_row_level(first, left),
                page=page,
                bbox=bounding_box(boxes).as_list() if boxes else None,
            )
        )
    columns = (
        [Column(label=label) for label in labels[1:]]
        if labels
        else [Column(label="") for _ in range(max(table.n_cols - 1, 0))]
    )
    return Table(
        id=table_id,
        kind=TableKind.UNKNOWN,
        title=title,
        unit=None,
        page_start=table.page_start,
        page_end=table.page_end,
        columns=columns,
        rows=rows,
    )

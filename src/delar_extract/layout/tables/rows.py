"""Tables ruled by rows only: horizontal rules of one common width stacked
under each other (Word's table styles); their columns come from text
alignment (:mod:`.alignment`).

The region a stack of rules spans is split where a band between two rules
holds no table row (running text, a heading, a figure, nothing: :mod:`.bands`);
a part's rows are its bands or, where rules only separate groups of rows,
its text lines (:mod:`.stacks`, :mod:`.textrows`); it takes its header row
when one stands above its first rule; its column boundaries become explicit
vertical rules for the lattice finder (:mod:`delar_extract.pdf.lattice`), as
pdfplumber's "explicit" strategy, and its rows' edges that no rule draws
explicit horizontal ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from delar_extract.layout.tables.alignment import band_size, column_edges, is_spanning_band
from delar_extract.layout.tables.bands import Rule, header_above
from delar_extract.layout.tables.figures import chart_spans
from delar_extract.layout.tables.model import Cell, box_within
from delar_extract.layout.tables.stacks import (
    bodies,
    centred_in,
    joined_rules,
    rule_stacks,
    without_shading,
)
from delar_extract.layout.tables.textrows import text_rows
from delar_extract.pdf.lattice import (
    Edge,
    boxes_to_edges,
    cells_to_grid,
    filter_edges,
    find_tables,
)
from delar_extract.pdf.objects import Box, PageContent, TableGrid, Word
from delar_extract.vocab import load_status_vocabulary

Bounds = tuple[float, float, float, float]  # (x0, top, x1, bottom)


def _bounds(box: Box) -> Bounds:
    return (box.x0, box.top, box.x1, box.bottom)


def _page_edges(content: PageContent, clip: Bounds | None = None) -> list[Edge]:
    """Every edge of the page's rules, rectangles and paths (cut to ``clip``)."""
    return boxes_to_edges(
        (_bounds(s.box) for s in content.segments),
        (_bounds(r.box) for r in content.rects),
        ((_bounds(s.box), s.points) for s in content.shapes),
        clip,
    )


def _marks(content: PageContent, figures: Sequence[Box] = ()) -> list[dict[str, Any]]:
    """Non-text content that fills a cell: images, vector shapes, coloured swatches,
    status glyphs.  Images say so (``object_type``): a tall one is a figure
    between two tables.  A chart drawn as vector paths (``figures``) counts as
    a picture."""
    marks = [_mark(box, "image") for box in [*(im.box for im in content.images), *figures]]
    marks += [_mark(s.box, "shape") for s in content.shapes]
    marks += [_mark(r.box, "rect") for r in content.rects if r.fill not in (None, "#FFFFFF")]
    marks += [_mark(w.box, "glyph") for w in content.words if _is_glyph(w)]
    return marks


def _is_glyph(word: Word) -> bool:
    """A status glyph ("●") is a mark, not text: a status column of bare glyphs
    starts its own column, though its glyph stands closer to the text of the
    cell before it than the gap that parts two runs of words."""
    return word.text.strip() in load_status_vocabulary().status_glyphs


def _mark(box: Box, kind: str) -> dict[str, Any]:
    return {"x0": box.x0, "top": box.top, "x1": box.x1, "bottom": box.bottom, "object_type": kind}


def _row_ruled(
    content: PageContent,
    edges: list[Edge],
    page_box: Bounds,
    words: Sequence[dict[str, Any]],
    taken: Sequence[Box],
    figures: Sequence[Box] = (),
) -> list[TableGrid]:
    grids: list[TableGrid] = []
    rules = joined_rules(edges)
    stacks = rule_stacks(rules)
    if not stacks:
        return grids
    marks = _marks(content, figures)
    charts = chart_spans(rules, [m for m in marks if m["object_type"] != "glyph"])
    # Widest first: the partial rules under the rows beside a spanning cell
    # form a narrower stack inside their table, no table of their own.
    for stack in sorted(stacks, key=lambda s: (-s.width, s.top)):
        if any(box_within(stack, g.box, 2) for g in grids):
            continue
        content_marks = without_shading(marks, stack)
        for body, body_bands, rule_bands in bodies(
            stack, rules, taken, charts, words, content_marks, page_box
        ):
            region, bands, boundaries = _with_header(
                body, body_bands, rules, words, content_marks, rule_bands
            )
            inside = centred_in(region, words)
            marks_in = centred_in(region, content_marks)
            if _text_columns(boundaries, bands, inside, marks_in) < 2:
                continue
            crop = (
                max(region.x0 - 2, page_box[0]),
                max(region.top - 1, page_box[1]),
                min(region.x1 + 2, page_box[2]),
                min(region.bottom + 1, page_box[3]),
            )
            # As pdfplumber on the cropped page: objects cut to the crop, the
            # explicit columns spanning it.
            cropped = _page_edges(content, crop)
            # The rows' edges where no rule draws them: the header row's top,
            # rows between two rules, a total row under the last rule.
            drawn = [top for top, _, _ in rules]
            cropped += [
                Edge("h", region.x0, y, region.x1, y)
                for y in {y for band in bands for y in band}
                if not any(abs(y - top) <= 1 for top in drawn)
            ]
            vertical = [Edge("v", x, crop[1], x, crop[3]) for x in boundaries]
            # Partial rules (under rows beside a spanning cell) can split the
            # finder's result; the region is one table, its largest part.
            found = [
                g
                for t in find_tables(vertical, filter_edges(cropped, "h"))
                if (g := cells_to_grid(t, False))
            ]
            grid = max(found, key=lambda g: g.box.width * g.box.height, default=None)
            if grid is None:
                continue
            spanning = [
                b for i, b in enumerate(bands) if i and is_spanning_band(b, inside, marks_in)
            ]
            cells = [
                w
                for w in inside
                if not any(b[0] <= (w["top"] + w["bottom"]) / 2 <= b[1] for b in spanning)
            ]
            if not _columns_cut_words(grid, cells):
                grids.append(_merge_spanning(grid, spanning, inside))
    return grids


def _text_columns(
    boundaries: Sequence[float],
    bands: Sequence[tuple[float, float]],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
) -> int:
    """Columns filled in two rows or more, with text or, right of the first
    column, with marks (a status column).  Status icons leading one text each
    are a list with its markers, not a table, though one item has a remark set
    apart to the right: a table needs two such columns."""

    def rows_filling(a: float, b: float, items: Sequence[dict[str, Any]]) -> int:
        return sum(
            1
            for top, bottom in bands
            if any(
                a <= (o["x0"] + o["x1"]) / 2 < b and top <= (o["top"] + o["bottom"]) / 2 <= bottom
                for o in items
            )
        )

    return sum(
        1
        for index, (a, b) in enumerate(pairwise(boundaries))
        if rows_filling(a, b, [*words, *marks]) >= 2
        and (index > 0 or rows_filling(a, b, words) >= 1)
    )


def _boundaries(
    region: Box,
    bands: Sequence[tuple[float, float]],
    rules: Sequence[Rule],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    upper: Sequence[tuple[float, float]] = (),
) -> list[float]:
    rule_ends = [
        x
        for top, x0, x1 in rules
        if region.top - 1 <= top <= region.bottom + 1
        for x in (x0, x1)
        if region.x0 + 12 < x < region.x1 - 12
    ]
    return column_edges(
        centred_in(region, words), centred_in(region, marks), bands, region, rule_ends, upper
    )


def _with_header(
    body: Box,
    bands: list[tuple[float, float]],
    rules: Sequence[Rule],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    rule_bands: Sequence[tuple[float, float]],
) -> tuple[Box, list[tuple[float, float]], list[float]]:
    """The table's region, row bands and column boundaries, with its header row
    when one stands ruled only below it.  The columns are then found with the
    header as the first row (right-aligned figures start inside its words);
    its words must fall in two of them or more, else it is no header row."""
    boundaries = _boundaries(body, bands, rules, words, marks)
    size = band_size(centred_in(body, words))
    band = header_above(body, rule_bands, rules, words, size) if len(boundaries) >= 3 else None
    if band is None:
        # The first row between the rules may be the header: the same holds for it.
        inside = centred_in(body, words)
        first = [w for w in inside if (w["top"] + w["bottom"]) / 2 <= bands[0][1]]
        return (
            body,
            bands,
            _header_columns(boundaries, first, _cell_words(body, bands[1:], words, marks)),
        )
    region = Box(body.x0, band[0], body.x1, body.bottom)
    header_rows = text_rows(band, centred_in(region, words))
    with_header = [*header_rows, *bands]
    # a header's upper rows name groups of columns, their text across several
    joined = _boundaries(region, with_header, rules, words, marks, header_rows[:-1])
    header = [w for w in centred_in(region, words) if w["top"] < body.top]
    columns = {sum(1 for x in joined[1:-1] if x <= w["x0"] + 1) for w in header}
    if len(joined) < 3 or len(columns) < 2:
        return body, bands, boundaries
    return (
        region,
        with_header,
        _header_columns(joined, header, _cell_words(body, bands, words, marks)),
    )


def _cell_words(
    region: Box,
    bands: Sequence[tuple[float, float]],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The words of ``bands`` in rows of cells: a group title across the table
    fills no one column."""
    inside = centred_in(region, words)
    marks_in = centred_in(region, marks)
    rows = [b for b in bands if not is_spanning_band(b, inside, marks_in)]
    return [w for w in inside if any(a <= (w["top"] + w["bottom"]) / 2 <= b for a, b in rows)]


def _header_columns(
    boundaries: list[float], header: Sequence[dict[str, Any]], body: Sequence[dict[str, Any]]
) -> list[float]:
    """A header cell set left of its figures (right-aligned under a wider
    label) gets a column of its own that no body row fills, its figures one
    without a header: the two are one column."""

    def filled(words: Sequence[dict[str, Any]], a: float, b: float) -> bool:
        return any(a <= (w["x0"] + w["x1"]) / 2 < b for w in words)

    out = list(boundaries)
    index = 1
    while index < len(out) - 1:  # the last column too
        a, b, c = out[index - 1], out[index], out[index + 1]
        if (
            filled(header, a, b)
            and not filled(body, a, b)
            and filled(body, b, c)
            and not filled(header, b, c)
        ):
            del out[index]
        else:
            index += 1
    return out


def _merge_spanning(
    grid: TableGrid, spanning: Sequence[tuple[float, float]], words: Sequence[dict[str, Any]]
) -> TableGrid:
    """Rows whose one text run crosses the guessed columns span the table: one
    cell, the rest marked spanned (``None``) as in a ruled grid."""
    rows = []
    for row in grid.rows:
        boxes = [c for c in row if c is not None]
        if not boxes:
            rows.append(row)
            continue
        top, bottom = boxes[0].top, boxes[0].bottom
        inner = [c.x0 for c in boxes[1:]]
        crossed = any(
            top <= (w["top"] + w["bottom"]) / 2 <= bottom
            and any(w["x0"] + 1 < x < w["x1"] - 1 for x in inner)
            for w in words
        )
        if crossed and any(abs(top - b[0]) <= 2 and abs(bottom - b[1]) <= 2 for b in spanning):
            wide = Box(boxes[0].x0, top, boxes[-1].x1, bottom)
            rows.append((wide, *([None] * (len(row) - 1))))
        else:
            rows.append(row)
    return TableGrid(grid.box, tuple(rows), grid.ruled)


def _columns_cut_words(grid: TableGrid, words: Sequence[dict[str, Any]]) -> bool:
    """Columns guessed from text alignment must not run through words; through
    prose they do."""
    inner = {round(c.x0, 1) for row in grid.rows for c in row if c} - {round(grid.box.x0, 1)}
    cut = sum(1 for w in words if any(w["x0"] + 1 < x < w["x1"] - 1 for x in inner))
    return cut > max(1, 0.02 * len(words))


def find_row_ruled(
    content: PageContent, taken: Sequence[Box], figures: Sequence[Box] = ()
) -> list[TableGrid]:
    """Tables on a page ruled by rows only, outside the boxes ``taken`` (lattices);
    ``figures`` are charts drawn as vector paths, read as pictures."""
    word_dicts = [
        {
            "x0": w.box.x0,
            "top": w.box.top,
            "x1": w.box.x1,
            "bottom": w.box.bottom,
            "size": w.size,
            "bold": w.bold,
        }
        for w in content.words
        if not _is_glyph(w)
    ]
    return _row_ruled(
        content, _page_edges(content), _bounds(content.page_box), word_dicts, taken, figures
    )


def group_rows_spanning(rows: list[list[Cell | None]], header_rows: int) -> list[list[Cell | None]]:
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

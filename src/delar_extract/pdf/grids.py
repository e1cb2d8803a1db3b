"""Table cell geometry from a page's rules (pdfplumber's table finder, in :mod:`.lattice`).

Two kinds are found here, where the backend's graphics are at hand:

* lattices: vertical and horizontal rules (or cell backgrounds, whose edges act
  as rules).  A table cut by a page break has no closing rule at the cut, so
  the ends of its vertical rules are closed with explicit horizontal lines.
* row-ruled tables: horizontal rules of one common width stacked under each
  other (Word's table styles); their columns come from text alignment.

Tables drawn with no rules at all are found later from text alignment
(:mod:`delar_extract.layout.unruled`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from delar_extract.pdf.graphics import BBox, Graphics
from delar_extract.pdf.lattice import (
    Edge,
    filter_edges,
    find_tables,
    items_to_edges,
    table_rows,
)
from delar_extract.pdf.objects import Box, TableGrid, Word

# Row-ruled tables: this many rules of one width, at least this wide.
MIN_RULES = 3
MIN_RULE_WIDTH = 120.0
# White between two columns of a row-ruled table is at least this wide, in
# ems of the table's text (a word space is about a quarter em).
MIN_COLUMN_GAP_EM = 0.6
# Words of one row closer than this (in ems) are one text run.
RUN_GAP_EM = 0.6
# A band whose text is this much larger than the table's is a heading between
# two tables; an image this many ems tall is a figure, not a cell's icon.
HEADING_SIZE_RATIO = 1.12
FIGURE_HEIGHT_EM = 4.0


Rule = tuple[float, float, float]  # (top, x0, x1) of a horizontal rule


def _to_grid(cells: list[tuple[float, float, float, float]], ruled: bool) -> TableGrid | None:
    rows = [tuple(Box(*cell) if cell else None for cell in row) for row in table_rows(cells)]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    box = Box(
        min(c[0] for c in cells),
        min(c[1] for c in cells),
        max(c[2] for c in cells),
        max(c[3] for c in cells),
    )
    return TableGrid(box, tuple(rows), ruled)


def _overlaps(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.top < b.bottom - 1 and b.top < a.bottom - 1


def _closing_lines(edges: Sequence[Edge]) -> list[Edge]:
    """Horizontal lines that close groups of vertical rules left open by a page break."""
    vertical = sorted((e for e in edges if e.orientation == "v"), key=lambda e: (e.top, e.x0))
    # Each group keeps its extent as it grows: (top, bottom, edges).
    groups: list[list[Any]] = []
    for edge in vertical:
        for group in groups:
            if edge.top <= group[1] + 2 and edge.bottom >= group[0] - 2:
                group[0] = min(group[0], edge.top)
                group[1] = max(group[1], edge.bottom)
                group[2].append(edge)
                break
        else:
            groups.append([edge.top, edge.bottom, [edge]])
    lines = []
    for top, bottom, members in groups:
        if len({round(e.x0) for e in members}) < 3:
            continue
        x0 = min(e.x0 for e in members)
        x1 = max(e.x1 for e in members)
        lines += [Edge("h", x0, top, x1, top), Edge("h", x0, bottom, x1, bottom)]
    return lines


def _lattices(edges: list[Edge]) -> list[TableGrid]:
    vertical = filter_edges(edges, "v")
    horizontal = filter_edges(edges, "h") + _closing_lines(edges)
    return [g for t in find_tables(vertical, horizontal) if (g := _to_grid(t, True))]


def _joined_rules(edges: Sequence[Edge]) -> list[Rule]:
    """Horizontal rules as (top, x0, x1), collinear pieces joined: HTML and Word
    tables draw a row's rule as one segment per cell."""
    pieces = sorted((round(e.top, 1), e.x0, e.x1) for e in edges if e.orientation == "h")
    rules: list[list[float]] = []
    for top, x0, x1 in pieces:
        last = rules[-1] if rules else None
        if last is not None and abs(last[0] - top) <= 0.6 and x0 <= last[2] + 2:
            last[2] = max(last[2], x1)
        else:
            rules.append([top, x0, x1])
    return [(t, a, b) for t, a, b in rules]


def _rule_stacks(rules: Sequence[Rule]) -> list[Box]:
    """Regions spanned by >= MIN_RULES horizontal rules of one width."""
    stacks: dict[tuple[int, int], list[float]] = {}
    for top, x0, x1 in rules:
        if x1 - x0 < MIN_RULE_WIDTH:
            continue
        stacks.setdefault((round(x0 / 3), round(x1 / 3)), []).append(top)
    regions = []
    for (x0, x1), tops in stacks.items():
        tops = sorted(set(tops))
        if len(tops) >= MIN_RULES:
            regions.append(Box(x0 * 3.0, tops[0], x1 * 3.0, tops[-1]))
    return regions


def _row_bands(rules: Sequence[Rule], region: Box) -> list[tuple[float, float]]:
    """Vertical bands between consecutive horizontal rules inside ``region``."""
    tops = sorted(
        {
            top
            for top, x0, x1 in rules
            if region.top - 1 <= top <= region.bottom + 1
            # the rule's part over this region: a table beside it has its own rules
            and min(x1, region.x1) - max(x0, region.x0) >= 0.2 * region.width
        }
    )
    return [(a, b) for a, b in pairwise(tops) if b - a > 3]


def _row_starts(
    words: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]], band: tuple[float, float]
) -> set[float]:
    """Left edges of the text runs and marks (icons, shapes) in one row band."""
    inside = sorted(
        (w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]),
        key=lambda w: (round(w["top"]), w["x0"]),
    )
    starts: set[float] = set()
    previous: dict[str, Any] | None = None
    for word in inside:
        gap = max(6.0, 1.2 * float(word.get("size", 8) or 8))
        same_line = previous is not None and abs(word["top"] - previous["top"]) < 2
        if not same_line or word["x0"] - previous["x1"] > gap:  # type: ignore[index]
            starts.add(round(float(word["x0"]), 1))
        previous = word
    for mark in marks:
        if band[0] <= (mark["top"] + mark["bottom"]) / 2 <= band[1]:
            starts.add(round(float(mark["x0"]), 1))
    return starts


def _column_edges(
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    bands: Sequence[tuple[float, float]],
    region: Box,
    rule_ends: Sequence[float] = (),
) -> list[float]:
    """Column boundaries of a row-ruled table: left edges that recur in two or
    more rows, and white gaps that run through every body row, where no word
    in the table runs across.  Words of spanning rows (a group title across
    the table) are left out: they say nothing of columns."""
    spanning = [bool(i) and _is_spanning_band(band, words, marks) for i, band in enumerate(bands)]
    words = [w for w in words if not _in_spanning_band(w, bands, spanning)]
    support: dict[float, set[int]] = {}
    leftmost: dict[float, float] = {}
    for index, band in enumerate(bands):
        for x in _row_starts(words, marks, band):
            key = next((k for k in support if abs(k - x) <= 6), x)
            support.setdefault(key, set()).add(index)
            leftmost[key] = min(leftmost.get(key, x), x)
    runs = [run for band in bands for run in _row_runs(words, marks, band)]
    # A recurring left edge inside a run of another row (right-aligned figures
    # of one width under a header of several words) is no column's start.
    candidates = [
        x - 2
        for x in support
        if len(support[x]) >= 2 and not any(a + 1 < leftmost[x] - 1 < b - 1 for a, b in runs)
    ]
    candidates += _projection_gaps(words, marks, bands[1:], region)
    centres = [(a + b) / 2 for band in bands for a, b in _row_runs(words, marks, band)]
    # Rules that stop short of the table's edge (beside a spanning cell) mark a
    # column boundary exactly; a guessed boundary near one moves onto it.
    candidates = [_snap(c, rule_ends) for c in candidates]
    edges = [region.x0]
    for boundary in sorted(candidates):
        if boundary - edges[-1] < 12 or region.x1 - boundary < 12:
            continue
        if any(w["x0"] + 1 < boundary < w["x1"] - 1 for w in words):
            continue
        if len(edges) > 1 and not any(edges[-1] < c < boundary for c in centres):
            # Two boundaries in one white gap: keep the one at the next column's text.
            edges[-1] = boundary
            continue
        edges.append(boundary)
    return [*edges, region.x1]


def _body_size(words: Sequence[dict[str, Any]]) -> float:
    """Median font size of ``words``: every distance in a table scales with it."""
    sizes = sorted(float(w.get("size", 8) or 8) for w in words)
    return sizes[len(sizes) // 2] if sizes else 8.0


def _in_spanning_band(
    word: dict[str, Any], bands: Sequence[tuple[float, float]], spanning: Sequence[bool]
) -> bool:
    """Is ``word`` in a body row that holds one text run and nothing else (a
    group title, "Mål 1. ...")?  Such a row spans the columns.  ``spanning``
    says it of each band, computed once per table, not once per word."""
    middle = (word["top"] + word["bottom"]) / 2
    for index, band in enumerate(bands):
        if index and band[0] <= middle <= band[1]:
            return spanning[index]
    return False


def _is_spanning_band(
    band: tuple[float, float], words: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]]
) -> bool:
    """One text run per line, every line starting at one x (a wrapped title)."""
    runs = _row_runs(words, marks, band)
    return bool(runs) and all(abs(r[0] - runs[0][0]) <= 2 for r in runs)


def _snap(x: float, ends: Sequence[float], reach: float = 8.0) -> float:
    near = [e for e in ends if abs(e - x) <= reach]
    return min(near, key=lambda e: abs(e - x)) if near else x


def _projection_gaps(
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    bands: Sequence[tuple[float, float]],
    region: Box,
) -> list[float]:
    """Vertical white gaps that run through every body row: right-aligned
    figures and centred cells have no common left edge, but the white between
    columns shows.  Each gap gives one boundary, placed in the widest part of
    the gap that no word of the table (headers included) covers: a header set
    flush left over figures set flush right leaves white only at the column's
    start."""
    spans: list[tuple[float, float]] = []
    for band in bands:
        runs = _row_runs(words, marks, band)
        # A group row across the whole table ("Mål 1 ...") says nothing of columns.
        if len(runs) == 1 and runs[0][1] - runs[0][0] > 0.5 * region.width:
            continue
        spans.extend(runs)
    merged: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if merged and x0 <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    min_gap = max(MIN_COLUMN_GAP_EM * _body_size(words), 4.0)
    return [_free_middle(a[1], b[0], words) for a, b in pairwise(merged) if b[0] - a[1] >= min_gap]


def _free_middle(left: float, right: float, words: Sequence[dict[str, Any]]) -> float:
    """Middle of the widest stretch of (left, right) that no word covers."""
    covers = sorted(
        (max(float(w["x0"]), left), min(float(w["x1"]), right))
        for w in words
        if w["x0"] < right and w["x1"] > left
    )
    free: list[tuple[float, float]] = []
    x = left
    for a, b in covers:
        if a > x:
            free.append((x, a))
        x = max(x, b)
    if x < right:
        free.append((x, right))
    if not free:
        return (left + right) / 2
    a, b = max(free, key=lambda f: f[1] - f[0])
    return (a + b) / 2


def _row_runs(
    words: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]], band: tuple[float, float]
) -> list[tuple[float, float]]:
    """Horizontal extents of the text runs and marks in one row band."""
    inside = sorted(
        (w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]),
        key=lambda w: (round(w["top"]), w["x0"]),
    )
    runs: list[list[float]] = []
    previous: dict[str, Any] | None = None
    for word in inside:
        # Wider than a word space: between two cells of a row the white is
        # often no more than the cells' padding.
        gap = RUN_GAP_EM * float(word.get("size", 8) or 8)
        same_line = previous is not None and abs(word["top"] - previous["top"]) < 2
        if same_line and word["x0"] - previous["x1"] <= gap:  # type: ignore[index]
            runs[-1][1] = float(word["x1"])
        else:
            runs.append([float(word["x0"]), float(word["x1"])])
        previous = word
    runs += [
        [float(m["x0"]), float(m["x1"])]
        for m in marks
        if band[0] <= (m["top"] + m["bottom"]) / 2 <= band[1]
    ]
    return [(a, b) for a, b in runs]


def _marks(graphics: Graphics) -> list[dict[str, Any]]:
    """Non-text content that fills a cell: images, vector shapes, coloured swatches."""
    boxes: list[BBox] = [im.bbox for im in graphics.images]
    boxes += [c.bbox for c in graphics.curves]
    boxes += [r.bbox for r in graphics.rects if r.fill and r.fill_color not in (None, "#FFFFFF")]
    return [{"x0": b[0], "top": b[1], "x1": b[2], "bottom": b[3]} for b in boxes]


def _has_content(band: tuple[float, float], items: Sequence[dict[str, Any]]) -> bool:
    return any(band[0] <= (o["top"] + o["bottom"]) / 2 <= band[1] for o in items)


def _has_prose(band: tuple[float, float], words: Sequence[dict[str, Any]], region: Box) -> bool:
    """A line of running text from the left edge across most of the width: no
    table row looks so."""
    lines: dict[int, list[dict[str, Any]]] = {}
    for w in words:
        if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]:
            lines.setdefault(round(float(w["top"])), []).append(w)
    for line in lines.values():
        line.sort(key=lambda w: w["x0"])
        gaps = [b["x0"] - a["x1"] for a, b in pairwise(line)]
        wide = line[-1]["x1"] - line[0]["x0"] > 0.75 * region.width
        if wide and line[0]["x0"] - region.x0 < 10 and max(gaps, default=0) < 15:
            return True
    return False


def _is_heading(band: tuple[float, float], words: Sequence[dict[str, Any]], size: float) -> bool:
    """A band whose every word is set larger than the table's text: a heading
    (a page title, the caption of the next table) between two tables."""
    inside = [w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]]
    return bool(inside) and all(
        float(w.get("size", 0) or 0) >= HEADING_SIZE_RATIO * size for w in inside
    )


def _has_figure(band: tuple[float, float], images: Sequence[dict[str, Any]], size: float) -> bool:
    """A band holding a picture many lines tall and wide (a chart), not a
    cell's icon.  Cell fills are rects, never pictures."""
    return any(
        band[0] <= (m["top"] + m["bottom"]) / 2 <= band[1]
        and m["bottom"] - m["top"] >= FIGURE_HEIGHT_EM * size
        and m["x1"] - m["x0"] >= FIGURE_HEIGHT_EM * size
        for m in images
    )


def _split_tables(
    region: Box,
    bands: list[tuple[float, float]],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
) -> list[tuple[Box, list[tuple[float, float]]]]:
    """Tables of one width stacked on a page share their rules' extent; an empty
    band, or one holding running text, a heading or a figure, between rules
    separates two tables."""
    items = [*words, *marks]
    inside = [w for w in words if region.top <= (w["top"] + w["bottom"]) / 2 <= region.bottom]
    size = _body_size(inside)
    parts: list[list[tuple[float, float]]] = [[]]
    for band in bands:
        separates = (
            not _has_content(band, items)
            or _has_prose(band, words, region)
            or _is_heading(band, words, size)
            or _has_figure(band, [m for m in marks if m.get("object_type") == "image"], size)
        )
        if not separates:
            parts[-1].append(band)
        elif parts[-1]:
            parts.append([])
    return [
        (Box(region.x0, part[0][0], region.x1, part[-1][1]), part)
        for part in parts
        if len(part) >= 2
    ]


def _row_ruled(
    graphics: Graphics,
    edges: list[Edge],
    page_box: BBox,
    words: Sequence[dict[str, Any]],
    taken: Sequence[Box],
) -> list[TableGrid]:
    grids: list[TableGrid] = []
    rules = _joined_rules(edges)
    stacks = [s for s in _rule_stacks(rules) if not any(_overlaps(s, box) for box in taken)]
    if not stacks:
        return grids
    marks = _marks(graphics)
    for stack in stacks:
        for region, bands in _split_tables(stack, _row_bands(rules, stack), words, marks):
            inside = [
                w
                for w in words
                if region.contains_point((w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2)
            ]
            marks_in = [
                m
                for m in marks
                if region.contains_point((m["x0"] + m["x1"]) / 2, (m["top"] + m["bottom"]) / 2)
            ]
            rule_ends = [
                x
                for top, x0, x1 in rules
                if region.top - 1 <= top <= region.bottom + 1
                for x in (x0, x1)
                if region.x0 + 12 < x < region.x1 - 12
            ]
            column_edges = _column_edges(inside, marks_in, bands, region, rule_ends)
            if len(column_edges) < 3:
                continue
            crop = (
                max(region.x0 - 2, page_box[0]),
                max(region.top - 1, page_box[1]),
                min(region.x1 + 2, page_box[2]),
                min(region.bottom + 1, page_box[3]),
            )
            # As pdfplumber on the cropped page: objects cut to the crop, the
            # explicit columns spanning it.
            cropped = items_to_edges(graphics.lines, graphics.rects, graphics.curves, crop)
            vertical = [Edge("v", x, crop[1], x, crop[3]) for x in column_edges]
            # Partial rules (under rows beside a spanning cell) can split the
            # finder's result; the region is one table, its largest part.
            found = [
                g
                for t in find_tables(vertical, filter_edges(cropped, "h"))
                if (g := _to_grid(t, False))
            ]
            grid = max(found, key=lambda g: g.box.width * g.box.height, default=None)
            if grid is None:
                continue
            spanning = [
                b for i, b in enumerate(bands) if i and _is_spanning_band(b, inside, marks_in)
            ]
            cells = [
                w
                for w in inside
                if not any(b[0] <= (w["top"] + w["bottom"]) / 2 <= b[1] for b in spanning)
            ]
            if not _columns_cut_words(grid, cells):
                grids.append(_merge_spanning(grid, spanning, inside))
    return grids


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


def find_grids(graphics: Graphics, words: Sequence[Word], page_box: BBox) -> tuple[TableGrid, ...]:
    """Tables on a page whose cells are bounded by rules or cell backgrounds."""
    edges = items_to_edges(graphics.lines, graphics.rects, graphics.curves)
    grids = _lattices(edges)
    word_dicts = [
        {"x0": w.box.x0, "top": w.box.top, "x1": w.box.x1, "bottom": w.box.bottom, "size": w.size}
        for w in words
    ]
    grids += _row_ruled(graphics, edges, page_box, word_dicts, [g.box for g in grids])
    return tuple(sorted(grids, key=lambda g: (g.box.top, g.box.x0)))

"""Bands between the rules of a rows-only table: which of them separate two
stacked tables (nothing, running text, a heading, a figure, a wide white
gap), and the header row a table may have above its first rule, ruled only
below.  Every distance is in ems of the table's font size."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from delar_extract.layout.tables.alignment import band_size
from delar_extract.layout.tables.textrows import text_rows
from delar_extract.pdf.objects import Box

# A band whose text is this much larger than the table's is a heading between
# two tables; an image this many ems tall is a figure, not a cell's icon.
HEADING_SIZE_RATIO = 1.12
FIGURE_HEIGHT_EM = 4.0
# A header row ruled only below it: its last line this close to the table's
# first rule, its lines this close to each other (ems of the table's size).
HEADER_GAP_EM = 1.5
HEADER_LEADING_EM = 0.8
# White space this tall (ems) above a band's text: a gap between two tables.
TABLE_GAP_EM = 2.0

Rule = tuple[float, float, float]  # (top, x0, x1) of a horizontal rule


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


def row_size(
    bands: Sequence[tuple[float, float]], words: Sequence[dict[str, Any]], default: float
) -> float:
    """The size the table's rows are set in: the median over its bands of the
    size of each band's first word (its row label).  Each row counts once, so
    a comment column in smaller type, many lines per row, does not make the
    rows' own text (a bold header, a group title) look larger than the table;
    nor does a status glyph set larger than the text make a heading look small."""
    sizes = sorted(
        float(min(inside, key=lambda w: (w["x0"], w["top"])).get("size", 0) or 0)
        for band in bands
        if (inside := [w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]])
    )
    # the lower median: of a heading band and one row, the row's size
    return sizes[(len(sizes) - 1) // 2] if sizes else default


def _is_heading(
    band: tuple[float, float], words: Sequence[dict[str, Any]], size: float, left: float
) -> bool:
    """A band with a line set larger than the table's text from its left edge:
    a heading (a page title, the caption of the next table) between two
    tables, though the next table's header row shares the band."""
    inside = [w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]]
    return any(
        line[0]["x0"] - left < 2 * size
        and all(float(w.get("size", 0) or 0) >= HEADING_SIZE_RATIO * size for w in line)
        for line in _lines(inside)
    )


def _opens_with_gap(
    band: tuple[float, float], items: Sequence[dict[str, Any]], size: float
) -> bool:
    """A band whose first text or mark stands far below its top rule: white
    space between two tables, the band holding the next one's header.  A
    cell's text sits a padding below its rule."""
    tops = [o["top"] for o in items if band[0] <= (o["top"] + o["bottom"]) / 2 <= band[1]]
    return bool(tops) and min(tops) - band[0] > TABLE_GAP_EM * size


def _has_figure(
    band: tuple[float, float],
    images: Sequence[dict[str, Any]],
    words: Sequence[dict[str, Any]],
    size: float,
) -> bool:
    """A band holding a picture many lines tall and wide (a chart), not a
    cell's icon.  Cell fills are rects, never pictures.  A chart with text
    beside it, on its own lines, is a row's cell (a 'Diagram' column); a chart
    between two tables has at most its title above and its labels below."""
    return any(
        band[0] <= (m["top"] + m["bottom"]) / 2 <= band[1]
        and m["bottom"] - m["top"] >= FIGURE_HEIGHT_EM * size
        and m["x1"] - m["x0"] >= FIGURE_HEIGHT_EM * size
        and not any(
            m["top"] <= (w["top"] + w["bottom"]) / 2 <= m["bottom"]
            and (w["x1"] <= m["x0"] or w["x0"] >= m["x1"])
            for w in words
        )
        for m in images
    )


def split_tables(
    region: Box,
    bands: list[tuple[float, float]],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
) -> list[tuple[Box, list[tuple[float, float]]]]:
    """Tables of one width stacked on a page share their rules' extent; an empty
    band, or one holding running text, a heading or a figure, between rules
    separates two tables.  Only what lies over the region's width counts: a
    table set beside running text or a chart has them in its bands too."""
    words = [w for w in words if region.x0 <= (w["x0"] + w["x1"]) / 2 <= region.x1]
    marks = [m for m in marks if region.x0 <= (m["x0"] + m["x1"]) / 2 <= region.x1]
    items = [*words, *marks]
    inside = [w for w in words if region.top <= (w["top"] + w["bottom"]) / 2 <= region.bottom]
    size = band_size(inside)
    rows = row_size(bands, inside, size)
    images = [m for m in marks if m.get("object_type") == "image"]
    parts: list[list[tuple[float, float]]] = [[]]
    for band in bands:
        separates = (
            not _has_content(band, items)
            or _has_prose(band, words, region)
            or _is_heading(band, words, rows, region.x0)
            or _opens_with_gap(band, items, size)
            or _has_figure(band, images, words, size)
        )
        if not separates:
            parts[-1].append(band)
        elif parts[-1]:
            parts.append([])
    # A table is two rows or more: two bands, or one band holding two text
    # rows (ruled only under its header and under its last row).
    return [
        (Box(region.x0, part[0][0], region.x1, part[-1][1]), part)
        for part in parts
        if len(part) >= 2 or (part and len(text_rows(part[0], words, region.x0)) >= 2)
    ]


def _lines(words: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines by their top, top to bottom, left to right."""
    lines: dict[int, list[dict[str, Any]]] = {}
    for w in words:
        key = next((k for k in lines if abs(k - w["top"]) < 2), round(float(w["top"])))
        lines.setdefault(key, []).append(w)
    return [sorted(lines[k], key=lambda w: w["x0"]) for k in sorted(lines)]


def _runs(line: Sequence[dict[str, Any]], size: float) -> int:
    """Text runs of one line: words further apart than a word space start a new cell."""
    return 1 + sum(1 for a, b in pairwise(line) if b["x0"] - a["x1"] > 1.2 * size)


def header_above(
    region: Box,
    bands: Sequence[tuple[float, float]],
    rules: Sequence[Rule],
    words: Sequence[dict[str, Any]],
    size: float,
) -> tuple[float, float] | None:
    """The band of a header row drawn with a rule only below it (Word's "header
    row" style): bold lines of short cells right above the table's first rule,
    no taller than its tallest band between rules.  A heading, caption or
    running text there is no header: larger type (the header stops under a
    title set larger), one run, or a line across the table."""
    first = region.top
    floor = max(
        (
            top
            for top, x0, x1 in rules
            if top < first - 1 and min(x1, region.x1) - max(x0, region.x0) >= 0.2 * region.width
        ),
        default=0.0,
    )
    tallest = max(b - a for a, b in bands)
    above = [
        w
        for w in words
        if region.x0 <= (w["x0"] + w["x1"]) / 2 <= region.x1
        and floor < (w["top"] + w["bottom"]) / 2 < first
    ]
    taken: list[list[dict[str, Any]]] = []
    edge = first
    for line in reversed(_lines(above)):
        top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        gap = HEADER_GAP_EM if not taken else HEADER_LEADING_EM
        if edge - bottom > gap * size or first - top > tallest + 0.5 * size:
            break
        if taken and all(float(w.get("size", 0) or 0) >= HEADING_SIZE_RATIO * size for w in line):
            break
        taken.append(line)
        edge = top
    if not taken:
        return None
    header = [w for line in taken for w in line]
    band = (edge - 0.25 * size, first)
    standing_out = all(w.get("bold") for w in header)
    if (
        not standing_out
        or any(float(w.get("size", 0) or 0) >= HEADING_SIZE_RATIO * size for w in header)
        or max(_runs(line, size) for line in taken) < 2
        or _has_prose(band, header, region)
    ):
        return None
    return band

"""Column boundaries of a table from the alignment of its text.

Used for tables whose rows are ruled but whose columns are not (Word's table
styles, see :mod:`.rows`): a column starts where left edges of text runs
recur from row to row, or where white runs through every body row.  Every
distance is in ems of the table's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from delar_extract.pdf.objects import Box

# White between two columns of a row-ruled table is at least this wide, in
# ems of the table's text (a word space is about a quarter em).
MIN_COLUMN_GAP_EM = 0.6
# Words of one row closer than this (in ems) are one text run.
RUN_GAP_EM = 0.6
# A boundary in a white gap stands this far (ems) before the next column's text.
COLUMN_PAD_EM = 0.5


def _row_starts(
    words: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]], band: tuple[float, float]
) -> set[float]:
    """Left edges of the text runs and marks (icons, shapes) in one row band."""
    inside = _line_order([w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]])
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


def column_edges(
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    bands: Sequence[tuple[float, float]],
    region: Box,
    rule_ends: Sequence[float] = (),
    upper: Sequence[tuple[float, float]] = (),
) -> list[float]:
    """Column boundaries of a row-ruled table: left edges that recur in two or
    more rows, and white gaps that run through every body row, where no word
    in the table runs across.  Words of spanning rows (a group title across
    the table) are left out: they say nothing of columns; nor do a header's
    ``upper`` rows (group labels over several columns) bar a boundary."""
    spanning = [bool(i) and is_spanning_band(band, words, marks) for i, band in enumerate(bands)]
    words = [w for w in words if not _in_spanning_band(w, bands, spanning)]
    support: dict[float, set[int]] = {}
    leftmost: dict[float, float] = {}
    for index, band in enumerate(bands):
        for x in _row_starts(words, marks, band):
            key = next((k for k in support if abs(k - x) <= 6), x)
            support.setdefault(key, set()).add(index)
            leftmost[key] = min(leftmost.get(key, x), x)
    runs = [run for band in bands for run in row_runs(words, marks, band)]
    # A recurring left edge inside a run of another row (right-aligned figures
    # of one width under a header of several words) is no column's start.
    candidates = [
        x - 2
        for x in support
        if len(support[x]) >= 2 and not any(a + 1 < leftmost[x] - 1 < b - 1 for a, b in runs)
    ]
    candidates += _projection_gaps(words, marks, bands[1:], region)
    centres = [(a + b) / 2 for band in bands for a, b in row_runs(words, marks, band)]
    # Rules that stop short of the table's edge (beside a spanning cell) mark a
    # column boundary exactly; a guessed boundary near one moves onto it.
    candidates = [_snap(c, rule_ends) for c in candidates]
    barring = [
        w for w in words if not any(a <= (w["top"] + w["bottom"]) / 2 <= b for a, b in upper)
    ]
    edges = [region.x0]
    for boundary in sorted(candidates):
        if boundary - edges[-1] < 12 or region.x1 - boundary < 12:
            continue
        if any(w["x0"] + 1 < boundary < w["x1"] - 1 for w in barring):
            continue
        if len(edges) > 1 and not any(edges[-1] < c < boundary for c in centres):
            # Two boundaries in one white gap: keep the one at the next column's text.
            edges[-1] = boundary
            continue
        edges.append(boundary)
    return [*edges, region.x1]


def word_lines(words: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines, top to bottom, each left to right.  A line is
    the words whose tops lie within 2 pt of its first word's: a comment column
    in smaller type stands a fraction of a point off the label's top, rounding
    would cut there and read the label as the comment's continuation."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: w["top"]):
        if lines and abs(word["top"] - lines[-1][0]["top"]) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _line_order(words: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words line by line (:func:`word_lines`), each line left to right."""
    return [w for line in word_lines(words) for w in line]


def band_size(words: Sequence[dict[str, Any]]) -> float:
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


def is_spanning_band(
    band: tuple[float, float], words: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]]
) -> bool:
    """One text run per line, every line starting at one x (a wrapped title)."""
    runs = row_runs(words, marks, band)
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
        runs = row_runs(words, marks, band)
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
    min_gap = max(MIN_COLUMN_GAP_EM * band_size(words), 4.0)
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
    # A header standing wholly in the white between two body columns heads the
    # column to its right (set flush left over figures set flush right): the
    # boundary goes before it when the white there is a column gap, else into
    # the widest white.
    wide = [f for f in free if f[1] - f[0] >= MIN_COLUMN_GAP_EM * band_size(words)]
    a, b = wide[0] if wide else max(free, key=lambda f: f[1] - f[0])
    # Near the next column's text, not in the middle: the middle moves with the
    # longest text on the left, which differs between the pages of one table.
    pad = min(COLUMN_PAD_EM * band_size(words), (b - a) / 2)
    return b - pad


def row_runs(
    words: Sequence[dict[str, Any]], marks: Sequence[dict[str, Any]], band: tuple[float, float]
) -> list[tuple[float, float]]:
    """Horizontal extents of the text runs and marks in one row band."""
    inside = _line_order([w for w in words if band[0] <= (w["top"] + w["bottom"]) / 2 <= band[1]])
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

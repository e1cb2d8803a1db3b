"""Stacks of horizontal rules of one width, and the tables' bodies in them.

A stack's bands between rules are cut where they hold no table row
(:func:`.bands.split_tables`) or a lattice found already; each part's rows
come from its rules where every text line has its band, else from its text
lines (:mod:`.textrows`), with rows ruled only above under its last rule.
A part holding a second header row ruled only below it is two tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from delar_extract.layout.tables.alignment import band_size
from delar_extract.layout.tables.bands import Rule, row_size, split_tables
from delar_extract.layout.tables.figures import outside_charts
from delar_extract.layout.tables.textrows import header_starts, rows_below, rows_of
from delar_extract.pdf.lattice import Edge
from delar_extract.pdf.objects import Box

# Row-ruled tables: this many rules of one width, at least this wide.
MIN_RULES = 2
MIN_RULE_WIDTH = 120.0

Bounds = tuple[float, float, float, float]  # (x0, top, x1, bottom)


def centred_in(region: Box, items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The word or mark dicts whose centre lies inside ``region``."""
    return [
        o
        for o in items
        if region.contains_point((o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2)
    ]


def overlaps(a: Box, b: Box) -> bool:
    """Do boxes ``a`` and ``b`` share more than a point's edge?"""
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.top < b.bottom - 1 and b.top < a.bottom - 1


def _rules_extent(part: Box, rules: Sequence[Rule]) -> Box:
    """A part of a stack is as wide as its own rules: a narrower table (a
    legend) stacked over a wide one shares the wide one's stack."""
    own = [
        (x0, x1)
        for top, x0, x1 in rules
        if part.top - 1 <= top <= part.bottom + 1
        and min(x1, part.x1) - max(x0, part.x0) >= 0.2 * part.width
    ]
    if not own:
        return part
    left = max(part.x0, min(a for a, _ in own))
    right = min(part.x1, max(b for _, b in own))
    return Box(left, part.top, right, part.bottom) if right - left >= MIN_RULE_WIDTH else part


def joined_rules(edges: Sequence[Edge]) -> list[Rule]:
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


def rule_stacks(rules: Sequence[Rule]) -> list[Box]:
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


def without_shading(marks: Sequence[dict[str, Any]], region: Box) -> list[dict[str, Any]]:
    """A fill across the table's width is a row's shading (a group title's
    background), no cell's content: as a mark it would read as one run over
    every column."""
    return [
        m
        for m in marks
        if not (m["object_type"] == "rect" and m["x1"] - m["x0"] >= 0.9 * region.width)
    ]


def _free_parts(
    stack: Box,
    rules: Sequence[Rule],
    taken: Sequence[Box],
    charts: Sequence[tuple[float, float]],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
) -> list[tuple[Box, list[tuple[float, float]]]]:
    """The tables of a stack of rules (:func:`.bands.split_tables`), around the
    lattices already found in it and the charts whose grid lines are its
    rules (:func:`.charts.outside_charts`): a ruled table or a chart standing
    in the stack separates the rows above it from those below."""
    runs: list[list[tuple[float, float]]] = [[]]
    for band in _row_bands(rules, stack):
        inside = Box(stack.x0, band[0], stack.x1, band[1])
        if any(overlaps(inside, box) for box in taken):
            runs.append([])
        else:
            runs[-1].append(band)
    runs = [free for run in runs if run for free in outside_charts(run, charts)]
    return [
        part
        for run in runs
        for part in split_tables(Box(stack.x0, run[0][0], stack.x1, run[-1][1]), run, words, marks)
    ]


def bodies(
    stack: Box,
    rules: Sequence[Rule],
    taken: Sequence[Box],
    charts: Sequence[tuple[float, float]],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    page_box: Bounds,
) -> list[tuple[Box, list[tuple[float, float]], list[tuple[float, float]]]]:
    """Each table's body in a stack of rules: its box, its text rows and the
    bands between its rules.  A part holding a second header row ruled only
    below it is two tables."""
    out = []
    for part, rule_bands in _free_parts(stack, rules, taken, charts, words, marks):
        body, bands = _text_body(
            _rules_extent(part, rules), rule_bands, rules, words, marks, page_box
        )
        column = [w for w in words if body.x0 <= (w["x0"] + w["x1"]) / 2 <= body.x1]
        cuts = header_starts(bands, [top for top, _, _ in rules], column, marks)
        for a, b in pairwise([0, *cuts, len(bands)]):
            piece = bands[a:b]
            out.append((Box(body.x0, piece[0][0], body.x1, piece[-1][1]), piece, rule_bands))
    return out


def _text_body(
    body: Box,
    rule_bands: list[tuple[float, float]],
    rules: Sequence[Rule],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    page_box: Bounds,
) -> tuple[Box, list[tuple[float, float]]]:
    """The table's body rows: the bands between its rules cut into their text
    rows (:mod:`.textrows`), and rows ruled only above under its last rule."""
    column = [w for w in words if body.x0 <= (w["x0"] + w["x1"]) / 2 <= body.x1]
    bands = rows_of(rule_bands, column, body.x0)
    size = row_size(bands, centred_in(body, words), band_size(centred_in(body, words)))
    floor = min(
        (
            top
            for top, x0, x1 in rules
            if top > body.bottom + 1 and min(x1, body.x1) - max(x0, body.x0) >= 0.2 * body.width
        ),
        default=page_box[3],
    )
    column_marks = [m for m in marks if body.x0 <= (m["x0"] + m["x1"]) / 2 <= body.x1]
    below = rows_below(body.bottom, floor, column, column_marks, size)
    if not below:
        return body, bands
    return Box(body.x0, body.top, body.x1, below[-1][1]), [*bands, *below]

"""Lattices that are figures, not tables: charts drawn as vector paths.

A chart's grid lines, axes and bars close into cells just as a table's rules
do, so the lattice finder (:mod:`delar_extract.pdf.lattice`) finds a bar
chart on a slide, or a sparkline in a table's 'Diagram' cell, as a table.
What tells them apart is the text: a table's cells hold its words, a chart's
cells hold none (its title, axis labels and legend stand around it), or at
most a few labels among many cells too small for a line of text (the slices
between bars and grid lines).  A lattice standing inside one cell of another
is that cell's content (a figure in the cell), never a table of its own.

Only the part of a chart where bars and grid lines cross closes into cells:
:func:`chart_extents` grows it by the drawings that overlap it (the bars
standing out of it), so none of them is taken for a status mark.

A chart also stands in a stack of row rules without closing into a lattice
(:func:`chart_spans`), and holds no rows of a rows-only table there.  A bar
chart drawn as vector paths has horizontal grid lines as wide as the
table under it on a slide, so its grid joins the table's stack of rules and
its axis labels and title would become the table's first rows.  What gives
it away is that its rules run through its drawings: a bar stands across
several grid lines, while a table's cell content (text, a fill, a status
mark) lies between two of its rules.  The chart's span reaches from the
first to the last rule its drawings cross; the bands in that span and the
band on each of its edges (the axis labels below, the title above) hold the
chart and its text, and separate the rows above from those below.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median
from typing import Any

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.tables.bands import Rule
from delar_extract.layout.tables.model import box_within, words_in
from delar_extract.pdf.objects import Box, PageContent, TableGrid, Word

# A chart with labels: fewer than this share of its cells hold a word, and
# most of its cells are thinner than a line of text (this many ems).
FIGURE_TEXT_SHARE = 0.25
THIN_CELL_EM = 1.0


def _cells(grid: TableGrid) -> list[Box]:
    return [box for row in grid.rows for box in row if box is not None]


def is_figure(grid: TableGrid, words: Sequence[Word], size: float) -> bool:
    """Whether a lattice is a chart rather than a table: none of its cells
    holds a word, or few do and most are too thin for a line of text
    (``size``: the page's body font size, so the test scales with it)."""
    cells = _cells(grid)
    centres = [(w.box.center_x, w.box.center_y) for w in words_in(grid.box, words)]
    enough = FIGURE_TEXT_SHARE * len(cells)
    with_text = 0
    for box in cells:
        if any(box.contains_point(x, y) for x, y in centres):
            with_text += 1
            if with_text >= enough:
                return False  # a table: no need to count the rest
    if not with_text:
        return True
    if size <= 0:
        return False
    thin = median(min(box.width, box.height) for box in cells)
    return thin < THIN_CELL_EM * size


def _in_a_cell(grid: TableGrid, others: Sequence[TableGrid]) -> bool:
    """A lattice inside one cell of another lattice: that cell's drawing."""
    return any(
        other is not grid
        and box_within(grid.box, other.box, 0.5)
        and any(box_within(grid.box, box, 0.5) for box in _cells(other))
        for other in others
    )


def split_figures(
    grids: Sequence[TableGrid], words: Sequence[Word], size: float
) -> tuple[list[TableGrid], list[Box]]:
    """The lattices that are tables, and the boxes of those that are charts.
    A lattice inside another's cell is that cell's drawing: neither."""
    charts = [is_figure(g, words, size) for g in grids]
    tables = [g for g, chart in zip(grids, charts, strict=True) if not chart]
    figures = [g.box for g, chart in zip(grids, charts, strict=True) if chart]
    return [g for g in tables if not _in_a_cell(g, tables)], figures


def drop_figures(grids: Sequence[TableGrid], words: Sequence[Word], size: float) -> list[TableGrid]:
    """The grids that are tables: charts and drawings inside another table's
    cell left out."""
    return split_figures(grids, words, size)[0]


def _overlap(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def chart_extents(figures: Sequence[Box], content: PageContent) -> list[Box]:
    """Each chart's whole box: its grid grown by the drawings that cross it
    (its grid lines and axes, the bars standing out of it), then by the
    drawings no larger than the grid that overlap those (bars left of where
    the lines close into cells); charts that then overlap are one.  A drawing
    around the grid (the background of the cell it stands in) is not the
    chart's."""
    drawings = [
        *(r.box for r in content.rects),
        *(s.box for s in content.shapes),
        *(s.box for s in content.segments),
    ]
    boxes: list[Box] = []
    for grid in figures:
        extent = grid
        for d in drawings:
            if _overlap(d, grid) and not box_within(grid, d):
                extent = bounding_box([extent, d])
        for d in drawings:
            if _overlap(d, extent) and d.width <= grid.width and d.height <= grid.height:
                extent = bounding_box([extent, d])
        boxes.append(extent)
    merged: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        for index, other in enumerate(merged):
            if _overlap(box, other):
                merged[index] = bounding_box([box, other])
                break
        else:
            merged.append(box)
    return merged


Band = tuple[float, float]

# A rule runs through a drawing when it stands this far (pt) inside it: a
# cell's fill or mark ends on its rules, give or take the rule's width.
CROSS_SLACK = 1.5


def _crossed(drawing: dict[str, Any], rules: Sequence[Rule]) -> bool:
    """Does a rule run through ``drawing``?"""
    return any(
        drawing["top"] + CROSS_SLACK < top < drawing["bottom"] - CROSS_SLACK
        and x0 < drawing["x1"]
        and drawing["x0"] < x1
        for top, x0, x1 in rules
    )


def _span(drawing: dict[str, Any], rules: Sequence[Rule]) -> Band:
    """A crossed drawing's span: from the rule it stands on or under (its grid
    line or axis) to the one it reaches down to."""
    tops = [top for top, x0, x1 in rules if x0 < drawing["x1"] and drawing["x0"] < x1]
    above = [t for t in tops if t <= drawing["top"] + CROSS_SLACK]
    below = [t for t in tops if t >= drawing["bottom"] - CROSS_SLACK]
    return (max(above, default=drawing["top"]), min(below, default=drawing["bottom"]))


def chart_spans(rules: Sequence[Rule], drawings: Sequence[dict[str, Any]]) -> list[Band]:
    """Vertical spans of the charts among ``rules``: the drawings a rule runs
    through, each from the rule above it to the rule below (overlapping spans
    are one chart)."""
    spans: list[list[float]] = []
    for top, bottom in sorted(_span(d, rules) for d in drawings if _crossed(d, rules)):
        if spans and top <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], bottom)
        else:
            spans.append([top, bottom])
    return [(a, b) for a, b in spans]


def outside_charts(bands: Sequence[Band], spans: Sequence[Band]) -> list[list[Band]]:
    """``bands`` cut into runs that hold no chart: the bands inside a chart's
    span, and the band on each of its edges, go."""
    if not spans:
        return [list(bands)]
    inside = [any(a - 1 <= band[0] and band[1] <= b + 1 for a, b in spans) for band in bands]
    edge = [
        not inside[i] and ((i > 0 and inside[i - 1]) or (i + 1 < len(bands) and inside[i + 1]))
        for i in range(len(bands))
    ]
    runs: list[list[Band]] = [[]]
    for band, chart, on_edge in zip(bands, inside, edge, strict=True):
        if chart or on_edge:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(band)
    return [run for run in runs if run]

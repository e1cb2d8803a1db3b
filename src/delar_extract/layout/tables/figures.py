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
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from delar_extract.layout.tables.model import words_in
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


def _within(inner: Box, outer: Box, slack: float) -> bool:
    return (
        inner.x0 >= outer.x0 - slack
        and inner.x1 <= outer.x1 + slack
        and inner.top >= outer.top - slack
        and inner.bottom <= outer.bottom + slack
    )


def _in_a_cell(grid: TableGrid, others: Sequence[TableGrid]) -> bool:
    """A lattice inside one cell of another lattice: that cell's drawing."""
    return any(
        other is not grid
        and _within(grid.box, other.box, 0.5)
        and any(_within(grid.box, box, 0.5) for box in _cells(other))
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


def _union(a: Box, b: Box) -> Box:
    return Box(min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1), max(a.bottom, b.bottom))


def _contains(outer: Box, inner: Box) -> bool:
    return _within(inner, outer, 0.0)


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
            if _overlap(d, grid) and not _contains(d, grid):
                extent = _union(extent, d)
        for d in drawings:
            if _overlap(d, extent) and d.width <= grid.width and d.height <= grid.height:
                extent = _union(extent, d)
        boxes.append(extent)
    merged: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        for index, other in enumerate(merged):
            if _overlap(box, other):
                merged[index] = _union(box, other)
                break
        else:
            merged.append(box)
    return merged

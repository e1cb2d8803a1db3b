"""Tables from rules: pdfplumber's lattice finder on our own graphics.

The algorithm is pdfplumber's ``TableFinder`` with the "lines" and "explicit"
strategies (itself after Nurminen's thesis): edges from lines, rectangle sides
and the axis-aligned steps of curves; collinear edges snapped together and
joined; their intersections; the smallest cells those intersections close;
cells sharing corners grouped into tables.  The steps that pdfplumber does by
comparing every pair (intersections, neighbouring points, table grouping) are
done here through sorted indexes, so a page of many rules stays linear-ish.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import groupby, pairwise
from typing import Any, NamedTuple

from delar_extract.pdf.graphics import BBox, PathItem
from delar_extract.pdf.objects import Box, TableGrid

SNAP = 3.0
JOIN = 3.0
INTERSECTION = 3.0


class Edge(NamedTuple):
    orientation: str  # "h", "v" or "" (a curve's slanted step: never a rule)
    x0: float
    top: float
    x1: float
    bottom: float


def _overlap(a: BBox, b: BBox) -> BBox | None:
    """pdfplumber's ``get_bbox_overlap``: touching counts, a single point does not."""
    left, right = max(a[0], b[0]), min(a[2], b[2])
    top, bottom = max(a[1], b[1]), min(a[3], b[3])
    width, height = right - left, bottom - top
    if height >= 0 and width >= 0 and height + width > 0:
        return left, top, right, bottom
    return None


def items_to_edges(
    lines: Iterable[PathItem],
    rects: Iterable[PathItem],
    curves: Iterable[PathItem],
    clip: BBox | None = None,
) -> list[Edge]:
    """Every edge of the graphics, in pdfplumber's order (lines, rect sides,
    curve steps); with ``clip``, objects are cut to it as a cropped page's are."""
    return boxes_to_edges(
        (line.bbox for line in lines),
        (rect.bbox for rect in rects),
        ((curve.bbox, curve.pts) for curve in curves),
        clip,
    )


def boxes_to_edges(
    lines: Iterable[BBox],
    rects: Iterable[BBox],
    curves: Iterable[tuple[BBox, Sequence[tuple[float, float]]]],
    clip: BBox | None = None,
) -> list[Edge]:
    """:func:`items_to_edges` on bare boxes (and a curve's points): the form in
    which the page's rules reach the layout stage."""
    edges: list[Edge] = []
    for bbox in lines:
        box = bbox if clip is None else _overlap(bbox, clip)
        if box is not None:
            x0, top, x1, bottom = box
            edges.append(Edge("h" if top == bottom else "v", x0, top, x1, bottom))
    for bbox in rects:
        box = bbox if clip is None else _overlap(bbox, clip)
        if box is not None:
            x0, top, x1, bottom = box
            edges.append(Edge("h", x0, top, x1, top))
            edges.append(Edge("h", x0, bottom, x1, bottom))
            edges.append(Edge("v", x0, top, x0, bottom))
            edges.append(Edge("v", x1, top, x1, bottom))
    for bbox, pts in curves:
        if clip is not None and _overlap(bbox, clip) is None:
            continue
        for (ax, ay), (bx, by) in pairwise(pts):
            orientation = "v" if ax == bx else ("h" if ay == by else "")
            edges.append(Edge(orientation, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return edges


def _length(edge: Edge) -> float:
    return edge.bottom - edge.top if edge.orientation == "v" else edge.x1 - edge.x0


def filter_edges(edges: Iterable[Edge], orientation: str, min_length: float = 1.0) -> list[Edge]:
    return [e for e in edges if e.orientation == orientation and _length(e) >= min_length]


def _clusters(values: Iterable[float], tolerance: float) -> dict[float, int]:
    index: dict[float, int] = {}
    cluster, last = -1, None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            cluster += 1
        index[value] = cluster
        last = value
    return index


def _snap(edges: list[Edge], vertical: bool) -> list[Edge]:
    """Edges within SNAP of each other move to their mean position."""
    pos = (lambda e: e.x0) if vertical else (lambda e: e.top)
    clusters = _clusters((pos(e) for e in edges), SNAP)
    ordered = sorted(edges, key=lambda e: clusters[pos(e)])
    out: list[Edge] = []
    for _, group in groupby(ordered, key=lambda e: clusters[pos(e)]):
        members = list(group)
        mean = sum(pos(e) for e in members) / len(members)
        for e in members:
            shift = mean - pos(e)
            if vertical:
                out.append(e._replace(x0=e.x0 + shift, x1=e.x1 + shift))
            else:
                out.append(e._replace(top=e.top + shift, bottom=e.bottom + shift))
    return out


def _join(edges: Iterable[Edge], vertical: bool) -> list[Edge]:
    """Edges on one line whose ends are within JOIN of each other become one."""
    start, end = ("top", "bottom") if vertical else ("x0", "x1")
    ordered = sorted(edges, key=lambda e: getattr(e, start))
    joined = [ordered[0]]
    for e in ordered[1:]:
        last = joined[-1]
        if getattr(e, start) <= getattr(last, end) + JOIN:
            if getattr(e, end) > getattr(last, end):
                joined[-1] = last._replace(**{end: getattr(e, end)})
        else:
            joined.append(e)
    return joined


def merge_edges(edges: list[Edge]) -> list[Edge]:
    """pdfplumber's ``merge_edges``: snap, then join along each line."""
    vertical = _snap([e for e in edges if e.orientation == "v"], True)
    horizontal = _snap([e for e in edges if e.orientation == "h"], False)

    def group(e: Edge) -> tuple[str, float]:
        return (e.orientation, e.top if e.orientation == "h" else e.x0)

    merged: list[Edge] = []
    for (orientation, _), items in groupby(sorted(vertical + horizontal, key=group), key=group):
        merged.extend(_join(items, orientation == "v"))
    return merged


Point = tuple[float, float]
Bounds = tuple[float, float, float, float]


def edges_to_intersections(edges: Sequence[Edge]) -> dict[Point, tuple[set[Bounds], set[Bounds]]]:
    """Points where a vertical and a horizontal edge meet (within INTERSECTION),
    each with the boxes of the vertical and of the horizontal edges there."""
    verticals = sorted((e for e in edges if e.orientation == "v"), key=lambda e: (e.x0, e.top))
    horizontals = sorted((e for e in edges if e.orientation == "h"), key=lambda e: (e.top, e.x0))
    tops = [h.top for h in horizontals]
    found: dict[Point, tuple[set[Bounds], set[Bounds]]] = {}
    for v in verticals:
        lo = bisect_left(tops, v.top - INTERSECTION)
        hi = bisect_right(tops, v.bottom + INTERSECTION)
        for h in horizontals[lo:hi]:
            if h.x0 - INTERSECTION <= v.x0 <= h.x1 + INTERSECTION:
                vs, hs = found.setdefault((v.x0, h.top), (set(), set()))
                vs.add((v.x0, v.top, v.x1, v.bottom))
                hs.add((h.x0, h.top, h.x1, h.bottom))
    return found


def intersections_to_cells(found: dict[Point, tuple[set[Bounds], set[Bounds]]]) -> list[Bounds]:
    """For each point, the smallest cell it is the top-left corner of: a point
    below and a point to the right joined to it by edges, and the corner
    diagonally opposite joined to both."""
    by_x: dict[float, list[float]] = {}
    by_y: dict[float, list[float]] = {}
    for x, y in sorted(found):
        by_x.setdefault(x, []).append(y)
        by_y.setdefault(y, []).append(x)

    def v_joined(p: Point, q: Point) -> bool:
        return not found[p][0].isdisjoint(found[q][0])

    def h_joined(p: Point, q: Point) -> bool:
        return not found[p][1].isdisjoint(found[q][1])

    cells = []
    for x, y in sorted(found):
        ys, xs = by_x[x], by_y[y]
        below = ys[bisect_right(ys, y) :]
        right = xs[bisect_right(xs, x) :]
        cell = None
        for by in below:
            if not v_joined((x, y), (x, by)):
                continue
            for rx in right:
                if not h_joined((x, y), (rx, y)):
                    continue
                corner = (rx, by)
                if corner in found and v_joined(corner, (rx, y)) and h_joined(corner, (x, by)):
                    cell = (x, y, rx, by)
                    break
            if cell:
                break
        if cell:
            cells.append(cell)
    return cells


def cells_to_tables(cells: list[Bounds]) -> list[list[Bounds]]:
    """Cells that share corners, transitively, form a table (pdfplumber's
    grouping, as connected components); tables of one cell are dropped."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[Point, int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            j = owner.setdefault(corner, i)
            if j != i:
                parent[root(i)] = root(j)
    groups: dict[int, list[Bounds]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(root(i), []).append(cell)
    tables = sorted(groups.values(), key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def table_rows(cells: list[Bounds]) -> list[list[Bounds | None]]:
    """A table's cells by row (same top) and column (same left), None where a
    spanning cell covers the slot."""
    xs = sorted({c[0] for c in cells})
    rows = []
    for _, row in groupby(sorted(cells, key=lambda c: (c[1], c[0])), key=lambda c: c[1]):
        by_x = {c[0]: c for c in row}
        rows.append([by_x.get(x) for x in xs])
    return rows


def find_tables(
    vertical: list[Edge], horizontal: list[Edge], min_length: float = 3.0
) -> list[list[Bounds]]:
    """The tables the given edges make (each a list of cells)."""
    edges = [e for e in merge_edges(vertical + horizontal) if _length(e) >= min_length]
    return cells_to_tables(intersections_to_cells(edges_to_intersections(edges)))


def cells_to_grid(cells: list[Bounds], ruled: bool) -> TableGrid | None:
    """A table's cells as a :class:`TableGrid`; None for fewer than two rows or columns."""
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


def closing_lines(edges: Sequence[Edge]) -> list[Edge]:
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


def edges_to_lattices(edges: list[Edge]) -> list[TableGrid]:
    """Tables whose cells are bounded by rules or cell backgrounds.  A table cut
    by a page break has no closing rule at the cut, so the ends of its vertical
    rules are closed with explicit horizontal lines."""
    vertical = filter_edges(edges, "v")
    horizontal = filter_edges(edges, "h") + closing_lines(edges)
    return [g for t in find_tables(vertical, horizontal) if (g := cells_to_grid(t, True))]


def find_lattices(
    lines: Iterable[PathItem], rects: Iterable[PathItem], curves: Iterable[PathItem]
) -> tuple[TableGrid, ...]:
    """Lattice tables of a page's graphics, top to bottom."""
    grids = edges_to_lattices(items_to_edges(lines, rects, curves))
    return tuple(sorted(grids, key=lambda g: (g.box.top, g.box.x0)))

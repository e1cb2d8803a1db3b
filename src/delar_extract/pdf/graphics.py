"""Vector graphics and images of a page from PDFium's page objects.

Paths are classified as pdfminer classifies them, so the rules and shapes are
the ones pdfplumber reported: each subpath on its own; one straight segment is
a line, a closed axis-aligned four-sided path a rectangle, anything else a
curve (with its points, whose axis-aligned steps act as table rules).  Objects
inside form XObjects are read too, through the forms' matrices.

:func:`join_dotted_rules` then joins a dotted or dashed rule drawn dot by dot
(one small filled square or circle per dot, as Chromium prints a CSS dotted
border) into the one line a dashed stroke would be.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

import pypdfium2 as pdfium_py
import pypdfium2.raw as pdfium_c

from delar_extract.pdf import pdfium
from delar_extract.pdf.pdfium import Matrix

Point = tuple[float, float]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in display space


@dataclass(frozen=True, slots=True)
class PathItem:
    """One painted subpath: a line, a rect or a curve (pdfminer's kinds)."""

    kind: str  # "line" | "rect" | "curve"
    bbox: BBox
    pts: tuple[Point, ...]
    fill: bool
    stroke: bool
    fill_color: str | None
    stroke_color: str | None
    curved: bool = False  # has Bézier segments (a circle, not a polygon)
    mcid: int = -1  # marked-content id, for alt text from the structure tree
    alt: str | None = None  # alt text of its marked content (/Alt, /ActualText)


@dataclass(frozen=True, slots=True)
class ImageItem:
    bbox: BBox
    pixel_width: int
    pixel_height: int
    mcid: int
    alt: str | None = None  # alt text of its marked content (/Alt, /ActualText)


@dataclass
class Graphics:
    lines: list[PathItem] = field(default_factory=list)
    rects: list[PathItem] = field(default_factory=list)
    curves: list[PathItem] = field(default_factory=list)
    images: list[ImageItem] = field(default_factory=list)


def _objects(
    count: Callable[[int], int], get: Callable[[int, int], int], parent: int, outer: Matrix
) -> Iterator[tuple[int, int, Matrix]]:
    """The page objects of a page or form XObject, forms opened recursively, each
    with its matrix to display space."""
    for index in range(count(parent)):
        obj = get(parent, index)
        if not obj:
            continue
        kind = pdfium.object_type(obj)
        matrix = pdfium.multiply(pdfium.matrix_of(obj), outer)
        if kind == pdfium.OBJ_FORM:
            yield from _objects(pdfium.form_count_objects, pdfium.form_get_object, obj, matrix)
        else:
            yield obj, kind, matrix


def _subpaths(path: int, m: Matrix) -> list[tuple[str, list[Point]]]:
    """The path's subpaths as pdfminer's operator strings and their points
    (the end point of each operator; ``h`` at the subpath's start)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    xr, yr = ctypes.byref(x), ctypes.byref(y)
    a, b, c, d, e, f = m
    subpaths: list[tuple[str, list[Point]]] = []
    ops: list[str] = []
    pts: list[Point] = []
    bezier = 0
    for index in range(pdfium.path_count_segments(path)):
        segment = pdfium.path_get_segment(path, index)
        kind = pdfium.segment_type(segment)
        pdfium.segment_point(segment, xr, yr)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == pdfium.SEG_MOVETO:
            if ops:
                subpaths.append(("".join(ops), pts))
            ops, pts, bezier = ["m"], [point], 0
            continue
        if not ops:  # a path must begin with a move; pdfminer drops it otherwise
            ops, pts = ["?"], [point]
            continue
        if kind == pdfium.SEG_BEZIERTO:
            bezier += 1
            if bezier < 3:
                continue
            bezier = 0
            ops.append("c")
        else:
            ops.append("l")
        pts.append(point)
        if pdfium.segment_close(segment):
            if ops[-1] == "l" and point == pts[0] and len(ops) > 2:
                ops[-1] = "h"  # the closing line is pdfminer's "h"
            else:
                ops.append("h")
                pts.append(pts[0])
    if ops:
        subpaths.append(("".join(ops), pts))
    return subpaths


def _bbox(pts: list[Point]) -> BBox:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _classify(shape: str, pts: list[Point]) -> str | None:
    if shape[:1] != "m":
        return None
    if shape in ("ml", "mlh"):
        return "line"
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            return "rect"
    return "curve"


def marked_alt(obj: int) -> str | None:
    """Alt text in the property list of an object's marked content
    (``/Span <</Alt (…)>> BDC``), for files that tag without a structure tree."""
    size = ctypes.c_ulong()
    for index in range(pdfium.count_marks(obj)):
        mark = pdfium.get_mark(obj, index)
        for key in (b"Alt", b"ActualText"):
            if not mark or not pdfium.mark_string(mark, key, None, 0, ctypes.byref(size)):
                continue
            buffer = ctypes.create_string_buffer(size.value)
            pdfium.mark_string(mark, key, buffer, size.value, ctypes.byref(size))
            text = buffer.raw[: max(size.value - 2, 0)].decode("utf-16-le", "replace").strip()
            if text:
                return text
    return None


def _paths(obj: int, m: Matrix, out: Graphics) -> None:
    mcid = pdfium.object_mcid(obj)
    alt = marked_alt(obj)
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium.path_draw_mode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    fill = fill_mode.value != 0
    fill_color = pdfium.hex_color(pdfium.rgba(pdfium.fill_color, obj))
    stroke_color = pdfium.hex_color(pdfium.rgba(pdfium.stroke_color, obj))
    for shape, pts in _subpaths(obj, m):
        kind = _classify(shape, pts)
        if kind is None:
            continue
        if kind == "line":
            pts = pts[:2]
        item = PathItem(
            kind,
            _bbox(pts),
            tuple(pts),
            fill,
            bool(stroke.value),
            fill_color,
            stroke_color,
            "c" in shape,
            mcid,
            alt,
        )
        {"line": out.lines, "rect": out.rects, "curve": out.curves}[kind].append(item)


def _image(obj: int, m: Matrix) -> ImageItem:
    corners = [pdfium.apply(m, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
    w, h = ctypes.c_uint(), ctypes.c_uint()
    if not pdfium.image_pixel_size(obj, ctypes.byref(w), ctypes.byref(h)):
        w.value = h.value = 0
    return ImageItem(_bbox(corners), w.value, h.value, pdfium.object_mcid(obj), marked_alt(obj))


def read_graphics(page: int, display: Matrix) -> Graphics:
    """Lines, rects, curves and images of a page, in content order."""
    out = Graphics()
    for obj, kind, matrix in _objects(pdfium.count_objects, pdfium.get_object, page, display):
        if kind == pdfium.OBJ_PATH:
            _paths(obj, matrix, out)
        elif kind == pdfium.OBJ_IMAGE:
            out.images.append(_image(obj, matrix))
    return out


# A rule drawn dot by dot: dots (or dashes) DOT_MIN to DOT_MAX thick (a
# hairline's dots and up, no specks) and at most DASH_EM thicknesses long, the
# gap to the next one at most DOT_GAP_EM thicknesses, MIN_DOTS of them or more
# on one line.  Status marks stand an em or more apart, never so close.
DOT_MIN = 0.25
DOT_MAX = 3.0
DASH_EM = 4.0
DOT_GAP_EM = 3.0
MIN_DOTS = 8
# Dots of one rule: their thickness and their middle across the line agree
# within this share of the thickness (float noise of the producer).
DOT_TOLERANCE = 0.2


def _dot_extent(item: PathItem, horizontal: bool) -> tuple[float, float] | None:
    """(thickness, middle across the line) of a filled dot that can be part of
    a rule running ``horizontal``-ly, else None."""
    if not item.fill or item.fill_color is None or (item.kind == "curve" and not item.curved):
        return None
    x0, top, x1, bottom = item.bbox
    along, across = (x1 - x0, bottom - top) if horizontal else (bottom - top, x1 - x0)
    if not DOT_MIN <= across <= DOT_MAX or along > DASH_EM * across:
        return None
    return across, (top + bottom) / 2 if horizontal else (x0 + x1) / 2


def _on_one_line(items: Sequence[PathItem], horizontal: bool) -> list[tuple[float, list[PathItem]]]:
    """The candidate dots grouped by colour, thickness and line, each group
    with its dots' thickness."""
    dots = [
        (item.fill_color or "", extent[1], extent[0], item)
        for item in items
        if (extent := _dot_extent(item, horizontal)) is not None
    ]
    dots.sort(key=lambda d: d[:3])
    groups: list[tuple[float, list[PathItem]]] = []
    last: tuple[str, float, float] | None = None
    for color, middle, across, item in dots:
        if (
            last is None
            or color != last[0]
            or abs(middle - last[1]) > DOT_TOLERANCE * across
            or abs(across - last[2]) > DOT_TOLERANCE * across
        ):
            groups.append((across, []))
        groups[-1][1].append(item)
        last = (color, middle, across)
    return groups


def _dot_runs(items: Sequence[PathItem], horizontal: bool) -> list[list[PathItem]]:
    """Runs of MIN_DOTS or more same-coloured, same-sized dots on one line, each
    within DOT_GAP_EM of its thickness from the next, evenly spaced."""
    start, end = (0, 2) if horizontal else (1, 3)
    runs: list[list[PathItem]] = []
    for thickness, dots in _on_one_line(items, horizontal):
        dots.sort(key=lambda d: d.bbox[start])
        chains = [[dots[0]]]
        for dot in dots[1:]:
            if dot.bbox[start] - chains[-1][-1].bbox[end] <= DOT_GAP_EM * thickness:
                chains[-1].append(dot)
            else:
                chains.append([dot])
        runs += [
            chain
            for chain in chains
            if len(chain) >= MIN_DOTS
            and _even([b.bbox[start] - a.bbox[end] for a, b in pairwise(chain)], thickness)
        ]
    return runs


def _even(gaps: Sequence[float], thickness: float) -> bool:
    """Evenly spaced: every gap within a dot's thickness of the usual one (two
    dots drawn touching read as one longer dash)."""
    usual = sorted(gaps)[len(gaps) // 2]
    return all(abs(gap - usual) <= thickness + 0.25 for gap in gaps)


def _rule_of(run: Sequence[PathItem], horizontal: bool) -> PathItem:
    """The line through a run of dots, stroked in their colour."""
    x0 = min(d.bbox[0] for d in run)
    top = min(d.bbox[1] for d in run)
    x1 = max(d.bbox[2] for d in run)
    bottom = max(d.bbox[3] for d in run)
    if horizontal:
        y = (top + bottom) / 2
        pts: tuple[Point, ...] = ((x0, y), (x1, y))
    else:
        x = (x0 + x1) / 2
        pts = ((x, top), (x, bottom))
    box = _bbox(list(pts))
    color = run[0].fill_color
    return PathItem("line", box, pts, False, True, None, color, False, run[0].mcid, None)


def join_dotted_rules(graphics: Graphics) -> Graphics:
    """``graphics`` with each rule drawn as a run of small dots (squares or
    circles) replaced by one stroked line, horizontal runs first; the dots go."""
    lines = list(graphics.lines)
    used: set[int] = set()
    for horizontal in (True, False):
        free = [i for i in (*graphics.rects, *graphics.curves) if id(i) not in used]
        for run in _dot_runs(free, horizontal):
            lines.append(_rule_of(run, horizontal))
            used.update(id(d) for d in run)
    if not used:
        return graphics
    return replace(
        graphics,
        lines=lines,
        rects=[r for r in graphics.rects if id(r) not in used],
        curves=[c for c in graphics.curves if id(c) not in used],
    )


def alt_texts(page: pdfium_py.PdfPage) -> dict[int, str]:
    """Marked-content id → alt text, from the page's structure tree (tagged PDFs);
    an element without alt text takes its nearest ancestor's."""
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    if not tree:
        return {}
    found: dict[int, str] = {}
    try:
        stack = [
            (pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i), "")
            for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree))
        ]
        while stack:
            element, inherited = stack.pop()
            if not element:
                continue
            alt = _element_alt(element) or inherited
            if alt:
                for k in range(pdfium_c.FPDF_StructElement_GetMarkedContentIdCount(element)):
                    mcid = pdfium_c.FPDF_StructElement_GetMarkedContentIdAtIndex(element, k)
                    if mcid >= 0:
                        found.setdefault(mcid, alt)
            for k in range(pdfium_c.FPDF_StructElement_CountChildren(element)):
                stack.append((pdfium_c.FPDF_StructElement_GetChildAtIndex(element, k), alt))
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
    return found


def _element_alt(element: object) -> str:
    size = pdfium_c.FPDF_StructElement_GetAltText(element, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDF_StructElement_GetAltText(element, buffer, size)
    return buffer.raw[: size - 2].decode("utf-16-le", "replace").strip()

"""What a scanned page image shows besides its words: rules, fills, marks, ink.

A born-digital page hands its vector graphics to the layout; a scan has only
pixels.  This module finds in the page image the same things, in PDF points:

* the skew of the text lines, so the image can be turned back first;
* table rules (long thin horizontal and vertical runs of ink) as segments,
  and the table grids they bound (pdfplumber's cell finder, on our edges);
* cell fills and legend swatches as filled rects, coloured status marks
  (icons, dots) as filled shapes;
* the ink of each OCR word: its colour and whether it is bold (stroke width
  against the font size).

numpy and OpenCV (headless) do the pixel work; both come with the OCR extra.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image as PILImage

from delar_extract.normalize.colors import is_neutral, rgb_to_hex
from delar_extract.pdf.lattice import Edge, find_tables, table_rows
from delar_extract.pdf.objects import Box, Rect, Segment, Shape, TableGrid, Word

# Skew search: range and steps in degrees.
MAX_SKEW = 3.0
_COARSE_STEP = 0.1
_FINE_STEP = 0.01
# Rules: at least this long (points), at most this thick.  A vertical rule may
# be as short as one header row (a legend's swatches swallow the rest of it).
MIN_RULE_LENGTH = 24.0
MIN_VERTICAL_RULE = 15.0
MAX_RULE_THICKNESS = 3.0
# Fills and marks are found at this resolution, text strokes closed away.
_FILL_DPI = 100
# A fill differs from the paper by more than this (0-255, any channel).
_FILL_CONTRAST = 10
# A colour step of about this / 4 between neighbouring pixels is a fill's border.
_COLOR_EDGE = 48.0
# Status marks are 3-40 pt and roughly round or square.
MARK_MIN, MARK_MAX = 3.0, 40.0
# Bold: stroke width at least this share of the (estimated) font size; measured
# on the scanned samples, regular text is 0.10-0.115 and bold 0.14-0.18.
BOLD_STROKE = 0.13


@dataclass(frozen=True)
class ScanGraphics:
    """Graphics found in a page image, in points."""

    rects: tuple[Rect, ...]
    segments: tuple[Segment, ...]
    shapes: tuple[Shape, ...]


def _gray(image: PILImage.Image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def _paper_level(gray: np.ndarray) -> float:
    """Brightness of the paper: most of a page is paper, even on a dense one."""
    return float(np.percentile(gray, 90))


def estimate_skew(image: PILImage.Image) -> float:
    """Angle in degrees (counter-clockwise positive) that makes the text lines
    level: the angle whose projection of the ink onto the vertical is sharpest."""
    gray = _gray(image)
    small = cv2.resize(gray, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
    ys, xs = np.nonzero(small < _paper_level(small) - 60)
    if len(ys) < 200:
        return 0.0
    xs = xs.astype(np.float64) - small.shape[1] / 2
    ys = ys.astype(np.float64)

    def sharpness(angle: float) -> float:
        projected = ys - xs * np.tan(np.radians(angle))
        counts = np.bincount(np.round(projected - projected.min()).astype(np.int64))
        return float(np.dot(counts, counts))

    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, _COARSE_STEP)
    best = float(max(coarse, key=sharpness))
    fine = np.arange(best - _COARSE_STEP, best + _COARSE_STEP + 1e-9, _FINE_STEP)
    return round(float(max(fine, key=sharpness)), 2)


def deskew(image: PILImage.Image) -> tuple[PILImage.Image, float]:
    """The page turned so its text lines are level, and the angle it was turned by."""
    angle = estimate_skew(image)
    if abs(angle) < 0.05:
        return image, 0.0
    pixels = np.asarray(image.convert("RGB"))
    height, width = pixels.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    turned = cv2.warpAffine(
        pixels,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(255, 255, 255),
    )
    return PILImage.fromarray(turned), angle


def _hex(rgb: Sequence[float]) -> str:
    return rgb_to_hex(*(float(v) / 255 for v in rgb))


def _solid(ink: np.ndarray, px_per_pt: float) -> np.ndarray:
    """Ink that is solid over a few points in both directions: fills, swatches, marks."""
    side = max(3, int(2.5 * px_per_pt))
    element = cv2.getStructuringElement(cv2.MORPH_RECT, (side, side))
    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, element)


def _rules(
    ink: np.ndarray, px_per_pt: float, color: np.ndarray
) -> tuple[list[Segment], np.ndarray]:
    """Long thin runs of ink, horizontal and vertical, as segments, and their mask."""
    length = max(3, int(MIN_RULE_LENGTH * px_per_pt))
    height = max(3, int(MIN_VERTICAL_RULE * px_per_pt))
    thickness = MAX_RULE_THICKNESS * px_per_pt
    segments = []
    mask = np.zeros_like(ink)
    for kernel, horizontal in (((length, 1), True), ((1, height), False)):
        element = cv2.getStructuringElement(cv2.MORPH_RECT, kernel)
        runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, element)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
        for label in range(1, count):
            x, y, w, h, _area = (int(v) for v in stats[label])
            if (h if horizontal else w) > thickness:
                continue  # a filled area, not a rule
            here = labels[y : y + h, x : x + w] == label
            mask[y : y + h, x : x + w][here] = 1
            stroke = _hex(np.median(color[y : y + h, x : x + w][here], axis=0))
            if horizontal:
                mid = (y + h / 2) / px_per_pt
                box = Box(x / px_per_pt, mid, (x + w) / px_per_pt, mid)
            else:
                mid = (x + w / 2) / px_per_pt
                box = Box(mid, y / px_per_pt, mid, (y + h) / px_per_pt)
            segments.append(Segment(_round_box(box), stroke))
    segments.sort(key=lambda s: (s.box.top, s.box.x0, s.box.bottom, s.box.x1))
    return segments, mask


def _round_box(box: Box) -> Box:
    return Box(round(box.x0, 2), round(box.top, 2), round(box.x1, 2), round(box.bottom, 2))


def _points(x: int, y: int, w: int, h: int, px_per_pt: float) -> Box:
    """A pixel rectangle (OpenCV's x, y, width, height) as a box in points."""
    return _round_box(Box(x / px_per_pt, y / px_per_pt, (x + w) / px_per_pt, (y + h) / px_per_pt))


def paint_out_words(image: PILImage.Image, words: Sequence[Word], px_per_pt: float) -> np.ndarray:
    """The page's pixels with each word's box painted in the colour around it
    (paper, or the cell's fill), so only rules, fills and marks are left.
    One-letter words are kept: tesseract reads a status dot as "e" or "@"."""
    pixels = np.array(image.convert("RGB"))
    height, width = pixels.shape[:2]
    for word in words:
        if len(word.text) < 2:
            continue
        x0, y0 = max(int(word.box.x0 * px_per_pt) - 2, 0), max(int(word.box.top * px_per_pt) - 2, 0)
        x1 = min(int(word.box.x1 * px_per_pt) + 3, width)
        y1 = min(int(word.box.bottom * px_per_pt) + 3, height)
        if x1 - x0 < 3 or y1 - y0 < 3:
            continue
        ring = np.concatenate(
            [pixels[y0, x0:x1], pixels[y1 - 1, x0:x1], pixels[y0:y1, x0], pixels[y0:y1, x1 - 1]]
        )
        pixels[y0:y1, x0:x1] = np.median(ring, axis=0)
    return pixels


def _fills(pixels: np.ndarray, rules: np.ndarray, px_per_pt: float) -> list[Rect]:
    """Cell fills and swatches of a page whose words are painted out, found at
    :data:`_FILL_DPI`; rules separate them, status marks are left to :func:`_marks`."""
    factor = max(1, round(px_per_pt * 72 / _FILL_DPI))
    height, width = pixels.shape[0] // factor, pixels.shape[1] // factor
    small = cv2.resize(
        pixels[: height * factor, : width * factor], (width, height), interpolation=cv2.INTER_AREA
    )
    small = cv2.medianBlur(small, 3)
    ruled = cv2.resize(
        rules[: height * factor, : width * factor] * 255,
        (width, height),
        interpolation=cv2.INTER_AREA,
    )
    # Where the colour changes sharply is a border too: two swatches of a legend
    # touch, their rule drawn over by the fills.
    gradient = np.zeros(small.shape[:2], dtype=np.float32)
    for channel in cv2.split(small.astype(np.float32)):
        edge = np.abs(cv2.Sobel(channel, cv2.CV_32F, 1, 0)) + np.abs(
            cv2.Sobel(channel, cv2.CV_32F, 0, 1)
        )
        gradient = np.maximum(gradient, edge)
    edges = ((ruled > 0) | (gradient > _COLOR_EDGE)).astype(np.uint8)
    borders = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    paper = np.percentile(small.reshape(-1, 3), 90, axis=0)
    differs = np.abs(small.astype(np.int16) - paper).max(axis=2) > _FILL_CONTRAST
    differs = (differs & (borders == 0)).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(differs, connectivity=4)
    scale = px_per_pt / factor
    rects = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        # The borders took a pixel of the fill all round; give it back.
        box = _points(x - 1, y - 1, w + 2, h + 2, scale)
        if box.width < MARK_MIN or box.height < MARK_MIN:
            continue
        solid = area / max(w * h, 1)
        inside = labels[y : y + h, x : x + w] == label
        color = _hex(np.median(small[y : y + h, x : x + w][inside], axis=0))
        if solid >= 0.85 and not _mark_sized(box):
            rects.append(Rect(box, color, None))
    return rects


def _mark_sized(box: Box) -> bool:
    return (
        MARK_MIN <= box.width <= MARK_MAX
        and MARK_MIN <= box.height <= MARK_MAX
        and 0.6 <= box.width / box.height <= 1.6
    )


def _marks(solid: np.ndarray, pixels: np.ndarray, px_per_pt: float) -> list[Shape]:
    """Solid blobs of ink the size of a status mark (icon, dot), with their colour."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    shapes = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        box = _points(x, y, w, h, px_per_pt)
        if not _mark_sized(box) or area < 0.6 * w * h:
            continue
        inside = labels[y : y + h, x : x + w] == label
        color = _hex(np.median(pixels[y : y + h, x : x + w][inside], axis=0))
        shapes.append(Shape(box, color, None))
    return shapes


def find_graphics(image: PILImage.Image, words: Sequence[Word], px_per_pt: float) -> ScanGraphics:
    """Rules, fills and marks of a (deskewed) page image whose words are known.

    Rules are read from the page as it is (a word box may touch a rule), dark
    rules on paper and light ones inside dark fills (a header band's cell
    borders are white); fills and marks from the page with its words painted out."""
    original = np.asarray(image.convert("RGB"))
    gray = cv2.cvtColor(original, cv2.COLOR_RGB2GRAY)
    paper = _paper_level(gray)
    ink = (gray < paper - 30).astype(np.uint8)
    solid = _solid(ink, px_per_pt)
    segments, rule_mask = _rules(ink & (1 - solid), px_per_pt, original)
    dark = cv2.erode((gray < paper - 120).astype(np.uint8), np.ones((5, 5), np.uint8))
    if dark.any():
        band = cv2.dilate(_solid(dark, px_per_pt), np.ones((9, 9), np.uint8)) > 0
        light = ((gray > paper - 100) & band).astype(np.uint8)
        light_segments, light_mask = _rules(light, px_per_pt, original)
        segments = sorted(
            [*segments, *light_segments], key=lambda s: (s.box.top, s.box.x0, s.box.x1)
        )
        rule_mask |= light_mask
    pixels = paint_out_words(image, words, px_per_pt)
    painted = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    rects = _fills(pixels, rule_mask, px_per_pt)
    shapes = _marks(_solid((painted < paper - 30).astype(np.uint8), px_per_pt), pixels, px_per_pt)
    return ScanGraphics(tuple(rects), tuple(segments), tuple(shapes))


def _edges(segments: Sequence[Segment]) -> list[Edge]:
    return [
        Edge(
            "h" if s.box.height < s.box.width else "v", s.box.x0, s.box.top, s.box.x1, s.box.bottom
        )
        for s in segments
    ]


def _is_pale(color: str) -> bool:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return min(r, g, b) >= 200 and max(r, g, b) - min(r, g, b) <= 40


def _rect_sides(rects: Sequence[Rect]) -> list[Segment]:
    """The four sides of each fill: a cell's background bounds it like rules do."""
    sides = []
    for r in rects:
        b = r.box
        sides += [
            Segment(Box(b.x0, b.top, b.x1, b.top), r.fill),
            Segment(Box(b.x0, b.bottom, b.x1, b.bottom), r.fill),
            Segment(Box(b.x0, b.top, b.x0, b.bottom), r.fill),
            Segment(Box(b.x1, b.top, b.x1, b.bottom), r.fill),
        ]
    return sides


def grids_from_rules(graphics: ScanGraphics, words: Sequence[Word]) -> tuple[TableGrid, ...]:
    """Table grids bounded by the rules and fills, as pdfplumber finds them from
    vector edges; a grid whose cells hold no words is a frame, not a table."""
    # Only strong fills (swatches, dark bands) bound cells: the edges of pale
    # row shading are faint and, a few points apart, make columns of nothing.
    strong = [r for r in graphics.rects if r.fill and not _is_pale(r.fill)]
    segments = [*graphics.segments, *_rect_sides(strong)]
    edges = _edges(segments)
    vertical = [e for e in edges if e.orientation == "v"]
    horizontal = [e for e in edges if e.orientation == "h"]
    grids = []
    for cells in find_tables(vertical, horizontal, min_length=0.0):
        rows = tuple(tuple(Box(*c) if c else None for c in row) for row in table_rows(cells))
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        box = Box(
            min(c[0] for c in cells),
            min(c[1] for c in cells),
            max(c[2] for c in cells),
            max(c[3] for c in cells),
        )
        if not any(box.contains_point(w.box.center_x, w.box.center_y) for w in words):
            continue
        grids.append(TableGrid(box, rows, True))
    return tuple(sorted(grids, key=lambda g: (g.box.top, g.box.x0)))


def drop_misreads(words: Sequence[Word], graphics: ScanGraphics) -> list[Word]:
    """Words that are graphics read as letters: a rule read as "|" or "—", a
    status dot read as "e" or "@" (a one-letter word mostly on a mark)."""
    kept = []
    for word in words:
        box = word.box
        on_rule = not any(c.isalnum() for c in word.text) and any(
            s.box.x0 - 2 <= box.center_x <= s.box.x1 + 2
            and s.box.top - 2 <= box.center_y <= s.box.bottom + 2
            for s in graphics.segments
        )
        on_mark = len(word.text) <= 2 and any(
            _overlap(box, m.box) >= 0.5 * max(box.width * box.height, 1e-6) for m in graphics.shapes
        )
        if not (on_rule or on_mark):
            kept.append(word)
    return kept


def _overlap(a: Box, b: Box) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    return max(width, 0.0) * max(height, 0.0)


def _word_ink(gray: np.ndarray, box: Box, px_per_pt: float) -> tuple[np.ndarray, bool] | None:
    """Mask of the ink pixels of a word's box, and whether the text is light on dark."""
    x0, y0 = max(int(box.x0 * px_per_pt), 0), max(int(box.top * px_per_pt), 0)
    x1, y1 = int(box.x1 * px_per_pt) + 1, int(box.bottom * px_per_pt) + 1
    region = gray[y0:y1, x0:x1]
    if region.size < 4:
        return None
    low, high = np.percentile(region, 5), np.percentile(region, 95)
    if high - low < 40:
        return None
    middle = (float(low) + float(high)) / 2
    inverted = float(np.median(region)) < middle
    return (region > middle if inverted else region < middle), inverted


def _stroke_width(mask: np.ndarray) -> float:
    """Mean stroke width of the ink in ``mask``: twice its area over its outline."""
    ink = mask.astype(np.uint8)
    eroded = cv2.erode(ink, cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3)))
    outline = int(ink.sum()) - int(eroded.sum())
    return 2 * float(ink.sum()) / outline if outline else 0.0


def _cluster_colors(colors: Sequence[str | None]) -> dict[str, str]:
    """Each colour mapped to the most common colour near it on the page, so the
    words of one colour share one value despite scanner noise."""
    counts = Counter(c for c in colors if c)
    representatives: list[tuple[str, np.ndarray]] = []
    mapping: dict[str, str] = {}
    for color, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rgb = np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.float64)
        near = next((r for r, v in representatives if np.abs(v - rgb).max() <= 40), None)
        if near is None:
            representatives.append((color, rgb))
            near = color
        mapping[color] = near
    return mapping


def style_words(words: Sequence[Word], image: PILImage.Image, px_per_pt: float) -> list[Word]:
    """Words with their ink colour and boldness read from the (deskewed) image."""
    gray = _gray(image)
    rgb = np.asarray(image.convert("RGB"))
    styled: list[tuple[Word, str | None, bool]] = []
    for word in words:
        found = _word_ink(gray, word.box, px_per_pt)
        if found is None:
            styled.append((word, None, False))
            continue
        mask, inverted = found
        x0, y0 = max(int(word.box.x0 * px_per_pt), 0), max(int(word.box.top * px_per_pt), 0)
        region = rgb[y0 : y0 + mask.shape[0], x0 : x0 + mask.shape[1]]
        median = np.median(region[mask], axis=0)
        color = _hex(median)
        if not inverted and is_neutral(color, tolerance=30):
            color = "#000000"  # greys and blacks of running text are one ink
        stroke = _stroke_width(mask) / px_per_pt
        styled.append((word, color, stroke >= BOLD_STROKE * word.size))
    mapping = _cluster_colors([c for _, c, _ in styled])
    return [
        replace(word, color=mapping.get(color, color) if color else None, bold=bold)
        for word, color, bold in styled
    ]

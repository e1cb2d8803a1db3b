"""One PDFium page → :class:`~delar_extract.pdf.objects.PageContent`."""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import cast

import pypdfium2 as pdfium_py
from PIL import Image as PILImage

from delar_extract.normalize.colors import is_neutral, rgb_to_hex
from delar_extract.pdf import pdfium
from delar_extract.pdf.graphics import (
    BBox,
    Graphics,
    ImageItem,
    alt_texts,
    join_dotted_rules,
    read_graphics,
)
from delar_extract.pdf.lattice import find_lattices
from delar_extract.pdf.objects import Box, Image, PageContent, Rect, Segment, Shape, Word
from delar_extract.pdf.text import chars_to_words, read_chars

log = logging.getLogger(__name__)

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Status icons are small: Stratsys GIFs print at about 10-16 pt.
ICON_MAX_SIZE = 40.0
_RENDER_SCALE = 2.0  # 144 dpi


def _box(b: BBox) -> Box:
    return Box(b[0], b[1], b[2], b[3])


def dominant_color(image: PILImage.Image) -> str | None:
    """The most common clearly coloured pixel of an icon, or None when it has no hue."""
    rgb = image.convert("RGB")
    counts: Counter[tuple[int, int, int]] = Counter()
    for n, pixel in rgb.getcolors(maxcolors=rgb.width * rgb.height) or []:
        r, g, b = cast(tuple[int, int, int], pixel)
        # Quantise so anti-aliased edges of one colour count together.
        counts[(r // 8 * 8, g // 8 * 8, b // 8 * 8)] += n
    for (r, g, b), _ in counts.most_common():
        color = rgb_to_hex(r / 255, g / 255, b / 255)
        if not is_neutral(color, tolerance=24):
            return color
    # A grey icon ("no data") is a status too; white/black backgrounds are not.
    for (r, g, b), _ in counts.most_common():
        if 60 < r < 230 and is_neutral(rgb_to_hex(r / 255, g / 255, b / 255), tolerance=24):
            return rgb_to_hex(r / 255, g / 255, b / 255)
    return None


def _is_icon(im: ImageItem) -> bool:
    x0, top, x1, bottom = im.bbox
    return x1 - x0 <= ICON_MAX_SIZE and bottom - top <= ICON_MAX_SIZE


def _images(page: pdfium_py.PdfPage, graphics: Graphics, alts: dict[int, str]) -> tuple[Image, ...]:
    raw = [im for im in graphics.images if im.bbox[2] > im.bbox[0]]
    icons = [im for im in raw if _is_icon(im)]
    rendered = None
    if icons:
        # Rendered as pdfplumber's ``to_image`` did (no anti-aliasing), so icon
        # colours are the same.
        rendered = page.render(
            scale=_RENDER_SCALE,
            no_smoothtext=True,
            no_smoothpath=True,
            no_smoothimage=True,
        ).to_pil()
    left, top = pdfium.page_bbox(page.get_rotation() % 360, _normalized(page.get_mediabox()))[:2]
    images = []
    for im in raw:
        box = _box(im.bbox)
        color = None
        if rendered is not None and _is_icon(im):
            # Shrink by a pixel so the neighbouring cell background is not sampled.
            x0 = max(int((box.x0 - left) * _RENDER_SCALE) + 1, 0)
            y0 = max(int((box.top - top) * _RENDER_SCALE) + 1, 0)
            x1 = min(int((box.x1 - left) * _RENDER_SCALE) - 1, rendered.width)
            y1 = min(int((box.bottom - top) * _RENDER_SCALE) - 1, rendered.height)
            # A damaged file can place an image off the page or give it no size.
            if x1 > x0 and y1 > y0:
                color = dominant_color(rendered.crop((x0, y0, x1, y1)))
        alt = alts.get(im.mcid) or im.alt
        images.append(Image(box, im.pixel_width, im.pixel_height, color, alt))
    return tuple(images)


def read_page(page: pdfium_py.PdfPage, number: int) -> PageContent:
    """Read words, vector graphics and images of one page."""
    rotation = page.get_rotation() % 360
    mediabox = _normalized(page.get_mediabox())
    device = pdfium.device_matrix(rotation, mediabox)
    flip = pdfium.flip_matrix(rotation, mediabox)
    display = pdfium.multiply(device, flip)
    textpage = page.get_textpage()
    try:
        chars = read_chars(
            pdfium.address(textpage.raw),
            device,
            flip,
            _BOLD_FONT.search,
            pdfium.address(page.raw),
        )
    finally:
        textpage.close()
    words = tuple(chars_to_words(chars))
    graphics = join_dotted_rules(read_graphics(pdfium.address(page.raw), display))
    # Alt text is looked up only for objects that can be marks: images and curves.
    tagged = any(im.mcid >= 0 for im in graphics.images) or any(
        c.mcid >= 0 for c in graphics.curves
    )
    alts = alt_texts(page) if tagged else {}
    images = _images(page, graphics, alts)
    width, height = _display_size(rotation, mediabox)
    notes: list[str] = []
    if not words and images:
        notes.append("image-only")
    return PageContent(
        number=number,
        width=width,
        height=height,
        rotation=rotation,
        words=words,
        rects=tuple(
            Rect(
                _box(r.bbox),
                r.fill_color if r.fill else None,
                r.stroke_color if r.stroke else None,
            )
            for r in graphics.rects
        ),
        segments=tuple(Segment(_box(ln.bbox), ln.stroke_color) for ln in graphics.lines),
        shapes=tuple(
            Shape(
                _box(c.bbox),
                c.fill_color if c.fill else None,
                c.stroke_color if c.stroke else None,
                c.pts,
                c.curved,
                alts.get(c.mcid) or c.alt,
            )
            for c in graphics.curves
        ),
        images=images,
        tables=find_lattices(graphics.lines, graphics.rects, graphics.curves),
        char_count=len(chars),
        notes=tuple(notes),
        crop_box=_crop_box(page, display, mediabox),
        box=_box(pdfium.page_bbox(rotation, mediabox)),
    )


def _normalized(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """Any two opposite corners may define a PDF box (PDF 1.7, 3.8.4)."""
    x0, y0, x1, y1 = box
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _crop_box(
    page: pdfium_py.PdfPage, display: pdfium.Matrix, mediabox: tuple[float, float, float, float]
) -> Box | None:
    crop = _normalized(page.get_cropbox())
    if crop == mediabox:
        return None
    xa, ya = pdfium.apply(display, crop[0], crop[1])
    xb, yb = pdfium.apply(display, crop[2], crop[3])
    return Box(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))


def _display_size(
    rotation: int, mediabox: tuple[float, float, float, float]
) -> tuple[float, float]:
    x0, y0, x1, y1 = mediabox
    width, height = x1 - x0, y1 - y0
    return (height, width) if rotation in (90, 270) else (width, height)


def empty_page(page: pdfium_py.PdfPage | None, number: int, reason: str) -> PageContent:
    """A page whose content could not be read: no words, a note why."""
    width = height = 0.0
    rotation = 0
    if page is not None:
        try:
            rotation = page.get_rotation() % 360
            width, height = _display_size(rotation, _normalized(page.get_mediabox()))
        except pdfium_py.PdfiumError:
            pass
    return PageContent(
        number=number,
        width=width,
        height=height,
        rotation=rotation,
        words=(),
        notes=(f"unreadable: {reason}",),
    )


__all__ = ["Word", "dominant_color", "empty_page", "read_page"]

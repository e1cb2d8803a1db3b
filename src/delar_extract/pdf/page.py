"""One pdfplumber page → :class:`~delar_extract.pdf.objects.PageContent`."""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any, cast

from pdfplumber.page import Page
from PIL import Image as PILImage

from delar_extract.normalize.colors import is_neutral, pdf_color_to_hex, rgb_to_hex
from delar_extract.pdf.grids import find_grids
from delar_extract.pdf.objects import Box, Image, PageContent, Rect, Segment, Shape, Word

log = logging.getLogger(__name__)

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Status icons are small: Stratsys GIFs print at about 10-16 pt.
ICON_MAX_SIZE = 40.0
_RENDER_RESOLUTION = 144


def _box(obj: dict[str, Any]) -> Box:
    return Box(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def _raw_words(page: Page) -> list[dict[str, Any]]:
    """pdfplumber's words with font, size and their chars (for the colour)."""
    return page.extract_words(
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["fontname", "size"],
        return_chars=True,
    )


def _words(raw: list[dict[str, Any]]) -> tuple[Word, ...]:
    words = []
    for w in raw:
        chars = w.get("chars") or []
        color = pdf_color_to_hex(chars[0].get("non_stroking_color")) if chars else None
        font = str(w.get("fontname", ""))
        words.append(
            Word(
                text=w["text"],
                box=_box(w),
                font=font,
                size=round(float(w.get("size", 0.0)), 2),
                bold=bool(_BOLD_FONT.search(font)),
                color=color,
            )
        )
    return tuple(words)


def _rects(page: Page) -> tuple[Rect, ...]:
    return tuple(
        Rect(
            _box(r),
            pdf_color_to_hex(r.get("non_stroking_color")) if r.get("fill") else None,
            pdf_color_to_hex(r.get("stroking_color")) if r.get("stroke") else None,
        )
        for r in page.rects
    )


def _segments(page: Page) -> tuple[Segment, ...]:
    return tuple(Segment(_box(ln), pdf_color_to_hex(ln.get("stroking_color"))) for ln in page.lines)


def _shapes(page: Page) -> tuple[Shape, ...]:
    return tuple(
        Shape(
            _box(c),
            pdf_color_to_hex(c.get("non_stroking_color")) if c.get("fill") else None,
            pdf_color_to_hex(c.get("stroking_color")) if c.get("stroke") else None,
        )
        for c in page.curves
    )


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


def _images(page: Page) -> tuple[Image, ...]:
    raw = [im for im in page.images if float(im["x1"]) > float(im["x0"])]
    small = [
        im
        for im in raw
        if float(im["x1"]) - float(im["x0"]) <= ICON_MAX_SIZE
        and float(im["bottom"]) - float(im["top"]) <= ICON_MAX_SIZE
    ]
    rendered = page.to_image(resolution=_RENDER_RESOLUTION).original if small else None
    scale = _RENDER_RESOLUTION / 72
    images = []
    for im in raw:
        box = _box(im)
        color = None
        if rendered is not None and im in small:
            # Shrink by a pixel so the neighbouring cell background is not sampled.
            crop = rendered.crop(
                (
                    int((box.x0 - page.bbox[0]) * scale) + 1,
                    int((box.top - page.bbox[1]) * scale) + 1,
                    int((box.x1 - page.bbox[0]) * scale) - 1,
                    int((box.bottom - page.bbox[1]) * scale) - 1,
                )
            )
            if crop.width > 0 and crop.height > 0:
                color = dominant_color(crop)
        srcsize = im.get("srcsize") or (0, 0)
        images.append(Image(box, int(srcsize[0]), int(srcsize[1]), color))
    return tuple(images)


def read_page(page: Page, number: int) -> PageContent:
    """Read words, vector graphics and images of one page."""
    raw = _raw_words(page)
    words = _words(raw)
    images = _images(page)
    notes: list[str] = []
    if not words and images:
        notes.append("image-only")
    return PageContent(
        number=number,
        width=float(page.width),
        height=float(page.height),
        rotation=int(page.rotation or 0),
        words=words,
        rects=_rects(page),
        segments=_segments(page),
        shapes=_shapes(page),
        images=images,
        tables=find_grids(page, raw),
        char_count=len(page.chars),
        notes=tuple(notes),
    )

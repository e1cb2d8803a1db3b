"""Status markers drawn in the five styles of :data:`spec.StatusStyle`.

Every function returns an HTML fragment; the label text (when the data has one)
is always printed as real text so it stays extractable, while the colour is
carried by the marker (raster icon, vector shape, coloured glyph or cell fill).
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from html import escape

from PIL import Image, ImageDraw

from delar_samples.spec import Status, StatusStyle

# Stratsys draws its traffic lights at 13 px; kept small so each GIF is well
# under 2 KB like the real exports.
ICON_PX = 13
# Supersampling factor so the circle edge is not jagged after downscaling.
_OVERSAMPLE = 4


def _rgb(color: str) -> tuple[int, int, int]:
    """Parse "#RRGGBB" into an RGB tuple."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@lru_cache(maxsize=64)
def icon_gif(color: str, size: int = ICON_PX) -> bytes:
    """Return a small GIF of a filled circle in ``color`` on a white background."""
    big = size * _OVERSAMPLE
    image = Image.new("RGB", (big, big), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((1, 1, big - 2, big - 2), fill=_rgb(color))
    image = image.resize((size, size), Image.LANCZOS)
    # A fixed small palette keeps the file tiny and the bytes deterministic.
    paletted = image.quantize(colors=16, method=Image.MEDIANCUT, dither=Image.NONE)
    buffer = io.BytesIO()
    paletted.save(buffer, format="GIF", optimize=False)
    return buffer.getvalue()


def icon_data_uri(color: str) -> str:
    """Return the status icon of ``color`` as a ``data:`` URI."""
    return "data:image/gif;base64," + base64.b64encode(icon_gif(color)).decode("ascii")


def _label_html(status: Status) -> str:
    return f'<span class="status-label">{escape(status.label)}</span>' if status.label else ""


def marker_html(status: Status, style: StatusStyle) -> str:
    """Return the coloured marker alone (no label); empty for "cell"/"none"."""
    if not status.color or style in ("cell", "none"):
        return ""
    color = escape(status.color)
    if style == "icon":
        alt = escape(status.alt or "")
        return f'<img class="status-icon" src="{icon_data_uri(status.color)}" alt="{alt}">'
    if style == "shape":
        return (
            '<svg class="status-shape" width="10pt" height="10pt" viewBox="0 0 10 10">'
            f'<circle cx="5" cy="5" r="4.6" fill="{color}"/></svg>'
        )
    # "glyph": the colour travels as text colour of a U+25CF character.
    return f'<span class="status-glyph" style="color:{color}">\u25cf</span>'


def status_html(status: Status | None, style: StatusStyle) -> str:
    """Return marker + label as inline HTML (for use inside a cell or a line)."""
    if status is None:
        return ""
    marker = marker_html(status, style)
    if style == "cell" and status.color:
        # Outside a table cell a "cell" status becomes a filled box with the label.
        label = escape(status.label or "")
        return f'<span class="status-box" style="background:{escape(status.color)}">{label}</span>'
    parts = [part for part in (marker, _label_html(status)) if part]
    return '<span class="status">' + " ".join(parts) + "</span>" if parts else ""


def status_cell(status: Status | None, style: StatusStyle, tag: str = "td") -> str:
    """Return a whole table cell for ``status``; "cell" style fills the background."""
    if status is None:
        return f'<{tag} class="status-cell"></{tag}>'
    if style == "cell" and status.color:
        label = escape(status.label or "")
        return (
            f'<{tag} class="status-cell filled" style="background:{escape(status.color)}">'
            f"{label}</{tag}>"
        )
    return f'<{tag} class="status-cell">{status_html(status, style)}</{tag}>'

"""Colours as the PDF paints them → '#RRGGBB'.

pdfminer reports a fill as a tuple of 1 (grey), 3 (RGB) or 4 (CMYK) floats in
0..1, sometimes as a bare float, sometimes as a pattern name; only the first
three kinds are colours.
"""

from __future__ import annotations

from collections.abc import Sequence

PdfColor = float | int | Sequence[float | int] | str | None


def _clamp(x: float) -> int:
    return max(0, min(255, round(float(x) * 255)))


def rgb_to_hex(r: float, g: float, b: float) -> str:
    """0..1 floats → '#RRGGBB'."""
    return f"#{_clamp(r):02X}{_clamp(g):02X}{_clamp(b):02X}"


def pdf_color_to_hex(color: PdfColor) -> str | None:
    """Normalise a pdfminer colour (grey, RGB or CMYK) to '#RRGGBB'; None when it is no colour."""
    if color is None or isinstance(color, str):
        return None
    if isinstance(color, int | float):
        return rgb_to_hex(color, color, color)
    values = [v for v in color if isinstance(v, int | float)]
    if len(values) != len(color):
        return None
    if len(values) == 1:
        return rgb_to_hex(values[0], values[0], values[0])
    if len(values) == 3:
        return rgb_to_hex(*values)
    if len(values) == 4:
        c, m, y, k = values
        return rgb_to_hex((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """'#RRGGBB' → (r, g, b) in 0..255."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def is_neutral(color: str, tolerance: int = 12) -> bool:
    """True for white, black and greys (no hue), which carry no status."""
    r, g, b = hex_to_rgb(color)
    return max(r, g, b) - min(r, g, b) <= tolerance

"""Chart images drawn with Pillow (bars, lines, pie) as PNG ``data:`` URIs.

Only the picture is raster; titles, category labels and axis labels are
printed by the HTML layer as real text so they can be extracted.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Sequence

from PIL import Image, ImageDraw

from delar_samples.spec import Chart

# Office-like series colours (blue, orange, grey, gold, light blue, green).
PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"]
GRID = "#D9D9D9"
AXIS = "#7F7F7F"


def _png_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _value_range(series: Sequence[Sequence[float]]) -> tuple[float, float]:
    values = [v for s in series for v in s] or [0.0, 1.0]
    low, high = min(0.0, min(values)), max(0.0, max(values))
    return (low, high) if high > low else (low, low + 1.0)


def _plot_area(draw: ImageDraw.ImageDraw, width: int, height: int, pad: int) -> None:
    """Draw horizontal grid lines and the axes frame."""
    for step in range(5):
        y = pad + (height - 2 * pad) * step // 4
        draw.line((pad, y, width - pad, y), fill=GRID, width=1)
    draw.line((pad, pad, pad, height - pad), fill=AXIS, width=2)


def _draw_bars(draw: ImageDraw.ImageDraw, series: Sequence[Sequence[float]], box: tuple) -> None:
    left, top, right, bottom = box
    low, high = _value_range(series)
    count = max(len(s) for s in series)
    group_w = (right - left) / max(count, 1)
    bar_w = group_w * 0.7 / len(series)
    zero_y = bottom - (0 - low) / (high - low) * (bottom - top)
    for s_index, values in enumerate(series):
        for index, value in enumerate(values):
            x0 = left + index * group_w + group_w * 0.15 + s_index * bar_w
            y = bottom - (value - low) / (high - low) * (bottom - top)
            y0, y1 = sorted((y, zero_y))
            draw.rectangle((x0, y0, x0 + bar_w - 2, y1), fill=PALETTE[s_index % len(PALETTE)])
    draw.line((left, zero_y, right, zero_y), fill=AXIS, width=2)


def _draw_lines(draw: ImageDraw.ImageDraw, series: Sequence[Sequence[float]], box: tuple) -> None:
    left, top, right, bottom = box
    low, high = _value_range(series)
    for s_index, values in enumerate(series):
        if not values:
            continue
        step = (right - left) / max(len(values) - 1, 1)
        points = [
            (left + i * step, bottom - (v - low) / (high - low) * (bottom - top))
            for i, v in enumerate(values)
        ]
        color = PALETTE[s_index % len(PALETTE)]
        draw.line(points, fill=color, width=4, joint="curve")
        for x, y in points:
            draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill=color)


def _draw_pie(draw: ImageDraw.ImageDraw, values: Sequence[float], box: tuple) -> None:
    total = sum(abs(v) for v in values) or 1.0
    start = -90.0
    for index, value in enumerate(values):
        extent = 360.0 * abs(value) / total
        draw.pieslice(box, start, start + extent, fill=PALETTE[index % len(PALETTE)])
        start += extent


def chart_uri(chart: Chart, width: int = 900, height: int = 420) -> str:
    """Draw ``chart`` and return it as a PNG ``data:`` URI."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    series = chart.series or [[1.0, 2.0, 3.0]]
    if chart.kind == "pie":
        side = height - 40
        left = (width - side) // 2
        _draw_pie(draw, series[0], (left, 20, left + side, 20 + side))
        return _png_uri(image)
    pad = 30
    _plot_area(draw, width, height, pad)
    box = (pad + 10, pad, width - pad, height - pad)
    if chart.kind == "line":
        _draw_lines(draw, series, box)
    else:
        _draw_bars(draw, series, box)
    return _png_uri(image)


def sparkline_uri(seed_text: str, width: int = 240, height: int = 90) -> str:
    """Return a small bar chart whose shape is derived from ``seed_text``.

    Used for indicators printed "with a diagram" whose values are not part of
    the data: hashing the name keeps the picture stable from build to build.
    """
    digest = hashlib.sha256(seed_text.encode("utf-8")).digest()
    values = [10.0 + digest[i] % 90 for i in range(5)]
    return chart_uri(Chart(title=seed_text, kind="bar", series=[values]), width, height)

"""Inline SVG charts for the compare page: status bars, transition matrix, deviation bars.

Plain strings, no library and no external reference, so the page stays one
self-contained file.  Every text is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

NO_STATUS = "no status"  # an item printed without a status (a goal area, a heading goal)
STATUS_COLOURS = {
    "fulfilled": "#2e9e4f",
    "completed": "#2e9e4f",
    "on_track": "#5cb85c",
    "completed_with_deviation": "#8bc34a",
    "partially_fulfilled": "#f0ad1e",
    "partially_completed": "#f0ad1e",
    "ongoing": "#4f8fcf",
    "not_started": "#b0b7c3",
    "not_fulfilled": "#d9534f",
    "delayed": "#d9534f",
    "cancelled": "#7f1d1d",
    "no_data": "#c8ccd2",
    "not_assessable": "#9aa0a8",
    "unknown": "#e3e5e8",
    "no status": "#f3f4f6",
}
_FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def colour(status: str | None) -> str:
    return STATUS_COLOURS.get(status or NO_STATUS, "#999999")


def status_bars(old: Counter[str], new: Counter[str], order: Sequence[str]) -> str:
    """Two stacked bars (old, new): how many items have each status."""
    width, bar, left = 640, 22, 48
    total = max(sum(old.values()), sum(new.values()), 1)
    scale = (width - left - 10) / total
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{2 * bar + 50}"'
        f' role="img" aria-label="status distribution" {_FONT}>'
    ]
    for row, (name, counts) in enumerate((("old", old), ("new", new))):
        y = 6 + row * (bar + 8)
        parts.append(f'<text x="0" y="{y + 15}">{name}</text>')
        x = float(left)
        for status in order:
            n = counts.get(status, 0)
            if not n:
                continue
            w = n * scale
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{colour(status)}">'
                f"<title>{escape(status)}: {n}</title></rect>"
            )
            if w > 18:
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + 15}" text-anchor="middle">{n}</text>'
                )
            x += w
    legend_y = 2 * bar + 34
    x = float(left)
    for status in order:
        if old.get(status) or new.get(status):
            parts.append(
                f'<rect x="{x:.1f}" y="{legend_y - 10}" width="10" height="10"'
                f' fill="{colour(status)}"/>'
                f'<text x="{x + 13:.1f}" y="{legend_y}">{escape(status)}</text>'
            )
            x += 20 + 7 * len(status)
    parts.append("</svg>")
    return "".join(parts)


def transition_matrix(pairs: Counter[tuple[str, str]], order: Sequence[str]) -> str:
    """Old status (rows) × new status (columns): how many matched items moved where."""
    rows = [s for s in order if any(a == s for a, _ in pairs)]
    cols = [s for s in order if any(b == s for _, b in pairs)]
    if not rows or not cols:
        return ""
    cell, left, top = 44, 170, 96
    width, height = left + cell * len(cols) + 10, top + cell * len(rows) + 10
    peak = max(pairs.values())
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' role="img" aria-label="status transitions" {_FONT}>',
        f'<text x="{left}" y="12" font-weight="bold">new status →</text>',
        f'<text x="0" y="{top - 6}" font-weight="bold">old status ↓</text>',
    ]
    for c, status in enumerate(cols):
        x = left + c * cell + cell / 2
        parts.append(
            f'<text transform="translate({x:.1f},{top - 8}) rotate(-50)">{escape(status)}</text>'
        )
    for r, old in enumerate(rows):
        y = top + r * cell
        parts.append(
            f'<rect x="{left - 16}" y="{y + cell / 2 - 5:.1f}" width="10" height="10"'
            f' fill="{colour(old)}"/><text x="{left - 20}" y="{y + cell / 2 + 4:.1f}"'
            f' text-anchor="end">{escape(old)}</text>'
        )
        for c, new in enumerate(cols):
            n = pairs.get((old, new), 0)
            x = left + c * cell
            alpha = 0.12 + 0.88 * n / peak if n else 0.0
            fill = "#1f5fae" if old != new else "#5f6b7a"
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{fill}"'
                f' fill-opacity="{alpha:.2f}" stroke="#d5d9de"><title>{escape(old)} → '
                f"{escape(new)}: {n}</title></rect>"
            )
            if n:
                ink = "#ffffff" if alpha > 0.5 else "#111111"
                parts.append(
                    f'<text x="{x + cell / 2 - 1:.1f}" y="{y + cell / 2 + 4:.1f}"'
                    f' text-anchor="middle" fill="{ink}">{n}</text>'
                )
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Bar:
    label: str
    old: float | None
    new: float | None


def deviation_bars(bars: Sequence[Bar], unit: str | None) -> str:
    """Per line, the old and the new value as bars either side of zero."""
    if not bars:
        return ""
    row, left, width = 30, 380, 980
    values = [abs(v) for b in bars for v in (b.old, b.new) if v is not None] or [1.0]
    peak = max(values) or 1.0
    # room for the value printed beyond the longest bar on either side
    margin = 52
    half = (width - left - 2 * margin) / 2
    zero = left + margin + half
    height = row * len(bars) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' role="img" aria-label="deviation per line" {_FONT}>',
        f'<line x1="{zero:.1f}" y1="18" x2="{zero:.1f}" y2="{height - 4}" stroke="#333"/>',
        f'<rect x="{left}" y="2" width="10" height="10" fill="#9aa5b1"/>'
        f'<text x="{left + 14}" y="11">old</text>'
        f'<rect x="{left + 50}" y="2" width="10" height="10" fill="#1f5fae"/>'
        f'<text x="{left + 64}" y="11">new</text>'
        f'<text x="{width - 4}" y="11" text-anchor="end">{escape(unit or "")}</text>',
    ]
    for n, bar in enumerate(bars):
        y = 22 + n * row
        label = bar.label if len(bar.label) <= 54 else bar.label[:53] + "…"
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(label)}'
            f"<title>{escape(bar.label)}</title></text>"
        )
        for k, (value, fill) in enumerate(((bar.old, "#9aa5b1"), (bar.new, "#1f5fae"))):
            if value is None:
                continue
            w = abs(value) / peak * half
            x = zero if value >= 0 else zero - w
            parts.append(
                f'<rect x="{x:.1f}" y="{y + k * 11}" width="{max(w, 0.5):.1f}" height="10"'
                f' fill="{fill}"><title>{escape(bar.label)}: {value:g}</title></rect>'
            )
            tx = x + w + 3 if value >= 0 else x - 3
            anchor = "start" if value >= 0 else "end"
            parts.append(
                f'<text x="{tx:.1f}" y="{y + k * 11 + 9}" text-anchor="{anchor}"'
                f' font-size="10">{value:g}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)

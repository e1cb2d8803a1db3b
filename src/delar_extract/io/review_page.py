"""The markup of a review page: side list, page images with boxes, style and script.

Boxes are absolutely positioned in per cent of the page, so they stay on
their text at any display width; ``box-sizing: border-box`` keeps a box's
rectangle exactly its bbox (the highlight is an outline, outside it).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from delar_extract.io.review_assets import SCRIPT, STYLE
from delar_extract.io.review_items import GROUPS, Box, ReviewItem

# One colour per kind of box; a flagged item (failed check, warning) is red.
KIND_COLORS = {
    "goal": "#1f63b4",
    "indicator": "#2a9d3a",
    "value": "#0fa5b5",
    "assignment": "#8a4fc0",
    "table": "#6b6b6b",
    "row": "#e07b10",
    "cell": "#a3a31a",
    "key-figure": "#d0449c",
}
PROBLEMS = ("check failed", "warning")
DISPLAY_ZOOM = 1.25  # CSS pixels per PDF point at full width


@dataclass(frozen=True)
class PageImage:
    """A rendered page: its number, its size in PDF points and the image as a data: URI."""

    number: int
    width: float
    height: float
    uri: str


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _entry(item: ReviewItem) -> str:
    classes = ["entry", f"kind-{item.kind}"] + (["flagged"] if item.flagged else [])
    attrs = f' class="{" ".join(classes)}" data-item="{_e(item.key)}"'
    if item.page is not None:
        attrs += f' data-page="{item.page}"'
    if item.target:
        attrs += f' data-target="{_e(item.target)}"'
    if item.depth:
        attrs += f' style="--depth:{item.depth}"'
    swatch = (
        f'<span class="swatch" style="background:{_e(item.color)}"></span>'
        if item.color
        else '<span class="swatch none"></span>'
        if item.status
        else ""
    )
    status = f'<span class="status">{_e(item.status)}</span>' if item.status else ""
    where = f"p. {item.page}" if item.page is not None else "no page"
    if item.page is not None and not item.boxes and item.kind != "warning":
        where += ", no box"
    more = f'<span class="more">+{len(item.children)}</span>' if item.children else ""
    # What needs a look (a failed check, a warning) comes first, in red.
    bad = [(k, v) for k, v in item.details if k in PROBLEMS]
    details = "".join(f'<dt class="bad">{_e(k)}</dt><dd class="bad">{_e(v)}</dd>' for k, v in bad)
    details += "".join(
        f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in item.details if k not in PROBLEMS
    )
    children = (
        '<ul class="children">' + "".join(_entry(c) for c in item.children) + "</ul>"
        if item.children
        else ""
    )
    return (
        f'<li{attrs}><button type="button" class="pick">{swatch}'
        f'<span class="label">{_e(item.label)}</span>{status}{more}'
        f'<span class="where">{where}</span></button>'
        f'<dl class="details">{details}</dl>{children}</li>'
    )


def _side_list(groups: Mapping[str, list[ReviewItem]]) -> str:
    parts = []
    for name, title in GROUPS:
        items = groups.get(name, [])
        body = "".join(_entry(i) for i in items) or '<li class="empty">none</li>'
        parts.append(
            f'<section class="group" id="group-{name}"><h2>{_e(title)} '
            f'<span class="count">{len(items)}</span></h2><ul>{body}</ul></section>'
        )
    return "".join(parts)


def _box_div(item: ReviewItem, box: Box, page: PageImage) -> str:
    x0, top, x1, bottom = box.bbox
    left, width = 100 * x0 / page.width, 100 * max(x1 - x0, 0.5) / page.width
    upper, height = 100 * top / page.height, 100 * max(bottom - top, 0.5) / page.height
    flagged = " flagged" if item.flagged else ""
    return (
        f'<div class="box kind-{item.kind}{flagged}" data-item="{_e(item.key)}" '
        f'style="left:{left:.4f}%;top:{upper:.4f}%;width:{width:.4f}%;height:{height:.4f}%" '
        f'title="{_e(item.kind)}: {_e(item.label[:160])}"></div>'
    )


# Of two boxes of one size, the item's goes on top of its table's row or cell.
_UNDER = {"table": 0, "row": 1, "cell": 2, "value": 2}


def _stacking(item_box: tuple[ReviewItem, Box]) -> tuple[float, int]:
    """Larger boxes first (below), so that a smaller box inside one stays clickable."""
    item, box = item_box
    x0, top, x1, bottom = box.bbox
    return (-round((x1 - x0) * (bottom - top), 1), _UNDER.get(item.kind, 3))


def _pages(pages: list[PageImage], items: Iterable[ReviewItem]) -> str:
    on_page: dict[int, list[tuple[ReviewItem, Box]]] = {}
    for item in items:
        for box in item.boxes:
            on_page.setdefault(box.page, []).append((item, box))
    parts = []
    for page in pages:
        boxes = sorted(on_page.get(page.number, []), key=_stacking)
        divs = "".join(_box_div(item, box, page) for item, box in boxes)
        parts.append(
            f'<figure class="page" id="page-{page.number}" data-page="{page.number}" '
            f'data-width="{page.width:.2f}" data-height="{page.height:.2f}" '
            f'style="width:{page.width * DISPLAY_ZOOM:.0f}px">'
            f'<div class="sheet" style="aspect-ratio:{page.width:.2f} / {page.height:.2f}">'
            f'<img src="{page.uri}" alt="page {page.number}">{divs}</div>'
            f"<figcaption>page {page.number} · {len(boxes)} boxes</figcaption></figure>"
        )
    return "".join(parts)


def _header(data: Mapping[str, Any], kinds: list[str], items: list[ReviewItem]) -> str:
    doc = data.get("document") or {}
    source = data.get("source") or {}
    facts = [
        doc.get("report_type"),
        doc.get("organisation"),
        doc.get("body"),
        (doc.get("period") or {}).get("label") or doc.get("year"),
        f"{source.get('page_count')} pages",
    ]
    toggles = "".join(
        f'<label class="toggle"><input type="checkbox" checked data-kind="{k}">'
        f'<span class="swatch" style="background:{KIND_COLORS[k]}"></span>{k}</label>'
        for k in kinds
    )
    flagged = sum(i.flagged for i in items)
    counts = (
        f"{len(items)} items, {sum(bool(i.boxes) for i in items)} with a box, "
        f'<span class="{"bad" if flagged else ""}" id="flagged-count">{flagged} flagged</span> '
        "(a failed check or a warning)"
    )
    return (
        f"<header><h1>{_e(source.get('file', 'report'))}</h1>"
        f'<p class="facts">{_e(" · ".join(str(f) for f in facts if f))}</p>'
        f'<p class="facts">{counts}</p>'
        f'<div class="controls"><input type="search" id="filter" placeholder="filter items">'
        '<label class="toggle"><input type="checkbox" id="flagged-only">only flagged</label>'
        f"{toggles}</div>"
        '<p class="help">Click an item or a box (again: the box beneath); '
        "j / k: next / previous item.</p></header>"
    )


def review_document(
    data: Mapping[str, Any], groups: Mapping[str, list[ReviewItem]], pages: list[PageImage]
) -> str:
    """The whole review page as one HTML string (no external resources)."""
    items = [i for group in groups.values() for top in group for i in top.walk()]
    present = {i.kind for i in items if i.boxes}
    kinds = [k for k in KIND_COLORS if k in present]
    kind_css = "".join(f".kind-{k}{{--c:{c}}}" for k, c in KIND_COLORS.items())
    title = f"Review: {(data.get('source') or {}).get('file', 'report')}"
    return (
        '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}{kind_css}</style></head>"
        f'<body><nav id="items">{_header(data, kinds, items)}{_side_list(groups)}</nav>'
        f'<main id="pages">{_pages(pages, items)}</main>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )

"""Table cell geometry from a page's rules (pdfplumber's table finder).

Two kinds are found here, where the backend's graphics are at hand:

* lattices: vertical and horizontal rules (or cell backgrounds, whose edges act
  as rules).  A table cut by a page break has no closing rule at the cut, so
  the ends of its vertical rules are closed with explicit horizontal lines.
* row-ruled tables: horizontal rules of one common width stacked under each
  other (Word's table styles); their columns come from text alignment.

Tables drawn with no rules at all are found later from text alignment
(:mod:`delar_extract.layout.unruled`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfplumber.page import Page

from delar_extract.pdf.objects import Box, TableGrid

_TOLERANCES = {"snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
_LATTICE: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "edge_min_length": 3,
    **_TOLERANCES,
}
_ROW_RULED: dict[str, Any] = {
    "vertical_strategy": "text",
    "horizontal_strategy": "lines",
    "min_words_vertical": 2,
    "text_x_tolerance": 2,
    **_TOLERANCES,
}
# Row-ruled tables: this many rules of one width, at least this wide.
MIN_RULES = 3
MIN_RULE_WIDTH = 120.0


def _to_grid(table: Any, ruled: bool) -> TableGrid | None:
    rows = [tuple(Box(*cell) if cell else None for cell in row.cells) for row in table.rows]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    x0, top, x1, bottom = table.bbox
    return TableGrid(Box(x0, top, x1, bottom), tuple(rows), ruled)


def _overlaps(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.top < b.bottom - 1 and b.top < a.bottom - 1


def _closing_lines(edges: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal lines that close groups of vertical rules left open by a page break."""
    vertical = sorted(
        (e for e in edges if e["orientation"] == "v"), key=lambda e: (e["top"], e["x0"])
    )
    groups: list[list[dict[str, Any]]] = []
    for edge in vertical:
        for group in groups:
            if (
                edge["top"] <= max(e["bottom"] for e in group) + 2
                and edge["bottom"] >= min(e["top"] for e in group) - 2
            ):
                group.append(edge)
                break
        else:
            groups.append([edge])
    lines = []
    for group in groups:
        if len({round(e["x0"]) for e in group}) < 3:
            continue
        x0 = min(e["x0"] for e in group)
        x1 = max(e["x1"] for e in group)
        for y in (min(e["top"] for e in group), max(e["bottom"] for e in group)):
            lines.append(
                {
                    "object_type": "line",
                    "x0": x0,
                    "x1": x1,
                    "top": y,
                    "bottom": y,
                    "width": x1 - x0,
                    "height": 0.0,
                }
            )
    return lines


def _lattices(page: Page) -> list[TableGrid]:
    settings = dict(_LATTICE, explicit_horizontal_lines=_closing_lines(page.edges))
    return [g for t in page.find_tables(settings) if (g := _to_grid(t, True))]


def _rule_stacks(page: Page) -> list[Box]:
    """Regions spanned by >= MIN_RULES horizontal rules of one width."""
    stacks: dict[tuple[int, int], list[float]] = {}
    for edge in page.edges:
        if edge["orientation"] != "h" or edge["x1"] - edge["x0"] < MIN_RULE_WIDTH:
            continue
        key = (round(edge["x0"] / 3), round(edge["x1"] / 3))
        stacks.setdefault(key, []).append(float(edge["top"]))
    regions = []
    for (x0, x1), tops in stacks.items():
        tops = sorted(set(round(t, 1) for t in tops))
        if len(tops) >= MIN_RULES:
            regions.append(Box(x0 * 3.0, tops[0], x1 * 3.0, tops[-1]))
    return regions


def _row_ruled(page: Page, taken: Sequence[Box]) -> list[TableGrid]:
    grids = []
    for region in _rule_stacks(page):
        if any(_overlaps(region, box) for box in taken):
            continue
        bbox = (
            max(region.x0 - 2, page.bbox[0]),
            max(region.top - 1, page.bbox[1]),
            min(region.x1 + 2, page.bbox[2]),
            min(region.bottom + 1, page.bbox[3]),
        )
        cropped = page.crop(bbox)
        for table in cropped.find_tables(_ROW_RULED):
            grid = _to_grid(table, False)
            if (
                grid is not None
                and _rows_have_columns(table.extract())
                and not _columns_cut_words(grid, cropped.extract_words())
            ):
                grids.append(grid)
    return grids


def _columns_cut_words(grid: TableGrid, words: Sequence[dict[str, Any]]) -> bool:
    """Columns guessed from text alignment must not run through words; through
    prose they do."""
    inner = {round(c.x0, 1) for row in grid.rows for c in row if c} - {round(grid.box.x0, 1)}
    cut = sum(1 for w in words if any(w["x0"] + 1 < x < w["x1"] - 1 for x in inner))
    return cut > max(1, 0.02 * len(words))


def _rows_have_columns(rows: Sequence[Sequence[str | None]]) -> bool:
    """Most rows of a real table have text in two or more cells; prose cut into
    columns by accident has rows with one."""
    multi = sum(1 for row in rows if sum(1 for cell in row if cell and cell.strip()) >= 2)
    return multi >= max(2, 0.6 * len(rows))


def find_grids(page: Page) -> tuple[TableGrid, ...]:
    """Tables on ``page`` whose cells are bounded by rules or cell backgrounds."""
    grids = _lattices(page)
    grids += _row_ruled(page, [g.box for g in grids])
    return tuple(sorted(grids, key=lambda g: (g.box.top, g.box.x0)))

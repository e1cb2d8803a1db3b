"""The items of a review page: every extracted thing with its boxes and details.

Read from the report as plain JSON data (``Report.model_dump(mode="json")``)
with ``.get`` for everything that is optional, so that boxes the model gains
later (a bbox per table cell, indicator value or key figure, a table's own
bbox) are drawn as soon as they exist, and a report without them still works.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Data = Mapping[str, Any]

GROUPS = (
    ("goals", "Goals"),
    ("indicators", "Indicators"),
    ("assignments", "Assignments"),
    ("tables", "Tables and rows"),
    ("key_figures", "Key figures"),
    ("warnings", "Warnings"),
)


@dataclass(frozen=True)
class Box:
    """One rectangle of an item: [x0, top, x1, bottom] in PDF points on ``page``."""

    page: int
    bbox: tuple[float, float, float, float]


@dataclass
class ReviewItem:
    """One entry of the side list, with the boxes it draws on the pages."""

    key: str
    kind: str
    label: str
    page: int | None
    boxes: list[Box] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)
    status: str | None = None
    color: str | None = None
    flagged: bool = False
    depth: int = 0
    target: str | None = None  # for a warning: the key of the item it is about
    children: list[ReviewItem] = field(default_factory=list)

    def walk(self) -> Iterable[ReviewItem]:
        """This item and its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


def _box(page: Any, bbox: Any) -> Box | None:
    """A box when ``bbox`` is four numbers and ``page`` a page number, else None."""
    if not isinstance(page, int) or not isinstance(bbox, list | tuple) or len(bbox) != 4:
        return None
    x0, top, x1, bottom = (float(v) for v in bbox)
    return Box(page, (x0, top, x1, bottom))


def _boxes(page: Any, bbox: Any) -> list[Box]:
    box = _box(page, bbox)
    return [box] if box else []


def _status_text(status: Data | None) -> str | None:
    if not status:
        return None
    parts = [str(status.get("status"))]
    if status.get("label"):
        parts.append(f"printed {status['label']!r}")
    parts.append(f"read from {status.get('basis')}")
    if status.get("color"):
        parts.append(str(status["color"]))
    return ", ".join(parts)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _value_text(value: Data | None) -> str | None:
    if not value:
        return None
    text = repr(value.get("label")) if value.get("label") is not None else "—"
    if value.get("value") is not None:
        text += f" → {_number(value['value'])}"
    if value.get("period"):
        text += f" ({value['period']})"
    return text


def _fields(data: Data, names: Iterable[str]) -> list[tuple[str, str]]:
    return [(name, str(data[name])) for name in names if data.get(name) not in (None, "")]


def _with_status(item: ReviewItem, status: Data | None, name: str) -> ReviewItem:
    text = _status_text(status)
    if status and text:
        item.status = str(status.get("status"))
        item.color = status.get("color")
        item.details.insert(0, (name, text))
    return item


def goals_to_items(goals: list[Data]) -> list[ReviewItem]:
    """One item per goal, indented by its depth in the goal tree."""
    parents = {g["id"]: g.get("parent_id") for g in goals}
    titles = {g["id"]: g["title"] for g in goals}
    items = []
    for goal in goals:
        depth, parent = 0, goal.get("parent_id")
        while parent in parents and depth < 10:
            depth, parent = depth + 1, parents[parent]
        item = ReviewItem(
            goal["id"], "goal", goal["title"], goal["page"], _boxes(goal["page"], goal.get("bbox"))
        )
        item.depth = depth
        item.details = [("id", goal["id"]), ("level", str(goal.get("level")))]
        if goal.get("parent_id"):
            parent_id = goal["parent_id"]
            item.details.append(("parent", f"{parent_id}: {titles.get(parent_id, '?')}"))
        item.details += _fields(goal, ["analysis"])
        items.append(_with_status(item, goal.get("assessment"), "assessment"))
    return items


def indicators_to_items(
    indicators: list[Data], goals: Mapping[str, str] | None = None
) -> list[ReviewItem]:
    """One item per indicator; a value with a box of its own is a child item.

    ``goals`` maps goal ids to titles, to name the goal an indicator measures."""
    items = []
    for ind in indicators:
        item = ReviewItem(
            ind["id"], "indicator", ind["name"], ind["page"], _boxes(ind["page"], ind.get("bbox"))
        )
        item.details = [("id", ind["id"])]
        if ind.get("goal_id"):
            title = (goals or {}).get(ind["goal_id"])
            item.details.append(("goal", f"{ind['goal_id']}: {title}" if title else ind["goal_id"]))
        item.details += _fields(ind, ["unit", "direction"])
        for name in ("baseline", "target", "outcome"):
            value = ind.get(name)
            text = _value_text(value)
            if not value or not text:
                continue
            item.details.append((name, text))
            page = value.get("page") or ind["page"]
            boxes = _boxes(page, value.get("bbox"))
            if boxes:
                child = ReviewItem(f"{ind['id']}/{name}", "value", f"{name}: {text}", page, boxes)
                child.details = [("indicator", ind["name"]), (name, text)]
                item.children.append(child)
        item.details += _fields(ind, ["trend", "comment"])
        items.append(_with_status(item, ind.get("assessment"), "assessment"))
    return items


def assignments_to_items(assignments: list[Data]) -> list[ReviewItem]:
    """One item per assignment (uppdrag)."""
    items = []
    for asg in assignments:
        label = f"{asg['ref']} {asg['title']}" if asg.get("ref") else asg["title"]
        item = ReviewItem(
            asg["id"], "assignment", label, asg["page"], _boxes(asg["page"], asg.get("bbox"))
        )
        names = ["ref", "issuer", "directed_to", "responsible", "due_date", "periodicity"]
        item.details = [("id", asg["id"]), *_fields(asg, [*names, "comment"])]
        items.append(_with_status(item, asg.get("status"), "status"))
    return items


def _union(boxes: list[Box]) -> list[Box]:
    """One box per page around all of ``boxes`` on that page."""
    by_page: dict[int, list[Box]] = {}
    for box in boxes:
        by_page.setdefault(box.page, []).append(box)
    return [
        Box(
            page,
            (
                min(b.bbox[0] for b in group),
                min(b.bbox[1] for b in group),
                max(b.bbox[2] for b in group),
                max(b.bbox[3] for b in group),
            ),
        )
        for page, group in sorted(by_page.items())
    ]


def _row_to_item(table: Data, index: int, row: Data) -> ReviewItem:
    key = f"{table['id']}/row-{index}"
    # A row whose first column is a status mark has no label: name it by its first text.
    texts = [c.get("text") for c in row.get("cells") or [] if c.get("text")]
    label = row["label"] or (f"({texts[0]})" if texts else "(empty row)")
    item = ReviewItem(key, "row", label, row["page"])
    item.boxes = _boxes(row["page"], row.get("bbox"))
    item.depth = int(row.get("level") or 0)
    item.details = [("table", table["id"])]
    if row.get("is_total"):
        item.details.append(("total", "yes"))
    columns = table.get("columns") or []
    for j, cell in enumerate(row.get("cells") or []):
        column = columns[j]["label"] if j < len(columns) else f"column {j + 1}"
        text = repr(cell.get("text", ""))
        if cell.get("value") is not None:
            text += f" → {_number(cell['value'])}"
        item.details.append((column, text))
        page = cell.get("page") or row["page"]
        boxes = _boxes(page, cell.get("bbox"))
        if boxes:
            child = ReviewItem(f"{key}/cell-{j + 1}", "cell", f"{column}: {text}", page, boxes)
            child.details = [("row", row["label"]), (column, text)]
            item.children.append(child)
    # A failed check names the rows that differ as row 'label'.
    quoted = (f"row {row['label']!r}", f"row '{row['label']}'")
    for check in table.get("checks") or []:
        if not check.get("ok") and any(q in check.get("detail", "") for q in quoted):
            item.details.append(("check failed", f"{check['rule']}: {check['detail']}"))
            item.flagged = True
    return item


def tables_to_items(tables: list[Data]) -> list[ReviewItem]:
    """One item per table with its rows (and their cells' boxes) as children."""
    items = []
    for table in tables:
        title = table.get("title") or ""
        label = f"{table['id']} {table['kind']}" + (f": {title}" if title else "")
        item = ReviewItem(table["id"], "table", label, table["page_start"])
        item.children = [_row_to_item(table, i, row) for i, row in enumerate(table["rows"], 1)]
        own = _boxes(table.get("page") or table["page_start"], table.get("bbox"))
        item.boxes = own or _union([b for row in item.children for b in row.boxes])
        pages = f"{table['page_start']}–{table['page_end']}"
        item.details = [
            ("kind", str(table["kind"])),
            *_fields(table, ["title", "unit"]),
            ("pages", pages if table["page_end"] != table["page_start"] else pages.split("–")[0]),
            ("rows", str(len(table["rows"]))),
        ]
        for col in table.get("columns") or []:
            meaning = ", ".join(str(col[k]) for k in ("measure", "period") if col.get(k))
            item.details.append(("column", col["label"] + (f" ({meaning})" if meaning else "")))
        for check in table.get("checks") or []:
            mark = "ok" if check.get("ok") else "failed"
            item.details.append((f"check {mark}", f"{check['rule']}: {check['detail']}"))
            item.flagged = item.flagged or not check.get("ok")
        items.append(item)
    return items


def key_figures_to_items(figures: list[Data]) -> list[ReviewItem]:
    """One item per key figure; boxed when the figure has a bbox."""
    items = []
    for i, fig in enumerate(figures, start=1):
        value = _number(fig["value"]) + (f" {fig['unit']}" if fig.get("unit") else "")
        label = f"{fig['name']} = {value}" + (f" ({fig['period']})" if fig.get("period") else "")
        item = ReviewItem(
            f"key-figure-{i}",
            "key-figure",
            label,
            fig["page"],
            _boxes(fig["page"], fig.get("bbox")),
        )
        item.details = [("value", value), *_fields(fig, ["period", "text"])]
        items.append(item)
    return items


def _about(message: str, page: int | None, items: list[ReviewItem]) -> ReviewItem | None:
    """The item a warning is about: its message starts with the item's id or printed name."""
    for item in items:
        if page is not None and item.page is not None and item.page != page:
            continue
        names = {item.key, item.label}
        if any(re.match(re.escape(name) + r":\s", message) for name in names if name):
            return item
    return None


def warnings_to_items(warnings: list[Data], items: list[ReviewItem]) -> list[ReviewItem]:
    """One item per warning; the warning also lands in the details of the item it is about."""
    result = []
    for i, warning in enumerate(warnings, start=1):
        text = f"{warning['code']}: {warning['message']}"
        item = ReviewItem(f"warning-{i}", "warning", text, warning.get("page"))
        item.details = [("code", warning["code"]), ("message", warning["message"])]
        about = _about(warning["message"], warning.get("page"), items)
        if about:
            item.target = about.key
            item.details.append(("about", about.key))
            about.details.append(("warning", text))
            about.flagged = True
        result.append(item)
    return result


def report_to_items(data: Data) -> dict[str, list[ReviewItem]]:
    """The review items of a report (as JSON data), by group, in document order."""
    groups: dict[str, list[ReviewItem]] = {
        "goals": goals_to_items(data.get("goals") or []),
        "indicators": indicators_to_items(
            data.get("indicators") or [], {g["id"]: g["title"] for g in data.get("goals") or []}
        ),
        "assignments": assignments_to_items(data.get("assignments") or []),
        "tables": tables_to_items(data.get("tables") or []),
        "key_figures": key_figures_to_items(data.get("key_figures") or []),
    }
    everything = [i for items in groups.values() for top in items for i in top.walk()]
    groups["warnings"] = warnings_to_items(data.get("warnings") or [], everything)
    return groups

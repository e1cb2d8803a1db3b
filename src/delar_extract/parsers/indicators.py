"""Indicators: from indicator tables and from "Indikatorer" lists.

Indicator tables are recognised by their header words (``[[indicator_columns]]``
in the vocabulary), in any column order: a name column ("Indikator") and at
least one of a status, chart or value column.  Value columns take their
period from the header year ("Utfall 2024", "Mål 2025", "Utfall 2025"): of
several outcome columns the latest is the outcome, the earliest the baseline.
A target printed as a word ("Öka", "Minska") gives the direction and no value.
An indicator shown only as a chart has its name and assessment, no values.

A row that holds only a title across the table ("Medborgarna upplever att de
får god service") names the goal of the rows below; the caller (the goal
parser) turns it into a goal.  Indicators come back as readings, what the
page says of each; the goal parser gives each its id and goal and makes the
finished :class:`~delar_extract.model.Indicator`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from delar_extract.layout.marks import cell_marks, line_marks, marked_columns
from delar_extract.layout.objects import LayoutDocument, Line, Mark
from delar_extract.layout.tables import Cell, TableBlock
from delar_extract.model import Assessment, Indicator, ReportWarning, Value
from delar_extract.model.vocab import Direction, Trend
from delar_extract.normalize.numbers import parse_number, parse_quantity
from delar_extract.normalize.statuses import Palette, assessment_from_text
from delar_extract.parsers.prose import (
    PARAGRAPH_PITCH,
    broke_early,
    join_text,
    lines_to_text,
    usual_pitch,
)
from delar_extract.parsers.status_marks import read_assessment, strip_glyphs
from delar_extract.parsers.tables import cell_words_box, header_labels
from delar_extract.pdf.objects import Box
from delar_extract.vocab import first_match, fold, load_status_vocabulary, word_start_match

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_LEADING_NUMBER = re.compile(r"^[+\-\u2212\u2013]?\s?\d[\d \u00a0\u202f]*(?:[,.]\d+)?")
# An indicator's name is a phrase, not a paragraph.
MAX_NAME_WORDS = 40


@dataclass
class IndicatorColumns:
    """Which column of an indicator table holds what (column indexes)."""

    name: int
    roles: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str | None] = field(default_factory=dict)

    def get(self, role: str) -> int | None:
        return self.roles.get(role)


def table_to_columns(table: TableBlock) -> IndicatorColumns | None:
    """Column roles of an indicator table; None when ``table`` is not one."""
    if table.header_rows == 0:
        return None
    rules = load_status_vocabulary().indicator_columns
    found: dict[str, list[tuple[int, str | None]]] = {}
    for index, label in enumerate(header_labels(table)):
        role = word_start_match(label, rules) if label.strip() else None
        if role:
            year = _YEAR.search(label)
            found.setdefault(role, []).append((index, year.group(1) if year else None))
    if "name" not in found or not {"status", "chart", "target", "outcome"} & set(found):
        return None
    columns = IndicatorColumns(name=found.pop("name")[0][0])
    outcomes = sorted(found.pop("outcome", []), key=lambda c: c[1] or "9999")
    if len(outcomes) >= 2 and "baseline" not in found:
        found["baseline"] = [outcomes[0]]
    if outcomes:
        found["outcome"] = [outcomes[-1]]
    for role, hits in found.items():
        columns.roles[role] = hits[0][0]
        columns.periods[role] = hits[0][1]
    return columns


def _cell_text(cell: Cell | None) -> str:
    return join_text(cell.lines) if cell is not None and cell.lines else ""


def text_to_value(text: str, period: str | None) -> Value | None:
    """A printed value: its number (from the first line) and the text as printed."""
    if not text.strip():
        return None
    first = text.splitlines()[0].strip()
    quantity = parse_quantity(first)
    value = quantity.value if quantity else None
    if value is None:
        match = _LEADING_NUMBER.match(first)
        value = parse_number(match.group(0).strip()) if match else None
    return Value(period=period, value=value, label=text)


def _with_box(value: Value | None, cell: Cell | None) -> Value | None:
    """The value with the page and box of its cell's words (provenance per value)."""
    box = cell_words_box(cell)
    if value is None or cell is None or box is None:
        return value
    return value.model_copy(update={"page": cell.page, "bbox": box.as_list()})


def _unit(texts: Sequence[str]) -> str | None:
    for text in texts:
        if text.strip():
            quantity = parse_quantity(text.splitlines()[0].strip())
            if quantity and quantity.unit:
                return quantity.unit
    return None


def text_to_trend(text: str | None) -> Trend | None:
    found = first_match(text or "", load_status_vocabulary().trends)
    return Trend(found) if found else None


def text_to_direction(text: str | None) -> Direction | None:
    found = word_start_match(text or "", load_status_vocabulary().directions)
    return Direction(found) if found else None


def is_group_row(row: Sequence[Cell | None]) -> bool:
    """A row that is only a title across the table (the goal of the rows below)."""
    filled = [c for c in row if c is not None]
    return len(filled) == 1 and len(row) > 1 and bool(filled[0].lines)


@dataclass(frozen=True)
class IndicatorReading:
    """What a table row or list item says of an indicator: all but its id and goal."""

    name: str
    page: int
    bbox: list[float] | None
    unit: str | None = None
    baseline: Value | None = None
    target: Value | None = None
    outcome: Value | None = None
    direction: Direction | None = None
    assessment: Assessment | None = None
    trend: Trend | None = None
    comment: str | None = None

    def to_indicator(self, indicator_id: str, goal_id: str | None) -> Indicator:
        """The finished indicator, with its id and the id of the goal it measures."""
        return Indicator(
            id=indicator_id,
            name=self.name,
            goal_id=goal_id,
            unit=self.unit,
            baseline=self.baseline,
            target=self.target,
            outcome=self.outcome,
            direction=self.direction,
            assessment=self.assessment,
            trend=self.trend,
            comment=self.comment,
            page=self.page,
            bbox=self.bbox,
        )


@dataclass
class ParsedIndicators:
    """Indicator readings with the title of the group row above each (None when none)."""

    items: list[tuple[str | None, IndicatorReading]] = field(default_factory=list)
    groups: list[tuple[str, Cell]] = field(default_factory=list)
    warnings: list[ReportWarning] = field(default_factory=list)


def _multiline(cell: Cell | None) -> str:
    return "\n".join(ln.text for ln in cell.lines) if cell is not None else ""


def row_to_indicator(
    layout: LayoutDocument,
    row: Sequence[Cell | None],
    columns: IndicatorColumns,
    palette: Palette,
) -> tuple[IndicatorReading | None, list[ReportWarning]]:
    """One indicator from one table row (None when the row has no name)."""

    def cell(role: str) -> Cell | None:
        index = columns.get(role)
        return row[index] if index is not None and index < len(row) else None

    name_cell = row[columns.name] if columns.name < len(row) else None
    name = _cell_text(name_cell)
    if not name or name_cell is None:
        return None, []
    texts = {role: _multiline(cell(role)) for role in ("baseline", "target", "outcome")}
    values = {
        role: _with_box(text_to_value(t, columns.periods.get(role)), cell(role))
        for role, t in texts.items()
    }
    marks = cell_marks(layout, cell("status"))
    label = _cell_text(cell("status")) or None
    assessment, warnings = read_assessment(label, marks, palette, name_cell.page, name)
    target = values["target"]
    comment = cell("comment")
    indicator = IndicatorReading(
        name=name,
        unit=_unit([texts["baseline"], texts["target"], texts["outcome"]]),
        baseline=values["baseline"],
        target=target,
        outcome=values["outcome"],
        direction=text_to_direction(target.label) if target and target.value is None else None,
        assessment=assessment,
        trend=text_to_trend(label) or text_to_trend(_cell_text(cell("trend"))),
        comment=lines_to_text(comment.lines) if comment is not None else None,
        page=name_cell.page,
        bbox=name_cell.box.as_list(),
    )
    return indicator, warnings


def table_to_indicators(
    layout: LayoutDocument, table: TableBlock, columns: IndicatorColumns, palette: Palette
) -> ParsedIndicators:
    """Indicators of one indicator table, each with the group title above it.

    A column with no header whose cells carry marks is the status column when
    no header names one."""
    parsed = ParsedIndicators()
    if columns.get("status") is None:
        labels = header_labels(table)
        unnamed = [
            i for i in marked_columns(layout, table) if i >= len(labels) or not labels[i].strip()
        ]
        if unnamed:
            roles = {**columns.roles, "status": unnamed[0]}
            columns = IndicatorColumns(columns.name, roles, dict(columns.periods))
    group: str | None = None
    for row in table.rows[table.header_rows :]:
        if is_group_row(row):
            cell = next(c for c in row if c is not None)
            group = _cell_text(cell)
            parsed.groups.append((group, cell))
            continue
        indicator, warnings = row_to_indicator(layout, row, columns, palette)
        parsed.warnings.extend(warnings)
        if indicator is not None:
            parsed.items.append((group, indicator))
    return parsed


def _trailing_label(line: Line) -> tuple[Line, str | None]:
    """Split a status label printed at the end of a list line ("… Inga tillgängliga
    data"): trailing words that name a status and stand apart by colour or gap."""
    words = line.words
    for start in range(max(1, len(words) - 6), len(words)):
        tail, head = words[start:], words[:start]
        text = " ".join(w.text for w in tail)
        apart = tail[0].color != head[0].color or (
            tail[0].box.x0 - head[-1].box.x1 > 1.5 * max(tail[0].size, 1.0)
        )
        if apart and assessment_from_text(text):
            kept = Line(
                head, Box(line.box.x0, line.box.top, head[-1].box.x1, line.box.bottom), line.page
            )
            return kept, text
    return line, None


def row_labels(lines: Sequence[Line]) -> tuple[list[Line], dict[Line, str]]:
    """Status labels printed as lines of their own right of a name ("Antal besök
    …      Uppfyllt"): the other lines, and the label of each name line."""
    labels: dict[Line, str] = {}
    kept = []
    for line in lines:
        owner = next(
            (
                other
                for other in lines
                if other is not line
                and other.page == line.page
                and abs(other.box.top - line.box.top) < 2
                and line.box.x0 > other.box.x1 + 20
            ),
            None,
        )
        if owner is not None and assessment_from_text(line.text):
            labels[owner] = line.text
        else:
            kept.append(line)
    return kept, labels


def _has_label(line: Line, labels: dict[Line, str]) -> bool:
    """Does ``line`` end with a status label, or have one printed right of it?"""
    return line in labels or _trailing_label(line)[1] is not None


def _item_label(lines: Sequence[Line], labels: dict[Line, str]) -> tuple[list[Line], str | None]:
    """An item's lines without a status label printed at a line's end, and the
    label: that one, or one printed right of the item's lines."""
    label = next((labels[line] for line in lines if line in labels), None)
    kept = []
    for line in lines:
        line, found = _trailing_label(line)
        label = label or found
        kept.append(line)
    return kept, label


def list_to_indicators(
    layout: LayoutDocument, lines: Sequence[Line], palette: Palette
) -> ParsedIndicators:
    """Indicators of an "Indikatorer" list: one item per mark (or per paragraph)."""
    parsed = ParsedIndicators()
    lines, labels = row_labels(lines)
    # Without marks, a line that did not reach the right edge ends its item.
    right = max((ln.box.x1 for ln in lines), default=0.0)
    pitch = usual_pitch(lines, tightest=True)
    marked = [(line, line_marks(layout, line)) for line in lines]
    right = right if not any(m for _, m in marked) else 0.0
    items: list[tuple[list[Line], list[Mark]]] = []
    for line, marks in marked:
        previous = items[-1][0][-1] if items else None
        if previous is not None and not marks and _beside(previous, line):
            # A cell right of the name on the same row (the printed status
            # label of a two-column list) belongs to the item being read.
            items[-1][0].append(line)
        elif previous is None or marks or _is_gap(previous, line, pitch, right):
            items.append(([line], marks))
        elif _has_label(line, labels) and (
            items[-1][1] or any(_has_label(ln, labels) for ln in items[-1][0])
        ):
            # A status label printed with a line starts an item when the item so
            # far has its own status already (labels sit on an item's first line).
            items.append(([line], marks))
        else:
            items[-1][0].append(line)
    for item_lines, marks in items:
        kept, label = _item_label(item_lines, labels)
        name = strip_glyphs(join_text(kept)) or ""
        if not name or len(name.split()) > MAX_NAME_WORDS:
            continue  # prose under the list is no indicator
        first = kept[0]
        assessment, warnings = read_assessment(label, marks, palette, first.page, name)
        parsed.warnings.extend(warnings)
        indicator = IndicatorReading(
            name=name,
            assessment=assessment,
            page=first.page,
            bbox=first.box.as_list(),
        )
        parsed.items.append((None, indicator))
    return parsed


def _beside(previous: Line, line: Line) -> bool:
    """``line`` is printed on ``previous``'s row, right of it."""
    return (
        line.page == previous.page
        and abs(line.box.top - previous.box.top) < 2
        and line.box.x0 > previous.box.x1
    )


def _is_gap(previous: Line, line: Line, pitch: float | None, right: float) -> bool:
    """A new item starts after a line that did not wrap (the next line's first word
    would have fitted before ``right``, the list's right edge; 0 to not look), or
    further below than the usual pitch."""
    if right and broke_early(previous, line, right):
        return True
    if line.page != previous.page or pitch is None:
        return False
    return line.box.top - previous.box.top > pitch * PARAGRAPH_PITCH


def is_indicator_label(text: str) -> bool:
    return fold(text).rstrip(":") in load_status_vocabulary().indicator_labels

"""Goals at every level, with their assessment, analysis and indicators.

Goals are read from three places, in document order, and one goal found in
several of them is one goal (matched by its printed title):

* summary tables: columns named by goal-level words ("Regionmål | Delmål |
  Prognos"); an unnamed text column left of a goal column holds the level
  above (målområde), an unnamed column of marks is the status column;
* goal sections: a goal heading ("Mål 4. …", or a heading line that is a known
  goal, or one followed by a status, "Analys" or "Indikatorer"), its status
  line (label and/or mark), its "Analys" prose and its "Indikatorer" list or
  indicator tables;
* goal-grouped indicator tables, whose group rows are goals.

Levels come from the vocabulary (``[[goal_levels]]``, ``[[goal_numbers]]``);
a goal without a level word takes the level below its parent's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from delar_extract.layout.objects import Cell, LayoutDocument, Line, TableBlock
from delar_extract.model import Goal, Indicator, ReportWarning, TableKind
from delar_extract.model.vocab import GoalLevel
from delar_extract.parsers.goal_sections import SectionReader
from delar_extract.parsers.indicators import (
    ParsedIndicators,
    list_to_indicators,
    table_to_columns,
    table_to_indicators,
)
from delar_extract.parsers.legend import Legends
from delar_extract.parsers.prose import join_text
from delar_extract.parsers.status_marks import Mark, cell_marks, read_assessment
from delar_extract.parsers.stream import ReadingOrder, layout_to_reading_order
from delar_extract.parsers.tables import header_labels
from delar_extract.vocab import fold, load_status_vocabulary, word_start_match

# Depth of each level in the hierarchy; a goal's parent is the nearest open goal above.
RANK = {
    GoalLevel.MALOMRADE: 0,
    GoalLevel.REGIONMAL: 1,
    GoalLevel.NAMNDMAL: 2,
    GoalLevel.DELMAL: 2,
    GoalLevel.FORVALTNINGSMAL: 3,
}
# Two printed titles are one goal when this similar.
SAME_TITLE = 0.92


def title_key(title: str) -> str:
    """A goal title as compared: folded, without trailing punctuation."""
    return fold(title.replace("\u00ad", "")).rstrip(" .:;")


@dataclass
class GoalRegistry:
    """Goals in the order first seen; one per title; the open goal of each rank."""

    goals: list[Goal] = field(default_factory=list)
    open: dict[int, str] = field(default_factory=dict)
    # title_key of each goal, in step with ``goals`` (titles never change once added).
    _keys: list[str] = field(default_factory=list)

    def find(self, title: str) -> Goal | None:
        """The goal printed under this title, or under one nearly the same."""
        key = title_key(title)
        # rapidfuzz scores every known title in C: a report with hundreds of
        # goals stays linear, where a Python pairwise comparison was quadratic.
        best = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=SAME_TITLE * 100)
        return self.goals[best[2]] if best is not None else None

    def parent_for(self, level: GoalLevel) -> str | None:
        rank = RANK[level]
        above = [r for r in self.open if r < rank]
        return self.open[max(above)] if above else None

    def _enter(self, goal: Goal) -> None:
        rank = RANK[goal.level]
        self.open = {r: g for r, g in self.open.items() if r < rank}
        self.open[rank] = goal.id

    def add(
        self, title: str, level: GoalLevel, page: int, bbox: list[float] | None, parent: str | None
    ) -> Goal:
        """The goal titled ``title``, registered if new; it becomes the open goal."""
        goal = self.find(title)
        if goal is None:
            goal = Goal(
                id=f"goal-{len(self.goals) + 1}",
                title=title,
                level=level,
                parent_id=parent,
                page=page,
                bbox=bbox,
            )
            self.goals.append(goal)
            self._keys.append(title_key(title))
        self._enter(goal)
        return goal

    def update(self, goal_id: str, **fields: object) -> None:
        """Fill ``fields`` of a goal where they are still empty."""
        for index, goal in enumerate(self.goals):
            if goal.id == goal_id:
                missing = {k: v for k, v in fields.items() if getattr(goal, k) is None}
                if missing:
                    self.goals[index] = goal.model_copy(update=missing)
                return

    def level_of(self, goal_id: str | None) -> GoalLevel | None:
        return next((g.level for g in self.goals if g.id == goal_id), None)


def child_level(parent: GoalLevel | None) -> GoalLevel:
    children = load_status_vocabulary().goal_children
    return GoalLevel(children.get(parent.value, "delmal")) if parent else GoalLevel.DELMAL


def parent_level(level: GoalLevel) -> GoalLevel | None:
    children = load_status_vocabulary().goal_children
    above = [lv for lv, child in children.items() if child == level.value and lv != level.value]
    return GoalLevel(above[0]) if above else None


def level_in(text: str) -> GoalLevel | None:
    """The goal level a header or heading names ("Delmål", "Förvaltningens mål")."""
    found = word_start_match(text, load_status_vocabulary().goal_levels)
    return GoalLevel(found) if found else None


@dataclass(frozen=True)
class SummaryColumns:
    goals: list[tuple[int, GoalLevel]]  # left to right
    status: int | None


def summary_columns(table: TableBlock) -> SummaryColumns | None:
    """Columns of a goal summary table; None when ``table`` is not one."""
    if table.header_rows == 0:
        return None
    labels = header_labels(table)
    goals = [(i, lv) for i, label in enumerate(labels) if (lv := level_in(label)) is not None]
    if not goals:
        return None
    status_words = load_status_vocabulary().goal_status_headers
    status = next(
        (i for i, label in enumerate(labels) if any(w in fold(label) for w in status_words)), None
    )
    first, last = goals[0][0], goals[-1][0]
    if status is None:
        status = next((i for i in range(last + 1, len(labels)) if not labels[i].strip()), None)
    above = parent_level(goals[0][1])
    if first > 0 and not labels[first - 1].strip() and above is not None:
        goals.insert(0, (first - 1, above))
    if status is None and len(goals) < 2:
        return None
    return SummaryColumns(goals, status)


def _cell_title(cell: Cell | None) -> str:
    return join_text(cell.lines) if cell is not None and cell.lines else ""


@dataclass
class GoalResult:
    goals: list[Goal]
    indicators: list[Indicator]
    claims: dict[int, TableKind]
    warnings: list[ReportWarning]


class GoalParser:
    """Goals and indicators of a laid-out document."""

    def __init__(self, legends: Legends | None = None) -> None:
        self.legends = legends or Legends()

    def parse(
        self,
        layout: LayoutDocument,
        skip: Sequence[int] = (),
        order: ReadingOrder | None = None,
    ) -> GoalResult:
        """Walk the document in reading order; tables in ``skip`` (legends,
        assignments) are someone else's."""
        order = order or layout_to_reading_order(layout)
        state = _Walk(layout, self.legends, set(skip) | set(self.legends.tables))
        SectionReader(layout, order.style, state).run(order.items)
        return GoalResult(state.registry.goals, state.indicators, state.claims, state.warnings)


class _Walk:
    """The state of one walk through a document's text and tables."""

    def __init__(self, layout: LayoutDocument, legends: Legends, skip: set[int]) -> None:
        self.layout = layout
        self.palette = legends.assessment
        self.skip = skip
        self.registry = GoalRegistry()
        self.indicators: list[Indicator] = []
        self.claims: dict[int, TableKind] = {}
        self.warnings: list[ReportWarning] = []
        self.context_level: GoalLevel | None = None  # named by the last heading

    # tables ---------------------------------------------------------------

    def table(self, index: int, table: object, current: str | None) -> bool:
        """Read a table met in the stream; True when it is a goal or indicator table."""
        if index in self.skip or not isinstance(table, TableBlock):
            return False
        columns = table_to_columns(table)
        if columns is not None:
            parsed = table_to_indicators(self.layout, table, columns, self.palette)
            self._add_indicators(parsed, current)
            self.claims[index] = TableKind.INDICATORS
            return True
        summary = summary_columns(table)
        if summary is not None:
            self._summary(table, summary)
            self.claims[index] = TableKind.GOALS
            return True
        return False

    def _summary(self, table: TableBlock, columns: SummaryColumns) -> None:
        current: dict[int, str] = {}
        for row in table.rows[table.header_rows :]:
            made: Goal | None = None
            for depth, (index, level) in enumerate(columns.goals):
                cell = row[index] if index < len(row) else None
                title = _cell_title(cell)
                if not title or cell is None:
                    continue
                parent = current.get(depth - 1)
                made = self.registry.add(title, level, cell.page, cell.box.as_list(), parent)
                current = {d: g for d, g in current.items() if d < depth}
                current[depth] = made.id
            if made is not None and columns.status is not None:
                self._status_cell(made, row, columns.status)

    def _status_cell(self, goal: Goal, row: Sequence[Cell | None], index: int) -> None:
        cell = row[index] if index < len(row) else None
        label = _cell_title(cell) or None
        marks = cell_marks(self.layout, row, index)
        page = cell.page if cell is not None else goal.page
        assessment, warnings = read_assessment(label, marks, self.palette, page, goal.title)
        self.warnings.extend(warnings)
        if assessment is not None:
            self.registry.update(goal.id, assessment=assessment)

    def _add_indicators(self, parsed: ParsedIndicators, current: str | None) -> None:
        self.warnings.extend(parsed.warnings)
        group_ids: dict[str, str] = {}
        for title, cell in parsed.groups:
            level = self._new_level()
            known = self.registry.find(title)
            parent = None if known else self.registry.parent_for(level)
            goal = self.registry.add(title, level, cell.page, cell.box.as_list(), parent)
            group_ids[title] = goal.id
        for group, indicator in parsed.items:
            goal_id = group_ids.get(group, current) if group else current
            number = len(self.indicators) + 1
            self.indicators.append(
                indicator.model_copy(update={"id": f"indicator-{number}", "goal_id": goal_id})
            )

    # goal sections (called by SectionReader) --------------------------------

    def known_goal(self, title: str) -> Goal | None:
        return self.registry.find(title)

    def section_goal(self, title: str, level: GoalLevel | None, heading: Line) -> Goal:
        """The goal of a section heading, registered if new."""
        known = self.registry.find(title)
        if known is not None:
            self.registry.add(known.title, known.level, heading.page, None, known.parent_id)
            return known
        level = level or self._new_level()
        parent = self.registry.parent_for(level)
        return self.registry.add(title, level, heading.page, heading.box.as_list(), parent)

    def _new_level(self) -> GoalLevel:
        """Level of a goal no word names: the level a heading above named, unless
        goals of that level are open (then the level below the deepest open one)."""
        open_ranks = self.registry.open
        deepest = self.registry.level_of(open_ranks[max(open_ranks)]) if open_ranks else None
        context = self.context_level
        if context is not None and (deepest is None or RANK[deepest] < RANK[context]):
            return context
        return child_level(deepest)

    def area_open(self) -> bool:
        return bool(self.registry.open) or self.context_level is not None

    def set_analysis(self, goal: Goal, analysis: str | None) -> None:
        if analysis:
            self.registry.update(goal.id, analysis=analysis)

    def list_indicators(self, lines: Sequence[Line], goal: Goal | None) -> None:
        parsed = list_to_indicators(self.layout, lines, self.palette)
        self._add_indicators(parsed, goal.id if goal else None)

    def list_table(self, index: int) -> None:
        """A ruled "Indikatorer" list: its rows are read as the list, the table is
        the indicators'."""
        self.claims[index] = TableKind.INDICATORS

    def close_area(self, heading: Line) -> None:
        """A heading that is no goal ends the goals open so far; its words may
        name the level of the goals below it ("Förvaltningens mål")."""
        self.registry.open = {}
        self.context_level = level_in(heading.text)

    def read_status(self, label: str | None, marks: Sequence[Mark], goal: Goal, page: int) -> None:
        assessment, warnings = read_assessment(label, marks, self.palette, page, goal.title)
        self.warnings.extend(warnings)
        if assessment is not None:
            self.registry.update(goal.id, assessment=assessment)

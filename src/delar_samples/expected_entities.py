"""Goals, indicators, assignments, tables and key figures of a sample, from its data."""

from __future__ import annotations

from collections.abc import Callable

from delar_extract.model import (
    Assessment,
    AssessmentStatus,
    Assignment,
    AssignmentStatus,
    AssignmentStatusValue,
    Basis,
    Cell,
    Column,
    Direction,
    Goal,
    GoalLevel,
    Indicator,
    KeyFigure,
    Measure,
    Row,
    Table,
    TableKind,
    Trend,
    Value,
)
from delar_extract.normalize.numbers import parse_cell
from delar_samples.anchors import Placements
from delar_samples.spec import Assignment as AssignmentSpec
from delar_samples.spec import (
    AssignmentList,
    AssignmentTable,
    Block,
    Bullets,
    DataTable,
    GoalSections,
    GoalSummaryTable,
    IndicatorTable,
    Legend,
    Para,
    Slide,
    Status,
)
from delar_samples.spec import Goal as GoalSpec
from delar_samples.spec import Indicator as IndicatorSpec
from delar_samples.spec import IndicatorValue as ValueSpec
from delar_samples.spec import KeyFigure as KeyFigureSpec

_DIRECTIONS = {
    "öka": Direction.INCREASE,
    "minska": Direction.DECREASE,
    "bibehålla": Direction.MAINTAIN,
}


def _basis(status: Status) -> Basis:
    if status.alt and not status.label:
        return Basis.ALT_TEXT
    if status.label and status.color:
        return Basis.TEXT_COLOR
    return Basis.TEXT if status.label else Basis.COLOR


def _assessment(status: Status | None) -> Assessment | None:
    if status is None:
        return None
    return Assessment(
        status=AssessmentStatus(status.status),
        label=status.label,
        basis=_basis(status),
        color=status.color.upper() if status.color else None,
    )


def _assignment_status(status: Status) -> AssignmentStatus:
    return AssignmentStatus(
        status=AssignmentStatusValue(status.status),
        label=status.label,
        basis=_basis(status),
        color=status.color.upper() if status.color else None,
    )


def _value(spec: ValueSpec | None) -> Value | None:
    if spec is None:
        return None
    return Value(period=spec.period, value=spec.value, label=spec.text or None)


def _measure(word: str | None) -> Measure | None:
    """The contract's measure for a data module's word; words it lacks are ``other``."""
    if word is None:
        return None
    return Measure(word) if word in {m.value for m in Measure} else Measure.OTHER


def rich_text(parts: list[str | Bullets]) -> str | None:
    """Paragraphs and bullet lists as one text, paragraphs separated by blank lines."""
    out = []
    for part in parts:
        if isinstance(part, Bullets):
            marks = {0: "•", 1: "o"}
            out.append("\n".join(f"{marks.get(lv, '-')} {t}" for lv, t in part.items))
        else:
            out.append(part)
    return "\n\n".join(out) or None


class EntityBuilder:
    """Collects entities while walking the blocks in document order."""

    def __init__(self, placements: Placements, printed: Callable[[str], str] | None = None) -> None:
        self.placements = placements
        # A data table cell's text as the theme prints it ("−1\u202f031");
        # its value is the data's either way.
        self.printed = printed or (lambda text: text)
        self.goals: list[Goal] = []
        self.indicators: list[Indicator] = []
        self.assignments: list[Assignment] = []
        self.tables: list[Table] = []
        self._goal_ids: dict[tuple[str, str], str] = {}
        self._visited: dict[int, GoalSpec] = {}  # keeps the objects alive, so ids stay unique

    def add_block(self, block: Block) -> None:
        if isinstance(block, GoalSummaryTable):
            for goal in block.goals:
                self._goal(goal, None)
            self._table(block, TableKind.GOALS, *self._summary_rows(block))
        elif isinstance(block, GoalSections):
            for goal in block.goals:
                self._goal(goal, None)
            if block.layout == "matrix":
                self._matrix_tables(block)
        elif isinstance(block, IndicatorTable):
            for goal in block.goals:
                self._goal(goal, None)
            self._table(block, TableKind.INDICATORS, *self._indicator_rows(block))
        elif isinstance(block, AssignmentTable):
            for row in block.rows:
                self._assignment(row, block)
            self._table(
                block, TableKind.ASSIGNMENTS, *self._assignment_rows(block), first=block.rows[0]
            )
        elif isinstance(block, AssignmentList):
            for row in block.rows:
                self._assignment(row, block)
        elif isinstance(block, Legend):
            rows = [
                [e.label, *([e.criterion or ""] if len(block.header) >= 3 else []), ""]
                for e in block.entries
            ]
            self._table(block, TableKind.LEGEND, block.header, rows)
        elif isinstance(block, DataTable):
            self._data_table(block)

    # goals and indicators -------------------------------------------------

    def _goal(self, spec: GoalSpec, parent_id: str | None) -> str:
        key = (spec.level, " ".join(spec.title.split()))
        # The same goal object drawn twice (summary table and section) has one set
        # of indicators; a goal continued on the next slide is another object
        # with the same title, whose indicators add to the goal's.
        first_visit = id(spec) not in self._visited
        self._visited[id(spec)] = spec
        if key in self._goal_ids:
            goal_id = self._goal_ids[key]
            self._merge_goal(goal_id, spec)
        else:
            goal_id = f"goal-{len(self.goals) + 1}"
            self._goal_ids[key] = goal_id
            self.goals.append(
                Goal(
                    id=goal_id,
                    title=spec.title,
                    level=GoalLevel(spec.level),
                    parent_id=parent_id,
                    assessment=_assessment(spec.status),
                    analysis=rich_text(spec.analysis),
                    page=self.placements.start_page(spec),
                )
            )
        if first_visit:
            for indicator in spec.indicators:
                self._indicator(indicator, goal_id)
        for child in spec.children:
            self._goal(child, goal_id)
        return goal_id

    def _merge_goal(self, goal_id: str, spec: GoalSpec) -> None:
        index = next(i for i, g in enumerate(self.goals) if g.id == goal_id)
        goal = self.goals[index]
        updates: dict[str, object] = {}
        if goal.assessment is None and spec.status is not None:
            updates["assessment"] = _assessment(spec.status)
        if goal.analysis is None and spec.analysis:
            updates["analysis"] = rich_text(spec.analysis)
        if updates:
            self.goals[index] = goal.model_copy(update=updates)

    def _indicator(self, spec: IndicatorSpec, goal_id: str) -> None:
        target_word = (spec.target.text if spec.target else "").strip().lower()
        self.indicators.append(
            Indicator(
                id=f"indicator-{len(self.indicators) + 1}",
                name=spec.name,
                goal_id=goal_id,
                unit=spec.unit,
                baseline=_value(spec.baseline),
                target=_value(spec.target),
                outcome=_value(spec.outcome),
                direction=_DIRECTIONS.get(target_word),
                assessment=_assessment(spec.status),
                trend=Trend(spec.trend) if spec.trend else None,
                comment=spec.comment,
                page=self.placements.start_page(spec),
            )
        )

    # assignments ------------------------------------------------------------

    def _assignment(self, spec: AssignmentSpec, table: AssignmentTable | AssignmentList) -> None:
        self.assignments.append(
            Assignment(
                id=f"assignment-{len(self.assignments) + 1}",
                ref=spec.ref,
                title=spec.title,
                issuer=table.issuer,
                directed_to=spec.directed_to or table.recipient,
                responsible=spec.responsible,
                status=_assignment_status(spec.status),
                comment=rich_text(spec.comment),
                periodicity=spec.periodicity,
                due_date=spec.due_date,  # type: ignore[arg-type]
                page=self.placements.start_page(spec),
            )
        )

    # tables -------------------------------------------------------------------

    def _summary_rows(self, block: GoalSummaryTable) -> tuple[list[str], list[list[str]]]:
        rows = []
        for parent in block.goals:
            for index, child in enumerate(parent.children or [parent]):
                label = parent.title if index == 0 else ""
                title = child.title if parent.children else ""
                status = (child.status.label or "") if child.status else ""
                rows.append([label, title, status])
        return block.header, rows

    def _indicator_rows(self, block: IndicatorTable) -> tuple[list[str], list[list[str]]]:
        rows: list[list[str]] = []
        width = len(block.header)
        for goal in block.goals:
            rows.append([goal.title] + [""] * (width - 1))
            for ind in goal.indicators:
                rows.append([ind.name] + [""] * (width - 1))
        return block.header, rows

    def _assignment_rows(self, block: AssignmentTable) -> tuple[list[str], list[list[str]]]:
        """Rows as printed: the first column decides the row label."""
        rows = []
        for index, row in enumerate(block.rows, start=1):
            printed = {
                "status": row.status.label or "",
                "title": row.title,
                "ref": row.ref or "",
                "number": row.ref or str(index),
                "responsible": row.responsible or "",
                "comment": rich_text(row.comment) or "",
                "periodicity_due": " ".join(
                    p for p in (row.periodicity, row.due_text or row.due_date) if p
                ),
                "due": row.due_text or row.due_date or "",
                "report": row.periodicity or "",
            }
            rows.append([printed[column] for column in block.columns])
        return block.header, rows

    def _matrix_tables(self, block: GoalSections) -> None:
        header = block.indicator_header or ["Måluppfyllelse", "Indikator", "Diagram"]

        def visit(goal: GoalSpec) -> None:
            if goal.indicators:
                rows = [[""] + [ind.name] + [""] * (len(header) - 2) for ind in goal.indicators]
                first, last = goal.indicators[0], goal.indicators[-1]
                self._table(first, TableKind.INDICATORS, header, rows, end=last)
            for child in goal.children:
                visit(child)

        for goal in block.goals:
            visit(goal)

    def _table(
        self,
        block: object,
        kind: TableKind,
        header: list[str],
        rows: list[list[str]],
        end: object | None = None,
        first: object | None = None,
    ) -> None:
        """A non-numeric table: its shape and the printed row labels.  The table
        starts where its first row is (``first``), when that row is anchored."""
        start = self.placements.start_page(first if first is not None else block)
        end_page = self.placements.end_page(end if end is not None else block)
        self.tables.append(
            Table(
                id=f"table-{len(self.tables) + 1}",
                kind=kind,
                title=getattr(block, "title", None) if isinstance(block, Legend) else None,
                page_start=start,
                page_end=max(start, end_page),
                columns=[Column(label=h) for h in header[1:]],
                rows=[
                    Row(
                        label=row[0],
                        cells=[Cell(text=t, value=None) for t in row[1:]],
                        page=start,
                    )
                    for row in rows
                ],
            )
        )

    def _data_table(self, block: DataTable) -> None:
        # The title above a table may end a page whose next page holds the table.
        start = (
            self.placements.start_page(block.rows[0])
            if block.rows
            else self.placements.start_page(block)
        )
        end = self.placements.end_page(block)
        self.tables.append(
            Table(
                id=f"table-{len(self.tables) + 1}",
                kind=TableKind(block.kind),
                title=block.title,
                unit=block.unit,
                page_start=start,
                page_end=max(start, end),
                columns=[
                    Column(
                        label=c.label,
                        measure=_measure(c.measure),
                        period=c.period,
                    )
                    for c in block.columns
                ],
                rows=[
                    Row(
                        label=row.label,
                        cells=[Cell(text=self.printed(t), value=parse_cell(t)) for t in row.cells],
                        is_total=row.is_total,
                        level=row.level,
                        page=self.placements.start_page(row) or start,
                    )
                    for row in block.rows
                ],
            )
        )

    # key figures --------------------------------------------------------------

    def key_figures(self, specs: list[KeyFigureSpec], blocks: list[Block]) -> list[KeyFigure]:
        paras = list(_paras(blocks))
        figures = []
        for spec in specs:
            para = next((p for p in paras if spec.sentence in p.text), None)
            if para is None:
                raise ValueError(f"key figure {spec.name!r}: sentence not in any paragraph")
            figures.append(
                KeyFigure(
                    name=spec.name,
                    value=spec.value,
                    unit=spec.unit,
                    period=spec.period,
                    text=spec.sentence,
                    page=self.placements.start_page(para),
                )
            )
        return figures


def _paras(blocks: list[Block]):  # type: ignore[no-untyped-def]
    for block in blocks:
        if isinstance(block, Para):
            yield block
        elif isinstance(block, Slide):
            yield from _paras(block.blocks)

"""The follow-up part of a report: goals, indicators and assignments.

Reads the palettes of the legend tables first (they are how the others read
colours), then the assignments (tables and lists, numbered in reading order)
and the goals and indicators, each from what the classification pass
(:mod:`delar_extract.parsers.classify`) claimed for it.  A document the pass
found no follow-up part in gets a ``not-a-follow-up-report`` warning instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from delar_extract.layout.objects import LayoutDocument
from delar_extract.layout.reading_order import ReadingOrder, layout_to_reading_order
from delar_extract.model import Assignment, Document, Goal, Indicator, ReportWarning, TableKind
from delar_extract.normalize.statuses import Palette
from delar_extract.parsers.assignment_lists import AssignmentListParser
from delar_extract.parsers.assignments import AssignmentParser, AssignmentResult
from delar_extract.parsers.claims import BlockClaim, Claims, TableClaim
from delar_extract.parsers.goals import GoalParser
from delar_extract.parsers.legend import LegendParser


@dataclass(frozen=True)
class FollowUp:
    goals: list[Goal]
    indicators: list[Indicator]
    assignments: list[Assignment]
    warnings: list[ReportWarning]


class FollowUpParser:
    """Goals, indicators and assignments of a document."""

    def parse(
        self,
        layout: LayoutDocument,
        claims: Claims,
        document: Document,
        order: ReadingOrder | None = None,
    ) -> FollowUp:
        """What the tables and blocks ``claims`` gives the follow-up roles say."""
        if not claims.follow_up:
            return _not_a_follow_up()
        order = order or layout_to_reading_order(layout)
        legends = LegendParser().parse(layout, claims.of(TableKind.LEGEND))
        assignments = _assignments(layout, claims, document, order, legends.assignment)
        goals = GoalParser(legends).parse(layout, claims, order)
        return FollowUp(
            goals=goals.goals,
            indicators=goals.indicators,
            assignments=assignments.assignments,
            warnings=[*goals.warnings, *assignments.warnings],
        )


def _assignments(
    layout: LayoutDocument,
    claims: Claims,
    document: Document,
    order: ReadingOrder,
    palette: Palette,
) -> AssignmentResult:
    """The assignments of the claimed tables and list blocks, numbered in reading order."""
    end = len(order.items)
    table_at = {item.table.id: i for i, item in enumerate(order.items) if item.table is not None}
    line_at = {item.line: i for i, item in enumerate(order.items) if item.line is not None}
    sources: list[tuple[int, TableClaim | BlockClaim]] = [
        (table_at.get(t.id, end), t) for t in claims.of(TableKind.ASSIGNMENTS)
    ]
    sources += [(line_at.get(b.lines[0], end), b) for b in claims.blocks_of(TableKind.ASSIGNMENTS)]
    result = AssignmentResult()
    for _, source in sorted(sources, key=lambda pair: pair[0]):
        first = len(result.assignments) + 1
        if isinstance(source, TableClaim):
            found = AssignmentParser(palette).parse(layout, document, [source], order, first)
        else:
            found = AssignmentListParser(palette).parse(layout, document, [source], first)
        result.assignments.extend(found.assignments)
        result.warnings.extend(found.warnings)
    return result


def _not_a_follow_up() -> FollowUp:
    warning = ReportWarning(
        code="not-a-follow-up-report",
        message="no report type, status legend, goal or assignment table or heading found: "
        "goals, indicators and assignments were not read",
    )
    return FollowUp([], [], [], [warning])

"""The follow-up part of a report: goals, indicators and assignments.

Reads the palettes of the legend tables first (they are how the others read
colours), then the assignments (tables, then lists) and the goals and
indicators, each from what the classification pass
(:mod:`delar_extract.parsers.classify`) claimed for it.  A document the pass
found no follow-up part in gets a ``not-a-follow-up-report`` warning instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Assignment, Document, Goal, Indicator, ReportWarning, TableKind
from delar_extract.parsers.assignment_lists import AssignmentListParser
from delar_extract.parsers.assignments import AssignmentParser
from delar_extract.parsers.claims import Claims
from delar_extract.parsers.goals import GoalParser
from delar_extract.parsers.legend import LegendParser
from delar_extract.parsers.stream import ReadingOrder, layout_to_reading_order


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
        tables = AssignmentParser(legends.assignment).parse(
            layout, document, claims.of(TableKind.ASSIGNMENTS), order
        )
        lists = AssignmentListParser(legends.assignment).parse(
            layout, document, claims.blocks_of(TableKind.ASSIGNMENTS), len(tables.assignments) + 1
        )
        goals = GoalParser(legends).parse(layout, claims, order)
        return FollowUp(
            goals=goals.goals,
            indicators=goals.indicators,
            assignments=[*tables.assignments, *lists.assignments],
            warnings=[*goals.warnings, *tables.warnings, *lists.warnings],
        )


def _not_a_follow_up() -> FollowUp:
    warning = ReportWarning(
        code="not-a-follow-up-report",
        message="no report type, status legend, goal or assignment table or heading found: "
        "goals, indicators and assignments were not read",
    )
    return FollowUp([], [], [], [warning])

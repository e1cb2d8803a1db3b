"""The follow-up part of a report: legends, goals, indicators and assignments.

Runs the legend parser first (its palettes are how the others read colours),
then the assignment and goal parsers, and gives the tables they claimed their
kind; tables nobody claimed stay ``unknown`` for the budget parser.

A document that does not say it is a follow-up report (report type
``unknown``) keeps what they found only on strong evidence that it has a
follow-up part all the same: a status legend, a table claimed by its header
words (goal levels, indicator or assignment columns), or a heading of a goal
or assignment section ("Måluppfyllelse", "Uppdrag").  Otherwise short lines
next to a coloured shape in, say, a seed-trial report would become goals;
the document gets a ``not-a-follow-up-report`` warning instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import (
    Assignment,
    Document,
    Goal,
    Indicator,
    ReportType,
    ReportWarning,
    SectionKind,
    Table,
    TableKind,
)
from delar_extract.parsers.assignment_list import stream_to_assignments
from delar_extract.parsers.assignments import AssignmentParser
from delar_extract.parsers.goals import GoalParser
from delar_extract.parsers.legend import LegendParser
from delar_extract.parsers.stream import layout_to_reading_order
from delar_extract.sections.tree import section_kind

# Headings that open the follow-up part of a report.
_FOLLOW_UP_KINDS = {SectionKind.MALUPPFYLLELSE, SectionKind.UPPDRAG}


@dataclass(frozen=True)
class FollowUp:
    tables: list[Table]
    goals: list[Goal]
    indicators: list[Indicator]
    assignments: list[Assignment]
    warnings: list[ReportWarning]


class FollowUpParser:
    """Goals, indicators and assignments of a document, and the kinds of their tables."""

    def parse(
        self, layout: LayoutDocument, tables: Sequence[Table], document: Document
    ) -> FollowUp:
        """``tables`` are the generic models of ``layout.tables``, in the same order."""
        legends = LegendParser().parse(layout)
        order = layout_to_reading_order(layout)
        assignments = AssignmentParser(legends.assignment).parse(
            layout, document, legends.tables, order
        )
        listed, list_warnings = stream_to_assignments(
            layout, order.items, order.style, legends.assignment, document
        )
        goals = GoalParser(legends).parse(layout, sorted(assignments.tables), order)
        if document.report_type == ReportType.UNKNOWN and not (
            legends.tables or assignments.tables or goals.claims or _follow_up_heading(layout)
        ):
            return _not_a_follow_up(tables)
        kinds = {index: TableKind.LEGEND for index in legends.tables}
        kinds.update({index: TableKind.ASSIGNMENTS for index in assignments.tables})
        kinds.update(goals.claims)
        claimed = [
            table.model_copy(update={"kind": kinds[i]}) if i in kinds else table
            for i, table in enumerate(tables)
        ]
        return FollowUp(
            tables=claimed,
            goals=goals.goals,
            indicators=goals.indicators,
            assignments=_in_order([*assignments.assignments, *listed]),
            warnings=[*goals.warnings, *assignments.warnings, *list_warnings],
        )


def _in_order(assignments: Sequence[Assignment]) -> list[Assignment]:
    """Uppdrag of tables and of lists in page order, numbered once."""
    ordered = sorted(assignments, key=lambda a: (a.page or 0, a.bbox[1] if a.bbox else 0.0))
    return [a.model_copy(update={"id": f"assignment-{n}"}) for n, a in enumerate(ordered, 1)]


def _follow_up_heading(layout: LayoutDocument) -> bool:
    """Whether a heading of the document opens a goal or assignment section."""
    return any(section_kind(heading.title) in _FOLLOW_UP_KINDS for heading in layout.headings)


def _not_a_follow_up(tables: Sequence[Table]) -> FollowUp:
    warning = ReportWarning(
        code="not-a-follow-up-report",
        message="no report type, status legend, goal or assignment table or heading found: "
        "goals, indicators and assignments were not read",
    )
    return FollowUp(list(tables), [], [], [], [warning])

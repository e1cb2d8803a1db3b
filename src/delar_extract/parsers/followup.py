"""The follow-up part of a report: legends, goals, indicators and assignments.

Runs the legend parser first (its palettes are how the others read colours),
then the assignment and goal parsers, and gives the tables they claimed their
kind; tables nobody claimed stay ``unknown`` for the budget parser.
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
    ReportWarning,
    Table,
    TableKind,
)
from delar_extract.parsers.assignments import AssignmentParser
from delar_extract.parsers.goals import GoalParser
from delar_extract.parsers.legend import LegendParser
from delar_extract.parsers.stream import layout_to_reading_order


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
        goals = GoalParser(legends).parse(layout, sorted(assignments.tables), order)
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
            assignments=assignments.assignments,
            warnings=[*goals.warnings, *assignments.warnings],
        )

"""Legends this template adds: what its status colours mean, where the data has none.

An office that draws statuses as coloured shapes explains them in a small
"Status | Färg" table under the first table or list that uses them. The
legend is added to the printed copy of the data (see
:func:`delar_samples.producers.reportlab.printed`), so the expected JSON has
it as a legend table too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from delar_samples.spec import (
    AssignmentTable,
    Block,
    Goal,
    GoalSections,
    GoalSummaryTable,
    IndicatorTable,
    Legend,
    LegendEntry,
    SampleDoc,
    Slide,
    Status,
)

# The template's own words for a status, when the data prints none.
WORDS = {
    "fulfilled": "Uppfyllt",
    "partially_fulfilled": "Delvis uppfyllt",
    "not_fulfilled": "Ej uppfyllt",
    "no_data": "Uppgift saknas",
    "not_assessable": "Kan ej bedömas",
    "on_track": "Enligt plan",
    "ongoing": "Pågår",
    "delayed": "Försenat",
    "completed": "Genomfört",
    "completed_with_deviation": "Genomfört med avvikelse",
    "partially_completed": "Delvis genomfört",
    "not_started": "Ej påbörjat",
    "cancelled": "Avbrutet",
}


@dataclass
class ShapedLegend(Legend):
    """A legend whose swatches have the shape of the statuses it explains."""

    shape: str = "circle"


def _goal_statuses(goal: Goal) -> Iterator[Status | None]:
    yield goal.status
    for indicator in goal.indicators:
        yield indicator.status
    for child in goal.children:
        yield from _goal_statuses(child)


def _drawn(block: Block) -> tuple[str, list[Status]] | None:
    """("assessment" | "assignment", statuses drawn in colour) of a block, if any."""
    if isinstance(block, AssignmentTable):
        statuses: list[Status | None] = [row.status for row in block.rows]
        kind = "assignment"
    elif isinstance(block, GoalSummaryTable | GoalSections | IndicatorTable):
        statuses = [s for goal in block.goals for s in _goal_statuses(goal)]
        kind = "assessment"
    else:
        return None
    coloured = [s for s in statuses if s is not None and s.color]
    return (kind, coloured) if coloured and block.status_style != "none" else None


def _legend(kind: str, statuses: list[Status]) -> ShapedLegend:
    entries: dict[tuple[str, str], LegendEntry] = {}
    for status in statuses:
        assert status.color is not None
        label = status.label or WORDS.get(status.status, status.status)
        entries.setdefault((status.status, status.color), LegendEntry(label, status.color))
    if kind == "assignment":
        return ShapedLegend("Status uppdrag", list(entries.values()), shape="square")
    return ShapedLegend("Bedömning", list(entries.values()))


def _containers(blocks: list[Block]) -> Iterator[list[Block]]:
    yield blocks
    for block in blocks:
        if isinstance(block, Slide):
            yield from _containers(block.blocks)


def add_legends(doc: SampleDoc) -> None:
    """Put a legend after the first block of each kind that draws coloured statuses,
    unless the data has a legend (the data's legends explain assessments)."""
    containers = list(_containers(doc.blocks))
    has_legend = any(isinstance(b, Legend) for c in containers for b in c)
    for kind in ("assessment", "assignment"):
        if kind == "assessment" and has_legend:
            continue
        statuses = [
            s
            for c in containers
            for b in c
            if (drawn := _drawn(b)) is not None and drawn[0] == kind
            for s in drawn[1]
        ]
        first = next(
            (
                (c, i)
                for c in containers
                for i, b in enumerate(c)
                if (drawn := _drawn(b)) is not None and drawn[0] == kind
            ),
            None,
        )
        if first is not None:
            container, index = first
            container.insert(index + 1, _legend(kind, statuses))

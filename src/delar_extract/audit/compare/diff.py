"""Compare two reports: every goal, indicator, assignment and table row, with a summary."""

from __future__ import annotations

from pathlib import Path

from delar_extract.audit.compare.items import assignments_diff, goals_diff, indicators_diff
from delar_extract.audit.compare.match import DEFAULT_THRESHOLD
from delar_extract.audit.compare.model import (
    Comparison,
    ItemDiff,
    ItemKind,
    KindSummary,
    MatchState,
    ReportRef,
)
from delar_extract.audit.compare.tables import TEXT_KINDS, table_rows_diff
from delar_extract.model import Report


def _ref(report: Report, name: str) -> ReportRef:
    return ReportRef(
        file=name,
        source=report.source.file,
        title=report.document.title,
        report_type=str(report.document.report_type),
        year=report.document.year,
        period=report.document.period.label,
    )


def _counts(report: Report) -> dict[ItemKind, int]:
    return {
        ItemKind.GOAL: len(report.goals),
        ItemKind.INDICATOR: len(report.indicators),
        ItemKind.ASSIGNMENT: len(report.assignments),
        ItemKind.TABLE_ROW: sum(len(t.rows) for t in report.tables if t.kind not in TEXT_KINDS),
    }


def summarise(items: list[ItemDiff], old: Report, new: Report) -> list[KindSummary]:
    """Counts per kind of item."""
    counts_old, counts_new = _counts(old), _counts(new)
    summary = []
    for kind in ItemKind:
        mine = [d for d in items if d.kind == kind]
        matched = [d for d in mine if d.state == MatchState.MATCHED]
        summary.append(
            KindSummary(
                kind=kind,
                old=counts_old[kind],
                new=counts_new[kind],
                matched=len(matched),
                unchanged=sum(not d.changes for d in matched),
                changed=sum(bool(d.changes) for d in matched),
                renamed=sum(d.renamed for d in matched),
                status_changed=sum(any(c.field == "status" for c in d.changes) for d in matched),
                added=sum(d.state == MatchState.ADDED for d in mine),
                removed=sum(d.state == MatchState.REMOVED for d in mine),
            )
        )
    return summary


def compare_reports(
    old: Report,
    new: Report,
    threshold: float = DEFAULT_THRESHOLD,
    old_name: str | None = None,
    new_name: str | None = None,
) -> Comparison:
    """What changed from ``old`` to ``new`` (deterministic: same inputs, same result)."""
    goals, goal_pairs = goals_diff(old, new, threshold)
    items = [
        *goals,
        *indicators_diff(old, new, threshold, goal_pairs),
        *assignments_diff(old, new, threshold),
        *table_rows_diff(old, new),
    ]
    return Comparison(
        old=_ref(old, old_name or Path(old.source.file).name),
        new=_ref(new, new_name or Path(new.source.file).name),
        threshold=threshold,
        summary=summarise(items, old, new),
        items=items,
    )

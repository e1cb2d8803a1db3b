"""compare: planted changes are all reported, nothing unchanged is reported as changed.

The pairs are built from the samples' expected JSON (a report as the data says
it should be) by changing one thing at a time; the year-to-year case runs on
the extraction of samples 001 (årsrapport 2021) and 000 (delårsrapport 2025).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

import pytest

from delar_extract.audit.compare import (
    DEFAULT_THRESHOLD,
    Comparison,
    ItemKind,
    MatchState,
    compare_reports,
    similarity,
)
from delar_extract.audit.compare.render_text import render_text
from delar_extract.model import Report
from tests.conftest import EXPECTED
from tests.samples_cache import sample_report


def expected(name: str) -> Report:
    return Report.model_validate_json((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def changed(comparison: Comparison) -> dict[tuple[ItemKind, str | None], set[str]]:
    """(kind, new title) → fields reported as changed, for every changed pair."""
    return {
        (d.kind, d.title_new): {c.field for c in d.changes} for d in comparison.items if d.changed
    }


def one_sided(comparison: Comparison, state: MatchState) -> list[tuple[ItemKind, str | None]]:
    return [
        (d.kind, d.title_new if state == MatchState.ADDED else d.title_old)
        for d in comparison.items
        if d.state == state
    ]


def assert_counts_add_up(comparison: Comparison) -> None:
    for s in comparison.summary:
        assert s.matched + s.removed == s.old, s
        assert s.matched + s.added == s.new, s
        assert s.unchanged + s.changed == s.matched, s


@pytest.mark.parametrize(
    "name",
    [
        "000_delarsrapport_rs_2025_aug",
        "003_verksamhetsberattelse_rk_2025",
        "004_manadsrapport_rd_2024_jul",
    ],
)
def test_a_report_compared_with_itself_has_no_change(name: str) -> None:
    report = expected(name)
    comparison = compare_reports(report, report.model_copy(deep=True))
    assert changed(comparison) == {}
    assert one_sided(comparison, MatchState.ADDED) == []
    assert one_sided(comparison, MatchState.REMOVED) == []
    assert all(d.similarity == 1.0 for d in comparison.items)
    assert_counts_add_up(comparison)
    assert sum(s.matched for s in comparison.summary) > 0


def test_an_extraction_compared_with_itself_has_no_change() -> None:
    report = sample_report("004_manadsrapport_rd_2024_jul")
    comparison = compare_reports(report, report)
    assert changed(comparison) == {}
    assert not one_sided(comparison, MatchState.ADDED) + one_sided(comparison, MatchState.REMOVED)


def _edit(report: Report, change: Callable[[dict], None]) -> Report:
    data = json.loads(report.model_dump_json())
    change(data)
    return Report.model_validate(data)


def test_planted_changes_are_reported_and_nothing_else() -> None:
    """000: a renamed goal, a changed status, a removed assignment, a moved due date."""
    old = expected("000_delarsrapport_rs_2025_aug")
    goal = next(g for g in old.goals if g.level == "delmal" and len(g.title.split()) > 8)
    renamed = goal.title.replace(goal.title.split()[2], "utveckla", 1) + " under året"
    kept = [a for a in old.assignments if a.due_date is not None]
    status_one, moved, removed = kept[0], kept[1], kept[-1]
    new_status = (
        "delayed" if status_one.status and status_one.status.status != "delayed" else "completed"
    )

    def plant(data: dict) -> None:
        for g in data["goals"]:
            if g["id"] == goal.id:
                g["title"] = renamed
        for a in data["assignments"]:
            if a["id"] == status_one.id:
                a["status"] = {"status": new_status, "label": None, "basis": "text", "color": None}
            if a["id"] == moved.id:
                a["due_date"] = "2026-06-30"
        data["assignments"] = [a for a in data["assignments"] if a["id"] != removed.id]

    new = _edit(old, plant)
    comparison = compare_reports(old, new)
    assert changed(comparison) == {
        (ItemKind.GOAL, renamed): {"title"},
        (ItemKind.ASSIGNMENT, status_one.title): {"status"},
        (ItemKind.ASSIGNMENT, moved.title): {"due_date"},
    }
    assert one_sided(comparison, MatchState.REMOVED) == [(ItemKind.ASSIGNMENT, removed.title)]
    assert one_sided(comparison, MatchState.ADDED) == []
    pair = next(d for d in comparison.items if d.title_new == renamed)
    assert pair.renamed and pair.title_old == goal.title
    assert DEFAULT_THRESHOLD <= pair.similarity < 1  # type: ignore[operator]
    due = next(d for d in comparison.items if d.title_new == moved.title).changes[0]
    assert (
        due.old
        and due.new
        and (due.old.text, due.new.text)
        == (
            moved.due_date.isoformat(),  # type: ignore[union-attr]
            "2026-06-30",
        )
    )
    assert due.delta == (datetime.date(2026, 6, 30) - moved.due_date).days  # type: ignore[operator]
    assert due.old.page == moved.page
    summary = {s.kind: s for s in comparison.summary}
    assert summary[ItemKind.GOAL].renamed == 1
    assert summary[ItemKind.ASSIGNMENT].status_changed == 1
    assert_counts_add_up(comparison)


def test_changed_numbers_are_reported_with_their_delta_and_pages() -> None:
    """003: an indicator outcome; 004: one budget cell."""
    old = expected("003_verksamhetsberattelse_rk_2025")
    target = next(i for i in old.indicators if i.outcome and i.outcome.value is not None)

    def bump(data: dict) -> None:
        for i in data["indicators"]:
            if i["id"] == target.id:
                i["outcome"]["value"] += 5
                i["outcome"]["label"] = "changed"

    comparison = compare_reports(old, _edit(old, bump))
    assert changed(comparison) == {(ItemKind.INDICATOR, target.name): {"outcome"}}
    change = next(d for d in comparison.items if d.changed).changes[0]
    assert change.delta == pytest.approx(5)

    old = expected("004_manadsrapport_rd_2024_jul")
    table = next(t for t in old.tables if t.kind == "driftredovisning")
    row = next(r for r in table.rows if r.cells[0].value is not None)

    def edit_cell(data: dict) -> None:
        for t in data["tables"]:
            if t["id"] == table.id:
                for r in t["rows"]:
                    if r["label"] == row.label:
                        r["cells"][0]["value"] -= 12.5
                        r["cells"][0]["text"] = "edited"

    comparison = compare_reports(old, _edit(old, edit_cell))
    assert list(changed(comparison)) == [(ItemKind.TABLE_ROW, row.label)]
    pair = next(d for d in comparison.items if d.changed)
    assert [(c.label, c.delta) for c in pair.changes] == [(table.columns[0].label, -12.5)]
    assert pair.changes[0].old is not None and pair.changes[0].old.page == row.page


def _shift_years(data: dict, years: int) -> None:
    """The same report a year later: periods move, the numbers stay."""
    period = data["document"]["period"]
    data["document"]["year"] += years
    for key in ("start", "end"):
        period[key] = str(int(period[key][:4]) + years) + period[key][4:]
    for table in data["tables"]:
        for column in table["columns"]:
            p = column["period"]
            if p:
                head, _, rest = p.rpartition(" ")
                year = int(rest[:4]) + years
                column["period"] = (head + " " if head else "") + str(year) + rest[4:]


def test_columns_line_up_by_period_relative_to_each_report() -> None:
    """'Utfall 2024' of a 2024 report sits beside 'Utfall 2025' of a 2025 report."""
    old = expected("004_manadsrapport_rd_2024_jul")
    new = _edit(old, lambda d: _shift_years(d, 1))
    comparison = compare_reports(old, new)
    assert changed(comparison) == {}
    rows = [d for d in comparison.items if d.kind == ItemKind.TABLE_ROW]
    assert rows and all(d.state == MatchState.MATCHED for d in rows)


def test_year_to_year_on_the_samples() -> None:
    """001 (årsrapport 2021) → 000 (delårsrapport 2025): other goals, a few renamed
    indicators; each match shows its similarity, and the text output shows it too."""
    old, new = (
        sample_report("001_arsrapport_rs_2021"),
        sample_report("000_delarsrapport_rs_2025_aug"),
    )
    comparison = compare_reports(old, new)
    assert_counts_add_up(comparison)
    matched = [d for d in comparison.items if d.state == MatchState.MATCHED]
    assert matched, "the two years share some indicators"
    for pair in matched:
        assert pair.similarity is not None and pair.similarity >= DEFAULT_THRESHOLD
        assert pair.similarity == similarity(pair.title_old, pair.title_new)
        assert pair.renamed == (pair.similarity < 1 or pair.title_old != pair.title_new)
    text = render_text(comparison, width=200)
    for pair in matched:
        assert f"{pair.similarity:.2f}" in text
    # 2025's goals are new ones ("Mål 1. Trygga uppväxtvillkor" is no renamed 2021 "Mål 1.")
    goal_pairs = [d for d in matched if d.kind == ItemKind.GOAL]
    assert all(d.similarity and d.similarity >= DEFAULT_THRESHOLD for d in goal_pairs)


def test_similarity_ignores_numbering_case_and_punctuation() -> None:
    assert similarity("Mål 4. Tillgänglig vård", "mål 7 tillgänglig vård") == 1.0
    assert similarity("Antal digitala vårdmöten", "Antal digitala vårdbesök") < 1.0
    assert similarity("Nettoinflyttning", "Riskkonsumtion av alkohol") < DEFAULT_THRESHOLD

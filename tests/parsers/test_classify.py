"""One classification pass: each table claimed once, by id, with its role."""

from __future__ import annotations

from delar_extract.layout.tables import TableBlock
from delar_extract.model import Document, ReportType, TableKind
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.pdf.objects import Box, PageContent
from tests.parsers.builders import content, document, fill, grid, line

EDGES = [50.0, 200.0, 300.0, 400.0]
DOC = Document(report_type=ReportType.DELARSRAPPORT)
UNKNOWN = Document(report_type=ReportType.UNKNOWN)


def _tables() -> list[TableBlock]:
    legend = grid([["Status", "Färg"], ["Målet uppfylls helt", ""]], EDGES[:3], top=50)
    assignments = grid([["Uppdrag", "Status"], ["Minska resorna", "Klar"]], EDGES[:3], top=150)
    indicators = grid(
        [["Indikator", "Utfall 2025", "Mål 2025"], ["Andel nöjda", "80", "90"]], EDGES, top=250
    )
    goals = grid([["Regionmål", "Delmål", "Prognos"], ["Mål 1", "Delmål 1", "Uppnått"]], EDGES, 350)
    budget = grid([["Mnkr", "Budget", "Utfall"], ["Skatteintäkter", "10", "12"]], EDGES, top=450)
    return [legend, assignments, indicators, goals, budget]


def _page() -> PageContent:
    return content(rects=[fill(Box(200, 90, 300, 130), "#3AA655")])


def test_every_table_is_claimed_once_with_its_role_and_id() -> None:
    claims = layout_to_claims(document([_page()], tables=_tables()), DOC)
    assert claims.follow_up
    assert [(c.id, c.role) for c in claims.tables] == [
        ("table-1", TableKind.LEGEND),
        ("table-2", TableKind.ASSIGNMENTS),
        ("table-3", TableKind.INDICATORS),
        ("table-4", TableKind.GOALS),
        ("table-5", TableKind.RESULTAT),
    ]
    assert all(c.table.id == c.id and c.table.kind == c.role for c in claims.tables)
    assert [c.id for c in claims.of(TableKind.GOALS, TableKind.LEGEND)] == ["table-1", "table-4"]


def test_a_legend_without_swatches_is_no_legend_nor_an_assignment_table() -> None:
    claims = layout_to_claims(document([content()], tables=_tables()[:1]), DOC)
    assert [c.role for c in claims.tables] == [TableKind.UNKNOWN]


def test_without_a_type_a_follow_up_table_is_evidence_enough() -> None:
    claims = layout_to_claims(document([_page()], tables=_tables()[1:2]), UNKNOWN)
    assert claims.follow_up and claims.tables[0].role == TableKind.ASSIGNMENTS


def test_without_a_type_or_follow_up_evidence_tables_get_budget_roles_only() -> None:
    budget = _tables()[4]
    claims = layout_to_claims(document([content()], tables=[budget]), UNKNOWN)
    assert not claims.follow_up and claims.tables[0].role == TableKind.RESULTAT
    heading = line("Uppdrag", 50, 20, size=14, bold=True)
    layout = document([content()], [[heading]], [budget], headings=[heading])
    assert layout_to_claims(layout, UNKNOWN).follow_up


def test_report_tables_take_the_finished_table_by_id() -> None:
    claims = layout_to_claims(document([_page()], tables=_tables()), DOC)
    finished = claims.tables[4].table.model_copy(update={"title": "Resultaträkning"})
    tables = claims.report_tables({"table-5": finished})
    assert [t.id for t in tables] == [f"table-{i}" for i in range(1, 6)]
    assert tables[4].title == "Resultaträkning" and tables[0].title is None

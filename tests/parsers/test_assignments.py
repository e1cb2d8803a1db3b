"""Uppdrag and aktiviteter: any column order, wrapped labels, colours, page breaks."""

from __future__ import annotations

import datetime

from delar_extract.layout.objects import LayoutDocument
from delar_extract.layout.tables import stitch
from delar_extract.model import Document, TableKind
from delar_extract.model.vocab import AssignmentStatusValue, Basis, ReportType
from delar_extract.parsers.assignments import (
    AssignmentParser,
    AssignmentResult,
    heading_to_parties,
    split_title,
    table_to_roles,
)
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.pdf.objects import Box
from tests.parsers.builders import content, document, fill, grid, icon, line
from tests.samples_cache import sample_report

DOC = Document(
    organisation="Region Västerbotten", body="Regionstyrelsen", report_type=ReportType.DELARSRAPPORT
)
EDGES = [50.0, 130.0, 260.0, 460.0, 545.0]
HEADER = ["Status", "Uppdrag", "Analys", "Periodicitet och slutdatum"]


def _first(layout: LayoutDocument) -> AssignmentResult:
    claims = layout_to_claims(layout, DOC)
    return AssignmentParser().parse(layout, DOC, claims.of(TableKind.ASSIGNMENTS))


def _roles(layout: LayoutDocument) -> list[TableKind]:
    return [claim.role for claim in layout_to_claims(layout, DOC).tables]


def test_stratsys_table_with_wrapped_status_title_recipient_and_due_date() -> None:
    table = grid(
        [
            HEADER,
            [
                ["Klar med", "avvikelse"],
                ["Minska", "hyrberoendet", "Riktas till hälso- och", "sjukvårdsnämnden"],
                ["Nya arbetssätt har börjat sätta sig."],
                ["Tertial: aug, dec", "2025-12-31"],
            ],
        ],
        EDGES,
        height=60,
    )
    heading = line("Uppdrag från fullmäktige till nämnd", 50, 80, bold=True)
    page = content(images=[icon(52, 162, "#F08828")])
    layout = document([page], [[heading]], [table])
    result = _first(layout)
    (assignment,) = result.assignments
    assert assignment.title == "Minska hyrberoendet"
    assert assignment.directed_to == "hälso- och sjukvårdsnämnden"
    assert assignment.issuer == "regionfullmäktige"
    assert assignment.status is not None
    assert (assignment.status.status, assignment.status.label, assignment.status.basis) == (
        AssignmentStatusValue.COMPLETED_WITH_DEVIATION,
        "Klar med avvikelse",
        Basis.TEXT_COLOR,
    )
    assert assignment.periodicity == "Tertial: aug, dec"
    assert assignment.due_date == datetime.date(2025, 12, 31)
    assert _roles(layout) == [TableKind.ASSIGNMENTS] and not result.warnings


def test_columns_in_another_order_with_refs_in_titles() -> None:
    table = grid(
        [
            ["Uppdrag", "Ansvarig", "Status", "Kommentar"],
            ["(RF7) Prioritera digital teknik.", "Samtliga CB", "Genomfört", "Tre processer."],
            ["(RF8) Stärka arbetet mot våld.", "Regionstaben", "Planenligt", "Pågår."],
        ],
        EDGES,
    )
    result = _first(document([content()], tables=[table]))
    first, second = result.assignments
    assert (first.ref, first.title, first.responsible) == (
        "RF7",
        "Prioritera digital teknik.",
        "Samtliga CB",
    )
    assert first.issuer == "regionfullmäktige"
    assert first.status is not None and first.status.status == AssignmentStatusValue.COMPLETED
    assert second.status is not None and second.status.status == AssignmentStatusValue.ON_TRACK
    assert (first.comment, first.due_date) == ("Tre processer.", None)


def test_activity_table_takes_its_ref_from_the_number_column() -> None:
    table = grid(
        [
            ["Nr", "Aktivitet", "Ansvarig", "Status", "Kommentar"],
            ["Inriktning HR", "Förlängt arbetsliv.", "CHR", "Delvis genomfört", "Kartlagt."],
        ],
        [50.0, 120.0, 300.0, 360.0, 440.0, 545.0],
    )
    (activity,) = _first(document([content()], tables=[table])).assignments
    assert (activity.ref, activity.issuer, activity.responsible) == ("Inriktning HR", None, "CHR")
    assert activity.status is not None
    assert activity.status.status == AssignmentStatusValue.PARTIALLY_COMPLETED


def test_colour_only_status_in_a_cell() -> None:
    table = grid(
        [
            ["Rapport Ansvarig", "Uppdrag", "Status", "Kommentar/status"],
            ["Johan", "Fullmäktige: Minska administrativa kostnader", "", "Sprint 1 klar."],
            ["Sara", "Fullmäktige: Minska hyrberoendet", "", "Ökade kostnader."],
        ],
        EDGES,
    )
    cells = [fill(Box(260, 140, 460, 180), "#3AA655"), fill(Box(260, 180, 460, 220), "#D7263D")]
    heading = line("Statusrapport fullmäktigeuppdraget", 50, 40, size=20, bold=True)
    result = _first(document([content(rects=cells)], [[heading]], [table]))
    statuses = [(a.status.status, a.status.basis) for a in result.assignments if a.status]
    assert statuses == [
        (AssignmentStatusValue.ON_TRACK, Basis.COLOR),
        (AssignmentStatusValue.DELAYED, Basis.COLOR),
    ]
    assert [a.issuer for a in result.assignments] == ["regionfullmäktige"] * 2
    assert result.assignments[0].comment == "Sprint 1 klar."


def test_commentary_naming_an_item_makes_its_colour_precise() -> None:
    table = grid([["Initiativ", "Status"], ["IA", "●"], ["Tessa", "●"]], [50.0, 300.0, 400.0])
    glyphs = [
        line("●", 305, 143, color="#F2C500").words[0],
        line("●", 305, 183, color="#3AA655").words[0],
    ]
    prose = [line("• Några initiativ ligger efter plan såsom IA och MDR.", 50, 300)]
    result = _first(document([content(words=glyphs)], [prose], [table]))
    statuses = [a.status.status for a in result.assignments if a.status]
    assert statuses == [AssignmentStatusValue.DELAYED, AssignmentStatusValue.ON_TRACK]
    assert all(a.status and a.status.label is None for a in result.assignments)


def test_a_row_continued_on_the_next_page_is_one_assignment() -> None:
    first = grid(
        [HEADER, ["Pågående", "Minska hyrberoendet", "Nya arbetssätt har", "2025-12-31"]],
        EDGES,
        top=600,
        page=1,
    )
    rest = grid(
        [HEADER, [None, "", "börjat ge resultat.", ""], ["Klar", "Minska resor", "Klart.", ""]],
        EDGES,
        top=60,
        page=2,
    )
    stitched = stitch(first, rest)
    layout = document([content(1), content(2)], tables=[stitched])
    result = _first(layout)
    assert [a.title for a in result.assignments] == ["Minska hyrberoendet", "Minska resor"]
    assert result.assignments[0].comment == "Nya arbetssätt har börjat ge resultat."


def test_tables_without_assignment_columns_are_left_alone() -> None:
    deviation = grid(
        [["Avvikelseområde", "Analys - orsak", "Aktivitet för att komma till rätta"]],
        [50.0, 200.0, 400.0, 545.0],
    )
    effects = grid(
        [["Aktivitet/projekt", "Tidplan", "Beräknad effekt", "Kommentar"]],
        [50.0, 200.0, 300.0, 400.0, 545.0],
    )
    assert table_to_roles(deviation) is None and table_to_roles(effects) is None


def test_heading_names_issuer_and_recipient() -> None:
    parties = heading_to_parties("Uppdrag från nämnd till förvaltning", DOC)
    assert (parties.issuer, parties.recipient) == ("regionstyrelsen", "regionförvaltningen")
    other = heading_to_parties("Uppdrag från nämnd till beredning folkhälsa", DOC)
    assert other.recipient == "beredning folkhälsa"
    assert heading_to_parties("Status utvecklingsportföljerna", DOC).issuer is None


def test_title_ref_at_the_end() -> None:
    title, ref, directed = split_title([line("Minska tjänsteresorna (KF12)", 50, 100)])
    assert (title, ref, directed) == ("Minska tjänsteresorna", "KF12", None)


def test_sample_000_row_broken_across_pages() -> None:
    report = sample_report("000_delarsrapport_rs_2025_aug")
    (hired,) = [a for a in report.assignments if a.title == "Minska hyrberoendet"]
    assert hired.comment is not None
    assert hired.comment.startswith("Nya arbetssätt") and hired.comment.endswith("3,81%")
    assert len(report.assignments) == 8

"""Uppdrag written as lists or paragraphs: a title, then "Status:", "Slutdatum:" … lines."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import pytest

from delar_extract.layout.objects import Line
from delar_extract.model import Assignment, Document, ReportType, TableKind
from delar_extract.model.vocab import AssignmentStatusValue
from delar_extract.parsers.assignment_lists import (
    AssignmentListParser,
    split_fields,
    split_ref,
)
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.parsers.followup import FollowUpParser
from delar_extract.parsers.goals import GoalParser
from tests.parsers.builders import content, document, grid, line

DOC = Document(
    organisation="Exempelby kommun", body="Kulturnämnden", report_type=ReportType.ARSREDOVISNING
)
UPPDRAG = line("Uppdrag från kommunfullmäktige", 50, 60, size=14, bold=True)


def _lines(spec: Sequence[tuple[str, bool] | None], top: float = 90.0) -> list[Line]:
    """Lines 12 pt apart; ``None`` leaves a paragraph gap."""
    lines = []
    for item in spec:
        if item is None:
            top += 12
            continue
        text, bold = item
        lines.append(line(text, 50, top, bold=bold))
        top += 12
    return lines


def _assignments(lines: Sequence[Line], headings: Sequence[Line] = (UPPDRAG,)) -> list[Assignment]:
    layout = document([content()], [[*headings, *lines]], headings=headings)
    claims = layout_to_claims(layout, DOC)
    blocks = claims.blocks_of(TableKind.ASSIGNMENTS)
    return AssignmentListParser().parse(layout, DOC, blocks).assignments


def test_bold_titles_with_field_lines_and_a_comment_paragraph() -> None:
    lines = _lines(
        [
            ("Uppdrag 1: Utreda öppettider på biblioteken", True),
            ("Status: Pågår", False),
            ("Slutdatum: 2025-12-31", False),
            ("Återrapportering: Tertial 2", False),
            None,
            ("Utredningen beräknas vara klar i", False),
            ("november.", False),
            None,
            ("Ta fram en plan för kulturskolan", True),
            ("Status: Ej påbörjad", False),
            ("Klart: 2026-06-30", False),
            ("Ansvarig: Kulturchef", False),
        ]
    )
    first, second = _assignments(lines)
    assert (first.ref, first.title) == ("Uppdrag 1", "Utreda öppettider på biblioteken")
    assert first.status is not None and first.status.status == AssignmentStatusValue.ONGOING
    assert first.status.label == "Pågår"
    assert (first.due_date, first.periodicity) == (datetime.date(2025, 12, 31), "Tertial 2")
    assert first.comment == "Utredningen beräknas vara klar i november."
    assert first.issuer == "kommunfullmäktige"
    assert (first.id, second.id) == ("assignment-1", "assignment-2")
    assert second.title == "Ta fram en plan för kulturskolan"
    assert second.status is not None and second.status.status == AssignmentStatusValue.NOT_STARTED
    assert (second.due_date, second.responsible) == (datetime.date(2026, 6, 30), "Kulturchef")
    assert second.comment is None


def test_list_items_with_codes_and_a_paragraph_with_inline_fields() -> None:
    lines = _lines(
        [
            ("• KF 2024-05 Minska energianvändningen i lokaler", False),
            ("Status: Genomförd", False),
            ("Slutdatum: 2025-06-30", False),
            None,
            ("Digitalisera föreningsbidragen. Status: Försenad. Slutdatum:", False),
            ("2025-09-30. Kommentar: Upphandlingen drog ut på tiden.", False),
        ]
    )
    coded, inline = _assignments(lines)
    assert (coded.ref, coded.title) == ("KF 2024-05", "Minska energianvändningen i lokaler")
    assert coded.issuer == "kommunfullmäktige"
    assert coded.status is not None and coded.status.status == AssignmentStatusValue.COMPLETED
    assert inline.title == "Digitalisera föreningsbidragen"
    assert inline.status is not None and inline.status.status == AssignmentStatusValue.DELAYED
    assert inline.due_date == datetime.date(2025, 9, 30)
    assert inline.comment == "Upphandlingen drog ut på tiden."


def test_plain_titles_one_after_another() -> None:
    lines = _lines(
        [
            ("Utreda taxorna", False),
            ("Status: Avvaktar", False),
            ("Slutdatum: 2025-03-31", False),
            None,
            ("Se över lokalerna", False),
            ("Status: Vilande", False),
            ("Slutdatum: 2025-04-30", False),
        ]
    )
    titles = [(a.title, a.status.status if a.status else None) for a in _assignments(lines)]
    assert titles == [
        ("Utreda taxorna", AssignmentStatusValue.NOT_STARTED),
        ("Se över lokalerna", AssignmentStatusValue.NOT_STARTED),
    ]


@pytest.mark.parametrize(
    "spec",
    [
        # Outside an uppdrag section a status alone is not enough ...
        [("Projektets läge", True), ("Status: Pågår", False)],
        # ... nor a status the vocabulary does not name, with a date.
        [
            ("Mål 1 Fler besökare", True),
            ("Status: Delvis uppfyllt", False),
            ("Klart: 2025-12-31", False),
        ],
        # A label inside a sentence is no field.
        [("Arbetet fortsätter och projektets status: pågår enligt plan.", False)],
    ],
)
def test_outside_an_uppdrag_section_the_evidence_must_be_strong(
    spec: list[tuple[str, bool]],
) -> None:
    personal = line("Personal", 50, 60, size=14, bold=True)
    assert _assignments(_lines(spec), headings=[personal]) == []


def test_outside_an_uppdrag_section_a_named_status_and_a_date_qualify() -> None:
    personal = line("Personal", 50, 60, size=14, bold=True)
    lines = _lines(
        [("Införa heltid som norm", True), ("Status: Pågår", False), ("Klart: 2026-12-31", False)]
    )
    (assignment,) = _assignments(lines, headings=[personal])
    assert assignment.title == "Införa heltid som norm" and assignment.issuer is None


def test_rows_of_a_table_are_never_list_assignments() -> None:
    table = grid(
        [["Mnkr", "Budget", "Utfall"], ["Status: Pågår", "1", "2"], ["Slutdatum: 2025", "3", "4"]],
        [50.0, 200.0, 300.0, 400.0],
        top=200,
    )
    layout = document([content()], [[UPPDRAG]], [table], headings=[UPPDRAG])
    claims = layout_to_claims(layout, DOC)
    assert claims.blocks == ()
    assert [c.role for c in claims.tables] == [TableKind.OTHER]
    assert FollowUpParser().parse(layout, claims, DOC).assignments == []


def test_a_claimed_item_is_no_goal() -> None:
    # A bold title followed by a status-like line would open a goal section;
    # claimed as an uppdrag, it is left to the uppdrag parser.
    lines = _lines([("Minska hyrberoendet", True), ("Status: Pågår", False)])
    layout = document([content()], [[UPPDRAG, *lines]], headings=[UPPDRAG])
    claims = layout_to_claims(layout, DOC)
    assert len(claims.blocks) == 1
    assert GoalParser().parse(layout, claims).goals == []


def test_split_fields_and_refs() -> None:
    assert split_fields("Status: Pågår") == ("", [("status", "Status", "Pågår")])
    prefix, fields = split_fields("Titel. Status: Försenad. Klart senast: 2025-09-30.")
    assert prefix == "Titel."
    assert fields == [("status", "Status", "Försenad"), ("due", "Klart senast", "2025-09-30")]
    assert split_fields("Kostnader: 12 mnkr i status quo")[1] == []
    assert split_ref("Uppdrag 3: Utreda X") == ("Utreda X", "Uppdrag 3")
    assert split_ref("KF 2024-05 Ta fram en plan") == ("Ta fram en plan", "KF 2024-05")
    assert split_ref("Ta fram en plan 2025") == ("Ta fram en plan 2025", None)


def test_a_heading_wrapped_over_two_lines_is_a_title_when_fields_follow() -> None:
    title = [
        line("Utreda förutsättningarna för ett nytt kulturhus", 50, 90, bold=True),
        line("i centrala staden", 50, 102, bold=True),
    ]
    fields = _lines(
        [
            ("Status: Pågår", False),
            None,
            ("Förstudien är klar.", False),
            ("Klart: december 2026", False),
        ],
        top=114,
    )
    layout = document([content()], [[UPPDRAG, *title, *fields]], headings=[UPPDRAG, title[0]])
    claims = layout_to_claims(layout, DOC)
    (assignment,) = AssignmentListParser().parse(layout, DOC, claims.blocks).assignments
    assert assignment.title == "Utreda förutsättningarna för ett nytt kulturhus i centrala staden"
    assert assignment.issuer == "kommunfullmäktige"  # the section's heading, not the title's
    assert assignment.comment == "Förstudien är klar."
    assert assignment.due_date == datetime.date(2026, 12, 31)


def test_a_section_heading_right_above_a_title_stays_a_heading() -> None:
    heading = line("4.1 Uppdrag från kommunfullmäktige", 50, 76, size=14, bold=True)
    lines = _lines([("Ta fram en biblioteksplan", True), ("Status: Pågår", False)], top=91)
    (assignment,) = _assignments(lines, headings=[heading])
    assert (assignment.title, assignment.issuer) == (
        "Ta fram en biblioteksplan",
        "kommunfullmäktige",
    )


def test_list_items_and_table_rows_are_numbered_in_reading_order() -> None:
    table = grid([["Uppdrag", "Status"], ["Minska resorna", "Klar"]], [50.0, 300.0, 400.0], top=100)
    lines = _lines([("Utreda taxorna", True), ("Status: Pågår", False)], top=300)
    layout = document([content()], [[UPPDRAG, *lines]], [table], headings=[UPPDRAG])
    followup = FollowUpParser().parse(layout, layout_to_claims(layout, DOC), DOC)
    assert [(a.id, a.title) for a in followup.assignments] == [
        ("assignment-1", "Minska resorna"),
        ("assignment-2", "Utreda taxorna"),
    ]
    lower = grid([["Uppdrag", "Status"], ["Minska resorna", "Klar"]], [50.0, 300.0, 400.0], 500)
    layout = document([content()], [[UPPDRAG, *lines]], [lower], headings=[UPPDRAG])
    followup = FollowUpParser().parse(layout, layout_to_claims(layout, DOC), DOC)
    assert [a.title for a in followup.assignments] == ["Utreda taxorna", "Minska resorna"]

"""Uppdrag written as lists: a title, then "Status: …" and "Slutdatum: …" lines."""

from __future__ import annotations

import json

from delar_extract.parsers.assignment_list import find_items
from delar_extract.parsers.stream import StreamItem
from tests.conftest import EXPECTED
from tests.parsers.builders import line
from tests.samples_cache import sample_report

LIST_SAMPLE = "007_verksamhetsberattelse_kulturnamnden_2025"


def _stream(*lines: tuple[str, float, bool]) -> list[StreamItem]:
    return [StreamItem(line=line(text, 60, top, bold=bold)) for text, top, bold in lines]


def test_title_status_and_date_lines_make_one_item() -> None:
    stream = _stream(
        ("Ta fram en biblioteksplan", 100, True),
        ("Status: Pågår", 113, False),
        ("Slutdatum: 2025-12-31", 126, False),
        ("Ett förslag har varit på remiss.", 139, False),
        ("Se över taxor och avgifter", 165, True),
        ("Status: Genomförd", 178, False),
    )
    items = find_items(stream)
    assert [" ".join(ln.text for ln in i.title) for i in items] == [
        "Ta fram en biblioteksplan",
        "Se över taxor och avgifter",
    ]
    assert items[0].fields["due"][0] == "2025-12-31"
    assert "due" not in items[1].fields


def test_a_goal_assessment_line_is_no_assignment() -> None:
    """ "Bedömning: Uppfyllt" names a goal's status, not an uppdrag's."""
    stream = _stream(
        ("Fler invånare tar del av kulturutbudet", 100, True),
        ("Bedömning: Uppfyllt", 113, False),
        ("Pågående: kartläggning av befintliga system.", 140, False),
    )
    assert find_items(stream) == []


def test_sample_list_assignments_match_the_expected() -> None:
    expected = json.loads((EXPECTED / f"{LIST_SAMPLE}.json").read_text(encoding="utf-8"))
    found = {
        a.title: (
            a.status.status.value if a.status else None,
            a.due_date and a.due_date.isoformat(),
        )
        for a in sample_report(LIST_SAMPLE).assignments
    }
    wanted = {a["title"]: (a["status"]["status"], a["due_date"]) for a in expected["assignments"]}
    assert found == wanted


def test_several_fields_on_one_line_and_a_two_word_label() -> None:
    stream = _stream(
        ("Införa meröppna bibliotek", 100, True),
        ("Status: Försenad Klart senast: 2025-10-31 Ansvarig: Kulturchef", 113, False),
    )
    (item,) = find_items(stream)
    assert {role: value for role, (value, _) in item.fields.items()} == {
        "status": "Försenad",
        "due": "2025-10-31",
        "responsible": "Kulturchef",
    }

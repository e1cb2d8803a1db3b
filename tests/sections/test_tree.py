"""The heading tree: numbered headings of the reports, kinds by vocabulary."""

from __future__ import annotations

import json

import pytest

from delar_extract.layout.objects import Heading
from delar_extract.model import Report, SectionKind
from delar_extract.pdf.objects import Box
from delar_extract.sections.tree import inherit_kinds, part_headings, section_kind
from tests.conftest import EXPECTED, SAMPLES, extract_sample


@pytest.mark.parametrize("stem", ["000_delarsrapport_rs_2025_aug", "001_arsrapport_rs_2021"])
def test_every_numbered_heading_with_its_page_range(stem: str) -> None:
    expected = Report.model_validate(json.loads((EXPECTED / f"{stem}.json").read_text("utf-8")))
    got = {
        (s.number, s.title): (s.page_start, s.page_end)
        for s in extract_sample(SAMPLES / f"{stem}.pdf").sections
    }
    numbered = [s for s in expected.sections if s.number]
    assert len(numbered) >= 9
    for section in numbered:
        assert got.get((section.number, section.title)) == (section.page_start, section.page_end), (
            section
        )


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Sammanfattning", SectionKind.SAMMANFATTNING),
        ("Driftredovisning", SectionKind.DRIFTREDOVISNING),
        ("Investeringsredovisning", SectionKind.INVESTERINGAR),
        ("Väsentliga personalförhållanden", SectionKind.PERSONAL),
        ("Uppföljning av fullmäktiges uppdrag", SectionKind.UPPDRAG),
        ("God ekonomisk hushållning och ekonomisk ställning", SectionKind.MALUPPFYLLELSE),
        ("Något helt annat", SectionKind.OTHER),
    ],
)
def test_section_kind_by_vocabulary(title: str, kind: SectionKind) -> None:
    assert section_kind(title) == kind


def test_weak_kinds_inherit_from_their_parent() -> None:
    kinds = inherit_kinds(
        [
            (2, SectionKind.MALUPPFYLLELSE),  # 2.2 God ekonomisk hushållning
            (3, SectionKind.SAMMANFATTNING),  # Sammanfattning (of the goals)
            (3, SectionKind.UPPDRAG),  # Uppföljning av fullmäktiges uppdrag
            (1, SectionKind.DRIFTREDOVISNING),  # 3 Driftredovisning
            (2, SectionKind.OTHER),  # 3.2 Analys av större avvikelser
        ]
    )
    assert kinds == [
        SectionKind.MALUPPFYLLELSE,
        SectionKind.MALUPPFYLLELSE,
        SectionKind.UPPDRAG,
        SectionKind.DRIFTREDOVISNING,
        SectionKind.DRIFTREDOVISNING,
    ]


def test_headings_that_title_a_goal_open_no_section() -> None:
    box = Box(50, 100, 300, 112)
    headings = [
        Heading(None, "Uppföljning av regionmål", 3, 4, box),
        Heading(None, "Mål 1. Trygga  uppväxtvillkor", 3, 4, box),
        Heading("2.3", "Hållbart samhälle", 2, 9, box),  # numbered: a part of the report
        Heading(None, "Uppföljning av fullmäktiges uppdrag", 3, 10, box),
    ]
    kept = part_headings(headings, ["mål 1. trygga uppväxtvillkor", "Hållbart samhälle"])
    assert [h.title for h in kept] == [
        "Uppföljning av regionmål",
        "Hållbart samhälle",
        "Uppföljning av fullmäktiges uppdrag",
    ]

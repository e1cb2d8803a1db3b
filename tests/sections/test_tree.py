"""The heading tree: numbered headings of the reports, kinds by vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delar_extract.layout.objects import Heading
from delar_extract.model import Report, SectionKind
from delar_extract.pdf.objects import Box
from delar_extract.sections.dividers import divider_kinds
from delar_extract.sections.tree import (
    content_kind,
    inherit_kinds,
    outlook_title,
    part_headings,
    section_kind,
)
from tests.conftest import EXPECTED, SAMPLES, extract_sample, sample_pdfs


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
        # Synonyms other reports use.
        ("Medarbetarnöjdhet", SectionKind.PERSONAL),
        ("Avtalsrörelse 2024", SectionKind.PERSONAL),
        ("Uppföljning kapitalförvaltning juli 2024", SectionKind.EKONOMI),
        ("Verksamhetens resultat och budgetavvikelse", SectionKind.EKONOMI),
        ("Väsentliga händelser under året", SectionKind.FORVALTNINGSBERATTELSE),
        ("Intern kontroll", SectionKind.INTERN_KONTROLL),
        # The subject of a title before its measure.
        ("Måluppfyllelse Vårdgaranti 0-90 dagar", SectionKind.TILLGANGLIGHET),
        # Words inside other words name no kind: "Framtidens", "Sektorn hälsa".
        ("Status Program Framtidens Vårdinformationsstöd", SectionKind.OTHER),
        ("Sektorn hälsa vård och omsorg", SectionKind.OTHER),
        # The report's summary, and a summary of one topic.
        ("1.1 Sammanfattning", SectionKind.SAMMANFATTNING),
        ("Året i korthet", SectionKind.SAMMANFATTNING),
        ("Sammanfattning kollektivtrafiken", SectionKind.OTHER),
        ("Sammanfattning personal", SectionKind.PERSONAL),
    ],
)
def test_section_kind_by_vocabulary(title: str, kind: SectionKind) -> None:
    assert section_kind(title) == kind


def test_a_silent_title_is_explained_by_its_subtitle() -> None:
    title = "Mål för sammanslagningen 2022-2025"
    assert section_kind(title) == SectionKind.OTHER
    subtitle = "Förbättrad tillgänglighet för organisationens serviceflöden 3%"
    assert section_kind(title, subtitle) == SectionKind.TILLGANGLIGHET
    # A title that names its kind keeps it whatever the subtitle says.
    assert section_kind("Budget 2023-2026", "Medarbetare") == SectionKind.EKONOMI


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Innan oktober frågar varje chef vilka medarbetare som vill ha fasta arbetsplatser.",
            SectionKind.PERSONAL,
        ),
        # An agenda naming several parts is about none of them.
        ("Ekonomi\n\nUtfall t.om. juli\n\nPersonal\n\nSjukfrånvaro", SectionKind.OTHER),
        # "verksamheten" is in any prose: only a title tells that kind.
        ("Vi ser risker med förberedelserna i verksamheten.", SectionKind.OTHER),
        ("Polis och åklagare hanterar ärendet.", SectionKind.OTHER),
    ],
)
def test_content_kind_is_the_one_kind_a_text_names(text: str, kind: SectionKind) -> None:
    assert content_kind(text) == kind


def test_silent_titles_take_their_parent_then_their_text() -> None:
    kinds = inherit_kinds(
        [
            (1, SectionKind.FORVALTNINGSBERATTELSE),  # 2 Förvaltningsberättelse
            (2, SectionKind.OTHER),  # 2.1 Nämndorganisation: silent, the parent's
            (2, SectionKind.EKONOMI),  # 2.3 Viktiga förhållanden … ekonomisk ställning
            (1, SectionKind.OTHER),  # a slide "Principen i en ZON" …
            (1, SectionKind.OTHER),  # … and a slide whose text names nothing
        ],
        [
            SectionKind.OTHER,
            SectionKind.UPPDRAG,
            SectionKind.OTHER,
            SectionKind.PERSONAL,
            SectionKind.OTHER,
        ],
    )
    assert kinds == [
        SectionKind.FORVALTNINGSBERATTELSE,
        SectionKind.FORVALTNINGSBERATTELSE,
        SectionKind.EKONOMI,
        SectionKind.PERSONAL,
        SectionKind.OTHER,
    ]


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


def test_a_goal_parser_s_claim_outside_the_goal_part_keeps_the_section() -> None:
    """Slide titles, and headings after a part not about goals, open sections even
    when the goal parser (wrongly) read them as goals."""
    box = Box(50, 30, 600, 50)
    headings = [
        Heading(None, "Investeringar ack augusti 2022", 1, 5, box),
        Heading(None, "Budget 2023-2026", 1, 6, box),
        Heading(None, "Förvaltningens mål och indikatorer", 1, 7, box),
        Heading(None, "Förvaltningens mål och indikatorer", 1, 8, box),
        Heading(None, "Driftredovisning", 2, 9, box),
        Heading(None, "Regionövergripande verksamhet", 3, 9, box),
    ]
    goals = [
        "Budget 2023-2026",
        "Förvaltningens mål och indikatorer",
        "Regionövergripande verksamhet",
    ]
    assert part_headings(headings, goals) == headings


def _slides(*titles: str) -> list[Heading]:
    box = Box(50, 30, 600, 50)
    return [Heading(None, title, 1, page, box) for page, title in enumerate(titles, start=2)]


def test_a_title_only_slide_heads_the_silent_slides_after_it() -> None:
    headings = _slides(
        "Uppföljning kapitalförvaltning juli 2024",
        "Status förundersökning/Tingsrätt",
        "Läget i ärendet",
        "Avtalsrörelse 2024",  # titled: the part ends
        "Sommaren",
        "Frågor",  # a divider of no kind passes none
        "Tack",
    )
    other = SectionKind.OTHER
    kinds = [SectionKind.EKONOMI, other, other, SectionKind.PERSONAL, other, other, other]
    bodies = ["", "Polis och åklagare hanterar ärendet.", "Inget nytt.", "Avtal", "Bra", "", "Hej"]
    assert divider_kinds(headings, kinds, bodies) == [
        SectionKind.EKONOMI,
        SectionKind.EKONOMI,
        SectionKind.EKONOMI,
        SectionKind.PERSONAL,
        other,
        other,
        other,
    ]
    # A slide whose content is a table (body None) heads nothing.
    assert divider_kinds(headings, kinds, [None, *bodies[1:]]) == kinds


def test_a_divider_s_topic_list_names_the_slides_of_its_part() -> None:
    headings = _slides(
        "Tillgänglighet",
        "Måluppfyllelse Vårdgaranti 0-90 dagar",
        "NKI för augusti",  # a topic of the divider's list: its part
        "Läget i augusti",  # silent and no topic: its own
        "Kundnöjdhet",
        "NKI Folkhögskolan",  # a later divider's part, which lists no NKI
    )
    other = SectionKind.OTHER
    kinds = [
        SectionKind.TILLGANGLIGHET,
        SectionKind.TILLGANGLIGHET,
        other,
        other,
        SectionKind.VERKSAMHET,
        other,
    ]
    topics = (
        "• Vårdgarantin\n\n• Kollektivtrafiken NKI, trygghet och punktlighet\n\n• Regionstyrelsen"
    )
    bodies = [topics, "Fr 2021 baseras …", "Västerbotten 53 %", "Text", "• Patientnämnden", "Text"]
    assert divider_kinds(headings, kinds, bodies) == [
        SectionKind.TILLGANGLIGHET,
        SectionKind.TILLGANGLIGHET,
        SectionKind.TILLGANGLIGHET,
        other,
        SectionKind.VERKSAMHET,
        other,
    ]
    # Figures or long lines are content, not a list of topics.
    for body in ("• NKI 53 %\n\n• Vårdgarantin", "NKI " + "och mer text " * 4):
        assert divider_kinds(headings, kinds, [body, *bodies[1:]])[2] == other


def test_numbered_headings_keep_their_tree() -> None:
    """An empty numbered heading is a chapter: its tree, not the divider rule, says
    what follows it ("2.4" after an empty "2.3" is no part of 2.3)."""
    box = Box(50, 100, 300, 112)
    headings = [
        Heading("2.3", "Väsentliga personalförhållanden", 2, 9, box),
        Heading("2.4", "Förväntad utveckling", 2, 10, box),
    ]
    kinds = [SectionKind.PERSONAL, SectionKind.OTHER]
    assert divider_kinds(headings, kinds, ["", "Text"]) == kinds


@pytest.mark.parametrize(
    ("title", "outlook"),
    [
        ("Regionala utsikter inför 2025", True),
        ("Omvärldsanalys", True),
        ("Årshjul för systematisk omvärldsanalys och strategisk planering", True),
        ("Konjunkturläget", True),
        ("Avtalsrörelse 2024", False),
        ("Sommaren", False),
    ],
)
def test_outlook_titles(title: str, outlook: bool) -> None:
    assert outlook_title(title) == outlook


def test_an_outlook_s_text_names_no_kind() -> None:
    """The labour market of a regional outlook ("kompetensförsörjningen i norr") is
    not the organisation's staff: the slide's text would say personal, its kind
    is none."""
    report = extract_sample(SAMPLES / "004_manadsrapport_rd_2024_jul.pdf")
    outlook = next(s for s in report.sections if s.title == "Regionala utsikter inför 2025")
    assert content_kind(outlook.text) == SectionKind.PERSONAL
    assert outlook.kind == SectionKind.OTHER


# Sections whose kind no mechanism reads yet: a silent slide whose text names
# two kinds (its "Inhyrd personal", "Antal anställda" are personal, its
# "kostnader" and "pensionsavgång" ekonomi).
KIND_GAPS: dict[str, set[str]] = {
    "003_verksamhetsberattelse_rk_2025": {"Nyckeltalsuppföljning"},
}


@pytest.mark.parametrize("pdf", sample_pdfs(), ids=lambda p: p.stem)
def test_every_section_kind_as_expected(pdf: Path) -> None:
    expected = Report.model_validate(json.loads((EXPECTED / f"{pdf.stem}.json").read_text("utf-8")))
    got = extract_sample(pdf).sections
    assert [(s.number, s.title) for s in got] == [(s.number, s.title) for s in expected.sections]
    wrong = {e.title for e, s in zip(expected.sections, got, strict=True) if e.kind != s.kind}
    assert wrong == KIND_GAPS.get(pdf.stem, set())

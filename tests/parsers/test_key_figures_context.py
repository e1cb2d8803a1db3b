"""Key figures read with the text around them: headings, lead-ins over spaced
lists, breakdowns in parentheses and whose figures a paragraph states."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delar_extract.layout.objects import Heading, LayoutPage, Line
from delar_extract.parsers.key_figures import PartScope, PeriodDefault, sentence_to_figures
from delar_extract.parsers.key_figures.reading import NUMBER
from delar_extract.parsers.key_figures.statements import Statement, page_statements
from delar_extract.pdf.objects import Box, PageContent, Word

AUG_2025 = PeriodDefault(year=2025, month=8, full_year=False)
ORGANISATION = ("regionstyrelsen",)


def _figures(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.name, f.value, f.unit) for f in sentence_to_figures(sentence, 2, AUG_2025)]


def _line(text: str, top: float, x0: float = 40.0) -> Line:
    words = tuple(
        Word(w, Box(x0 + 30.0 * i, top, x0 + 30.0 * i + 25.0, top + 10.0), "F", 10.0, False, None)
        for i, w in enumerate(text.split())
    )
    return Line(words=words, box=Box(x0, top, words[-1].box.x1, top + 10.0), page=3)


def _page(lines: list[Line]) -> LayoutPage:
    content = PageContent(number=3, width=595, height=842, rotation=0, words=())
    return LayoutPage(content=content, lines=lines, tables=[], furniture=[])


# ---- headings and section numbers -----------------------------------------------------


def test_a_headings_number_is_no_headcount() -> None:
    lines = [_line("2.3 Perspektiv medarbetare", 20), _line("5 Medarbetare", 60)]
    headings = [
        Heading("2.3", "Perspektiv medarbetare", 2, 3, lines[0].box),
        Heading("5", "Medarbetare", 1, 3, lines[1].box),
    ]
    assert page_statements(_page(lines), headings) == []
    # Without the heading the same line is a label line with a figure: the test above
    # fails for the heading's sake, not because the line reads as nothing.
    assert [s.text for s in page_statements(_page(lines[1:]), [])] == ["5 Medarbetare"]


def test_a_section_number_in_prose_is_no_figure() -> None:
    assert _figures("Se avsnitt 2.3 om medarbetare.") == []


@given(st.integers(0, 99), st.integers(0, 99))
def test_no_number_is_read_from_a_dotted_section_number(major: int, minor: int) -> None:
    assert NUMBER.search(f"avsnitt {major}.{minor} medarbetare") is None


# ---- lead-ins over a list spaced as paragraphs ----------------------------------------


def test_a_lead_in_reaches_the_lines_of_a_list_spaced_as_paragraphs() -> None:
    lines = [
        _line("Årlig personalkostnadsökning:", 40),
        _line("2021: 1,2%", 58),
        _line("2022: 1,2%", 76),
        _line("Kostnaden har sedan 2022 ökat med 4 tjänster.", 94),
        _line("2023: 9,9%", 112),
    ]
    statements = page_statements(_page(lines), [])
    assert [(s.text, s.leads[:1]) for s in statements] == [
        ("2021: 1,2%", ("Årlig personalkostnadsökning:",)),
        ("2022: 1,2%", ("Årlig personalkostnadsökning:",)),
        # Prose closes the list: neither it nor the lines after it take the lead-in.
        ("Kostnaden har sedan 2022 ökat med 4 tjänster.", ()),
        ("2023: 9,9%", ()),
    ]


def test_a_lead_in_does_not_reach_another_column() -> None:
    # A table read as lines: a cell of the next column is no item of the list.
    lines = [_line("Sjukfrånvaro", 40), _line("3,5 %", 58, x0=300.0)]
    assert [s.leads for s in page_statements(_page(lines), [])] == [()]


# ---- breakdowns in parentheses --------------------------------------------------------


def test_a_labelled_breakdown_takes_the_unit_of_the_figure_before() -> None:
    assert _figures(
        "Andelen heltider är nu 92,5 procent (kvinnor: 90,0 män: 95,8) att jämföra med "
        "91,8 procent (kvinnor: 88,6, män: 96,1) förra året."
    ) == [
        ("full_time_share", 92.5, "%"),
        ("full_time_share_kvinnor", 90.0, "%"),
        ("full_time_share_man", 95.8, "%"),
        # The value compared with is left out, and so are its parts.
    ]


def test_an_unlabelled_number_in_parentheses_is_no_part() -> None:
    assert _figures("Andelen heltider är nu 92,5 procent (90,0).") == [
        ("full_time_share", 92.5, "%")
    ]


@given(st.integers(1, 999), st.integers(1, 999))
def test_every_labelled_part_is_in_the_units_of_its_whole(women: int, men: int) -> None:
    figures = _figures(f"Sjukfrånvaron uppgick till 5,5 procent (kvinnor: {women},1 män: {men},2).")
    assert [(unit, value) for _, value, unit in figures] == [
        ("%", 5.5),
        ("%", women + 0.1),
        ("%", men + 0.2),
    ]


# ---- whose figures a paragraph states -------------------------------------------------


def _parts(texts: list[tuple[str, int, str | None]]) -> list[bool]:
    scope = PartScope()
    return [
        scope.part(Statement(text, heading=heading, paragraph=paragraph), 3, ORGANISATION)
        for text, paragraph, heading in texts
    ]


def test_a_sub_unit_opening_a_paragraph_owns_the_rest_of_its_section() -> None:
    assert _parts(
        [
            ("Delområdet Service redovisar ett överskott på 24,6 miljoner kronor.", 1, "Drift"),
            ("Budgetavvikelsen är ändå positiv med 0,1 miljoner kronor.", 2, None),
            ("Regionstyrelsen redovisar en budgetavvikelse på 5 miljoner kronor.", 3, None),
            ("Budgetavvikelsen är 3 miljoner kronor.", 4, None),
        ]
    ) == [True, True, False, False]


def test_a_sub_unit_within_a_paragraph_owns_the_rest_of_the_paragraph_only() -> None:
    assert _parts(
        [
            ("Sjukfrånvaron inom regionstyrelsen har ökat något.", 1, "Sjukfrånvaro"),
            ("Verksamhetsområde Digitalisering har en sjukfrånvaro på 2,3 procent.", 1, None),
            ("Sjukfrånvaron där är 2,3 procent.", 1, None),
            ("Frisknärvaron har ökat till 71 procent.", 2, None),
        ]
    ) == [False, True, True, False]


def test_a_heading_ends_a_sub_units_section() -> None:
    assert _parts(
        [
            ("Delområdet redovisar ett överskott på 16,9 miljoner kronor.", 1, "Drift"),
            ("Resultatet blev 20 miljoner kronor.", 2, "Investeringar"),
        ]
    ) == [True, False]


def test_a_named_subject_without_figures_owns_nothing_after_it() -> None:
    # "Verksamheterna har aktiva hälsoteam": a subject, but no part stating figures.
    assert _parts(
        [
            ("Verksamheterna har aktiva hälsoteam.", 1, "Medarbetare"),
            ("Antal rehabiliteringsärenden är 35.", 1, None),
            ("Folkhälsa har en positiv avvikelse på 4,4 miljoner kronor.", 2, None),
            ("Avvikelsen är 4,4 miljoner kronor.", 2, None),
        ]
    ) == [True, False, True, True]


def test_label_lines_keep_their_own_reading() -> None:
    scope = PartScope()
    scope.part(Statement("Delområdet redovisar 5 mnkr.", paragraph=1, heading="X"), 3, ())
    assert not scope.part(Statement("Årets resultat +34 mnkr", label=True, paragraph=2), 3, ())

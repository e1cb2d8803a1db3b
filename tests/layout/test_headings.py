"""Headings: one definition, against the document's running text."""

from __future__ import annotations

import pytest

from delar_extract.layout.headings import (
    document_style,
    is_heading_line,
    lines_to_headings,
    split_number,
)
from delar_extract.layout.lines import order_lines
from delar_extract.layout.objects import Line
from delar_extract.pdf.objects import Box, Word

PROSE = "Regionstyrelsen redovisar efter andra tertialet en positiv avvikelse mot budget."


def _line(
    text: str,
    size: float,
    top: float,
    bold: bool = False,
    page: int = 1,
    x: float = 50.0,
    color: str | None = None,
) -> Line:
    words, x0 = [], x
    for token in text.split():
        w = 0.5 * size * len(token)
        words.append(
            Word(
                token,
                Box(x, top, x + w, top + size),
                "Arial-Bold" if bold else "Arial",
                size,
                bold,
                color,
            )
        )
        x += w + size * 0.3
    return Line(tuple(words), Box(x0, top, x, top + size), page)


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        ("2.2 God ekonomisk hushållning", "2.2", "God ekonomisk hushållning"),
        ("1 Sammanfattning", "1", "Sammanfattning"),
        ("3. Driftredovisning", "3", "Driftredovisning"),
        ("2025 års resultat", None, "2025 års resultat"),
        ("Mål 1. Trygga uppväxtvillkor", None, "Mål 1. Trygga uppväxtvillkor"),
    ],
)
def test_split_number(text: str, number: str | None, title: str) -> None:
    assert split_number(text) == (number, title)


def test_levels_from_numbering_and_size() -> None:
    lines = [
        _line("1 Sammanfattning", 17, 100),
        _line(PROSE, 9.5, 130),
        _line("2.2 God ekonomisk hushållning och ekonomisk", 15, 200),
        _line("ställning", 15, 218),
        _line("Uppföljning av fullmäktiges mål", 12, 300, bold=True),
        _line("1 037 miljoner kronor är prognosen.", 9.5, 330),
    ]
    headings = lines_to_headings(lines, body=9.5)
    assert [(h.number, h.title, h.level) for h in headings] == [
        ("1", "Sammanfattning", 1),
        ("2.2", "God ekonomisk hushållning och ekonomisk ställning", 2),
        (None, "Uppföljning av fullmäktiges mål", 3),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # A chart or table caption in bold running-text size names no part of the report,
        # even in the report's vocabulary.
        (_line("Bedömning av mål", 9.5, 100, bold=True), False),
        (_line("Beräknade ålderspensionsavgångar inom verksamheterna", 9.5, 100, bold=True), False),
        # Numbered, the same bold body-size line is a section heading.
        (_line("2.4 Förväntad utveckling", 9.5, 100, bold=True), True),
        # Bold and a step larger than the body: a heading level of its own.
        (_line("Uppdrag från fullmäktige till nämnd", 10.0, 100, bold=True), True),
        # A step larger but not bold: emphasis, not a heading.
        (_line("Mål 1. Västerbotten har världens bästa hälsa", 10.0, 100), False),
        (_line("Driftredovisning", 12.0, 100), True),
        (_line(PROSE, 9.5, 100), False),
    ],
)
def test_heading_candidates_against_the_body_text(line: Line, heading: bool) -> None:
    assert is_heading_line(line, 9.5) is heading


def test_a_title_wrapped_over_two_lines_is_one_heading() -> None:
    lines = [
        _line("Uppdrag: Minska resekostnader med 15 % (2023 års utfall minska", 20, 32.8, True),
        _line("med 15 %) (tkr)", 20, 57.8, True),
        _line("Ack juli: totalt för regionen 13 % högre kostnader än plan.", 10.5, 442),
    ]
    headings = lines_to_headings(lines, body=10.5)
    assert [h.title for h in headings] == [
        "Uppdrag: Minska resekostnader med 15 % (2023 års utfall minska med 15 %) (tkr)"
    ]


def test_a_subtitle_style_is_no_heading_level() -> None:
    """Every line of the 13 pt bold style sits right under a slide title: subtitles."""
    lines = [
        _line("Verksamhetens nettokostnader", 20, 32.8, True, page=2),
        _line("Region Västerbotten", 13, 70.4, True, page=2, color="#00506E"),
        _line(PROSE, 12, 120, page=2),
        _line("Mål för sammanslagningen", 20, 32.8, True, page=3),
        _line(
            "Förbättrad tillgänglighet för serviceflöden", 13, 70.4, True, page=3, color="#00506E"
        ),
        _line(PROSE, 12, 120, page=3),
    ]
    headings = lines_to_headings(lines, body=12)
    assert [h.title for h in headings] == [
        "Verksamhetens nettokostnader",
        "Mål för sammanslagningen",
    ]


def test_a_style_also_found_after_text_is_a_heading_level() -> None:
    """The same style once right under a larger heading and once after prose: a level."""
    lines = [
        _line("Uppföljning av fullmäktiges uppdrag", 11.5, 65, True, color="#1B4F8A"),
        _line("Uppdrag från fullmäktige till nämnd", 10, 92, True, color="#23395B"),
        _line(PROSE, 9.5, 120),
        _line("Uppdrag från nämnd till beredning", 10, 186, True, color="#23395B"),
        _line(PROSE, 9.5, 210),
    ]
    headings = lines_to_headings(lines, body=9.5)
    assert [(h.title, h.level) for h in headings] == [
        ("Uppföljning av fullmäktiges uppdrag", 1),
        ("Uppdrag från fullmäktige till nämnd", 2),
        ("Uppdrag från nämnd till beredning", 2),
    ]


def test_every_slide_title_is_level_one_whatever_its_size() -> None:
    """A dashboard slide shrinks its title (17 pt against 20 pt): still a slide title."""
    sizes = {page: (960.0, 540.0) for page in (2, 3, 4)}
    lines = [
        _line("Avtalsrörelse 2024", 20, 32.8, True, page=2),
        _line(PROSE, 12, 100, page=2),
        _line("Tillgänglighet", 17, 30.2, True, page=3),
        _line(PROSE, 9, 60, page=3),
        _line("Sammanfattning kollektivtrafiken", 20, 32.8, True, page=4),
        _line(PROSE, 12, 100, page=4),
    ]
    headings = lines_to_headings(lines, body=12, page_sizes=sizes)
    assert [(h.title, h.level) for h in headings] == [
        ("Avtalsrörelse 2024", 1),
        ("Tillgänglighet", 1),
        ("Sammanfattning kollektivtrafiken", 1),
    ]
    # The same lines on portrait pages are no deck: sizes rank the levels.
    portrait = {page: (595.0, 842.0) for page in sizes}
    levels = [h.level for h in lines_to_headings(lines, body=12, page_sizes=portrait)]
    assert levels == [1, 2, 1]


def test_running_text_style_is_size_and_colour_of_most_prose() -> None:
    lines = [
        _line(PROSE, 9.5, 100, color="#222222"),
        _line(PROSE, 9.5, 113, color="#222222"),
        _line("Analys", 9.5, 130, True, color="#1B4F8A"),
    ]
    style = document_style(lines, 9.5)
    assert (style.size, style.color) == (9.5, "#222222")
    assert style.stands_out(lines[2]) and not style.stands_out(lines[0])


def test_a_spanning_title_line_closes_the_columns_above_it() -> None:
    """Two text columns under a wrapped title: the title's second line is read
    right after its first, before the columns; the columns left, then right."""
    width = 600.0
    title = [
        _line("Uppdrag: Minska resekostnader med 15 % (2023 års utfall", 20, 30, True, x=40),
        _line("%) (tkr)", 20, 55, True, x=40),
    ]
    left = [_line(f"Vänster rad {i} med text", 9, 100 + 12 * i, x=40) for i in range(10)]
    right = [_line(f"Höger rad {i} med text", 9, 100 + 12 * i, x=340) for i in range(10)]
    footer = _line("Sammanfattning av sidan i en bred rad som spänner över mitten", 9, 300, x=40)
    ordered = order_lines([*right, footer, *left, *title], width)
    assert [ln.text for ln in ordered] == [
        *(ln.text for ln in title),
        *(ln.text for ln in left),
        *(ln.text for ln in right),
        footer.text,
    ]


def test_numbered_headings_right_under_their_chapter_are_no_subtitles() -> None:
    lines = [
        _line("1 Inledning", 16, 80, True),
        _line("1.1 Sammanfattning", 13, 105, True),
        _line(PROSE, 10, 130),
        _line("2 Förvaltningsberättelse", 16, 300, True),
        _line("2.1 Nämndorganisation", 13, 325, True),
        _line(PROSE, 10, 350),
    ]
    headings = lines_to_headings(lines, body=10)
    assert [(h.number, h.level) for h in headings] == [("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2)]


def test_a_small_line_above_a_slide_title_does_not_hide_it() -> None:
    """A date or logo line printed above the title still leaves it the slide's title."""
    sizes = {page: (960.0, 540.0) for page in (2, 3)}
    lines = [
        _line("2024-08-27", 8, 10, page=2),
        _line("Avtalsrörelse 2024", 20, 32.8, True, page=2),
        _line(PROSE, 12, 100, page=2),
        _line("2024-08-27", 8, 10, page=3),
        _line("Tillgänglighet", 17, 30.2, True, page=3),
        _line(PROSE, 9, 60, page=3),
    ]
    headings = lines_to_headings(lines, body=12, page_sizes=sizes)
    assert [(h.title, h.level) for h in headings] == [
        ("Avtalsrörelse 2024", 1),
        ("Tillgänglighet", 1),
    ]

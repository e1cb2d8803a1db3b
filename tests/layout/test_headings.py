"""Headings from size, weight and numbering."""

from __future__ import annotations

import pytest

from delar_extract.layout.headings import lines_to_headings, split_number
from delar_extract.layout.objects import Line
from delar_extract.pdf.objects import Box, Word


def _line(text: str, size: float, top: float, bold: bool = False, page: int = 1) -> Line:
    words, x = [], 50.0
    for token in text.split():
        w = 0.5 * size * len(token)
        words.append(
            Word(
                token,
                Box(x, top, x + w, top + size),
                "Arial-Bold" if bold else "Arial",
                size,
                bold,
                None,
            )
        )
        x += w + size * 0.3
    return Line(tuple(words), Box(50, top, x, top + size), page)


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
        _line("Regionstyrelsen redovisar efter andra tertialet en positiv avvikelse.", 9.5, 130),
        _line("2.2 God ekonomisk hushållning och ekonomisk", 15, 200),
        _line("ställning", 15, 218),
        _line("Bedömning av mål", 12, 300, bold=True),
        _line("1 037 miljoner kronor är prognosen.", 9.5, 330),
    ]
    headings = lines_to_headings(lines, body=9.5, sizes=[17, 15, 12])
    assert [(h.number, h.title, h.level) for h in headings] == [
        ("1", "Sammanfattning", 1),
        ("2.2", "God ekonomisk hushållning och ekonomisk ställning", 2),
        (None, "Bedömning av mål", 3),
    ]

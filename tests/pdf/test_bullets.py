"""Bullets drawn as dots (Chromium) are read as "•"; status marks stay marks."""

from __future__ import annotations

import pypdfium2 as pdfium

from delar_extract.pdf.bullets import BULLET, bullets_as_text
from delar_extract.pdf.objects import Box, PageContent, Shape, Word
from delar_extract.pdf.reader import iter_pages
from tests.conftest import SAMPLES

INK = "#202020"


def _word(text: str, x0: float, color: str = INK) -> Word:
    return Word(text, Box(x0, 70.0, x0 + 40, 82.0), "Sans", 12.0, False, color)


def _page(words: list[Word], shapes: list[Shape]) -> PageContent:
    return PageContent(1, 600.0, 400.0, 0, tuple(words), shapes=tuple(shapes))


def test_a_dot_in_the_text_colour_before_a_line_is_a_bullet() -> None:
    page = bullets_as_text(
        _page([_word("Vårdgarantin", 47.7)], [Shape(Box(35, 74, 39, 78), INK, None)])
    )
    assert [w.text for w in page.words] == [BULLET, "Vårdgarantin"]
    assert page.shapes == ()


def test_a_coloured_status_circle_stays_a_mark() -> None:
    circle = Shape(Box(35, 72, 44, 81), "#3AA655", None)
    page = bullets_as_text(_page([_word("Uppnått", 47.7)], [circle]))
    assert page.shapes == (circle,)
    assert [w.text for w in page.words] == ["Uppnått"]


def test_a_dot_far_from_the_text_or_too_big_stays() -> None:
    far = Shape(Box(5, 74, 9, 78), INK, None)
    big = Shape(Box(30, 70, 42, 82), INK, None)
    page = bullets_as_text(_page([_word("Text", 47.7)], [far, big]))
    assert page.shapes == (far, big)


def test_chromium_bullets_read_as_text() -> None:
    pdf = SAMPLES / "variants" / "002_presentation_2022_aug__chromium-slides-glyph.pdf"
    document = pdfium.PdfDocument(pdf)
    try:
        page = next(p for p in iter_pages(document) if p.number == 11)
    finally:
        document.close()
    texts = [w.text for w in page.words]
    assert texts.count(BULLET) == 3, texts[:20]
    assert not [s for s in page.shapes if s.fill == INK]

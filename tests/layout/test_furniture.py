"""Running headers and footers are found by repetition, not by position alone."""

from __future__ import annotations

from delar_extract.layout.furniture import find_furniture_keys, is_furniture
from delar_extract.layout.objects import Line
from delar_extract.pdf.objects import Box, Word

HEIGHT = 842.0


def _line(text: str, top: float, page: int) -> Line:
    words = []
    x = 50.0
    for token in text.split():
        words.append(
            Word(token, Box(x, top, x + 6 * len(token), top + 9), "Helvetica", 9, False, None)
        )
        x += 6 * len(token) + 3
    return Line(tuple(words), Box(50, top, x, top + 9), page)


def _pages(n: int) -> list[tuple[float, list[Line]]]:
    pages = []
    for page in range(1, n + 1):
        pages.append(
            (
                HEIGHT,
                [
                    _line("Region Västerbotten", 30, page),
                    _line(f"Body text unique to page {page} with words", 300, page),
                    _line(f"Delårsrapport per augusti 2025 Sida {page} av {n}", 810, page),
                ],
            )
        )
    return pages


def test_repeated_edge_lines_are_furniture() -> None:
    pages = _pages(6)
    keys = find_furniture_keys(pages)
    header, body, footer = pages[2][1]
    assert is_furniture(header, HEIGHT, keys)
    assert is_furniture(footer, HEIGHT, keys)
    assert not is_furniture(body, HEIGHT, keys)


def test_text_that_repeats_mid_page_is_content() -> None:
    pages = [(HEIGHT, [_line("Analys", 400, p)]) for p in range(1, 7)]
    keys = find_furniture_keys(pages)
    assert not is_furniture(pages[0][1][0], HEIGHT, keys)


def test_bare_page_number_at_the_edge_is_furniture() -> None:
    assert is_furniture(_line("12", 815, 12), HEIGHT, set())
    assert not is_furniture(_line("12", 400, 12), HEIGHT, set())

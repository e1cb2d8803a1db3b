"""Rows-only tables with status marks: a column of bare status glyphs is a
column of its own; marks leading one text column are a list, not a table."""

from __future__ import annotations

from delar_extract.layout.tables import find_row_ruled
from delar_extract.pdf.objects import Box, Word
from tests.layout.tables.test_rows import LEFT, _page, _words


def _glyph(x0: float, top: float, color: str = "#3AA655") -> Word:
    """A status glyph set larger than the text, as slides print it."""
    return Word("●", Box(x0, top - 0.1, x0 + 9.4, top + 11.9), "F", 12.0, False, color)


def test_a_status_column_of_bare_glyphs_is_a_column() -> None:
    # Ansvarig | Uppdrag | Status (● only) | Kommentar: the glyph stands closer
    # to the end of a long title than the gap that parts two runs of words
    rules = [100.0, 115.0, 130.0, 145.0, 160.0]
    words = _words("Ansvarig", LEFT + 3, 103, bold=True) + _words("Uppdrag", 345, 103, bold=True)
    words += _words("Status", 440, 103, bold=True) + _words("Kommentar", 480, 103, bold=True)
    for index, title in enumerate(["Minska hyrberoendet nu", "Kort", "Formalisera arbetet med"]):
        top = rules[index + 1] + 3
        words += _words("Ida", LEFT + 3, top) + _words(title, 345, top)
        words += [_glyph(440, top), *_words("Pågår", 480, top)]
    grids = find_row_ruled(_page(words, rules), [])
    assert len(grids) == 1
    assert [len(r) for r in grids[0].rows] == [4, 4, 4, 4]
    status = grids[0].rows[1][2]
    assert status is not None and status.x0 <= 440 < status.x1


def test_marks_leading_one_text_column_are_a_list_not_a_table() -> None:
    # an "Indikatorer" list ruled by rows: a status glyph before each name
    rules = [100.0, 115.0, 130.0, 145.0]
    words: list[Word] = []
    for index, name in enumerate(["Antal besök", "Andel nöjda patienter", "Väntetid"]):
        top = rules[index] + 3
        words += [_glyph(LEFT + 3, top), *_words(name, LEFT + 20, top)]
    assert find_row_ruled(_page(words, rules), []) == []

"""Rows-only tables whose rules do not delimit every row: rows from text lines,
group rows inside the table, rows ruled only above or below."""

from __future__ import annotations

from delar_extract.layout.tables import find_row_ruled, grid_to_table
from delar_extract.pdf.objects import Box, Image, PageContent, Rect, TableGrid, Word
from tests.layout.tables.test_rows import LEFT, RIGHT, SIZE, _header_over, _page, _row, _words

# Rows padded to a pitch of 1.65 em, as Word and ReportLab set them.
PITCH = 1.65 * SIZE


def _texts(grid: TableGrid, page: PageContent) -> list[list[str]]:
    table = grid_to_table(grid, page)
    return [[c.text if c is not None else "-" for c in row] for row in table.rows]


def test_rules_under_the_header_and_over_the_total_leave_rows_to_the_text_lines() -> None:
    # rule under the header, rule over the total: the body's three rows share
    # one band, the total row stands under the last rule
    rules = [100.0, 143.0]
    words = _header_over(100)
    for index, (label, a, b) in enumerate([("Vård", "12", "14"), ("Skola", "7", "9")]):
        words += _row(103 + index * PITCH, label, a, b)
    words += _row(103 + 2 * PITCH, "Omsorg", "3", "5")
    words += _row(146, "Summa", "22", "28", bold=True)
    page = _page(words, rules)
    (grid,) = find_row_ruled(page, [])
    texts = _texts(grid, page)
    assert [row[0] for row in texts] == ["Enhet", "Vård", "Skola", "Omsorg", "Summa"]
    assert texts[2] == ["Skola", "7", "9"]  # one figure per cell
    assert texts[4] == ["Summa", "22", "28"]


def test_a_wrapped_label_and_a_comments_paragraphs_stay_in_one_row() -> None:
    # lines of one cell stand at the font's leading; a comment's second
    # paragraph stands a row's pitch lower, but not in the first column
    rules = [100.0, 115.0, 150.0, 165.0]
    words = _row(103, "Enhet", "Utfall", "Kommentar", bold=True)
    words += _row(118, "Andel", "12", "Ökar")
    words += _words("nöjda", LEFT + 3, 118 + 1.2 * SIZE)
    words += _words("Ny", 510, 118 + 2.8 * SIZE)
    words += _row(153, "Antal", "7", "Minskar")
    (grid,) = find_row_ruled(_page(words, rules), [])
    assert len(grid.rows) == 3


def test_a_shaded_group_row_and_a_smaller_comment_column_stay_in_the_table() -> None:
    # the bold header and the bold group title across the table are set in
    # the rows' size; the comments, many lines in smaller type, make most of
    # the words: neither is a heading between two tables
    rules = [100.0, 115.0, 130.0, 175.0]
    words = _row(103, "Indikator", "Utfall", "Kommentar", bold=True)
    words += _words("Trygga invånare i hela kommunen", LEFT + 3, 118, bold=True)
    words += _words("Andel trygga", LEFT + 3, 133) + _words("68 %", 430, 133)
    for line in range(4):
        words += _words("lorem ipsum dolor sit", 510, 133 + line * 7.2, size=6.0)
    shading = Rect(Box(LEFT, 115, RIGHT, 130), "#DEEAF6", None)
    page = PageContent(
        1,
        595.0,
        842.0,
        0,
        tuple(words),
        rects=(shading,),
        segments=_page([], rules).segments,
    )
    (grid,) = find_row_ruled(page, [])
    texts = _texts(grid, page)
    assert texts[0] == ["Indikator", "Utfall", "Kommentar"]
    # the group row spans the table
    assert texts[1] == ["Trygga invånare i hela kommunen", "-", "-"]
    assert texts[2][:2] == ["Andel trygga", "68 %"]


def test_two_tables_each_ruled_only_under_its_header_are_two() -> None:
    # two tables of one width, each with a rule under its header only: the
    # second header stands after a wider white gap than any row has
    rules = [100.0, 160.0]
    words = _header_over(100)
    for index in range(3):
        words += _row(103 + index * PITCH, f"Enhet{index}", "12", "14")
    words += _row(160 - SIZE - 3, "Avkastning", "Utfall", "Index", bold=True)
    for index in range(2):
        words += _row(163 + index * PITCH, f"Period{index}", "1,9", "2,1")
    grids = sorted(find_row_ruled(_page(words, rules), []), key=lambda g: g.box.top)
    assert [len(g.rows) for g in grids] == [4, 3]


def test_status_icons_beside_one_text_each_are_no_table() -> None:
    # a list of indicators, each an icon and its name, between rules
    rules = [100.0, 115.0, 130.0, 145.0]
    words: list[Word] = []
    icons = []
    for index, name in enumerate(["Andel nöjda invånare", "Antal besök", "Väntetid"]):
        top = rules[index] + 3
        icons.append(Image(Box(LEFT + 3, top, LEFT + 11, top + 8), 16, 16, "#3AA655"))
        words += _words(name, LEFT + 20, top)
    assert find_row_ruled(_page(words, rules, tuple(icons)), []) == []


def test_a_header_standing_in_the_white_between_two_columns_heads_the_right_one() -> None:
    # "Mål" is set flush left over its column, wholly in the white between
    # the figures set flush right before it and the targets after it
    rules = [100.0, 115.0, 130.0, 145.0]
    words = _words("Enhet", LEFT + 3, 103, bold=True) + _words("Utfall", 400, 103, bold=True)
    words += _words("Mål", 446, 103, bold=True)
    for top, label, figure in [(118, "Vård", "74,6"), (133, "Skola", "61,2")]:
        words += _words(label, LEFT + 3, top) + _words(figure, 424, top)
        words += _words("Öka", 470, top)
    page = _page(words, rules)
    (grid,) = find_row_ruled(page, [])
    texts = _texts(grid, page)
    assert texts[0] == ["Enhet", "Utfall", "Mål"]
    assert texts[1] == ["Vård", "74,6", "Öka"]

"""Tables ruled by rows only: found from stacks of rules, cut by what lies between."""

from __future__ import annotations

from delar_extract.layout.tables import find_row_ruled
from delar_extract.pdf.objects import Box, Image, PageContent, Segment, Word

SIZE = 8.0
LEFT, RIGHT = 300.0, 560.0


def _words(text: str, x0: float, top: float, size: float = SIZE, bold: bool = False) -> list[Word]:
    words = []
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, Box(x0, top, x0 + width, top + size), "F", size, bold, None))
        x0 += width + 0.3 * size
    return words


def _rule(top: float) -> Segment:
    return Segment(Box(LEFT, top, RIGHT, top), "#000000")


def _row(top: float, label: str, a: str, b: str, bold: bool = False) -> list[Word]:
    return [
        *_words(label, LEFT + 3, top, bold=bold),
        *_words(a, 430, top, bold=bold),
        *_words(b, 510, top, bold=bold),
    ]


def _header_over(rule: float) -> list[Word]:
    """A bold header row standing right above ``rule``, with no rule above it."""
    return _row(rule - SIZE - 3, "Enhet", "2023", "2024", bold=True)


def _body(rules: list[float]) -> list[Word]:
    return [
        w
        for index, top in enumerate(rules[:-1])
        for w in _row(top + 3, f"Enhet{index}", "12", "14")
    ]


def _page(words: list[Word], rules: list[float], images: tuple[Image, ...] = ()) -> PageContent:
    return PageContent(
        1,
        595.0,
        842.0,
        0,
        tuple(words),
        segments=tuple(_rule(t) for t in rules),
        images=images,
    )


def test_running_text_beside_the_table_does_not_cut_it() -> None:
    rules = [100.0, 115.0, 130.0, 145.0, 160.0]
    words = []
    for index, (label, a, b) in enumerate(
        [
            ("Enhet", "2023", "2024"),
            ("Vård", "12", "14"),
            ("Skola", "7", "9"),
            ("Summa", "19", "23"),
        ]
    ):
        top = rules[index] + 3
        words += _row(top, label, a, b)
        # a line of the text column beside, on its own baseline
        words += _words("lorem ipsum dolor sit amet consectetur adipiscing elit", 30, top + 2.5)
    grids = find_row_ruled(_page(words, rules), [])
    assert len(grids) == 1
    assert len(grids[0].rows) == 4
    assert len(grids[0].rows[0]) == 3


def test_a_chart_between_two_stacks_of_rows_cuts_them_apart() -> None:
    rules = [100.0, 115.0, 130.0, 245.0, 260.0, 275.0]
    words = _row(103, "Enhet", "2023", "2024") + _row(118, "Vård", "12", "14")
    words += _words("Utfall per område", LEFT + 3, 133)  # the chart's title
    words += _row(248, "Enhet", "2023", "2024") + _row(263, "Skola", "7", "9")
    chart = Image(Box(LEFT + 10, 145, LEFT + 200, 240), 400, 200, None)
    grids = find_row_ruled(_page(words, rules, (chart,)), [])
    assert [len(g.rows) for g in grids] == [2, 2]


PROSE = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"


def test_a_header_row_ruled_only_below_is_the_tables_first_row() -> None:
    rules = [100.0, 115.0, 130.0, 145.0]
    words = _words(PROSE, LEFT + 3, 60) + _header_over(100) + _body(rules)
    grids = find_row_ruled(_page(words, rules), [])
    assert len(grids) == 1
    assert len(grids[0].rows) == 4
    assert grids[0].box.top < 100 - SIZE
    assert grids[0].box.top > 75  # the running text above stays outside


def test_a_caption_right_above_the_first_rule_is_no_header_row() -> None:
    rules = [100.0, 115.0, 130.0, 145.0]
    words = _words("Tabell 1 Utfall per enhet", LEFT + 3, 100 - SIZE - 3, bold=True)
    grids = find_row_ruled(_page(words + _body(rules), rules), [])
    assert [len(g.rows) for g in grids] == [3]
    assert grids[0].box.top >= 99


def test_a_plain_line_right_above_the_first_rule_is_no_header_row() -> None:
    rules = [100.0, 115.0, 130.0, 145.0]
    words = _row(100 - SIZE - 3, "Enhet", "2023", "2024")  # not bold: no header style
    grids = find_row_ruled(_page(words + _body(rules), rules), [])
    assert [len(g.rows) for g in grids] == [3]


def test_a_heading_and_a_header_between_two_stacked_tables_split_them() -> None:
    rules = [100.0, 115.0, 130.0, 175.0, 190.0, 205.0]
    words = _body(rules[:3]) + _body(rules[3:])
    words += _words("Utfall per enhet", LEFT + 2, 136, size=1.3 * SIZE, bold=True)
    words += _header_over(175)
    grids = find_row_ruled(_page(words, rules), [])
    assert [len(g.rows) for g in sorted(grids, key=lambda g: g.box.top)] == [2, 3]


def test_a_band_opening_on_a_wide_white_gap_splits_two_tables() -> None:
    rules = [100.0, 115.0, 130.0, 175.0, 190.0, 205.0]
    words = _body(rules[:3]) + _body(rules[3:]) + _header_over(175)
    grids = find_row_ruled(_page(words, rules), [])
    assert [len(g.rows) for g in sorted(grids, key=lambda g: g.box.top)] == [2, 3]


def test_a_header_band_right_under_a_rule_stays_a_row() -> None:
    # the same header with no white gap above it: one table, the band a row
    rules = [100.0, 115.0, 130.0, 145.0, 160.0]
    words = _body(rules[:3]) + _row(133, "Enhet", "2023", "2024", bold=True) + _body(rules[3:])
    grids = find_row_ruled(_page(words, rules), [])
    assert [len(g.rows) for g in grids] == [4]


def test_a_chart_with_text_beside_it_is_a_rows_cell() -> None:
    rules = [100.0, 115.0, 160.0, 175.0]
    words = _words("Mått", LEFT + 3, 103, bold=True) + _words("Diagram", 480, 103, bold=True)
    words += _words("Andel nöjda", LEFT + 3, 118) + _words("Antal besök", LEFT + 3, 163)
    chart = Image(Box(480, 117, 555, 158), 300, 160, None)
    grids = find_row_ruled(_page(words, rules, (chart,)), [])
    assert [len(g.rows) for g in grids] == [3]
    assert [len(r) for r in grids[0].rows] == [2, 2, 2]


def test_a_column_boundary_in_white_space_does_not_move_with_the_labels() -> None:
    # the same table on two pages: the boundary before the right-aligned
    # figures must agree (stitching compares them), whatever each page's
    # longest label
    rules = [100.0, 115.0, 130.0, 145.0]

    def second_column_start(label: str) -> float:
        words = _words("Enhet", LEFT + 3, 103, bold=True) + _words("Utfall", 422, 103, bold=True)
        words += _words("Plan", 510, 103, bold=True)
        words += _words(label, LEFT + 3, 118) + _words("123", 434, 118) + _words("5", 510, 118)
        words += _words("Vård", LEFT + 3, 133) + _words("7", 442, 133) + _words("6", 510, 133)
        grids = find_row_ruled(_page(words, rules), [])
        cell = grids[0].rows[0][1]
        assert cell is not None
        return cell.x0

    assert abs(second_column_start("Ab") - second_column_start("Abcdefghijklmnopqrstuv")) < 1

"""Tables ruled by rows only: found from stacks of rules, cut by what lies between."""

from __future__ import annotations

from delar_extract.layout.tables import find_row_ruled
from delar_extract.pdf.objects import Box, Image, PageContent, Segment, Word

SIZE = 8.0
LEFT, RIGHT = 300.0, 560.0


def _words(text: str, x0: float, top: float) -> list[Word]:
    words = []
    for token in text.split():
        width = 0.5 * SIZE * len(token)
        words.append(Word(token, Box(x0, top, x0 + width, top + SIZE), "F", SIZE, False, None))
        x0 += width + 0.3 * SIZE
    return words


def _rule(top: float) -> Segment:
    return Segment(Box(LEFT, top, RIGHT, top), "#000000")


def _row(top: float, label: str, a: str, b: str) -> list[Word]:
    return [*_words(label, LEFT + 3, top), *_words(a, 430, top), *_words(b, 510, top)]


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

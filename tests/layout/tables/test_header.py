"""Header rows of tables without vertical rules: cut runs joined, upper labels spanned."""

from __future__ import annotations

from delar_extract.layout.objects import Line
from delar_extract.layout.tables import Cell, TableBlock, joined_label
from delar_extract.layout.tables.header import is_header_row, join_cut_runs, upper_header_spans
from delar_extract.pdf.objects import Box, PageContent, Word

SIZE = 7.5
SPACE = 0.35 * SIZE  # a word space


def _words(text: str, x0: float, top: float) -> list[Word]:
    words = []
    for token in text.split():
        width = 0.5 * SIZE * len(token)
        words.append(Word(token, Box(x0, top, x0 + width, top + SIZE), "F", SIZE, True, None))
        x0 += width + SPACE
    return words


def _line(words: list[Word]) -> Line:
    return Line(
        tuple(words),
        Box(words[0].box.x0, words[0].box.top, words[-1].box.x1, words[-1].box.bottom),
        1,
    )


def _cell(x0: float, x1: float, top: float, words: list[Word]) -> Cell:
    return Cell(Box(x0, top, x1, top + 11), (_line(words),) if words else (), 1)


def _flush_right(text: str, right: float, top: float) -> list[Word]:
    words = _words(text, 0.0, top)
    shift = right - words[-1].box.x1
    return [
        Word(
            w.text,
            Box(w.box.x0 + shift, top, w.box.x1 + shift, w.box.bottom),
            "F",
            SIZE,
            True,
            None,
        )
        for w in words
    ]


EDGES = [30.0, 160.0, 240.0, 310.0, 388.0, 462.0]


def _caption_row() -> list[Cell | None]:
    """A caption set flush right over the four figure columns, cut by the
    boundary at 388 between two of its words."""
    words = _flush_right("Belopp i miljoner kronor", 459.7, 60)
    left = [w for w in words if w.box.center_x < EDGES[4]]
    right = [w for w in words if w.box.center_x >= EDGES[4]]
    return [
        _cell(EDGES[0], EDGES[1], 60, _words("Kostnad", 33, 60)),
        _cell(EDGES[1], EDGES[2], 60, []),
        _cell(EDGES[2], EDGES[3], 60, []),
        _cell(EDGES[3], EDGES[4], 60, left),
        _cell(EDGES[4], EDGES[5], 60, right),
    ]


def _labels_row() -> list[Cell | None]:
    texts = ["", "Utfall 2023", "Utfall 2024", "Förändring mkr", "Förändring %"]
    return [
        _cell(EDGES[i], EDGES[i + 1], 72, _flush_right(t, EDGES[i + 1] - 2.3, 72) if t else [])
        for i, t in enumerate(texts)
    ]


def test_a_caption_cut_between_two_words_is_one_cell() -> None:
    row = join_cut_runs(_caption_row())
    assert row[4] is None
    joined = row[3]
    assert joined is not None
    assert joined.text == "Belopp i miljoner kronor"
    assert len(joined.lines) == 1
    assert (joined.box.x0, joined.box.x1) == (EDGES[3], EDGES[5])


def test_the_joined_caption_heads_every_figure_column() -> None:
    upper = upper_header_spans(join_cut_runs(_caption_row()), [_labels_row()])
    body: list[Cell | None] = [
        _cell(EDGES[i], EDGES[i + 1], 84, _words("1", EDGES[i] + 3, 84)) for i in range(5)
    ]
    table = TableBlock([upper, _labels_row(), body], 2, 1, 1, False)
    assert [joined_label(p) for p in table.column_headers()][1:] == [
        "Belopp i miljoner kronor / Utfall 2023",
        "Belopp i miljoner kronor / Utfall 2024",
        "Belopp i miljoner kronor / Förändring mkr",
        "Belopp i miljoner kronor / Förändring %",
    ]


def test_labels_a_column_gap_apart_stay_in_their_cells() -> None:
    row = _labels_row()
    assert join_cut_runs(row) == row


def _year_row(texts: list[str]) -> list[Cell | None]:
    return [
        _cell(100.0 + 60 * i, 150.0 + 60 * i, 20, _words(t, 100.0 + 60 * i, 22))
        for i, t in enumerate(texts)
    ]


def test_a_first_bold_row_of_years_is_a_header_row() -> None:
    content = PageContent(1, 595.0, 842.0, 0, ())
    assert is_header_row(_year_row(["2022", "2023", "2024"]), content, True)


def test_a_bold_row_of_figures_is_no_header_row() -> None:
    content = PageContent(1, 595.0, 842.0, 0, ())
    assert not is_header_row(_year_row(["21,7", "12,9", "38,4"]), content, True)
    # years below the first row are figures ("Byggår 1998")
    assert not is_header_row(_year_row(["2022", "2023", "2024"]), content, False)

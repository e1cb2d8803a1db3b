"""Column headers → measure, period and unit."""

from __future__ import annotations

import pytest

from delar_extract.layout.objects import Line
from delar_extract.layout.tables import Cell, TableBlock
from delar_extract.model import Measure
from delar_extract.parsers.columns import (
    PeriodContext,
    label_to_measure,
    label_to_period,
    labels_to_columns,
    text_to_unit,
)
from delar_extract.parsers.tables import header_labels
from delar_extract.pdf.objects import Box, Word

JULY_2024 = PeriodContext(year=2024, month=7)


def _cell(text: str, x0: float, top: float = 0.0, bold: bool = False) -> Cell:
    box = Box(x0, top, x0 + 40, top + 10)
    word = Word(text=text, box=box, font="Arial", size=9.0, bold=bold, color=None)
    return Cell(box=box, lines=(Line(words=(word,), box=box, page=1),), page=1)


def test_three_level_header_gives_label_measure_and_period() -> None:
    header = [
        [_cell("Regionstyrelsen", 0), _cell("2024", 50), None, None, None],
        [None, _cell("Juli", 50), None, _cell("Ackumulerat Juli", 130), None],
        [
            None,
            _cell("Utfall", 50),
            _cell("Budget", 90),
            _cell("Ack utfall föreg. år", 130),
            _cell("Ack budget- avvikelse", 170),
        ],
    ]
    block = TableBlock(rows=header, header_rows=3, page_start=1, page_end=1, ruled=True)
    labels = header_labels(block)[1:]
    columns = labels_to_columns(labels, JULY_2024)
    assert [c.label for c in columns] == [
        "2024 / Juli / Utfall",
        "2024 / Juli / Budget",
        "2024 / Ackumulerat Juli / Ack utfall föreg. år",
        "2024 / Ackumulerat Juli / Ack budget- avvikelse",
    ]
    assert [c.measure for c in columns] == [
        Measure.UTFALL,
        Measure.BUDGET,
        Measure.UTFALL,
        Measure.AVVIKELSE,
    ]
    assert [c.period for c in columns] == ["2024-07", "2024-07", "ack 2023-07", "ack 2024-07"]


@pytest.mark.parametrize(
    ("label", "period"),
    [
        ("Juli / Utfall", "2024-07"),
        ("Helår 2024 / Budget 2024", "2024"),
        ("Helår 2024 / Prognos utfall", "2024"),
        ("Utfall 2407", "2024-07"),
        ("Utfall 2023", "2023"),
        ("Ack utfall 2024", "ack 2024-07"),
        ("Prognos 2024", "2024"),
        ("Kommentar", None),
    ],
)
def test_periods_from_header_words(label: str, period: str | None) -> None:
    assert label_to_period(label, JULY_2024) == period


def test_an_accumulated_column_makes_its_group_accumulated() -> None:
    columns = labels_to_columns(
        ["Juli / Utfall 2307", "Juli / Ack Avvikelse", "Helår / Budget 2024"], JULY_2024
    )
    assert [c.period for c in columns] == ["ack 2023-07", "ack 2024-07", "2024"]


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        ("Prognos / Utfall", Measure.PROGNOS),
        ("Diff mot plan 2024", Measure.AVVIKELSE),
        ("Diff mot utfall 2023", Measure.FORANDRING),
        ("Årsbudget 2024", Measure.BUDGET),
    ],
)
def test_measures_from_vocabulary(label: str, measure: Measure) -> None:
    assert label_to_measure(label) == measure


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Belopp i miljoner kronor", "mnkr"),
        ("Investeringar 2024, Mkr", "mnkr"),
        ("Uppdrag: Minska resekostnader med 15 % (tkr)", "tkr"),
        ("Minska resekostnader 15 %", None),
        ("Andel (%)", "%"),
        ("Regionstab", None),
    ],
)
def test_units_from_captions(text: str, unit: str | None) -> None:
    assert text_to_unit(text) == unit

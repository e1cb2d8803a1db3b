"""Budget tables: kinds by vocabulary, nested row groups, units."""

from __future__ import annotations

from pathlib import Path

import pytest

from delar_extract.layout.objects import Line
from delar_extract.layout.tables import Cell, TableBlock
from delar_extract.model import TableKind
from delar_extract.parsers.budget import TableContext, table_to_kind, table_to_unit
from delar_extract.parsers.tables import block_to_table
from delar_extract.pdf.objects import Box, Word

SAMPLES = Path(__file__).parent.parent.parent / "samples"


def _cell(text: str, x0: float, top: float, bold: bool = False) -> Cell:
    box = Box(x0, top, x0 + 60, top + 10)
    word = Word(text=text, box=box, font="Arial", size=9.0, bold=bold, color=None)
    return Cell(
        box=Box(0 if x0 < 100 else x0, top, x0 + 60, top + 10),
        lines=(Line(words=(word,), box=box, page=1),),
        page=1,
    )


def _hired_staff() -> TableBlock:
    rows: list[list[Cell | None]] = [
        [
            _cell("Belopp i miljoner kronor", 10, 0),
            _cell("Utfall 2023", 200, 0),
            _cell("Utfall 2024", 300, 0),
        ]
    ]
    body = [
        ("Primärvård", 10, None, None, False),
        ("Läkare", 22, "-68,8", "-66,8", False),
        ("Sjuksköterska", 22, "-10,7", "-8,0", False),
        ("Summa Primärvård", 10, "-79", "-75", True),
    ]
    for index, (label, x0, a, b, bold) in enumerate(body, start=1):
        top = 20.0 * index
        rows.append(
            [
                _cell(label, x0, top, bold),
                _cell(a, 200, top, bold) if a else None,
                _cell(b, 300, top, bold) if b else None,
            ]
        )
    return TableBlock(rows=rows, header_rows=1, page_start=1, page_end=1, ruled=True)


def test_nested_row_groups_get_levels_and_totals() -> None:
    table = block_to_table(_hired_staff(), "table-1")
    assert [(r.label, r.level, r.is_total) for r in table.rows] == [
        ("Primärvård", 0, False),
        ("Läkare", 1, False),
        ("Sjuksköterska", 1, False),
        ("Summa Primärvård", 0, True),
    ]


def test_kind_and_unit_from_caption_and_header() -> None:
    block = _hired_staff()
    table = block_to_table(block, "table-1")
    context = TableContext(
        (), ("Kostnader HSF hyrpersonal",), "Belopp i miljoner kronor Utfall 2023 Utfall 2024"
    )
    assert table_to_kind(table, context) == TableKind.INHYRD_PERSONAL
    assert table_to_unit(table, context) == "mnkr"


def test_row_words_claim_a_result_table_and_text_tables_stay_unknown() -> None:
    block = _hired_staff()
    table = block_to_table(block, "table-1")
    rows = [
        r.model_copy(update={"label": "Skatteintäkter"}) if r.label == "Läkare" else r
        for r in table.rows
    ]
    empty = TableContext((), (), "")
    assert table_to_kind(table.model_copy(update={"rows": rows}), empty) == TableKind.RESULTAT
    assert table_to_kind(table, empty) == TableKind.OTHER
    texts = [
        r.model_copy(update={"cells": [c.model_copy(update={"value": None}) for c in r.cells]})
        for r in table.rows
    ]
    assert table_to_kind(table.model_copy(update={"rows": texts}), empty) == TableKind.UNKNOWN


@pytest.mark.skipif(
    not (SAMPLES / "004_manadsrapport_rd_2024_jul.pdf").exists(), reason="no samples"
)
def test_monthly_report_tables_are_claimed_and_checked() -> None:
    from delar_extract.pipeline import extract

    report = extract(SAMPLES / "004_manadsrapport_rd_2024_jul.pdf")
    kinds = {t.kind: t for t in reversed(report.tables)}  # the first table of each kind
    assert {TableKind.DRIFTREDOVISNING, TableKind.RESULTAT, TableKind.INHYRD_PERSONAL} <= set(kinds)
    assert kinds[TableKind.DRIFTREDOVISNING].unit == "mnkr"
    hired = kinds[TableKind.INHYRD_PERSONAL]
    rounding_ok = [c for c in hired.checks if c.rule == "row-total"]
    assert len(rounding_ok) == 3 and all(c.ok for c in rounding_ok)
    assert all(c.ok for c in kinds[TableKind.DRIFTREDOVISNING].checks)

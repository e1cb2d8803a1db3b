"""Table arithmetic checks on hand-built tables."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delar_extract.checks import check_tables, table_to_checks
from delar_extract.model import Cell, Column, Measure, Row, Table, TableKind


def _cell(value: float | None, decimals: int = 0) -> Cell:
    if value is None:
        return Cell(text="", value=None)
    text = f"{value:.{decimals}f}".replace(".", ",").replace("-", "−")
    return Cell(text=text, value=round(value, decimals))


def _row(
    label: str, values: list[float | None], level: int = 0, total: bool = False, decimals: int = 0
) -> Row:
    return Row(
        label=label, cells=[_cell(v, decimals) for v in values], level=level, is_total=total, page=1
    )


def _table(rows: list[Row], columns: list[Column] | None = None) -> Table:
    width = len(rows[0].cells)
    return Table(
        id="table-1",
        kind=TableKind.OTHER,
        page_start=1,
        page_end=1,
        columns=columns or [Column(label=f"c{i}") for i in range(width)],
        rows=rows,
    )


def test_nested_row_groups_sum_to_their_totals_with_rounding() -> None:
    table = _table(
        [
            _row("Primärvård", [None, None]),
            _row("Läkare", [-68.8, -66.8], level=1, decimals=1),
            _row("Sjuksköterska", [-10.7, -8.0], level=1, decimals=1),
            _row("Summa Primärvård", [-79, -75], total=True),
            _row("Sjukhusvård", [None, None]),
            _row("Läkare", [-57.9, -62.9], level=1, decimals=1),
            _row("Sjuksköterska", [-26.8, -28.4], level=1, decimals=1),
            _row("Summa Sjukhusvård", [-85, -91], total=True),
            _row("TOTALT", [-164, -166], total=True),
        ]
    )
    checks = table_to_checks(table)
    assert [c.rule for c in checks] == ["row-total"] * 3
    assert all(c.ok for c in checks), checks
    assert "'Summa Primärvård', 'Summa Sjukhusvård'" in checks[2].detail


def test_a_total_that_does_not_add_up_fails_and_says_by_how_much() -> None:
    table = _table([_row("A", [10, 1]), _row("B", [20, 2]), _row("Summa", [35, 3], total=True)])
    tables, warnings = check_tables([table])
    (check,) = tables[0].checks
    assert not check.ok
    assert "difference 5" in check.detail and "c0" in check.detail
    assert [w.code for w in warnings] == ["table-total-mismatch"]
    assert "difference 5" in warnings[0].message


def test_totals_of_totals_and_a_grand_total() -> None:
    table = _table(
        [
            _row("Nämnd A", [-100]),
            _row("Nämnd B", [-50]),
            _row("Verksamhetens nettokostnader", [-150], total=True),
            _row("Skatteintäkter", [120]),
            _row("Statsbidrag", [40]),
            _row("Summa skatter och statsbidrag", [160], total=True),
            _row("Verksamhetens resultat", [10], total=True),
        ]
    )
    assert [c.ok for c in table_to_checks(table)] == [True, True, True]


def test_deviation_sign_convention_is_detected() -> None:
    columns = [
        Column(label="Prognos", measure=Measure.PROGNOS, period="2024"),
        Column(label="Budget", measure=Measure.BUDGET, period="2024"),
        Column(label="Prognos avvikelse", measure=Measure.AVVIKELSE, period="2024"),
    ]
    table = _table([_row("A", [714, 648, -66]), _row("B", [168, 175, 7])], columns)
    (check,) = table_to_checks(table)
    assert check.ok and "'Budget' − 'Prognos'" in check.detail


def test_deviation_mismatch_is_a_warning() -> None:
    columns = [
        Column(label="Utfall", measure=Measure.UTFALL, period="2024-07"),
        Column(label="Budget", measure=Measure.BUDGET, period="2024-07"),
        Column(label="Avvikelse", measure=Measure.AVVIKELSE, period="2024-07"),
    ]
    table = _table(
        [_row("A", [-63, -67, 4]), _row("B", [-51, -54, 3]), _row("C", [-10, -20, 3])], columns
    )
    _, warnings = check_tables([table])
    assert [w.code for w in warnings] == ["table-deviation-mismatch"]
    assert "difference -7" in warnings[0].message


def test_accumulated_at_least_month() -> None:
    columns = [
        Column(label="Juli / Utfall", measure=Measure.UTFALL, period="2024-07"),
        Column(label="Ack utfall", measure=Measure.UTFALL, period="ack 2024-07"),
    ]
    table = _table([_row("A", [-63, -574]), _row("B", [-51, -30])], columns)
    (check,) = table_to_checks(table)
    assert not check.ok and "row 'B'" in check.detail


parts = st.lists(st.integers(min_value=-(10**6), max_value=10**6), min_size=1, max_size=12)


@given(parts, st.integers(min_value=0, max_value=2))
def test_a_consistent_table_always_passes(values: list[int], decimals: int) -> None:
    scale = 10**decimals
    rows = [_row(f"r{i}", [v / scale], decimals=decimals) for i, v in enumerate(values)]
    rows.append(_row("Summa", [sum(values) / scale], total=True, decimals=decimals))
    assert all(c.ok for c in table_to_checks(_table(rows)))


@given(parts, st.integers(min_value=2, max_value=10**5), st.booleans())
def test_perturbing_a_cell_beyond_rounding_fails(values: list[int], delta: int, up: bool) -> None:
    rows = [_row(f"r{i}", [float(v)]) for i, v in enumerate(values)]
    rows.append(_row("Summa", [float(sum(values) + (delta if up else -delta))], total=True))
    (check,) = table_to_checks(_table(rows))
    assert not check.ok and "difference" in check.detail

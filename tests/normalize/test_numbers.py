"""Swedish number formats: examples from the seeds, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delar_extract.normalize.numbers import parse_cell, parse_number, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 037", 1037.0),
        ("-2 100", -2100.0),
        ("\u221253", -53.0),
        ("4,68", 4.68),
        ("1\u00a0118", 1118.0),
        ("132\u202f801", 132801.0),
        ("-1 031", -1031.0),
        ("0", 0.0),
        ("+34", 34.0),
        ("– 100", -100.0),
    ],
)
def test_parse_number_examples(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["", "-", "Öka", "2025-08-31", "1 03", "12 3456", "4,6,8", "abc 12"]
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("+34 mnkr", 34.0, "mnkr"),
        ("0,4 mnkr", 0.4, "mnkr"),
        ("3,5 %", 3.5, "%"),
        ("74,6 %", 74.6, "%"),
        ("2 661 miljoner kronor", 2661.0, "mnkr"),
        ("5,8 procent", 5.8, "%"),
        ("-45 mkr", -45.0, "mnkr"),
    ],
)
def test_parse_quantity_examples(text: str, value: float, unit: str) -> None:
    parsed = parse_quantity(text)
    assert parsed is not None
    assert (parsed.value, parsed.unit) == (value, unit)


@pytest.mark.parametrize("text", ["", "-", "–", "Öka", "Går ej att bedöma"])
def test_empty_and_word_cells_have_no_value(text: str) -> None:
    assert parse_cell(text) is None


def _swedish(value: int, decimals: int, frac: int, minus: str, space: str) -> str:
    digits = f"{abs(value):,}".replace(",", space)
    text = digits + (f",{frac:0{decimals}d}" if decimals else "")
    return (minus if value < 0 else "") + text


@given(
    value=st.integers(min_value=-(10**9), max_value=10**9),
    decimals=st.integers(min_value=0, max_value=2),
    frac=st.integers(min_value=0, max_value=99),
    minus=st.sampled_from(["-", "\u2212", "\u2013"]),
    space=st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]),
)
def test_printed_numbers_round_trip(
    value: int, decimals: int, frac: int, minus: str, space: str
) -> None:
    frac = frac % (10**decimals) if decimals else 0
    text = _swedish(value, decimals, frac, minus, space)
    parsed = parse_number(text)
    assert parsed is not None
    magnitude = abs(value) + (frac / 10**decimals if decimals else 0)
    expected = -magnitude if value < 0 else magnitude
    assert parsed == pytest.approx(expected)


@given(st.text(max_size=30))
def test_parse_number_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, float)


@given(st.text(max_size=30))
def test_parse_quantity_never_raises(text: str) -> None:
    result = parse_quantity(text)
    assert result is None or isinstance(result.value, float)

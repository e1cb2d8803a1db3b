"""The number grammar takes apart figures printed in one run."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delar_extract.normalize.numbers import parse_cell, split_figures


def _printed(value: int) -> str:
    """A figure as a Swedish table prints it: U+2212 minus, thin-space groups."""
    digits = f"{abs(value):,}".replace(",", "\u2009")
    return ("\u2212" if value < 0 else "") + digits


def test_signed_figures_split() -> None:
    assert split_figures("\u2212265 \u2212287 \u2212277") == ["\u2212265", "\u2212287", "\u2212277"]


def test_three_digit_group_continues_the_figure() -> None:
    assert split_figures("\u22121 031 \u22121 131") == ["\u22121 031", "\u22121 131"]


def test_words_are_no_figures() -> None:
    assert split_figures("Går ej att bedöma") == []
    assert split_figures("12 st kvar") == []


@given(st.lists(st.integers(min_value=-(10**7), max_value=-1), min_size=1, max_size=6))
def test_negative_figures_round_trip(values: list[int]) -> None:
    """Every printed negative figure comes back, in order, with its value."""
    figures = split_figures(" ".join(_printed(v) for v in values))
    assert [parse_cell(f) for f in figures] == [float(v) for v in values]


@given(st.integers(min_value=0, max_value=10**9))
def test_one_grouped_figure_stays_one(value: int) -> None:
    assert split_figures(_printed(value)) == [_printed(value)]

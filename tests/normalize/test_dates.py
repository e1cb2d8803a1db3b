"""Swedish dates → ISO."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delar_extract.normalize.dates import find_year, month_number, parse_date

MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-12-31", date(2025, 12, 31)),
        ("Tertial: aug, dec 2025-12-31", date(2025, 12, 31)),
        ("31 december 2025", date(2025, 12, 31)),
        ("december 2021", date(2021, 12, 31)),
        ("Februari 2024", date(2024, 2, 29)),
        ("per augusti 2025", date(2025, 8, 31)),
    ],
)
def test_parse_date_examples(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "Öka", "2025-13-40", "snart"])
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_month_abbreviations() -> None:
    assert month_number("aug") == 8
    assert month_number("Sept.") == 9
    assert month_number("Augusti") == 8
    assert month_number("tertial") is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_day_month_year_round_trip(day: date) -> None:
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    assert parse_date(text) == day
    assert parse_date(day.isoformat()) == day


@given(st.text(max_size=40))
def test_parse_date_never_raises(text: str) -> None:
    parse_date(text)
    find_year(text)

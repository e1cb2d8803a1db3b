"""Label keys: the same line printed two ways gets one key; keys are stable."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delar_extract.normalize.labels import label_key


@pytest.mark.parametrize(
    ("printed", "other"),
    [
        ("Verksamhetens Nettokostnader", "Verksamhetens nettokostnader"),
        ("2 Hälso- och sjukvårdsförvaltningen", "Hälso- och sjukvårdsförvaltningen"),
        ("Summa skatter och statsbidrag¹", "Summa skatter  och\nstatsbidrag"),
        ("-svenska aktier", "svenska aktier"),
        ("• Hyror*", "Hyror"),
        ("1.2 Personal", "Personal"),
        ("a) Lokaler", "Lokaler"),
        ("Budget – avvikelse", "Budget - avvikelse"),
        ("Ma\u0308l", "Mäl"),  # decomposed and composed ä
    ],
)
def test_the_same_line_printed_two_ways_has_one_key(printed: str, other: str) -> None:
    assert label_key(printed) == label_key(other)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("12 mån", "mån"),  # a count, not numbering
        ("2023-06", "2023-07"),
        ("Utfall 2024", "Utfall 2023"),
        ("Hälso- och sjukvård", "Hälso och sjukvård"),
        ("-53", "53"),  # a negative number is not a bullet
    ],
)
def test_different_lines_keep_different_keys(first: str, second: str) -> None:
    assert label_key(first) != label_key(second)


def test_none_and_blank_have_no_key() -> None:
    assert label_key(None) is None
    assert label_key("  ¹ ") is None


labels = st.text(
    alphabet=st.sampled_from(list("aAåÄöÖxZ 12.)-–•*¹\n\u0308")), min_size=0, max_size=20
)


@given(labels)
def test_key_is_idempotent_nfc_and_tidy(label: str) -> None:
    key = label_key(label)
    if key is None:
        return
    assert label_key(key) == key
    assert unicodedata.is_normalized("NFC", key)
    assert key == " ".join(key.split())
    assert key == key.casefold()


@given(labels)
def test_key_ignores_spacing(label: str) -> None:
    assert label_key(label) == label_key("  " + label.replace(" ", "   \n") + " ")

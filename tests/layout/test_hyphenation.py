"""Line-end hyphenation: join breaks, keep compounds."""

from __future__ import annotations

import pytest

from delar_extract.layout.hyphenation import join_hyphenated, join_lines


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("fortsätta ut-", "veckla verksamheten", "fortsätta utveckla verksamheten"),
        ("kopplat till IT-", "arbetsplatsen (datorer)", "kopplat till IT-arbetsplatsen (datorer)"),
        ("inom hälso-", "och sjukvården", "inom hälso- och sjukvården"),
        ("Region Väster-", "botten", "Region Västerbotten"),
        ("enligt plan.", "Nästa steg", "enligt plan. Nästa steg"),
        ("COVID-", "19 vaccinationer", "COVID-19 vaccinationer"),
        ("Norrbotten-", "Västerbotten", "Norrbotten-Västerbotten"),
    ],
)
def test_join_hyphenated(first: str, second: str, joined: str) -> None:
    assert join_hyphenated(first, second) == joined


def test_join_lines_of_a_paragraph() -> None:
    lines = ["Arbetet med att minska personal-", "kostnader inom regionstyrelsen", "fortsätter."]
    assert (
        join_lines(lines)
        == "Arbetet med att minska personalkostnader inom regionstyrelsen fortsätter."
    )

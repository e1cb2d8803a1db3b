"""Status words and colours → contract statuses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delar_extract.normalize.colors import pdf_color_to_hex
from delar_extract.normalize.statuses import (
    Palette,
    assessment_from_text,
    assignment_from_text,
    default_assessment_palette,
    legend_palette,
)


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Målet uppfylls helt", "fulfilled"),
        ("Mål kommer helt uppfyllas", "fulfilled"),
        ("Uppnått", "fulfilled"),
        ("Mål kommer delvis uppfyllas", "partially_fulfilled"),
        ("Målvärdet uppfylls delvis", "partially_fulfilled"),
        ("Målet uppfylls inte", "not_fulfilled"),
        ("Negativt/inte uppnått", "not_fulfilled"),
        ("Inga data", "no_data"),
        ("Inga tillgängliga data", "no_data"),
        ("Går ej att bedöma", "not_assessable"),
    ],
)
def test_assessment_labels(label: str, status: str) -> None:
    assert assessment_from_text(label) == status


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Pågående", "ongoing"),
        ("Planenligt", "on_track"),
        ("Klar", "completed"),
        ("Genomfört", "completed"),
        ("Genomförd", "completed"),
        ("Avslutad", "completed"),
        ("Klar med avvikelse", "completed_with_deviation"),
        ("Klar med\navvikelse", "completed_with_deviation"),
        ("Delvis genomfört", "partially_completed"),
        ("Ej påbörjad", "not_started"),
        ("Försenad", "delayed"),
        ("Ej enligt plan", "delayed"),
        ("Avbruten", "cancelled"),
    ],
)
def test_assignment_labels(label: str, status: str) -> None:
    assert assignment_from_text(label) == status


@pytest.mark.parametrize(
    ("color", "status"),
    [
        ("#3AA655", "fulfilled"),
        ("#00B050", "fulfilled"),
        ("#38A050", "fulfilled"),
        ("#F2C500", "partially_fulfilled"),
        ("#FFC000", "partially_fulfilled"),
        ("#D7263D", "not_fulfilled"),
        ("#FF0000", "not_fulfilled"),
        ("#A0A0A0", "no_data"),
    ],
)
def test_default_palette(color: str, status: str) -> None:
    assert default_assessment_palette().status_of(color) == status


def test_legend_overrides_default_colours() -> None:
    # A template whose legend says blue = met, purple = not met.
    legend = legend_palette(
        {"Målet uppfylls helt": "#1F4E9A", "Målet uppfylls inte": "#7030A0"},
        default_assessment_palette(),
    )
    assert legend.from_legend
    assert legend.status_of("#1F4E9A") == "fulfilled"
    assert legend.status_of("#2050A0") == "fulfilled"  # a shade of the legend's blue
    assert legend.status_of("#7030A0") == "not_fulfilled"
    assert legend.status_of("#F2C500") == "partially_fulfilled"  # not in legend: default


def test_unrelated_colour_is_not_guessed() -> None:
    palette = Palette({"fulfilled": ("#00B050",)})
    assert palette.status_of("#7030A0") is None


@pytest.mark.parametrize(
    ("color", "status"),
    [
        ("#C6EFCE", "fulfilled"),  # spreadsheet cell styles: pale "good", "neutral", "bad"
        ("#FFEB9C", "partially_fulfilled"),
        ("#FFC7CE", "not_fulfilled"),
        ("#B4C0CC", "no_data"),  # a bluish grey is grey
        ("#7030A0", None),  # no reference has its hue
    ],
)
def test_a_colour_near_no_reference_reads_by_its_hue(color: str, status: str | None) -> None:
    assert default_assessment_palette().status_of(color) == status


@pytest.mark.parametrize(
    ("color", "hex_"),
    [
        ((0, 0.69, 0.314), "#00B050"),
        ((0.5,), "#808080"),
        (1, "#FFFFFF"),
        ((0, 0, 0, 1), "#000000"),
        ((0, 0, 1, 0), "#FFFF00"),
        (None, None),
        ("P1", None),
    ],
)
def test_pdf_colours(color: object, hex_: str | None) -> None:
    assert pdf_color_to_hex(color) == hex_  # type: ignore[arg-type]


@given(st.tuples(*(st.floats(0, 1) for _ in range(3))))
def test_palette_never_raises(rgb: tuple[float, float, float]) -> None:
    color = pdf_color_to_hex(rgb)
    assert color is not None
    default_assessment_palette().status_of(color)


@given(st.text(max_size=60))
def test_status_words_never_raise(text: str) -> None:
    assessment_from_text(text)
    assignment_from_text(text)


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Uppfyllt", "fulfilled"),
        ("Delvis uppfyllt", "partially_fulfilled"),
        ("Ej uppfyllt", "not_fulfilled"),
        ("Uppnås", "fulfilled"),
        ("Uppnås delvis", "partially_fulfilled"),
        ("Uppnås ej", "not_fulfilled"),
        ("God måluppfyllelse", "fulfilled"),
    ],
)
def test_assessment_labels_of_other_reports(label: str, status: str) -> None:
    assert assessment_from_text(label) == status


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Påbörjad", "ongoing"),
        ("Pågår", "ongoing"),
        ("Ej startad", "not_started"),
        ("Avvaktar", "not_started"),
        ("Vilande", "not_started"),
        ("Genomförd", "completed"),
        ("Försenad", "delayed"),
    ],
)
def test_assignment_labels_of_other_reports(label: str, status: str) -> None:
    assert assignment_from_text(label) == status


@given(st.sampled_from(["Uppnås ej", "Ej uppfyllt", "Uppfylls ej"]), st.sampled_from(["", "."]))
def test_negated_fulfilment_is_never_fulfilled(label: str, end: str) -> None:
    """A negation after the verb ("uppnås ej") wins over the verb alone."""
    assert assessment_from_text(label + end) == "not_fulfilled"


@pytest.mark.parametrize("label", ["-", "–", " — ", ".."])
def test_a_dash_alone_is_no_data(label: str) -> None:
    assert assessment_from_text(label) == "no_data"


@pytest.mark.parametrize("label", ["Andel inköp i e-handel", "-2,3 %", "Uppnått - delvis"])
def test_a_dash_within_a_label_is_no_status_of_its_own(label: str) -> None:
    assert assessment_from_text(label) != "no_data"


@given(
    st.text(alphabet="-–—. ", min_size=1).filter(
        lambda s: s.strip() not in ("-", "–", "—", "..", "…")
    )
)
def test_only_the_listed_marks_read_as_no_data(text: str) -> None:
    assert assessment_from_text(text) is None

"""Statuses from printed labels and the marks attached to them (icons, shapes,
glyphs, cell colours); finding and attaching the marks is tested in
``tests/layout/test_marks.py``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delar_extract.layout.objects import Mark, MarkShape
from delar_extract.model.vocab import AssessmentStatus, AssignmentStatusValue, Basis
from delar_extract.normalize.statuses import default_assessment_palette, default_assignment_palette
from delar_extract.parsers.status_marks import read_assessment, read_assignment_status
from delar_extract.pdf.objects import Box

PALETTE = default_assessment_palette()


def mark(color: str | None, alt: str | None = None, shape: MarkShape = MarkShape.ICON) -> Mark:
    """A 10 pt mark attached to nothing: the reader looks at colour and alt only."""
    return Mark(Box(55, 105, 65, 115), 1, shape, color, alt)


def test_raster_icon_colour_gives_the_status() -> None:
    marks = [mark("#F0C000")]
    assessment, warnings = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is not None and not warnings
    assert assessment.status == AssessmentStatus.PARTIALLY_FULFILLED
    assert (assessment.basis, assessment.color, assessment.label) == (Basis.COLOR, "#F0C000", None)


def test_label_and_colour_that_agree_are_text_and_colour() -> None:
    marks = [mark("#38A050")]
    assessment, warnings = read_assessment("Mål kommer helt uppfyllas", marks, PALETTE, 1, "x")
    assert assessment is not None and assessment.status == AssessmentStatus.FULFILLED
    assert assessment.basis == Basis.TEXT_COLOR and not warnings


def test_label_that_contradicts_its_colour_is_reported() -> None:
    marks = [mark("#D7263D")]
    assessment, warnings = read_assessment("Målet uppfylls helt", marks, PALETTE, 4, "Mål 2")
    assert assessment is not None and assessment.status == AssessmentStatus.FULFILLED
    assert [w.code for w in warnings] == ["status-label-colour-conflict"]
    assert warnings[0].page == 4 and "Mål 2" in warnings[0].message


def test_a_colour_no_palette_knows_is_reported() -> None:
    marks = [mark("#7030A0", shape=MarkShape.CIRCLE)]
    assessment, warnings = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is None
    assert [w.code for w in warnings] == ["status-colour-unknown"]


def test_alt_text_of_a_tagged_icon() -> None:
    marks = [mark(None, alt="Målet uppfylls delvis")]
    assessment, _ = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is not None
    assert (assessment.status, assessment.basis) == (
        AssessmentStatus.PARTIALLY_FULFILLED,
        Basis.ALT_TEXT,
    )


def test_cell_background_is_the_status_colour() -> None:
    fill = Mark(Box(300, 100, 360, 140), 1, MarkShape.FILL, "#D7263D")
    status, _ = read_assignment_status(None, [fill], default_assignment_palette(), 1, "x")
    assert status is not None
    assert (status.status, status.basis, status.color) == (
        AssignmentStatusValue.DELAYED,
        Basis.COLOR,
        "#D7263D",
    )


def test_wrapped_status_label_is_one_label() -> None:
    status, _ = read_assignment_status(
        "Klar med avvikelse", [], default_assignment_palette(), 1, ""
    )
    assert status is not None
    assert status.status == AssignmentStatusValue.COMPLETED_WITH_DEVIATION
    assert (status.label, status.basis) == ("Klar med avvikelse", Basis.TEXT)


def test_unknown_printed_status_is_kept_as_unknown() -> None:
    status, _ = read_assignment_status("Remitterad", [], default_assignment_palette(), 1, "")
    assert status is not None and status.status == AssignmentStatusValue.UNKNOWN
    assert status.label == "Remitterad"


def test_a_printed_status_on_any_agreeing_colour_is_no_conflict() -> None:
    marks = [mark("#38A050")]
    status, warnings = read_assignment_status("Klar", marks, default_assignment_palette(), 1, "")
    assert status is not None and status.status == AssignmentStatusValue.COMPLETED
    assert not warnings


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255), st.booleans())
def test_reading_never_raises(r: int, g: int, b: int, labelled: bool) -> None:
    color = f"#{r:02X}{g:02X}{b:02X}"
    marks = [mark(color)]
    label = "Mål kommer delvis uppfyllas" if labelled else None
    assessment, warnings = read_assessment(label, marks, PALETTE, 1, "x")
    assert assessment is not None or warnings or not marks

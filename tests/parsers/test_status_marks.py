"""Statuses from printed labels, raster icons, vector shapes, glyphs, cell colours."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delar_extract.model.vocab import AssessmentStatus, AssignmentStatusValue, Basis
from delar_extract.normalize.statuses import default_assessment_palette, default_assignment_palette
from delar_extract.parsers.status_marks import (
    cell_marks,
    marks_in,
    read_assessment,
    read_assignment_status,
)
from delar_extract.pdf.objects import Box, Image, Word
from tests.parsers.builders import cell, content, document, dot, fill, icon

REGION = Box(50, 100, 150, 120)
PALETTE = default_assessment_palette()


def test_raster_icon_colour_gives_the_status() -> None:
    page = content(images=[icon(55, 105, "#F0C000")])
    marks = marks_in(REGION, page)
    assessment, warnings = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is not None and not warnings
    assert assessment.status == AssessmentStatus.PARTIALLY_FULFILLED
    assert (assessment.basis, assessment.color, assessment.label) == (Basis.COLOR, "#F0C000", None)


def test_vector_shape_and_glyph_colours_are_marks() -> None:
    glyph = Word("●", Box(120, 105, 127, 115), "Font", 10, False, "#D7263D")
    page = content(shapes=[dot(55, 105, "#3AA655")], words=[glyph])
    marks = marks_in(REGION, page)
    assert [(m.source, m.color) for m in marks] == [("shape", "#3AA655"), ("glyph", "#D7263D")]


def test_big_images_are_no_marks() -> None:
    chart = Image(Box(50, 90, 300, 200), 900, 400, "#3AA655")
    assert marks_in(Box(0, 0, 595, 842), content(images=[chart])) == []


def test_label_and_colour_that_agree_are_text_and_colour() -> None:
    marks = marks_in(REGION, content(images=[icon(55, 105, "#38A050")]))
    assessment, warnings = read_assessment("Mål kommer helt uppfyllas", marks, PALETTE, 1, "x")
    assert assessment is not None and assessment.status == AssessmentStatus.FULFILLED
    assert assessment.basis == Basis.TEXT_COLOR and not warnings


def test_label_that_contradicts_its_colour_is_reported() -> None:
    marks = marks_in(REGION, content(images=[icon(55, 105, "#D7263D")]))
    assessment, warnings = read_assessment("Målet uppfylls helt", marks, PALETTE, 4, "Mål 2")
    assert assessment is not None and assessment.status == AssessmentStatus.FULFILLED
    assert [w.code for w in warnings] == ["status-label-colour-conflict"]
    assert warnings[0].page == 4 and "Mål 2" in warnings[0].message


def test_a_colour_no_palette_knows_is_reported() -> None:
    marks = marks_in(REGION, content(shapes=[dot(55, 105, "#7030A0")]))
    assessment, warnings = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is None
    assert [w.code for w in warnings] == ["status-colour-unknown"]


def test_alt_text_of_a_tagged_icon() -> None:
    marks = marks_in(REGION, content(images=[icon(55, 105, None, alt="Målet uppfylls delvis")]))
    assessment, _ = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is not None
    assert (assessment.status, assessment.basis) == (
        AssessmentStatus.PARTIALLY_FULFILLED,
        Basis.ALT_TEXT,
    )


def test_cell_background_is_the_status_colour() -> None:
    row = [cell("Minska hyrberoendet", Box(50, 100, 300, 140)), cell(None, Box(300, 100, 360, 140))]
    page = content(rects=[fill(Box(300, 100, 360, 140), "#D7263D")])
    layout = document([page])
    status, _ = read_assignment_status(
        None, cell_marks(layout, row, 1), default_assignment_palette(), 1, "x"
    )
    assert status is not None
    assert (status.status, status.basis, status.color) == (
        AssignmentStatusValue.DELAYED,
        Basis.COLOR,
        "#D7263D",
    )


def test_row_shading_is_no_status() -> None:
    row = [cell("Minska hyrberoendet", Box(50, 100, 300, 140)), cell(None, Box(300, 100, 360, 140))]
    shading = [fill(Box(50, 100, 300, 140), "#3AA655"), fill(Box(300, 100, 360, 140), "#3AA655")]
    layout = document([content(rects=shading)])
    assert cell_marks(layout, row, 1) == []


def test_pale_tints_are_no_status() -> None:
    row = [cell("A", Box(50, 100, 300, 140)), cell(None, Box(300, 100, 360, 140))]
    layout = document([content(rects=[fill(Box(300, 100, 360, 140), "#EEF2F7")])])
    assert cell_marks(layout, row, 1) == []


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
    marks = marks_in(REGION, content(images=[icon(55, 105, "#38A050")]))
    status, warnings = read_assignment_status("Klar", marks, default_assignment_palette(), 1, "")
    assert status is not None and status.status == AssignmentStatusValue.COMPLETED
    assert not warnings


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255), st.booleans())
def test_reading_never_raises(r: int, g: int, b: int, labelled: bool) -> None:
    color = f"#{r:02X}{g:02X}{b:02X}"
    marks = marks_in(REGION, content(images=[icon(55, 105, color)]))
    label = "Mål kommer delvis uppfyllas" if labelled else None
    assessment, warnings = read_assessment(label, marks, PALETTE, 1, "x")
    assert assessment is not None or warnings or not marks

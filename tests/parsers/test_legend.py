"""A document's own legend decides what its colours mean."""

from __future__ import annotations

from delar_extract.layout.marks import line_marks
from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.model import Document, ReportType, TableKind
from delar_extract.model.vocab import AssessmentStatus, Basis
from delar_extract.normalize.statuses import default_assessment_palette
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.parsers.legend import LegendParser, Legends
from delar_extract.parsers.status_marks import read_assessment
from delar_extract.pdf.objects import Box
from tests.parsers.builders import content, document, fill, grid, icon, line

EDGES = [50.0, 200.0, 260.0]
# A legend in colours far from the defaults: blue met, purple partly, black not.
COLOURS = {"Målet uppfylls helt": "#1F4E9C", "Målet uppfylls delvis": "#8E44AD"}
COLOURS["Målet uppfylls inte"] = "#202020"


def _legend_document(header: str = "Färg") -> tuple[LayoutDocument, Line]:
    rows: list[list[str | None]] = [["Status", header]]
    rows += [[label, ""] for label in COLOURS]
    table = grid(rows, EDGES)
    swatches = [
        fill(Box(EDGES[1], 100 + 40 * (i + 1), EDGES[2], 140 + 40 * (i + 1)), color)
        for i, color in enumerate(COLOURS.values())
    ]
    # An indicator whose status is an icon in a shade of the legend's purple.
    indicator = line("Andel nöjda invånare", 70, 402)
    page = content(rects=swatches, images=[icon(52, 402, "#8C43AA")])
    return document([page], [[indicator]], tables=[table]), indicator


def _legends(layout: LayoutDocument) -> Legends:
    claims = layout_to_claims(layout, Document(report_type=ReportType.DELARSRAPPORT))
    return LegendParser().parse(layout, claims.of(TableKind.LEGEND))


def _roles(layout: LayoutDocument) -> list[TableKind]:
    claims = layout_to_claims(layout, Document(report_type=ReportType.DELARSRAPPORT))
    return [claim.role for claim in claims.tables]


def test_colours_map_through_the_documents_legend() -> None:
    layout, indicator = _legend_document()
    legends = _legends(layout)
    assert _roles(layout) == [TableKind.LEGEND]
    assert legends.assessment.from_legend
    marks = line_marks(layout, indicator)
    assert len(marks) == 1
    assessment, _ = read_assessment(None, marks, legends.assessment, 1, "x")
    assert assessment is not None
    assert (assessment.status, assessment.basis) == (
        AssessmentStatus.PARTIALLY_FULFILLED,
        Basis.COLOR,
    )
    # Without the legend, purple means nothing.
    assert default_assessment_palette().status_of("#8C43AA") is None


def test_legend_statuses_it_does_not_name_keep_the_default_colours() -> None:
    layout, _ = _legend_document()
    palette = _legends(layout).assessment
    assert palette.status_of("#A0A0A0") == "no_data"


def test_a_table_without_a_colour_column_is_no_legend() -> None:
    layout, _ = _legend_document(header="Kriterie")
    legends = _legends(layout)
    assert TableKind.LEGEND not in _roles(layout)
    assert not legends.assessment.from_legend

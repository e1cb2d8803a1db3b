"""Marks read from real PDFs: statuses drawn four ways in shades near the legend's,
and icons whose meaning is only in their alt text (rendered here with WeasyPrint)."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from delar_extract.layout.assemble import pages_to_layout
from delar_extract.layout.objects import MarkShape
from delar_extract.model.vocab import AssessmentStatus, Basis
from delar_extract.normalize.statuses import default_assessment_palette
from delar_extract.pdf.reader import iter_pages, open_pdf
from delar_extract.pipeline import extract

weasyprint = pytest.importorskip("weasyprint")

CSS = (
    "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;margin:8pt 0}"
    "td,th{border:0.5pt solid #444;padding:3pt 5pt;text-align:left}"
)
# The document's legend: blue met, purple partly, brown not.
LEGEND = {
    "Målet uppfylls helt": "#1F6FB2",
    "Målet uppfylls delvis": "#8E44AD",
    "Målet uppfylls inte": "#8B4513",
}
# Each indicator's status, drawn in a shade near (not equal to) a legend colour:
# a vector circle, a glyph, a cell fill, a square, an inline SVG smiley (whose
# eyes are too small to be marks).
CIRCLE = (
    '<svg width="9pt" height="9pt" viewBox="0 0 10 10">'
    '<circle cx="5" cy="5" r="5" fill="{}"/></svg>'
)
SMILEY = (
    '<svg width="10pt" height="10pt" viewBox="0 0 20 20"><circle cx="10" cy="10" r="10" '
    'fill="{}"/><circle cx="6.5" cy="7" r="1.5" fill="#000"/><circle cx="13.5" cy="7" '
    'r="1.5" fill="#000"/><path d="M5 12 Q10 17 15 12" stroke="#000" fill="none"/></svg>'
)
GLYPH = '<span style="color:{}">●</span>'
SQUARE = '<span style="display:inline-block;width:8pt;height:8pt;background:{}"></span>'
ROWS = [
    ("Andel nöjda patienter", CIRCLE, "#2A78BF", MarkShape.CIRCLE, "fulfilled"),
    ("Väntetid till första besök", GLYPH, "#9B4FBA", MarkShape.GLYPH, "partially_fulfilled"),
    ("Antal vårdskador", None, "#7A3E14", MarkShape.FILL, "not_fulfilled"),
    ("Sjukfrånvaro", SQUARE, "#2D6AA8", MarkShape.SQUARE, "fulfilled"),
    ("Besök i kulturhusen", SMILEY, "#9A4DB8", MarkShape.CIRCLE, "partially_fulfilled"),
]


def _page(body: str) -> str:
    return (
        f"<html lang='sv'><head><meta charset='utf-8'><title>Delårsrapport</title>"
        f"<style>{CSS}</style></head><body><h1>Delårsrapport augusti 2025</h1>{body}</body></html>"
    )


def _legend_report(path: Path, text_legend: bool = False) -> Path:
    if text_legend:  # one line: "● Målet uppfylls helt ● Målet uppfylls delvis …"
        legend = "<p>" + " ".join(
            f"<span style='color:{color}'>●</span> {label}" for label, color in LEGEND.items()
        )
        legend += "</p>"
    else:
        rows = "".join(
            f"<tr><td>{label}</td><td style='background:{color};width:40pt'></td></tr>"
            for label, color in LEGEND.items()
        )
        legend = f"<table><tr><th>Status</th><th>Färg</th></tr>{rows}</table>"
    rows = "".join(
        f"<tr><td>{name}</td><td>{i + 80} %</td><td>90 %</td>"
        + (f"<td>{draw.format(color)}</td>" if draw else f"<td style='background:{color}'></td>")
        + "</tr>"
        for i, (name, draw, color, _, _) in enumerate(ROWS)
    )
    html = _page(
        f"<h2>Teckenförklaring</h2>{legend}<h2>Mål 1. Trygg och tillgänglig vård</h2><table><tr>"
        "<th>Indikator</th><th>Utfall 2025</th><th>Målvärde 2025</th><th>Måluppfyllelse</th>"
        f"</tr>{rows}</table>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


@pytest.mark.parametrize("text_legend", [False, True], ids=["legend-table", "legend-line"])
def test_statuses_drawn_in_shades_of_the_legend_are_read_through_it(
    tmp_path: Path, text_legend: bool
) -> None:
    report = extract(_legend_report(tmp_path / "legend.pdf", text_legend))
    found = {i.name: i.assessment for i in report.indicators}
    assert set(found) == {row[0] for row in ROWS}
    for name, _, color, _, status in ROWS:
        assessment = found[name]
        assert assessment is not None, name
        assert (assessment.status.value, assessment.basis, assessment.color) == (
            status,
            Basis.COLOR,
            color,
        ), name
    # The default palette alone would read the brown as "partly" and the blues not at all.
    default = default_assessment_palette()
    assert default.status_of(ROWS[2][2]) == "partially_fulfilled"
    assert default.status_of(ROWS[0][2]) is None


def test_each_drawing_becomes_a_mark_of_its_kind_in_its_cell(tmp_path: Path) -> None:
    with open_pdf(_legend_report(tmp_path / "legend.pdf"), None) as (_, document):
        layout = pages_to_layout(list(iter_pages(document)))
    marks = layout.pages[0].marks
    table = next(t for t in layout.tables if t.rows[0][0] and t.rows[0][0].text == "Indikator")
    for row, (name, _, color, shape, _) in zip(table.rows[1:], ROWS, strict=True):
        status = row[3]
        assert status is not None
        in_cell = [(m.shape, m.color) for m in marks if m.cell == status.box]
        assert in_cell == [(shape, color)], name


def _black_dot() -> str:
    """A raster icon with no colour of its own: only its alt text says anything."""
    image = Image.new("RGB", (24, 24), "white")
    ImageDraw.Draw(image).ellipse((2, 2, 21, 21), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_icons_with_alt_text_in_a_tagged_pdf(tmp_path: Path) -> None:
    src = _black_dot()
    rows = "".join(
        f"<tr><td>{name}</td><td>{value}</td><td><img src='{src}' alt='{alt}' "
        "style='width:10pt;height:10pt'></td></tr>"
        for name, value, alt in [
            ("Andel nöjda patienter", "82 %", "Delvis uppfyllt"),
            ("Antal vårdskador", "120", "Ej uppfyllt"),
        ]
    )
    html = _page(
        "<h2>Mål 1. Trygg vård</h2><table><tr><th>Indikator</th><th>Utfall 2025</th>"
        f"<th>Måluppfyllelse</th></tr>{rows}</table>"
    )
    path = tmp_path / "tagged.pdf"
    weasyprint.HTML(string=html).write_pdf(path, pdf_variant="pdf/ua-1")
    found = {i.name: i.assessment for i in extract(path).indicators}
    assert {n: (a.status, a.basis) if a else None for n, a in found.items()} == {
        "Andel nöjda patienter": (AssessmentStatus.PARTIALLY_FULFILLED, Basis.ALT_TEXT),
        "Antal vårdskador": (AssessmentStatus.NOT_FULFILLED, Basis.ALT_TEXT),
    }

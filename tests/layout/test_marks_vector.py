"""Marks drawn straight on a canvas (ReportLab): a circle, a square and a triangle
before each item of an "Indikatorer" list, and a circle beside a goal's status line."""

from __future__ import annotations

from pathlib import Path

import pytest

from delar_extract.model.vocab import AssessmentStatus, Basis
from delar_extract.pipeline import extract

pytest.importorskip("reportlab")

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TEXT = HexColor("#222222")
ITEMS = [
    ("Andel nöjda patienter", "#2E9E48", "circle", AssessmentStatus.FULFILLED),
    ("Väntetid till första besök", "#D43A2F", "square", AssessmentStatus.NOT_FULFILLED),
    ("Antal vårdskador", "#E8A317", "triangle", AssessmentStatus.PARTIALLY_FULFILLED),
]


def _mark(pdf: canvas.Canvas, kind: str, x: float, y: float) -> None:
    """An 8 pt mark whose lower left corner is at (x, y)."""
    if kind == "circle":
        pdf.circle(x + 4, y + 4, 4, stroke=0, fill=1)
    elif kind == "square":
        pdf.rect(x, y, 8, 8, stroke=0, fill=1)
    else:
        path = pdf.beginPath()
        path.moveTo(x, y)
        path.lineTo(x + 8, y)
        path.lineTo(x + 4, y + 8)
        path.close()
        pdf.drawPath(path, stroke=0, fill=1)


def _report(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1]
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(50, top - 60, "Delårsrapport augusti 2025")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, top - 100, "Mål 1. Trygg och tillgänglig vård")
    y = top - 125
    pdf.setFillColor(HexColor("#E8A317"))
    _mark(pdf, "circle", 51, y - 0.5)
    pdf.setFillColor(TEXT)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(65, y, "Målet uppfylls delvis")
    y -= 25
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(50, y, "Indikatorer")
    pdf.setFont("Helvetica", 10)
    for name, color, kind, _ in ITEMS:
        y -= 16
        pdf.setFillColor(HexColor(color))
        _mark(pdf, kind, 51, y - 0.5)
        pdf.setFillColor(TEXT)
        pdf.drawString(65, y, name)
    pdf.showPage()
    pdf.save()
    return path


def test_marks_before_list_items_and_beside_a_status_line(tmp_path: Path) -> None:
    report = extract(_report(tmp_path / "canvas.pdf"))
    (goal,) = report.goals
    assert goal.assessment is not None
    assert (goal.assessment.status, goal.assessment.basis) == (
        AssessmentStatus.PARTIALLY_FULFILLED,
        Basis.TEXT_COLOR,
    )
    found = [(i.name, i.assessment.status if i.assessment else None) for i in report.indicators]
    assert found == [(name, status) for name, _, _, status in ITEMS]
    assert all(i.goal_id == goal.id for i in report.indicators)

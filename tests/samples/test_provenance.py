"""Provenance per value: every number carries a page and a box that holds its words.

The box is read back with PDFium, independently of the extractor's pdfplumber
words: the text PDFium finds inside the box must be the value as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from delar_extract import Report
from tests.conftest import SAMPLES
from tests.samples_cache import sample_report

BASE = sorted(p.stem for p in SAMPLES.glob("*.pdf") if "__" not in p.stem)
_SPACE = re.compile(r"\s+")


def _values(report: Report) -> Iterator[tuple[str, str, int | None, list[float] | None]]:
    """(what, text as printed, page, bbox) of every numeric value of a report."""
    for table in report.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.value is not None:
                    yield f"{table.id} {row.label!r} cell", cell.text, cell.page, cell.bbox
    for indicator in report.indicators:
        for role in ("baseline", "target", "outcome"):
            value = getattr(indicator, role)
            if value is not None and value.value is not None:
                yield f"{indicator.name!r} {role}", value.label or "", value.page, value.bbox
    for figure in report.key_figures:
        yield f"key figure {figure.name}", _swedish(figure.value), figure.page, figure.bbox


def _swedish(value: float) -> str:
    """A figure's number as printed without separators: 1037, 5,8."""
    value = abs(value)
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")


def _text_in(pdf: pdfium.PdfDocument, page: int, bbox: list[float]) -> str:
    """PDFium's text inside a contract bbox (top-left origin) on a 1-based page."""
    handle = pdf[page - 1]
    height = handle.get_height()
    x0, top, x1, bottom = bbox
    text = handle.get_textpage().get_text_bounded(
        left=x0 - 0.5, bottom=height - bottom - 0.5, right=x1 + 0.5, top=height - top + 0.5
    )
    return _SPACE.sub("", text)


@pytest.mark.parametrize("name", BASE, ids=lambda n: n[:3])
def test_every_value_has_a_page_and_a_box_on_it(name: str) -> None:
    report = sample_report(name)
    pdf = pdfium.PdfDocument(SAMPLES / f"{name}.pdf")
    values = list(_values(report))
    assert values, f"{name}: no numeric value at all"
    for what, _, page, bbox in values:
        assert page is not None and bbox is not None, f"{name}: {what} has no provenance"
        width, height = pdf[page - 1].get_size()
        x0, top, x1, bottom = bbox
        assert 0 <= x0 < x1 <= width + 0.5, f"{name}: {what} box {bbox} off page {page}"
        assert 0 <= top < bottom <= height + 0.5, f"{name}: {what} box {bbox} off page {page}"


# Known gaps, each a strict xfail naming its cause (it fails the day the cause is fixed).
_BOX_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=_BOX_GAPS[n]))
        if n in _BOX_GAPS
        else n
        for n in BASE
    ],
    ids=lambda n: n[:3],
)
def test_the_words_inside_each_box_are_the_value(name: str) -> None:
    """Cells and indicator values: the box holds exactly the printed text; key
    figures: the box (number and unit) holds the number."""
    report = sample_report(name)
    pdf = pdfium.PdfDocument(Path(SAMPLES / f"{name}.pdf"))
    checked = 0
    for index, (what, text, page, bbox) in enumerate(_values(report)):
        if index % 3 and "key figure" not in what:
            continue  # a sample of the cells (every third), every key figure
        assert page is not None and bbox is not None
        found = _text_in(pdf, page, bbox)
        if what.startswith("key figure"):
            assert text in found.replace("\u2212", "-"), f"{name}: {what}: {found!r}"
        else:
            assert found == _SPACE.sub("", text), f"{name}: {what}: {found!r} != {text!r}"
        checked += 1
    assert checked > 0

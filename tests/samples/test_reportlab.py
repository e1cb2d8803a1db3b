"""ReportLab renderings of the samples' data extract to their own expected JSON.

``samples/variants/<name>__reportlab.pdf`` draws a sample's data in another
producer's look (:mod:`delar_samples.producers.reportlab`); its expected JSON,
``samples/variants/expected/<name>__reportlab.json``, is written from the same
data and the pages where ReportLab placed each object. The extraction is
compared with that file (never with the base sample's extraction).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.samples._renderings import (
    VARIANTS,
    assert_every_sample_rendered,
    rendering_cases,
    score_of,
)

RENDERINGS = sorted(VARIANTS.glob("*__reportlab.pdf"))
KINDS = ("sections", "goals", "indicators", "assignments", "table_cells")

# Known extractor gaps, per (sample number, kind). Strict: the test fails once
# the gap is fixed, until the entry is removed. Each names the failing mechanism.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _number(pdf: Path) -> str:
    return pdf.stem[:3]


def test_every_sample_has_a_rendering() -> None:
    assert_every_sample_rendered(
        RENDERINGS, "python -m delar_samples variants --producer reportlab --out samples"
    )


@pytest.mark.parametrize(("pdf", "kind"), rendering_cases(RENDERINGS, KINDS, KNOWN_GAPS, _number))
def test_rendering_extracts_expected(pdf: Path, kind: str) -> None:
    score = score_of(pdf, kind)
    assert score.right == score.found == score.expected, (
        f"{pdf.name} {kind}: right {score.right}, found {score.found},"
        f" expected {score.expected} (emitted {score.emitted})"
    )


def test_rendering_is_reproducible() -> None:
    """Two renders give the committed bytes, and the committed expected JSON."""
    pytest.importorskip("reportlab")
    from delar_extract.io.writer import report_to_json
    from delar_samples.build import load_docs
    from delar_samples.expected import expected_report
    from delar_samples.producers.reportlab import NAME, render

    (doc,) = load_docs("d003")
    first, second = render(doc), render(doc)
    assert first.pdf == second.pdf
    name = f"{doc.name}__{NAME}"
    assert first.pdf == (VARIANTS / f"{name}.pdf").read_bytes(), "rebuild the renderings"
    shown = first.doc
    shown.name = name
    report = expected_report(shown, first.pdf, first.page_count, first.placements)
    committed = (VARIANTS / "expected" / f"{name}.json").read_text(encoding="utf-8")
    assert report_to_json(report) == committed

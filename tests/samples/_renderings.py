"""Scaffolding of the producer tests (Chromium, ReportLab): a rendering's own
expected JSON, its scores, and its test cases with the known gaps as strict xfails.

Each rendering ``samples/variants/<name>__<producer...>.pdf`` is compared with
``samples/variants/expected/<stem>.json``, written from the sample's data and
the pages this rendering put each object on; never with an extraction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from delar_extract import Report
from delar_extract.evaluate.compare import KindScore, compare_reports
from tests.conftest import SAMPLES, extract_sample, seeded_sample_stems

VARIANTS = SAMPLES / "variants"


def expected_of(pdf: Path) -> Report:
    """The rendering's own expected report."""
    path = VARIANTS / "expected" / f"{pdf.stem}.json"
    return Report.model_validate(json.loads(path.read_text(encoding="utf-8")))


def score_of(pdf: Path, kind: str) -> KindScore:
    """How the extraction of ``pdf`` scores on ``kind`` against its expected JSON."""
    scores = compare_reports(expected_of(pdf), extract_sample(pdf))
    return next(score for score in scores if score.kind == kind)


def rendering_cases(
    pdfs: Sequence[Path],
    kinds: Sequence[str],
    gaps: Mapping[tuple[str, str], str],
    key: Callable[[Path], str],
) -> list[Any]:
    """One case per (rendering, kind), with the id ``<key>-<kind>``; a known gap,
    looked up by ``(key(pdf), kind)``, makes the case a strict xfail, so a fix
    fails the test until its entry goes."""
    cases = []
    for pdf in pdfs:
        for kind in kinds:
            gap = gaps.get((key(pdf), kind))
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            cases.append(pytest.param(pdf, kind, id=f"{key(pdf)}-{kind}", marks=marks))
    return cases


def assert_every_sample_rendered(pdfs: Sequence[Path], rebuild: str) -> None:
    """Each seeded sample has a rendering, and each rendering its expected JSON."""
    bases = {pdf.stem.split("__")[0] for pdf in pdfs}
    assert bases == seeded_sample_stems(), f"rebuild: {rebuild}"
    for pdf in pdfs:
        assert (VARIANTS / "expected" / f"{pdf.stem}.json").is_file(), pdf.name

"""Renderings of the samples' data by other PDF producers extract to their expected JSON.

Issue 10's guard against fitting our own samples: the same data printed by
headless Chromium (``samples/variants/<name>__chromium-<theme>.pdf``, built by
``python -m delar_samples variants --producer chromium``) is compared with the
expected JSON written from the data and the rendering's own pages
(``samples/variants/expected/<stem>.json``), never with an extraction.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXPECTED
from tests.samples._renderings import (
    VARIANTS,
    assert_every_sample_rendered,
    expected_of,
    rendering_cases,
    score_of,
)

CHROMIUM_PDFS = sorted(VARIANTS.glob("*__chromium-*.pdf"))

# The kinds whose every expected item must be found and right.
CONTENT_KINDS = ("goals", "indicators", "assignments", "table_shapes", "table_cells", "sections")

# Known extractor gaps, per (rendering, kind): strict, so a fix fails the test
# until the entry goes. Each names the mechanism. None left: the dotted row
# rules Chromium draws dot by dot are joined into rules (pdf/graphics.py), and
# a status column of bare glyphs is a column of its own (layout/tables/rows.py).
KNOWN_GAPS: dict[tuple[str, str], str] = {}

# What a rendering emits that is wrong or not expected (precision), per
# (rendering, kind); strict like KNOWN_GAPS.
PRECISION_GAPS: dict[tuple[str, str], str] = {}
PRECISION_KINDS = ("goals", "indicators", "assignments", "table_shapes", "table_cells")


def _ids(path: Path) -> str:
    return path.stem.split("__", 1)[1] + "-" + path.stem[:3]


def test_every_sample_has_a_chromium_rendering() -> None:
    assert_every_sample_rendered(
        CHROMIUM_PDFS, "python -m delar_samples variants --producer chromium"
    )


def test_chromium_made_the_renderings() -> None:
    for pdf in CHROMIUM_PDFS:
        assert expected_of(pdf).source.producer.startswith("Skia/PDF"), pdf.name  # type: ignore[union-attr]


def test_expected_pages_are_the_renderings_own() -> None:
    """Chromium lays out otherwise than WeasyPrint: at least one rendering's page
    count differs from its base's, so the per-rendering expected JSON matters."""
    counts = {}
    for pdf in CHROMIUM_PDFS:
        base = json.loads((EXPECTED / f"{pdf.stem.split('__')[0]}.json").read_text("utf-8"))
        counts[pdf.name] = (expected_of(pdf).source.page_count, base["source"]["page_count"])
    assert any(own != base for own, base in counts.values()), counts


@pytest.mark.parametrize(
    ("pdf", "kind"), rendering_cases(CHROMIUM_PDFS, CONTENT_KINDS, KNOWN_GAPS, _ids)
)
def test_chromium_rendering_extracts_to_expected(pdf: Path, kind: str) -> None:
    score = score_of(pdf, kind)
    assert (score.right, score.found) == (score.expected, score.expected), score


@pytest.mark.parametrize(
    ("pdf", "kind"), rendering_cases(CHROMIUM_PDFS, PRECISION_KINDS, PRECISION_GAPS, _ids)
)
def test_chromium_rendering_invents_nothing(pdf: Path, kind: str) -> None:
    score = score_of(pdf, kind)
    assert score.right == score.emitted, score


def _chromium_major() -> str | None:
    """Major version of the installed Chromium, or None when there is none."""
    binary = shutil.which("chromium")
    if binary is None:
        return None
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    found = re.search(r"Chromium (\d+)\.", out.stdout)
    return found.group(1) if found else None


@pytest.mark.slow
def test_chromium_rerender_is_byte_identical() -> None:
    """Rendering a sample again gives the committed bytes (fixed dates, node ids, fonts)."""
    pytest.importorskip("playwright")
    from delar_samples.build import load_docs
    from delar_samples.producers.chromium import render_chromium

    pdf = VARIANTS / "000_delarsrapport_rs_2025_aug__chromium-stratsys.pdf"
    committed = pdf.read_bytes()
    made_by = re.search(rb"HeadlessChrome/(\d+)\.", committed)
    assert made_by is not None, "the committed rendering names no Chromium version"
    if _chromium_major() != made_by.group(1).decode():
        pytest.skip(f"Chromium {_chromium_major()} installed; {pdf.name} was made by another")
    (doc,) = load_docs("d000")
    assert render_chromium(doc, "stratsys").pdf == committed


def test_chromium_stamps_are_rewritten_in_place() -> None:
    from delar_samples.producers.chromium import fix_dates, renumber_nodes

    pdf = (
        b"/CreationDate (D:20261203004710+00'00')\n/ModDate (D:20261203004710+00'00')>>"
        b"/ID (node00001773)>> /ID (node00000083)>> /Names [(node00000083) 1 0 R]"
    )
    fixed = renumber_nodes(fix_dates(pdf, "2025-08-31T12:00:00+01:00"))
    assert len(fixed) == len(pdf)
    assert fixed.count(b"(D:20250831120000+01'00')") == 2
    # Order kept: the lower DOM id stays the lower number, so the /IDTree stays sorted.
    assert b"/ID (node00000002)>> /ID (node00000001)>>" in fixed
    assert b"[(node00000001) 1 0 R]" in fixed


def test_committed_renderings_carry_the_fixed_dates() -> None:
    for pdf in CHROMIUM_PDFS:
        stamps = re.findall(rb"/(?:CreationDate|ModDate) \(D:(\d{8})", pdf.read_bytes())
        document = expected_of(pdf).document
        day = str(document.period.end or f"{document.year}-12-31").replace("-", "")
        assert len(stamps) == 2 and {s.decode() for s in stamps} == {day}, pdf

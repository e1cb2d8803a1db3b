"""The committed sample PDFs: faithful to their seeds, reproducible from their data."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pdfplumber
import pytest

from delar_samples.spec import SampleDoc
from tests.conftest import EXPECTED, SAMPLES, SEEDS

BASE_PDFS = sorted(p for p in SAMPLES.glob("*.pdf") if "__" not in p.stem)


def _data(pdf: Path) -> SampleDoc:
    """The data a sample PDF is built from (its module ``delar_samples.docs.dNNN``)."""
    return importlib.import_module(f"delar_samples.docs.d{pdf.stem[:3]}").build()


# Samples rendered from a seed text; the others are invented documents of
# bodies no seed has (a region's scorecard report, a kommun, a nämnd).
SEEDED_PDFS = [p for p in BASE_PDFS if _data(p).seed]
INVENTED_PDFS = [p for p in BASE_PDFS if not _data(p).seed]
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _seed_for(pdf: Path) -> Path:
    return SEEDS / next(s.name for s in SEEDS.glob(f"{pdf.stem[:3]}_*.txt"))


@pytest.mark.parametrize("pdf", SEEDED_PDFS, ids=lambda p: p.stem[:3])
def test_sample_holds_its_seed_words(pdf: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed texts not found at {SEEDS}")
    seed = _seed_for(pdf).read_text(encoding="utf-8")
    # 004 was converted to markdown with HTML tables by some tool: markup is not content.
    seed_words = _words(_TAG.sub(" ", seed))
    present = set(_words(_pdf_text(pdf)))
    missing = [w for w in seed_words if w not in present]
    coverage = 1 - len(missing) / len(seed_words)
    assert coverage >= 0.95, (
        f"{pdf.name}: {coverage:.1%} of seed words; missing e.g. {missing[:20]}"
    )


def test_every_sample_has_expected_json() -> None:
    """The five seeded samples and at least three invented documents of other bodies."""
    assert len(SEEDED_PDFS) == 5 and len(INVENTED_PDFS) >= 3
    for pdf in BASE_PDFS:
        assert (EXPECTED / f"{pdf.stem}.json").exists()


def test_invented_documents_are_other_bodies() -> None:
    """No invented document repeats an organisation of the seeded samples."""
    seeded = {_data(p).meta.organisation for p in SEEDED_PDFS}
    invented = [_data(p).meta.organisation for p in INVENTED_PDFS]
    assert not seeded & set(invented) and len(set(invented)) == len(invented)


def test_samples_look_like_their_family() -> None:
    """Reports are portrait (the seeded ones with tens of pages); decks are
    landscape slides."""
    for pdf in BASE_PDFS:
        with pdfplumber.open(pdf) as doc:
            first = doc.pages[1]
            landscape = first.width > first.height
            pages = len(doc.pages)
        family = _data(pdf).family
        assert landscape == (family == "slides"), (pdf.name, family)
        if family != "slides" and pdf in SEEDED_PDFS:
            assert pages >= 15, (pdf.name, pages)


@pytest.mark.slow
def test_rebuild_reproduces_pdfs_and_expected(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    from delar_samples.build import build

    written = build(tmp_path)
    assert sorted(p.name for p in written) == [p.name for p in BASE_PDFS]
    for pdf in BASE_PDFS:
        assert _pdf_text(tmp_path / pdf.name) == _pdf_text(pdf), f"{pdf.name} text differs"
        rebuilt = json.loads((tmp_path / "expected" / f"{pdf.stem}.json").read_text("utf-8"))
        committed = json.loads((EXPECTED / f"{pdf.stem}.json").read_text("utf-8"))
        assert rebuilt == committed, f"expected/{pdf.stem}.json is stale: rebuild the samples"

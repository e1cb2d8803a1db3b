"""Shared test paths. Data is found relative to this file, never the working directory."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from delar_extract import Report, extract

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
EXPECTED = SAMPLES / "expected"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


@functools.cache
def extract_sample(path: Path) -> Report:
    """The extraction of a sample, computed once per test session (reports are
    immutable in practice: tests only read them)."""
    return extract(path)


def sample_pdfs() -> list[Path]:
    """The committed sample PDFs (variants included), sorted."""
    return sorted(SAMPLES.glob("*.pdf"))


def expected_for(pdf: Path) -> Path:
    """Golden JSON of a sample; variants ("<name>__<variant>.pdf") share their base's."""
    return EXPECTED / f"{pdf.stem.split('__')[0]}.json"


def corpus_rows() -> list[dict[str, str]]:
    """Rows of ../shared/corpus/MANIFEST.tsv, or [] when the corpus is absent."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def require_corpus() -> None:
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip(f"robustness corpus not found at {CORPUS}")


@functools.cache
def seeded_sample_stems() -> frozenset[str]:
    """Stems of the samples drawn from a seed report (``SampleDoc.seed``); the
    others are invented documents of bodies no seed has."""
    import importlib

    stems = set()
    for pdf in SAMPLES.glob("*.pdf"):
        doc = importlib.import_module(f"delar_samples.docs.d{pdf.stem[:3]}").build()
        if doc.seed:
            stems.add(pdf.stem)
    return frozenset(stems)

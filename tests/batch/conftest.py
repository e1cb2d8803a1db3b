"""Fixtures of the batch tests: corpus paths and a small folder of quick PDFs."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "samples"
QUICK = [
    "docling_right_to_left_01.pdf",
    "pdfjs_issue19802.pdf",
    "pdfplumber_annotations.pdf",
    "camelot_empty.pdf",
    "not_pdf_html_renamed.pdf",
]


def corpus_expectations() -> dict[str, str]:
    """``file -> expect`` from the corpus MANIFEST.tsv; skips the test when it is absent."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        pytest.skip(f"robustness corpus not found at {CORPUS}")
    with manifest.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["expect"] for row in csv.DictReader(handle, delimiter="\t")}


@pytest.fixture
def quick_dir(tmp_path: Path) -> Path:
    """A folder (with a subfolder) of a few corpus files that convert or fail in milliseconds."""
    corpus_expectations()
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for index, name in enumerate(QUICK):
        target = folder / "sub" / name if index % 2 else folder / name
        shutil.copyfile(CORPUS / name, target)
    return folder

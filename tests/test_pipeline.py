"""Whole-document behaviour on the samples: deterministic, valid, clean section text."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re

import pytest

from delar_extract import ExtractOptions, extract
from delar_extract.io.validate import validate_data
from delar_extract.io.writer import report_to_json
from tests.conftest import SAMPLES, extract_sample

BASE_PDFS = sorted(p for p in SAMPLES.glob("*.pdf") if "__" not in p.stem)


@pytest.mark.parametrize("pdf", BASE_PDFS, ids=lambda p: p.stem[:3])
def test_sample_extracts_valid_and_deterministic(pdf) -> None:  # type: ignore[no-untyped-def]
    first = report_to_json(extract(pdf))
    assert validate_data(json.loads(first)) == []
    assert report_to_json(extract(pdf)) == first


def _content_strings(value: object) -> set[str]:
    """Every string in a sample's data blocks."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, list | tuple):
        return set().union(*(_content_strings(v) for v in value)) if value else set()
    if dataclasses.is_dataclass(value):
        fields = (getattr(value, f.name) for f in dataclasses.fields(value))
        return set().union(*(_content_strings(v) for v in fields))
    return set()


@pytest.mark.parametrize("pdf", BASE_PDFS, ids=lambda p: p.stem[:3])
def test_no_running_header_or_footer_in_section_text(pdf) -> None:  # type: ignore[no-untyped-def]
    from delar_samples.build import load_docs

    doc = next(d for d in load_docs() if d.name == pdf.stem)
    report = extract_sample(pdf)
    assert report.sections
    page_label = re.compile(r"\bSida \d+ av \d+\b")
    # Where the header's words are also content (a chart titled "Region
    # Västerbotten"), a paragraph with them proves nothing: check the footer only.
    content = _content_strings(doc.blocks)
    for section in report.sections:
        paragraphs = section.text.split("\n\n")
        for running in (doc.header_text, doc.footer_text):
            if running not in content:
                assert running not in paragraphs, (section.title, running)
        assert not page_label.search(section.text), section.title


def test_a_document_that_ends_early_warns_of_the_pages_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As when a truncated file's page tree still counts pages its body no longer holds.
    from delar_extract import pipeline

    real = pipeline.iter_pages

    def first_two(plumber):  # type: ignore[no-untyped-def]
        return itertools.islice(real(plumber), 2)

    monkeypatch.setattr(pipeline, "iter_pages", first_two)
    pdf = BASE_PDFS[0]
    seen: list[tuple[int, int]] = []
    report = extract(pdf, on_page=lambda done, total: seen.append((done, total)))
    total = report.source.page_count
    assert seen == [(1, total), (2, total)]
    lost = [w for w in report.warnings if w.code == "page-lost"]
    assert [(w.page, w.message) for w in lost] == [
        (3, f"only 2 of {total} pages could be read; the rest is lost")
    ]


def test_passwords_are_tried_after_none_in_the_order_given() -> None:
    options = ExtractOptions(password="a", passwords=("b", "a", "c"))
    assert options.candidates() == [None, "a", "b", "c"]


def test_a_document_with_no_page_read_fails_as_damaged(monkeypatch: pytest.MonkeyPatch) -> None:
    from delar_extract import InputError, pipeline

    monkeypatch.setattr(pipeline, "iter_pages", lambda plumber: iter(()))
    with pytest.raises(InputError) as caught:
        extract(BASE_PDFS[0])
    assert caught.value.code == "damaged"
    assert "none of its" in str(caught.value) and "pages could be read" in str(caught.value)

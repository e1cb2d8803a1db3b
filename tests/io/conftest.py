"""Shared fixtures of the io tests: the samples' reports and their tidy tables."""

from __future__ import annotations

import pytest

from delar_extract.io.tidy import Dataset, reports_to_dataset
from delar_extract.model import Report
from tests.conftest import sample_pdfs
from tests.samples_cache import sample_report


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return [sample_report(pdf.stem) for pdf in sample_pdfs()]


@pytest.fixture(scope="module")
def dataset(reports: list[Report]) -> Dataset:
    return reports_to_dataset(reports)

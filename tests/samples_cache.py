"""Extractions of the committed samples, by name, computed once per session."""

from __future__ import annotations

from delar_extract import Report
from tests.conftest import SAMPLES, extract_sample


def sample_report(name: str) -> Report:
    """The (cached) extraction of ``samples/<name>.pdf``."""
    return extract_sample(SAMPLES / f"{name}.pdf")

"""Per-document functions injected into batches under test (importable by the workers)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from delar_extract.model import Report, ReportWarning
from delar_extract.pipeline import ExtractOptions, extract


def hang_on_slow(path: Path, options: ExtractOptions) -> Report:
    """Hang for good on files whose name contains ``slow`` (an event nobody sets)."""
    if "slow" in path.name:
        threading.Event().wait()
    return extract(path, options)


def lose_page_on_lost(path: Path, options: ExtractOptions) -> Report:
    """The real report, plus the warning of a page that could not be read on files whose
    name contains ``lost``."""
    report = extract(path, options)
    if "lost" not in path.name:
        return report
    lost = ReportWarning(code="page-unreadable", message="page could not be read", page=1)
    return report.model_copy(update={"warnings": [*report.warnings, lost]})


def raise_on_boom(path: Path, options: ExtractOptions) -> Report:
    """Raise an unexpected exception on files whose name contains ``boom``."""
    if "boom" in path.name:
        raise RuntimeError("a bug in the pipeline")
    return extract(path, options)


def crash_on_crash(path: Path, options: ExtractOptions) -> Report:
    """Kill the worker process itself on files whose name contains ``crash``."""
    if "crash" in path.name:
        os.abort()
    return extract(path, options)

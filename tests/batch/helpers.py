"""Per-document functions injected into batches under test (importable by the workers)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from delar_extract.model import Report
from delar_extract.pipeline import ExtractOptions, extract


def hang_on_slow(path: Path, options: ExtractOptions) -> Report:
    """Hang (far past any test timeout) on files whose name contains ``slow``."""
    if "slow" in path.name:
        time.sleep(600)
    return extract(path, options)


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

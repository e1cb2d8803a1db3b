"""Batch conversion of folders of PDFs: parallel, isolated, resumable, with a manifest.

See ``docs/batch.md``.  The entry point is :func:`run_batch`.
"""

from delar_extract.batch.discover import BatchInput, paths_to_inputs
from delar_extract.batch.manifest import MANIFEST_NAME, ManifestRecord, read_manifest
from delar_extract.batch.passwords import PasswordBook, PasswordFileError, read_password_file
from delar_extract.batch.progress import BatchProgress, PageProgress, summary_lines
from delar_extract.batch.runner import BatchOptions, BatchResult, run_batch
from delar_extract.batch.worker import Converter, DocumentOutcome, DocumentTask

__all__ = [
    "MANIFEST_NAME",
    "BatchInput",
    "BatchOptions",
    "BatchProgress",
    "BatchResult",
    "Converter",
    "DocumentOutcome",
    "DocumentTask",
    "ManifestRecord",
    "PageProgress",
    "PasswordBook",
    "PasswordFileError",
    "paths_to_inputs",
    "read_manifest",
    "read_password_file",
    "run_batch",
    "summary_lines",
]

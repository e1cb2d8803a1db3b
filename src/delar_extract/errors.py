"""The project's own exceptions.

The pipeline catches only these at the document boundary; anything else is a
bug and is allowed to surface (except in the batch worker, which records it).
Each error has a short kebab-case ``code`` for manifests and scripts.
"""

from __future__ import annotations


class DelarError(Exception):
    """Base of every error this package raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class InputError(DelarError):
    """The input file cannot be read as a PDF (missing, not a PDF, damaged, encrypted)."""

    code = "input-unreadable"


class ExtractionError(DelarError):
    """The PDF opened but the extraction could not finish."""

    code = "extraction-failed"


class ValidationError(DelarError):
    """A report does not satisfy the JSON Schema of the contract."""

    code = "invalid-report"


class OutputError(DelarError):
    """The output cannot be written (folder read-only, immutable, not a folder, disk full)."""

    code = "output-unwritable"

"""delar-extract: Swedish follow-up reports from PDF to normalized, validated JSON.

>>> from delar_extract import extract
>>> report = extract("samples/000_delarsrapport_rs_2025_aug.pdf")  # doctest: +SKIP
>>> report.document.report_type  # doctest: +SKIP
<ReportType.DELARSRAPPORT: 'delarsrapport'>
"""

from typing import TYPE_CHECKING, Any

from delar_extract.errors import DelarError, ExtractionError, InputError
from delar_extract.model import Report
from delar_extract.pipeline import ExtractOptions, extract
from delar_extract.version import __version__

if TYPE_CHECKING:
    from delar_extract.dataset import load

__all__ = [
    "DelarError",
    "ExtractOptions",
    "ExtractionError",
    "InputError",
    "Report",
    "__version__",
    "extract",
    "load",
]


def __getattr__(name: str) -> Any:
    # ``load`` imports pandas (a second or more); extracting, the CLI and every batch
    # worker import this package without needing it.
    if name == "load":
        from delar_extract.dataset import load

        return load
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

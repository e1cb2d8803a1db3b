"""delar-extract: Swedish follow-up reports from PDF to normalized, validated JSON.

>>> from delar_extract import extract
>>> report = extract("samples/000_delarsrapport_rs_2025_aug.pdf")  # doctest: +SKIP
>>> report.document.report_type  # doctest: +SKIP
<ReportType.DELARSRAPPORT: 'delarsrapport'>
"""

from delar_extract.dataset import load
from delar_extract.errors import DelarError, ExtractionError, InputError
from delar_extract.model import Report
from delar_extract.pipeline import ExtractOptions, extract

__version__ = "0.1.0"
__all__ = [
    "DelarError",
    "ExtractOptions",
    "ExtractionError",
    "InputError",
    "Report",
    "extract",
    "load",
]

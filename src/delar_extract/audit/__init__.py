"""Auditors' tools built on the report model: compare two reports, list their checks.

Both accept a report JSON or a PDF (extracted on the fly), so this stage sits
beside ``evaluate`` and ``batch``, above the pipeline.
"""

from delar_extract.audit.check import CheckLine, ReportChecks, report_checks
from delar_extract.audit.load import load_report

__all__ = ["CheckLine", "ReportChecks", "load_report", "report_checks"]

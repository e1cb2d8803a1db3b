"""What the ``compare`` and ``check`` commands do, so that ``cli.py`` stays a thin layer."""

from __future__ import annotations

import sys
from pathlib import Path

from delar_extract.audit.check import checks_to_text, report_checks
from delar_extract.audit.compare import compare_reports
from delar_extract.audit.compare.render_html import render_html
from delar_extract.audit.compare.render_text import (
    render_text,
    render_to_console,
    terminal_console,
)
from delar_extract.io.writer import write_atomic
from delar_extract.model import Report


def run_compare(
    old: tuple[Path, Report],
    new: tuple[Path, Report],
    fmt: str,
    output: Path | None,
    threshold: float,
) -> None:
    """Compare and write the result in ``fmt`` (text, json, html) to ``output`` or stdout."""
    comparison = compare_reports(old[1], new[1], threshold, old[0].name, new[0].name)
    if fmt == "text" and output is None:
        render_to_console(comparison, terminal_console())
        return
    if fmt == "json":
        text = comparison.model_dump_json(indent=2) + "\n"
    elif fmt == "html":
        text = render_html(comparison)
    else:
        text = render_text(comparison)
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


def run_check(report: Report, path: Path, show_all: bool) -> bool:
    """Print the checks of one report; True when any failed."""
    checks = report_checks(report, str(path))
    print(checks_to_text(checks, verbose=show_all))
    return bool(checks.failed)

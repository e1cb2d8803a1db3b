"""``delar-extract check``: a report's arithmetic and consistency checks as a list with pages.

The table checks are run again on the report's tables (the same rules as at
extraction, see :mod:`delar_extract.checks`), so a report JSON edited by hand
is checked as it now reads.  Warnings whose code says the document contradicts
itself (``…-mismatch``, ``…-conflict``: a total that does not add up, a status
label whose colour says otherwise) are failed consistency checks; other
warnings (what the extractor could not read) are listed as notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from delar_extract.checks import table_to_checks
from delar_extract.model import Report, Table

_CONSISTENCY_SUFFIXES = ("-mismatch", "-conflict")


@dataclass(frozen=True)
class CheckLine:
    """One check: passed (True), failed (False) or a note (None), with where it is."""

    ok: bool | None
    rule: str
    where: str
    pages: str
    detail: str


@dataclass
class ReportChecks:
    name: str
    title: str | None
    lines: list[CheckLine] = field(default_factory=list)

    @property
    def failed(self) -> list[CheckLine]:
        return [line for line in self.lines if line.ok is False]

    @property
    def passed(self) -> list[CheckLine]:
        return [line for line in self.lines if line.ok is True]

    @property
    def notes(self) -> list[CheckLine]:
        return [line for line in self.lines if line.ok is None]


def _pages(start: int | None, end: int | None = None) -> str:
    if start is None:
        return "-"
    return f"p. {start}" if end in (None, start) else f"p. {start}–{end}"


def _table_where(table: Table) -> str:
    title = f" {table.title!r}" if table.title else ""
    return f"{table.id} ({table.kind}){title}"


def report_checks(report: Report, name: str) -> ReportChecks:
    """Every check of ``report``: table arithmetic, then the warnings."""
    result = ReportChecks(name=name, title=report.document.title)
    for table in report.tables:
        for check in table_to_checks(table):
            result.lines.append(
                CheckLine(
                    check.ok,
                    check.rule,
                    _table_where(table),
                    _pages(table.page_start, table.page_end),
                    check.detail,
                )
            )
    for warning in report.warnings:
        if warning.code.startswith("table-") and warning.code.endswith("-mismatch"):
            continue  # the table check above says it, with the table's pages
        ok = False if warning.code.endswith(_CONSISTENCY_SUFFIXES) else None
        result.lines.append(CheckLine(ok, warning.code, "", _pages(warning.page), warning.message))
    return result


def checks_to_text(checks: ReportChecks, verbose: bool = False) -> str:
    """The readable list: failures first, then notes; passed checks with ``verbose``."""
    head = f"{checks.name}: {len(checks.passed)} passed, {len(checks.failed)} failed"
    if checks.notes:
        head += f", {len(checks.notes)} notes"
    lines = [head]
    shown = [*checks.failed, *checks.notes, *(checks.passed if verbose else [])]
    for line in shown:
        mark = {True: "ok  ", False: "FAIL", None: "note"}[line.ok]
        where = f" {line.where}" if line.where else ""
        lines.append(f"  {mark} {line.pages:>9}  {line.rule}{where}: {line.detail}")
    return "\n".join(lines)

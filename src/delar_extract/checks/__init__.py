"""The checks stage: table arithmetic reported in each table's ``checks`` and in ``warnings``.

Checks import only the model, normalizers and vocabulary; they never change a
table's values, they only say whether the printed numbers agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.checks.arithmetic import (
    RULE_ACCUMULATED,
    RULE_DEVIATION,
    accumulated_checks,
    column_total_checks,
    subtotal_checks,
    total_checks,
)
from delar_extract.checks.deviation import deviation_checks
from delar_extract.model import Check, ReportWarning, Table, TableKind

# Kinds whose tables are text, not arithmetic.
_TEXT_KINDS = {
    TableKind.UNKNOWN,
    TableKind.LEGEND,
    TableKind.GOALS,
    TableKind.INDICATORS,
    TableKind.ASSIGNMENTS,
}

_WARNING_CODES = {
    RULE_DEVIATION: "table-deviation-mismatch",
    RULE_ACCUMULATED: "table-accumulated-mismatch",
}


def table_to_checks(table: Table) -> list[Check]:
    """Every arithmetic check the table's structure allows."""
    if table.kind in _TEXT_KINDS:
        return []
    return [
        *total_checks(table),
        *subtotal_checks(table),
        *column_total_checks(table),
        *deviation_checks(table),
        *accumulated_checks(table),
    ]


def check_tables(tables: Sequence[Table]) -> tuple[list[Table], list[ReportWarning]]:
    """Tables with their checks, and a warning per failed check."""
    checked, warnings = [], []
    for table in tables:
        checks = table_to_checks(table)
        checked.append(table.model_copy(update={"checks": checks}) if checks else table)
        for check in checks:
            if not check.ok:
                warnings.append(
                    ReportWarning(
                        code=_WARNING_CODES.get(check.rule, "table-total-mismatch"),
                        message=f"{table.id}: {check.detail}",
                        page=table.page_start,
                    )
                )
    return checked, warnings

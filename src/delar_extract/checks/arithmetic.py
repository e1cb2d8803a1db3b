"""Table arithmetic: totals add up, deviations are differences, accumulation grows.

Every rule compares printed numbers, so every comparison allows for rounding:
a difference within one unit of the coarsest last printed digit involved
("-79" against "-68,8" + "-10,7": one unit of "-79" is 1) passes.  Percentages
are summed only as sub-items of one parent (shares of one whole); changes and
shares of different bases do not add.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.model import Cell, Check, Column, Measure, Row, Table
from delar_extract.vocab import fold, load_vocabulary

RULE_TOTAL = "row-total"
RULE_SUBTOTAL = "row-subtotal"
RULE_COLUMN_TOTAL = "column-total"
RULE_DEVIATION = "deviation"
RULE_ACCUMULATED = "accumulated-at-least-month"


def printed_step(text: str) -> float:
    """One unit of the last printed digit ("4,68" → 0.01, "1 037" → 1)."""
    digits = text.strip().rstrip("%").strip()
    if "," in digits:
        decimals = len(digits.rsplit(",", 1)[1].strip())
        return 10.0**-decimals if decimals else 1.0
    if "." in digits:
        decimals = len(digits.rsplit(".", 1)[1].strip())
        return 10.0**-decimals if decimals else 1.0
    return 1.0


def tolerance(cells: Sequence[Cell]) -> float:
    """The rounding a comparison of these cells allows."""
    return max((printed_step(c.text) for c in cells if c.value is not None), default=1.0) + 1e-9


def _fmt(value: float) -> str:
    return f"{value:.10g}".replace(".", ",")


def _is_group(row: Row) -> bool:
    return all(c.value is None for c in row.cells)


def _is_percent(cell: Cell) -> bool:
    return "%" in cell.text


def sum_mismatches(
    total: Row, parts: Sequence[Row], columns: Sequence[Column], percent_ok: bool
) -> tuple[int, list[str]]:
    """How many columns were compared, and a message per column whose sum misses the total."""
    compared, failures = 0, []
    for index, cell in enumerate(total.cells):
        if cell.value is None or (_is_percent(cell) and not percent_ok):
            continue
        values = [p.cells[index] for p in parts if index < len(p.cells)]
        if all(v.value is None for v in values):
            continue
        compared += 1
        label = columns[index].label if index < len(columns) else str(index + 1)
        failure = sum_failure(cell, values, f"column '{label}'")
        if failure:
            failures.append(failure)
    return compared, failures


def sum_failure(total: Cell, parts: Sequence[Cell], where: str) -> str | None:
    """Why ``total`` is not the sum of ``parts`` beyond rounding, or None when it is."""
    computed = sum(p.value or 0.0 for p in parts)
    difference = (total.value or 0.0) - computed
    if abs(difference) <= tolerance([total, *parts]):
        return None
    return (
        f"{where}: printed {total.text}, sum {_fmt(computed)}, "
        f"difference {_fmt(round(difference, 6))}"
    )


def _children_above(rows: Sequence[Row], index: int) -> list[int]:
    """Plain rows above a total up to the previous total or its group's header row."""
    level = rows[index].level
    above = []
    for j in range(index - 1, -1, -1):
        row = rows[j]
        if row.is_total or (_is_group(row) and row.level <= level):
            break
        above.append(j)
    above.reverse()
    if not above:
        return []
    top = min(rows[j].level for j in above)
    return [j for j in above if rows[j].level == top and not _is_group(rows[j])]


def total_checks(table: Table) -> list[Check]:
    """Each total row is the sum of its rows (or of the unconsumed totals above it)."""
    rows, checks, consumed = table.rows, [], set()
    for index, row in enumerate(rows):
        if not row.is_total or _is_group(row):
            continue
        children = _children_above(rows, index)
        earlier = [j for j in range(index) if rows[j].is_total and j not in consumed]
        candidates = [c for c in (children, earlier + children) if c]
        if not candidates:
            continue
        results = []
        for candidate in candidates:
            parts = [rows[j] for j in candidate]
            results.append((candidate, *sum_mismatches(row, parts, table.columns, False)))
        chosen = next((r for r in results if r[1] and not r[2]), results[0])
        candidate, compared, failures = chosen
        if not compared:
            continue
        consumed.update(candidate)
        names = ", ".join(f"'{rows[j].label}'" for j in candidate)
        detail = f"'{row.label}' = sum of {names} in {compared} columns"
        checks.append(_check(RULE_TOTAL, detail, failures))
    return checks


def subtotal_checks(table: Table) -> list[Check]:
    """A row followed by deeper-level rows is their sum (shares of one whole included)."""
    rows, checks = table.rows, []
    for index, row in enumerate(rows):
        if row.is_total or _is_group(row):
            continue
        children = []
        for j in range(index + 1, len(rows)):
            if rows[j].level <= row.level:
                break
            if rows[j].level == row.level + 1 and not _is_group(rows[j]):
                children.append(rows[j])
        if not children:
            continue
        compared, failures = sum_mismatches(row, children, table.columns, True)
        if compared:
            names = ", ".join(f"'{c.label}'" for c in children)
            checks.append(
                _check(
                    RULE_SUBTOTAL, f"'{row.label}' = sum of {names} in {compared} columns", failures
                )
            )
    return checks


def _is_total_label(label: str) -> bool:
    last = fold(label.rsplit(" / ", 1)[-1])
    return any(last.startswith(w) for w in load_vocabulary().total_words)


def column_total_checks(table: Table) -> list[Check]:
    """A column headed "Totalt" is the sum of the columns before it in its header group."""
    checks, start = [], 0
    columns = table.columns
    for index, column in enumerate(columns):
        if not _is_total_label(column.label):
            continue
        group = column.label.rsplit(" / ", 1)[0] if " / " in column.label else ""
        parts = [
            i
            for i in range(start, index)
            if (columns[i].label.rsplit(" / ", 1)[0] if " / " in columns[i].label else "") == group
        ]
        start = index + 1
        if not parts:
            continue
        failures, compared = [], 0
        for row in table.rows:
            total = row.cells[index] if index < len(row.cells) else None
            if total is None or total.value is None or _is_percent(total):
                continue
            values = [row.cells[i] for i in parts if i < len(row.cells)]
            if any(v.value is None for v in values):
                continue
            compared += 1
            failure = sum_failure(total, values, f"row '{row.label}'")
            if failure:
                failures.append(failure)
        if compared:
            names = ", ".join(f"'{columns[i].label}'" for i in parts)
            detail = f"'{column.label}' = sum of {names} in {compared} rows"
            checks.append(_check(RULE_COLUMN_TOTAL, detail, failures))
    return checks


def _check(rule: str, detail: str, failures: Sequence[str]) -> Check:
    if failures:
        return Check(rule=rule, ok=False, detail=f"{detail}; " + "; ".join(failures))
    return Check(rule=rule, ok=True, detail=detail)


def accumulated_checks(table: Table) -> list[Check]:
    """An accumulated outcome or budget is at least the same month's, in magnitude."""
    checks = []
    columns = table.columns
    for ack_index, ack in enumerate(columns):
        if (
            not ack.period
            or not ack.period.startswith("ack ")
            or ack.measure
            not in (
                Measure.UTFALL,
                Measure.BUDGET,
            )
        ):
            continue
        month = ack.period.removeprefix("ack ")
        for index, column in enumerate(columns):
            if column.period != month or column.measure != ack.measure:
                continue
            failures, compared = [], 0
            for row in table.rows:
                a, m = row.cells[ack_index], row.cells[index]
                if a.value is None or m.value is None:
                    continue
                compared += 1
                if abs(a.value) + tolerance([a, m]) < abs(m.value):
                    failures.append(f"row '{row.label}': accumulated {a.text} < month {m.text}")
            if compared:
                detail = f"|'{ack.label}'| >= |'{column.label}'| in {compared} rows"
                checks.append(_check(RULE_ACCUMULATED, detail, failures))
    return checks

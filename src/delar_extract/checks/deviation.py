"""Deviation columns: avvikelse = utfall − budget, or prognos − budget, in the table's sign.

The operands come from the deviation header's own words when it names them
("Diff prognos mot budget", "Ack utfall jämfört prognos"), else outcome (or the
forecast, when the header or its group says "prognos") against budget.  Columns
of the deviation's period are preferred; a lone column of a measure is used
whatever its period.  Tables differ in sign: some print actual − reference,
others reference − actual; the convention most rows agree with is the table's,
and the check says which it found.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.checks.arithmetic import RULE_DEVIATION, _check, _fmt, tolerance
from delar_extract.model import Cell, Check, Column, Measure, Table
from delar_extract.vocab import first_match, fold, load_vocabulary

_DEVIATIONS = (Measure.AVVIKELSE, Measure.PROGNOS_AVVIKELSE)


def _mentioned(label: str) -> list[Measure]:
    """Outcome, forecast and budget measures a header names, in printed order."""
    found: list[tuple[int, Measure]] = []
    folded = fold(label)
    for word in folded.replace("/", " ").replace("-", " ").split():
        measure = first_match(word, load_vocabulary().measures)
        if measure in ("utfall", "prognos", "budget"):
            value = Measure(measure)
            if value not in [m for _, m in found]:
                found.append((len(found), value))
    return [m for _, m in found]


def _operands(label: str, measure: Measure) -> tuple[Measure, Measure] | None:
    named = _mentioned(label)
    if len(named) >= 2:
        return named[0], named[1]
    if measure == Measure.PROGNOS_AVVIKELSE or Measure.PROGNOS in named:
        return Measure.PROGNOS, Measure.BUDGET
    if named in ([], [Measure.BUDGET]):
        return Measure.UTFALL, Measure.BUDGET
    return None


def _column_of(columns: Sequence[Column], measure: Measure, period: str | None) -> int | None:
    candidates = [i for i, c in enumerate(columns) if c.measure == measure]
    same = [i for i in candidates if columns[i].period == period]
    if same:
        return same[0]
    return candidates[0] if len(candidates) == 1 else None


def deviation_checks(table: Table) -> list[Check]:
    """One check per deviation column whose operands the table has."""
    checks = []
    columns = table.columns
    for index, column in enumerate(columns):
        if column.measure not in _DEVIATIONS:
            continue
        operands = _operands(column.label, column.measure)
        if operands is None:
            continue
        actual = _column_of(columns, operands[0], column.period)
        reference = _column_of(columns, operands[1], column.period)
        if actual is None or reference is None or index in (actual, reference):
            continue
        check = _deviation_check(table, index, actual, reference)
        if check is not None:
            checks.append(check)
    return checks


def _deviation_check(table: Table, index: int, actual: int, reference: int) -> Check | None:
    triples: list[tuple[str, Cell, Cell, Cell]] = []
    for row in table.rows:
        d, a, r = (row.cells[i] for i in (index, actual, reference))
        if d.value is not None and a.value is not None and r.value is not None:
            triples.append((row.label, d, a, r))
    if not triples:
        return None
    misses: dict[float, list[tuple[str, Cell, float]]] = {}
    for sign in (1.0, -1.0):
        misses[sign] = []
        for label, d, a, r in triples:
            computed = sign * ((a.value or 0.0) - (r.value or 0.0))
            if abs((d.value or 0.0) - computed) > tolerance([d, a, r]):
                misses[sign].append((label, d, computed))
    sign = 1.0 if len(misses[1.0]) <= len(misses[-1.0]) else -1.0
    names = [table.columns[i].label for i in (actual, reference)]
    formula = f"'{names[0]}' − '{names[1]}'" if sign > 0 else f"'{names[1]}' − '{names[0]}'"
    detail = f"'{table.columns[index].label}' = {formula} in {len(triples)} rows"
    failures = [
        f"row '{label}': printed {d.text}, computed {_fmt(round(v, 6))}, "
        f"difference {_fmt(round((d.value or 0.0) - v, 6))}"
        for label, d, v in misses[sign]
    ]
    return _check(RULE_DEVIATION, detail, failures)

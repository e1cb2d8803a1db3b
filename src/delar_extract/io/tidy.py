"""Reports to tidy pandas DataFrames: one row per goal, indicator value, table cell, ...

The columns and dtypes come from :mod:`delar_extract.io.columns`; this module
only walks the model.  Every row starts with the report's identity columns so a
frame can be filtered, grouped or joined without going back to ``reports``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

from delar_extract.io.columns import REPORT_ORDER, TABLES, TableSpec
from delar_extract.model import (
    Assessment,
    AssignmentStatus,
    Cell,
    Report,
    Table,
    TableKind,
    Value,
)
from delar_extract.normalize.labels import label_key

Record = dict[str, Any]

# Grids that the follow-up parser turned into goals, indicators and assignments,
# and status legends: their cells are already in those tables, not budget lines.
NON_FIGURE_KINDS = frozenset(
    {TableKind.LEGEND, TableKind.GOALS, TableKind.INDICATORS, TableKind.ASSIGNMENTS}
)
VALUE_KINDS = ("baseline", "target", "outcome")


@dataclass(frozen=True)
class Dataset:
    """The tidy tables of a set of reports, one DataFrame per entity (see docs/tables.md)."""

    reports: pd.DataFrame
    sections: pd.DataFrame
    goals: pd.DataFrame
    assignments: pd.DataFrame
    indicators: pd.DataFrame
    table_cells: pd.DataFrame
    key_figures: pd.DataFrame
    checks: pd.DataFrame
    warnings: pd.DataFrame

    def frames(self) -> dict[str, pd.DataFrame]:
        """Entity name -> DataFrame, in the documented order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _identity(report: Report) -> Record:
    document = report.document
    return {
        "sha256": report.source.sha256,
        "source_file": report.source.file,
        "organisation": document.organisation,
        "body": document.body,
        "report_type": document.report_type.value,
        "year": document.year,
        "report_period": document.period.label,
        "period_start": document.period.start,
        "period_end": document.period.end,
    }


def _status(status: Assessment | AssignmentStatus | None) -> Record:
    if status is None:
        return {"status": None, "status_label": None, "status_basis": None, "status_color": None}
    return {
        "status": status.status.value,
        "status_label": status.label,
        "status_basis": status.basis.value,
        "status_color": status.color,
    }


def _bbox(bbox: list[float] | None) -> Record:
    x0, top, x1, bottom = bbox if bbox else (None, None, None, None)
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _enum(value: Any) -> Any:
    return None if value is None else getattr(value, "value", value)


def report_to_reports(report: Report) -> Iterator[Record]:
    """The report's one row of ``reports``."""
    yield {
        "title": report.document.title,
        "schema_version": report.schema_version,
        "page_count": report.source.page_count,
        "producer": report.source.producer,
        "sections": len(report.sections),
        "goals": len(report.goals),
        "indicators": len(report.indicators),
        "assignments": len(report.assignments),
        "tables": len(report.tables),
        "key_figures": len(report.key_figures),
        "warnings": len(report.warnings),
    }


def report_to_sections(report: Report) -> Iterator[Record]:
    """One row per section."""
    for index, section in enumerate(report.sections, start=1):
        yield {"section_index": index, **section.model_dump(mode="python")} | {
            "kind": section.kind.value
        }


def report_to_goals(report: Report) -> Iterator[Record]:
    """One row per goal."""
    for index, goal in enumerate(report.goals, start=1):
        yield {
            "goal_index": index,
            "goal_id": goal.id,
            "title": goal.title,
            "title_key": label_key(goal.title),
            "level": goal.level.value,
            "parent_id": goal.parent_id,
            **_status(goal.assessment),
            "analysis": goal.analysis,
            "page": goal.page,
            **_bbox(goal.bbox),
        }


def report_to_assignments(report: Report) -> Iterator[Record]:
    """One row per uppdrag."""
    for index, item in enumerate(report.assignments, start=1):
        yield {
            "assignment_index": index,
            "assignment_id": item.id,
            "ref": item.ref,
            "title": item.title,
            "title_key": label_key(item.title),
            "issuer": item.issuer,
            "directed_to": item.directed_to,
            "responsible": item.responsible,
            **_status(item.status),
            "comment": item.comment,
            "periodicity": item.periodicity,
            "due_date": item.due_date,
            "page": item.page,
            **_bbox(item.bbox),
        }


def report_to_indicators(report: Report) -> Iterator[Record]:
    """Three rows per indicator: its baseline, target and outcome (null when absent)."""
    goal_titles = {goal.id: goal.title for goal in report.goals}
    for index, indicator in enumerate(report.indicators, start=1):
        common = {
            "indicator_index": index,
            "indicator_id": indicator.id,
            "name": indicator.name,
            "name_key": label_key(indicator.name),
            "goal_id": indicator.goal_id,
            "goal_title": goal_titles.get(indicator.goal_id or ""),
            "unit": indicator.unit,
        }
        for order, kind in enumerate(VALUE_KINDS, start=1):
            value = getattr(indicator, kind)
            yield {
                **common,
                "value_kind": kind,
                "value_order": order,
                "period": value.period if value else None,
                "value": value.value if value else None,
                "text": value.label if value else None,
                "direction": _enum(indicator.direction),
                **_status(indicator.assessment),
                "trend": _enum(indicator.trend),
                "comment": indicator.comment,
                # The value's own place when it has one (an auditor looks for
                # the number), else the indicator's.
                **_place(value, indicator.page, indicator.bbox),
            }


def _place(item: Cell | Value | None, page: int | None, bbox: list[float] | None) -> Record:
    """The page and bbox of a value or cell where it has its own, else the given ones."""
    if item is not None and item.bbox is not None:
        return {"page": item.page, **_bbox(item.bbox)}
    return {"page": page, **_bbox(bbox)}


def _table_head(index: int, table: Table) -> Record:
    return {
        "table_index": index,
        "table_id": table.id,
        "table_kind": table.kind.value,
        "table_title": table.title,
    }


def report_to_table_cells(report: Report) -> Iterator[Record]:
    """One row per cell of every table that is not a goal, indicator,
    assignment or legend grid."""
    for table_index, table in enumerate(report.tables, start=1):
        if table.kind in NON_FIGURE_KINDS:
            continue
        head = {**_table_head(table_index, table), "unit": table.unit}
        for row_index, row in enumerate(table.rows, start=1):
            row_part = {
                "row_index": row_index,
                "row_label": row.label,
                "row_key": label_key(row.label),
                "row_level": row.level,
                "is_total": row.is_total,
            }
            for column_index, (column, cell) in enumerate(
                zip(table.columns, row.cells, strict=False), start=1
            ):
                yield {
                    **head,
                    **row_part,
                    "column_index": column_index,
                    "column_label": column.label,
                    "column_key": label_key(column.label),
                    "measure": _enum(column.measure),
                    "period": column.period,
                    "value": cell.value,
                    "text": cell.text,
                    **_place(cell, row.page, row.bbox),
                }


def report_to_key_figures(report: Report) -> Iterator[Record]:
    """One row per key figure."""
    for index, figure in enumerate(report.key_figures, start=1):
        yield {
            "figure_index": index,
            **figure.model_dump(mode="python", exclude={"bbox"}),
            "name_key": label_key(figure.name),
            **_bbox(figure.bbox),
        }


def report_to_checks(report: Report) -> Iterator[Record]:
    """One row per arithmetic check of every table."""
    for table_index, table in enumerate(report.tables, start=1):
        for check_index, check in enumerate(table.checks, start=1):
            yield {
                **_table_head(table_index, table),
                "check_index": check_index,
                **check.model_dump(mode="python"),
            }


def report_to_warnings(report: Report) -> Iterator[Record]:
    """One row per warning."""
    for index, warning in enumerate(report.warnings, start=1):
        yield {"warning_index": index, **warning.model_dump(mode="python")}


ROWS = {
    "reports": report_to_reports,
    "sections": report_to_sections,
    "goals": report_to_goals,
    "assignments": report_to_assignments,
    "indicators": report_to_indicators,
    "table_cells": report_to_table_cells,
    "key_figures": report_to_key_figures,
    "checks": report_to_checks,
    "warnings": report_to_warnings,
}


def records_to_frame(records: Iterable[Record], spec: TableSpec) -> pd.DataFrame:
    """A frame with exactly the spec's columns and dtypes, rows in the documented order.

    Empty strings become null: a blank cell has no text, and CSV could not tell
    the two apart anyway.
    """
    rows = list(records)
    data = {name: [row.get(name) for row in rows] for name in spec.names}
    frame = pd.DataFrame(
        {
            name: pd.Series([None if value == "" else value for value in values], dtype="object")
            for name, values in data.items()
        },
        columns=spec.names,
    )
    frame = frame.astype(spec.dtypes)
    order = [*REPORT_ORDER, "sha256", *spec.order]
    return frame.sort_values(order, kind="stable", na_position="last").reset_index(drop=True)


def _to_kind(series: pd.Series, dtype: str) -> pd.Series:
    series = series.astype(object).where(series.notna(), None)
    if dtype == "boolean":
        truth = {"true": True, "false": False, "1": True, "0": False}
        series = series.map(lambda v: truth.get(str(v).lower()) if v is not None else None)
    elif dtype in ("Int64", "Float64"):
        series = pd.to_numeric(series)
    elif dtype.startswith("datetime64"):
        series = pd.to_datetime(series)
    return series.astype(dtype)


def conform(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """A table read back from an export (CSV, Parquet, Excel, DuckDB) with exactly
    the documented columns and dtypes, as :func:`delar_extract.load` returns it.

    >>> conform(pd.read_csv("out/goals.csv", dtype=str, keep_default_na=False,
    ...                     na_values=[""]), "goals")  # doctest: +SKIP
    """
    spec = TABLES[name]
    columns = {column: _to_kind(frame[column], dtype) for column, dtype in spec.dtypes.items()}
    return pd.DataFrame(columns, columns=spec.names).reset_index(drop=True)


def reports_to_dataset(reports: Iterable[Report]) -> Dataset:
    """The tidy tables of ``reports`` (one report per sha256 expected)."""
    reports = list(reports)
    frames = {}
    for name, spec in TABLES.items():
        records = ({**_identity(report), **row} for report in reports for row in ROWS[name](report))
        frames[name] = records_to_frame(records, spec)
    return Dataset(**frames)

"""The tidy tables as one Excel workbook: a sheet per entity, and a sheet of column docs.

Each sheet has its header row frozen, bold and filled, an autofilter, columns
sized to their content, numbers written as numbers and dates as dates.  Strings
are always written as strings, so a label that starts with "=" never becomes a
formula.  The workbook's creation date is fixed, so the same dataset gives the
same bytes.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from delar_extract.errors import DelarError
from delar_extract.io.columns import TABLES, ColumnSpec, TableSpec
from delar_extract.io.files import replace_atomic, require
from delar_extract.io.tidy import Dataset

log = logging.getLogger(__name__)

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_TEXT = 32_767  # characters in one cell
FIXED_CREATED = datetime(2000, 1, 1)  # no time stamp of the run in the file
MIN_WIDTH, MAX_WIDTH, WIDE_TEXT = 6, 60, 80
HASH_WIDTH = 18  # enough of a sha256 to tell reports apart; the full key is in the cell
SIZE_SAMPLE = 2000  # rows looked at to size a column
DOCS_SHEET = "columns"


def _values(series: pd.Series) -> list[Any]:
    """Python values of a column, None for null."""
    return [None if pd.isna(v) else v for v in series.astype(object).tolist()]


def _width(column: ColumnSpec, values: list[Any]) -> float:
    if column.name == "sha256":
        return HASH_WIDTH
    longest = len(column.name)
    for value in values[:SIZE_SAMPLE]:
        if value is None:
            continue
        text = value.strftime("%Y-%m-%d") if isinstance(value, datetime) else str(value)
        longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
    return float(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))


def _write_cell(sheet: Any, row: int, col: int, kind: str, value: Any, formats: dict) -> None:
    if value is None:
        return
    if kind in ("int", "float"):
        sheet.write_number(row, col, float(value))
    elif kind == "bool":
        sheet.write_boolean(row, col, bool(value), formats["bool"])
    elif kind == "date":
        sheet.write_datetime(row, col, value.to_pydatetime(), formats["date"])
    else:
        text = str(value)
        if len(text) > EXCEL_MAX_TEXT:
            log.warning("xlsx: a %d-character text cut to Excel's cell limit", len(text))
            text = text[: EXCEL_MAX_TEXT - 1] + "…"
        sheet.write_string(row, col, text)


def _write_sheet(workbook: Any, spec: TableSpec, frame: pd.DataFrame, formats: dict) -> None:
    if len(frame) + 1 > EXCEL_MAX_ROWS:
        raise DelarError(
            f"{spec.name}: {len(frame)} rows do not fit in an Excel sheet; "
            "export to parquet or duckdb instead",
            code="too-many-rows",
        )
    sheet = workbook.add_worksheet(spec.name)
    for col, column in enumerate(spec.columns):
        values = _values(frame[column.name])
        sheet.write_string(0, col, column.name, formats["header"])
        for row, value in enumerate(values, start=1):
            _write_cell(sheet, row, col, column.kind, value, formats)
        sheet.set_column(col, col, _width(column, values))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(frame), 1), len(spec.columns) - 1)
    # Printed (or converted to PDF): A3 landscape, every column on one page width so
    # that a printed line is a whole row, the header row on every page.
    sheet.set_landscape()
    sheet.set_paper(8)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _write_docs(workbook: Any, formats: dict) -> None:
    """A last sheet naming every table, column, type and description."""
    sheet = workbook.add_worksheet(DOCS_SHEET)
    header = ("table", "column", "type", "description")
    for col, name in enumerate(header):
        sheet.write_string(0, col, name, formats["header"])
    row = 1
    for spec in TABLES.values():
        for column in spec.columns:
            for col, text in enumerate((spec.name, column.name, column.kind, column.description)):
                sheet.write_string(row, col, text)
            row += 1
    for col, width in enumerate((14, 20, 8, WIDE_TEXT)):
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)


def write_xlsx(dataset: Dataset, target: Path) -> Path:
    """Write the dataset as one workbook at ``target``; returns ``target``."""
    xlsxwriter = require("xlsxwriter", "xlsx")

    def write(tmp: Path) -> None:
        workbook = xlsxwriter.Workbook(
            str(tmp),
            {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False},
        )
        workbook.set_properties({"created": FIXED_CREATED, "title": "delar-extract tables"})
        formats = {
            "header": workbook.add_format(
                {"bold": True, "bg_color": "#DCE6F1", "bottom": 1, "valign": "top"}
            ),
            "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
            # Excel shows a boolean as TRUE/FALSE anyway; LibreOffice needs the format.
            "bool": workbook.add_format({"num_format": '"TRUE";"TRUE";"FALSE"'}),
        }
        for name, frame in dataset.frames().items():
            _write_sheet(workbook, TABLES[name], frame, formats)
        _write_docs(workbook, formats)
        workbook.close()

    replace_atomic(target, write)
    return target

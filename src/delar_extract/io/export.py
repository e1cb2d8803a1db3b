"""Write a :class:`~delar_extract.io.tidy.Dataset` as CSV, Parquet, Excel or DuckDB.

Same dataset, same files: rows are in the documented order, and nothing that
changes between runs (time stamps, temporary names) is written into them.
Every file is written atomically: a reader sees the old file or the new one.

CSV and Parquet are folders with one ``<entity>.csv`` / ``<entity>.parquet``
per table, rewritten whole.  Excel is one workbook (:mod:`.xlsx`).  DuckDB is
one database file that an export adds to (:mod:`.duckdb_store`).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from delar_extract.errors import DelarError
from delar_extract.io.arrow import frame_to_arrow
from delar_extract.io.columns import TABLES
from delar_extract.io.duckdb_store import write_duckdb
from delar_extract.io.files import FORMATS, ExportFormat, replace_atomic, require
from delar_extract.io.tidy import Dataset
from delar_extract.io.xlsx import write_xlsx

__all__ = ["FORMATS", "ExportFormat", "export_dataset", "write_csv", "write_parquet"]


def write_csv(dataset: Dataset, folder: Path) -> list[Path]:
    """One UTF-8 ``<entity>.csv`` per table, with a header row; null is an empty field."""
    written = []
    for name, frame in dataset.frames().items():
        target = folder / f"{name}.csv"
        replace_atomic(target, functools.partial(_frame_to_csv, frame))
        written.append(target)
    return written


def _frame_to_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", date_format="%Y-%m-%d")


def write_parquet(dataset: Dataset, folder: Path) -> list[Path]:
    """One ``<entity>.parquet`` per table, typed as documented (dates as date32)."""
    pq = require("pyarrow.parquet", "parquet")
    written = []
    for name, frame in dataset.frames().items():
        table = frame_to_arrow(frame, TABLES[name])
        target = folder / f"{name}.parquet"
        replace_atomic(target, functools.partial(pq.write_table, table))
        written.append(target)
    return written


def export_dataset(dataset: Dataset, fmt: ExportFormat, target: Path) -> list[Path]:
    """Write ``dataset`` to ``target`` as ``fmt``; returns the files written.

    csv and parquet: ``target`` is a folder; xlsx and duckdb: one file.  Into an
    existing DuckDB file the reports are merged: new ones added, ones with the same
    sha256 replaced.  Raises :class:`DelarError` when the format's package is missing.
    """
    if fmt == "csv":
        return write_csv(dataset, target)
    if fmt == "parquet":
        return write_parquet(dataset, target)
    if fmt == "xlsx":
        return [write_xlsx(dataset, target)]
    if fmt == "duckdb":
        return [write_duckdb(dataset, target)]
    raise DelarError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")

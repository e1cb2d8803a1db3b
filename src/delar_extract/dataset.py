"""``delar_extract.load``: report JSON files, folders of them and PDFs as tidy DataFrames.

This module sits above both the pipeline (to extract the PDFs it is given) and
``io`` (which builds the frames and writes the exports); ``cli`` calls it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from delar_extract.errors import DelarError, InputError
from delar_extract.io.export import ExportFormat, export_dataset
from delar_extract.io.tidy import Dataset, reports_to_dataset
from delar_extract.model import Report
from delar_extract.pipeline import ExtractOptions, extract

log = logging.getLogger(__name__)


def _looks_like_report(data: object) -> bool:
    return isinstance(data, dict) and "schema_version" in data and "source" in data


def _read_report(path: Path, *, named: bool) -> Report | None:
    """The report in a JSON file.  A file found in a folder that is not a report
    (another tool's JSON) is skipped; a named one, or a broken report, is an error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        if not named:
            log.info("%s: skipped, not readable as JSON", path)
            return None
        raise InputError(f"{path}: not readable as JSON: {exc}") from exc
    if not _looks_like_report(data):
        if not named:
            log.info("%s: skipped, not a report", path)
            return None
        raise InputError(f"{path}: not a delar-extract report (no schema_version and source)")
    try:
        return Report.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"{path}: not a valid report at {where}: {first['msg']}") from exc


def _folder_reports(folder: Path) -> Iterator[Path]:
    """Every ``*.json`` below ``folder``, sorted, hidden files and folders left out."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(
            Path(dirpath) / name
            for name in filenames
            if name.lower().endswith(".json") and not name.startswith(".")
        )
    yield from sorted(found)


def paths_to_reports(
    paths: Iterable[str | Path], options: ExtractOptions | None = None
) -> list[Report]:
    """The reports in ``paths``: report JSON files, folders of them (recursively; files
    that are not reports, such as a batch's ``manifest.jsonl``, are skipped) and PDFs,
    which are extracted.  A report met twice (same PDF sha256) is kept once, the first.

    Raises :class:`~delar_extract.errors.InputError` naming the file for a path that does
    not exist, a named file that is not a report, or a PDF that cannot be read.
    """
    reports: dict[str, Report] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder", code="input-not-found")
        if path.is_dir():
            found = [_read_report(p, named=False) for p in _folder_reports(path)]
        elif path.suffix.lower() == ".pdf":
            log.info("%s: extracting", path)
            try:
                found = [extract(path, options)]
            except DelarError as exc:
                raise type(exc)(f"{path}: {exc}", code=exc.code) from exc
        else:
            found = [_read_report(path, named=True)]
        for report in found:
            if report is None:
                continue
            if report.source.sha256 in reports:
                log.info("%s: already loaded (same sha256), skipped", report.source.file)
                continue
            reports[report.source.sha256] = report
    return list(reports.values())


def load(
    paths: str | Path | Iterable[str | Path], options: ExtractOptions | None = None
) -> Dataset:
    """Load reports as tidy pandas DataFrames, one per entity (``docs/tables.md``).

    ``paths`` is one path or several: report JSON files, folders of them (searched
    recursively; files that are not reports are skipped) and PDFs (extracted here;
    for a folder of PDFs run ``delar-extract batch`` first and load its output).

    >>> ds = load("output/")  # doctest: +SKIP
    >>> ds.indicators.query("value_kind == 'outcome'")[["organisation", "name", "value"]]
    ... # doctest: +SKIP
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    return reports_to_dataset(paths_to_reports(paths, options))


def export(
    paths: Iterable[str | Path],
    fmt: ExportFormat,
    target: str | Path,
    options: ExtractOptions | None = None,
) -> Dataset:
    """Load ``paths`` and export the tables to ``target`` as ``fmt`` (csv, parquet, xlsx,
    duckdb); see :func:`delar_extract.io.export.export_dataset`.  Returns the dataset.

    Raises :class:`~delar_extract.errors.InputError` when ``paths`` hold no report:
    an export of nothing is a mistake (a folder of PDFs, say), not a success.
    """
    paths = list(paths)
    dataset = load(paths, options)
    if dataset.reports.empty:
        named = ", ".join(str(p) for p in paths)
        raise InputError(
            f"{named}: no reports found (folders are searched for report JSON; "
            "give PDFs by name, or run `delar-extract batch` first)",
            code="no-reports",
        )
    export_dataset(dataset, fmt, Path(target))
    return dataset

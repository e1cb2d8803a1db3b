"""A report from a file: report JSON as written by ``extract``, or a PDF to extract."""

from __future__ import annotations

from pathlib import Path

import pydantic

from delar_extract.errors import InputError
from delar_extract.model import Report
from delar_extract.pipeline import ExtractOptions, extract


def is_json(path: Path) -> bool:
    """A report JSON by its name, or else by its first non-blank byte."""
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() == ".pdf":
        return False
    with path.open("rb") as handle:
        head = handle.read(64).lstrip()
    return head.startswith(b"{")


def load_report(path: Path, password: str | None = None) -> Report:
    """The report in ``path``: a report JSON is read and validated, a PDF extracted.

    Raises :class:`~delar_extract.errors.InputError` with a one-line reason when
    the file is missing, is not a report JSON or cannot be read as a PDF.
    """
    if not path.is_file():
        raise InputError("no such file")
    if not is_json(path):
        return extract(path, ExtractOptions(password=password))
    try:
        return Report.model_validate_json(path.read_bytes())
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise InputError(f"not a report JSON: {where}: {first['msg']}") from exc

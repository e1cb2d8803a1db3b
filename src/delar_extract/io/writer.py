"""Write reports to disk: deterministic bytes, atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from delar_extract.errors import ValidationError
from delar_extract.io.validate import validate_data
from delar_extract.model import Report


def report_to_json(report: Report) -> str:
    """Serialise a report: same report, same text (UTF-8, 2-space indent, newline)."""
    return report.model_dump_json(indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(report: Report, path: Path) -> None:
    """Validate ``report`` against the JSON Schema, then write it atomically to ``path``."""
    text = report_to_json(report)
    errors = validate_data(json.loads(text))
    if errors:
        first = errors[0]
        raise ValidationError(
            f"{report.source.file}: output fails the schema at {first.path}: {first.message}"
        )
    write_atomic(path, text)

"""Validate report JSON files against the contract's JSON Schema."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from delar_extract.io.schema import report_schema


@dataclass(frozen=True)
class SchemaError:
    """One violation: where in the document (JSON path) and what is wrong."""

    path: str
    message: str


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(report_schema(), format_checker=FormatChecker())


def _json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def validate_data(data: Any) -> list[SchemaError]:
    """Return every schema violation of ``data``, sorted by JSON path."""
    errors = [
        SchemaError(_json_path(error.absolute_path), error.message)
        for error in _validator().iter_errors(data)
    ]
    return sorted(errors, key=lambda e: (e.path, e.message))


def validate_file(path: Path) -> list[SchemaError]:
    """Validate one JSON file; unreadable JSON is reported as one error at ``$``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [SchemaError("$", f"not readable as JSON: {exc}")]
    return validate_data(data)

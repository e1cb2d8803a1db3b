"""JSON Schema of the output contract, generated from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from delar_extract.model import SCHEMA_VERSION, Report

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def report_schema() -> dict[str, Any]:
    """Return the JSON Schema of :class:`~delar_extract.model.Report`."""
    schema = Report.model_json_schema(mode="serialization")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://delar-extract.invalid/schemas/report-{SCHEMA_VERSION}.schema.json",
        **schema,
    }


def schema_to_text(schema: dict[str, Any]) -> str:
    """Serialise a schema the way ``schemas/`` stores it (stable, UTF-8, trailing newline)."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

"""The committed JSON Schema is what the models generate, and the goldens satisfy it."""

from __future__ import annotations

import json

import pytest

from delar_extract.io.schema import report_schema, schema_to_text
from delar_extract.io.validate import validate_data, validate_file
from delar_extract.model import Report
from tests.conftest import EXPECTED, REPO, expected_for

SCHEMA_FILE = REPO / "schemas" / "report.schema.json"


def test_committed_schema_matches_models() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    generated = schema_to_text(report_schema())
    assert committed == generated, (
        "schemas/report.schema.json is out of date: run "
        "`delar-extract schema -o schemas/report.schema.json`"
    )


def test_schema_forbids_unknown_keys() -> None:
    minimal = {
        "source": {"file": "a.pdf", "sha256": "0" * 64, "page_count": 1},
        "document": {"report_type": "unknown"},
    }
    assert validate_data(minimal) == []
    errors = validate_data({**minimal, "surprise": 1})
    assert [e.path for e in errors] == ["$"]
    assert "surprise" in errors[0].message


def test_schema_reports_json_path_of_bad_enum() -> None:
    data = {
        "source": {"file": "a.pdf", "sha256": "0" * 64, "page_count": 1},
        "document": {"report_type": "unknown"},
        "goals": [{"id": "g", "title": "t", "level": "galaxy", "page": 1}],
    }
    errors = validate_data(data)
    assert [e.path for e in errors] == ["$.goals[0].level"]


@pytest.mark.parametrize("path", sorted(EXPECTED.glob("*.json")), ids=lambda p: p.stem)
def test_expected_files_are_valid(path) -> None:  # type: ignore[no-untyped-def]
    assert validate_file(path) == []
    Report.model_validate(json.loads(path.read_text(encoding="utf-8")))


def test_there_is_an_expected_file_per_sample() -> None:
    pdfs = sorted((REPO / "samples").glob("*.pdf"))
    assert pdfs, "no sample PDFs committed"
    assert [p.name for p in pdfs if not expected_for(p).exists()] == []


def test_every_field_has_a_description() -> None:
    """Descriptions land in the JSON Schema, which is the analysts' documentation."""
    missing = []
    for name, spec in report_schema().get("$defs", {}).items():
        for field, field_spec in spec.get("properties", {}).items():
            if not field_spec.get("description"):
                missing.append(f"{name}.{field}")
    for field, field_spec in report_schema()["properties"].items():
        if not field_spec.get("description"):
            missing.append(f"Report.{field}")
    assert missing == []

"""The JSON a report is written as: checked before it reaches the disk."""

from __future__ import annotations

import json

import pytest

from delar_extract.errors import ValidationError
from delar_extract.io.validate import validate_data
from delar_extract.io.writer import valid_json
from tests.samples_cache import sample_report


def test_a_valid_report_passes_both_checks() -> None:
    text = valid_json(sample_report("000_delarsrapport_rs_2025_aug"))
    assert validate_data(json.loads(text)) == []


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydantic warns while serialising it
def test_an_object_built_without_validation_is_caught_before_writing() -> None:
    # model_copy(update=...) skips pydantic's validation, as a parser's patch would.
    report = sample_report("000_delarsrapport_rs_2025_aug")
    goal = report.goals[0].model_copy(update={"level": "not-a-level"})
    broken = report.model_copy(update={"goals": [goal, *report.goals[1:]]})
    # jsonschema, the check `validate` applies to any file, agrees that it is invalid.
    assert validate_data(json.loads(broken.model_dump_json(warnings=False)))
    with pytest.raises(ValidationError, match=r"output fails the schema at \$\.goals\[0\]\.level"):
        valid_json(broken)

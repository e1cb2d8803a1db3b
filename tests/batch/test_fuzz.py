"""Damaged copies of the samples: each one ends in a valid JSON or a clear error.

A small run of the mutation campaign (``benchmarks/mutate.py``): seeded
mutations (truncation, bit flips, zeroed blocks, duplicated and spliced ranges)
through the real batch, with its workers and time limit.  An ``internal-error``
is a bug in our code; a ``timeout`` here is a hang, since every sample converts
in seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.mutate import BAD, make_mutants, outcome, run_campaign

from delar_extract.io.validate import validate_file

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.pdf"))


def test_mutants_are_reproducible(tmp_path: Path) -> None:
    first = make_mutants(SAMPLES, 10, 7, tmp_path / "a")
    second = make_mutants(SAMPLES, 10, 7, tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    originals = {p.read_bytes() for p in SAMPLES}
    assert not originals & {p.read_bytes() for p in first}  # every copy is damaged


@pytest.mark.slow
def test_mutated_samples_end_in_json_or_clear_error(tmp_path: Path) -> None:
    records = run_campaign(SAMPLES, 20, 20251123, tmp_path, workers=2, timeout=300)
    assert len(records) == 20
    bad = {p: (r.error_code, r.error_message) for p, r in records.items() if outcome(r) in BAD}
    assert not bad
    for record in records.values():
        if record.output:
            assert validate_file(tmp_path / "out" / record.output) == []
        else:
            assert record.error_message and "\n" not in record.error_message
    assert not list((tmp_path / "out").rglob("*.tmp"))

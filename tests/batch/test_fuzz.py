"""Corrupted copies of the samples: every one ends, in a valid JSON or a clear error.

The corruptions (truncation, bit flips, zeroed blocks) come from a seeded random
generator, so the test is the same on every run; the batch runner gives each
document its own process and time limit, so a hang shows up as a ``timeout``
failure, which this test does not accept.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from delar_extract.batch import BatchOptions, run_batch
from delar_extract.io.validate import validate_file

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.pdf"))
# Failure codes a corrupted PDF may honestly end in; anything else is a bug.
CLEAR_CODES = {"damaged", "not-pdf", "empty-file", "no-pages", "encrypted", "input-unreadable"}


def _corrupt(data: bytes, rng: random.Random, how: str) -> bytes:
    if how == "truncate":
        return data[: rng.randrange(1, len(data))]
    if how == "flip":
        out = bytearray(data)
        for _ in range(rng.randrange(1, 64)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    if how == "zero-block":
        start = rng.randrange(len(data))
        size = rng.randrange(1, 4096)
        return data[:start] + b"\0" * size + data[start + size :]
    raise ValueError(how)


@pytest.mark.slow
def test_corrupted_samples_end_in_json_or_clear_error(tmp_path: Path) -> None:
    rng = random.Random(20251123)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for pdf in SAMPLES:
        data = pdf.read_bytes()
        for how in ("truncate", "flip", "zero-block"):
            for n in range(2):
                (inputs / f"{pdf.stem}-{how}-{n}.pdf").write_bytes(_corrupt(data, rng, how))
    out = tmp_path / "out"
    result = run_batch([inputs], BatchOptions(output_dir=out, workers=2, timeout=120))
    assert len(result.records) == 6 * len(SAMPLES)
    for relative, record in result.records.items():
        if record.status == "ok":
            assert record.output is not None
            assert validate_file(out / record.output) == []
        else:
            assert record.status == "failed"
            assert record.error_code in CLEAR_CODES, (
                relative,
                record.error_code,
                record.error_message,
            )
            assert record.error_message and "\n" not in record.error_message
    assert not list(out.rglob("*.tmp"))

"""Mutation campaign: damaged copies of the samples through the real batch isolation.

    python benchmarks/mutate.py                       # 300 mutations of samples/*.pdf
    python benchmarks/mutate.py -n 2000 --seed 7 --workers 2 --timeout 300
    python benchmarks/mutate.py -n 50 --keep /tmp/mutants   # keep inputs and outputs

Each mutation copies a sample and damages it one way — ``truncate`` (cut at a
random byte), ``flip`` (1-63 random bit flips), ``zero-block`` (up to 4 KiB
zeroed), ``duplicate`` (a range repeated elsewhere) or ``splice`` (a range of
another sample written over a range) — chosen by a seeded generator, so a run
is reproducible.  The copies go through :func:`delar_extract.batch.run_batch`
with its worker processes, time and memory limits, exactly as a user's batch.

Prints how many ended converted, partial, failed (with a clear reason),
internal-error (a bug in our code), crashed (the worker died) and hung (killed
at the timeout), then every internal-error, crash and hang with its reason.
Exit status 1 when any input ended in internal-error, crashed or hung.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from delar_extract.batch import BatchOptions, BatchProgress, ManifestRecord, run_batch

REPO = Path(__file__).resolve().parents[1]
MUTATIONS = ("truncate", "flip", "zero-block", "duplicate", "splice")
OUTCOMES = ("converted", "partial", "failed", "internal-error", "crashed", "hung")
BAD = ("internal-error", "crashed", "hung")


def mutate(data: bytes, how: str, rng: random.Random, other: bytes) -> bytes:
    """``data`` damaged one way; ``other`` is the donor of a ``splice``."""
    size = len(data)
    if how == "truncate":
        return data[: rng.randrange(1, size)]
    if how == "flip":
        out = bytearray(data)
        for _ in range(rng.randrange(1, 64)):
            out[rng.randrange(size)] ^= 1 << rng.randrange(8)
        return bytes(out)
    if how == "zero-block":
        start, length = rng.randrange(size), rng.randrange(1, 4096)
        return data[:start] + b"\0" * length + data[start + length :]
    if how == "duplicate":
        start, length = rng.randrange(size), rng.randrange(1, 16384)
        at = rng.randrange(size)
        return data[:at] + data[start : start + length] + data[at:]
    if how == "splice":
        start, length = rng.randrange(size), rng.randrange(1, 16384)
        donor = rng.randrange(max(1, len(other) - length))
        return data[:start] + other[donor : donor + length] + data[start + length :]
    raise ValueError(f"unknown mutation: {how}")


def make_mutants(samples: Sequence[Path], count: int, seed: int, folder: Path) -> list[Path]:
    """Write ``count`` mutated copies of ``samples`` into ``folder``; the same seed, the
    same files."""
    rng = random.Random(seed)
    contents = [path.read_bytes() for path in samples]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        which = index % len(samples)  # every sample in turn, the damage at random
        how = rng.choice(MUTATIONS)
        other = contents[rng.randrange(len(contents))]
        target = folder / f"{index:05d}-{samples[which].stem}-{how}.pdf"
        target.write_bytes(mutate(contents[which], how, rng, other))
        written.append(target)
    return written


def outcome(record: ManifestRecord) -> str:
    """The campaign's name for how one input ended."""
    if record.status == "ok":
        return "converted"
    if record.status == "partial":
        return "partial"
    if record.error_code == "internal-error":
        return "internal-error"
    if record.error_code in ("worker-crashed", "out-of-memory"):
        return "crashed"
    if record.error_code == "timeout":
        return "hung"
    return "failed"


def run_campaign(
    samples: Sequence[Path],
    count: int,
    seed: int,
    folder: Path,
    workers: int,
    timeout: float,
    quiet: bool = True,
) -> dict[str, ManifestRecord]:
    """Mutate, convert in a batch, and return the manifest record of every mutant."""
    make_mutants(samples, count, seed, folder / "in")
    options = BatchOptions(folder / "out", workers=workers, timeout=timeout, force=True)
    result = run_batch([folder / "in"], options, progress=None if quiet else BatchProgress())
    return result.records


def report_lines(records: dict[str, ManifestRecord]) -> list[str]:
    """Counts per outcome, failure reasons, and every bad input with its reason."""
    outcomes = Counter(outcome(record) for record in records.values())
    reasons = Counter(r.error_code for r in records.values() if outcome(r) == "failed")
    lines = [f"{len(records)} mutations: " + ", ".join(f"{outcomes[o]} {o}" for o in OUTCOMES)]
    lines.append("failed by reason: " + ", ".join(f"{n} {c}" for c, n in reasons.most_common()))
    for path, record in sorted(records.items()):
        if outcome(record) in BAD:
            lines.append(f"  {path}: {record.error_code}: {record.error_message}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("samples", nargs="*", type=Path, help="PDFs to mutate [samples/*.pdf]")
    parser.add_argument("-n", "--count", type=int, default=300, help="mutations [300]")
    parser.add_argument("--seed", type=int, default=20251202, help="random seed")
    parser.add_argument("--workers", type=int, default=2, help="worker processes [2]")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per file [300]")
    parser.add_argument("--keep", type=Path, help="folder for the mutants and outputs")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress")
    args = parser.parse_args(argv)
    samples = args.samples or sorted((REPO / "samples").glob("*.pdf"))
    with tempfile.TemporaryDirectory(prefix="mutate-") as scratch:
        folder = args.keep or Path(scratch)
        records = run_campaign(
            samples, args.count, args.seed, folder, args.workers, args.timeout, args.quiet
        )
        lines = report_lines(records)
    print("\n".join(lines))
    return int(any(outcome(record) in BAD for record in records.values()))


if __name__ == "__main__":
    sys.exit(main())

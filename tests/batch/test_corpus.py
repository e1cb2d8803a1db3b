"""The whole robustness corpus (and the samples) through `delar-extract batch`.

Also: a batch killed with SIGKILL midway and rerun, and the same batch on a
dask LocalCluster giving byte-identical outputs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from delar_extract.batch import read_manifest
from delar_extract.cli import cli
from delar_extract.io.validate import validate_file
from tests.batch.conftest import CORPUS, SAMPLES, corpus_expectations

pytestmark = pytest.mark.slow


def _inputs() -> list[Path]:
    # Resolved, as the batch resolves its inputs (shared/ may be a symlink).
    samples = sorted(SAMPLES.resolve().glob("*.pdf"))
    return [CORPUS.resolve(), *samples]


def _relative(path: Path) -> str:
    root = Path(os.path.commonpath([str(p if p.is_dir() else p.parent) for p in _inputs()]))
    return path.resolve().relative_to(root).as_posix()


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.json")}


@pytest.fixture(scope="module")
def local_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """One batch over the corpus and samples with 2 workers: (output folder, exit, stderr)."""
    corpus_expectations()
    out = tmp_path_factory.mktemp("local")
    args = ["batch", *map(str, _inputs()), "-o", str(out), "--workers", "2", "--timeout", "120"]
    result = CliRunner().invoke(cli, args)
    return out, result.exit_code, result.stderr


def test_corpus_batch_matches_every_expectation(local_batch: tuple[Path, int, str]) -> None:
    out, exit_code, stderr = local_batch
    records = read_manifest(out / "manifest.jsonl")
    expected = {_relative(CORPUS / name): want for name, want in corpus_expectations().items()}
    corpus = set(expected)
    expected |= {_relative(pdf): "convert" for pdf in SAMPLES.glob("*.pdf")}
    assert sorted(records) == sorted(expected)
    for path, want in expected.items():
        record = records[path]
        if want == "convert":
            assert record.status == "ok", f"{path}: {record.error_code}: {record.error_message}"
            assert record.output is not None
            assert validate_file(out / record.output) == [], path
            if path in corpus:  # no corpus file is a follow-up report
                data = json.loads((out / record.output).read_text(encoding="utf-8"))
                found = [*data["goals"], *data["indicators"], *data["assignments"]]
                assert found == [], f"{path}: junk follow-up items {found[:3]}"
        else:
            assert record.status == "failed", path
            assert record.error_code and record.error_message, path
            assert "\n" not in record.error_message and "Traceback" not in record.error_message
    assert exit_code == 1  # the corpus holds clear_error files
    assert "batch:" in stderr and "pages/s" in stderr
    assert not list(out.rglob("*.tmp"))
    assert len((out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()) == len(expected)


def _wait_for_first_line(manifest: Path, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= 1:
            return manifest.read_bytes().count(b"\n")
        time.sleep(0.02)
    pytest.fail("the batch wrote no manifest line before it ended")


def test_sigkill_midway_then_rerun_finishes_cleanly(tmp_path: Path) -> None:
    expectations = corpus_expectations()
    folder = tmp_path / "in"
    folder.mkdir()
    slow = ("GeoTopo", "ca-warn", "govdocs", "federal-register", "issue-67")
    names = sorted(n for n in expectations if not any(part in n for part in slow))
    for name in names:
        shutil.copyfile(CORPUS / name, folder / name)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "delar_extract", "batch", str(folder), "-o", str(out)]
    command += ["--workers", "2"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    lines = _wait_for_first_line(out / "manifest.jsonl", process)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    assert lines < len(names), "the batch finished before it could be killed"

    rerun = subprocess.run(command, capture_output=True, timeout=120)
    assert rerun.returncode == 1, rerun.stderr.decode()
    manifest = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(line.split('"')[3] for line in manifest) == names  # one line per input
    for name, record in read_manifest(out / "manifest.jsonl").items():
        want = "ok" if expectations[name] == "convert" else "failed"
        assert record.status == want, name
        if want == "ok":
            assert validate_file(out / str(record.output)) == [], name
    assert not list(out.rglob("*.tmp"))


def test_dask_local_cluster_gives_the_same_outputs(local_batch: tuple[Path, int, str]) -> None:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    local_out = local_batch[0]
    out = local_out.parent / "dask"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        args = [
            "batch",
            *map(str, _inputs()),
            "-o",
            str(out),
            "--scheduler",
            cluster.scheduler_address,
        ]
        result = CliRunner().invoke(cli, [*args, "--timeout", "120"])
    assert result.exit_code == 1, result.stderr
    assert _outputs(out) == _outputs(local_out)
    dask_records = read_manifest(out / "manifest.jsonl")
    local_records = read_manifest(local_out / "manifest.jsonl")
    assert {p: r.status for p, r in dask_records.items()} == {
        p: r.status for p, r in local_records.items()
    }

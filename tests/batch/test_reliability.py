"""Manifest fields and counts, partial documents, empty batches, passwords, unwritable output."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from delar_extract import __version__
from delar_extract.batch import (
    BatchInput,
    BatchOptions,
    BatchProgress,
    read_manifest,
    run_batch,
)
from delar_extract.batch.manifest import ManifestRecord
from delar_extract.cli import cli
from delar_extract.model import SCHEMA_VERSION
from tests.batch.conftest import CORPUS, corpus_expectations
from tests.batch.helpers import lose_page_on_lost


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_manifest_records_versions_time_and_partial_documents(
    tmp_path: Path, umask_022: None
) -> None:
    corpus_expectations()
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(CORPUS / "pdfplumber_annotations.pdf", folder / "whole.pdf")
    shutil.copyfile(CORPUS / "pdfplumber_annotations.pdf", folder / "lost.pdf")
    out = tmp_path / "out"
    before = datetime.now(UTC).replace(microsecond=0)
    result = run_batch([folder], BatchOptions(out, workers=1), convert=lose_page_on_lost)
    lines = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [line["status"] for line in lines] == ["partial", "ok"]
    for line in lines:
        assert (line["tool_version"], line["schema_version"]) == (__version__, SCHEMA_VERSION)
        when = datetime.strptime(line["finished_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert before <= when <= datetime.now(UTC)
    partial = result.records["lost.pdf"]
    assert (partial.error_code, partial.output) == ("pages-lost", "lost.json")
    assert partial.error_message == "pages not read: 1 of 1"
    assert (out / "lost.json").exists()
    assert result.exit_code == 0  # a partial document converted: the manifest says what is lost
    # a partial result stands on a rerun, like ok
    assert run_batch([folder], BatchOptions(out, workers=1)).processed == []
    # outputs and manifest follow the umask (mkstemp alone would make them 0600)
    for path in (out / "whole.json", out / "lost.json", out / "manifest.jsonl"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


class _CtrlCAfterFirst(BatchProgress):
    """Progress that presses Ctrl-C (a real SIGINT to this process) after one document."""

    def advance(self, item: BatchInput, record: ManifestRecord) -> None:
        super().advance(item, record)
        os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_exits_130_and_the_summary_counts_match_the_manifest(
    quick_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("delar_extract.cli.BatchProgress", _CtrlCAfterFirst)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(quick_dir), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 130, result.output
    records = read_manifest(out / "manifest.jsonl")
    counts = Counter(record.status for record in records.values())
    assert counts["skipped"] >= 1  # the interrupted run never got to these
    summary = next(line for line in result.stderr.splitlines() if line.startswith("batch:"))
    expected = ", ".join(f"{counts[s]} {s}" for s in ("ok", "partial", "failed", "skipped"))
    assert summary == f"batch: {len(records)} inputs: {expected}"
    assert "interrupted" in result.stderr


def test_an_empty_batch_warns_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / "notes.txt").write_text("no PDF here")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "empty"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip() == "warning: no PDF found in the given paths; nothing to convert"
    assert not out.exists()


def test_a_missing_path_exits_1_as_in_extract(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(cli, ["batch", str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: no such file or folder: {missing}"


def test_batch_tries_each_password_and_reads_a_passwords_file(tmp_path: Path) -> None:
    corpus_expectations()
    folder = tmp_path / "in"
    (folder / "2019").mkdir(parents=True)
    shutil.copyfile(CORPUS / "pdfplumber_password-example.pdf", folder / "a.pdf")
    shutil.copyfile(CORPUS / "pypdf_r6-both-passwords.pdf", folder / "2019" / "b.pdf")
    shutil.copyfile(CORPUS / "camelot_birdisland.pdf", folder / "c.pdf")  # empty user password
    out = tmp_path / "out"
    args = ["batch", str(folder), "-o", str(out), "--workers", "2", "-q"]
    result = CliRunner().invoke(cli, [*args, "--password", "test", "--password", "foo"])
    assert result.exit_code == 0, result.stderr
    assert {r.status for r in read_manifest(out / "manifest.jsonl").values()} == {"ok"}

    book = tmp_path / "passwords.tsv"
    book.write_text("# pattern<TAB>password\na.pdf\ttest\n2019/*.pdf\tbar\n", encoding="utf-8")
    again = tmp_path / "again"
    paths = [str(folder / "a.pdf"), str(folder / "2019")]
    result = CliRunner().invoke(cli, ["batch", *paths, "-o", str(again), "--passwords", str(book)])
    assert result.exit_code == 0, result.stderr
    assert {r.status for r in read_manifest(again / "manifest.jsonl").values()} == {"ok"}
    # (a wrong password: tests/test_cli.py::test_each_password_is_tried_until_one_opens_the_file)


def test_batch_into_an_unwritable_folder_is_one_line_and_exit_1(
    quick_dir: Path, tmp_path: Path
) -> None:
    # Tests run as root, whom permission bits do not stop: a file in the way of the
    # folder stands for an unwritable target here (the immutable case is in test_cli).
    blocker = tmp_path / "file"
    blocker.write_text("")
    target = blocker / "out"
    result = CliRunner().invoke(cli, ["batch", str(quick_dir), "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write to {target}: a file is in the way (not a folder) (output-unwritable)"
    ]

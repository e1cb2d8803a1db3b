"""The command line: exit codes, one-line errors, files written."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from delar_extract.cli import cli
from tests.conftest import CORPUS, REPO, sample_pdfs


def test_schema_command_prints_the_committed_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.output == (REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8")


def test_extract_writes_valid_json_and_shows_page_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = sample_pdfs()[0]
    monkeypatch.setattr("delar_extract.batch.progress.LONG_FILE_PAGES", 4)  # a "long" file
    result = CliRunner().invoke(cli, ["extract", str(pdf), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    progress = [line for line in result.stderr.splitlines() if line.endswith("pages read")]
    assert progress and progress[-1].startswith(f"{pdf}: ")
    done, total = progress[-1].split(": ")[1].split()[0].split("/")
    assert done == total and int(total) > 4
    out = tmp_path / f"{pdf.stem}.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["source"]["file"] == pdf.name
    validate = CliRunner().invoke(cli, ["validate", str(out)])
    assert validate.exit_code == 0, validate.output


def test_extract_bad_input_one_line_error_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n....")
    good = sample_pdfs()[0]
    result = CliRunner().invoke(cli, ["extract", str(bad), str(good), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {bad}: not a PDF: the file is a PNG image"]
    assert "Traceback" not in result.output
    assert (tmp_path / "out" / f"{good.stem}.json").exists()
    assert not (tmp_path / "out" / "broken.json").exists()


def test_validate_reports_json_paths_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": "1.0", "source": {}}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{bad}: $: 'document' is a required property" in lines
    assert any(line.startswith(f"{bad}: $.source: ") for line in lines)


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 2


def test_every_command_help_ends_with_an_example() -> None:
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, f"{name} --help has no example"
        assert command.help


def test_python_dash_m_works(tmp_path: Path) -> None:
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "delar_extract", "extract", str(bad), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: {bad}: file is empty (0 bytes)"


# --- output: writable, permissions, same names, stdout --------------------------------


def _never_extract(*args: object, **kwargs: object) -> None:
    pytest.fail("extraction started before the output folder was checked")


def test_extract_into_a_path_under_a_file_fails_before_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("delar_extract.cli.extract", _never_extract)
    blocker = tmp_path / "file"
    blocker.write_text("")
    target = blocker / "out"
    result = CliRunner().invoke(cli, ["extract", str(sample_pdfs()[0]), "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write to {target}: a file is in the way (not a folder) (output-unwritable)"
    ]


@pytest.fixture
def immutable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder even root cannot write in (``chattr +i``); skipped where chattr cannot."""
    folder = tmp_path / "locked"
    folder.mkdir()
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("chattr +i is not available on this file system")
    yield folder
    subprocess.run([chattr, "-i", str(folder)], check=True)


@pytest.mark.parametrize("command", ["extract", "batch"])
def test_an_immutable_output_folder_is_one_line_and_exit_1(
    command: str, immutable_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("delar_extract.cli.extract", _never_extract)
    result = CliRunner().invoke(cli, [command, str(sample_pdfs()[0]), "-o", str(immutable_folder)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write to {immutable_folder}: Operation not permitted (output-unwritable)"
    ]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_outputs_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    pdf = CORPUS / "pdfplumber_annotations.pdf"
    if not pdf.exists():
        pytest.skip("corpus not found")
    old = os.umask(umask)
    try:
        result = CliRunner().invoke(cli, ["extract", str(pdf), "-o", str(tmp_path)])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((tmp_path / f"{pdf.stem}.json").stat().st_mode) == mode


def test_inputs_with_the_same_name_are_refused_before_any_work(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copyfile(sample_pdfs()[0], tmp_path / folder / "report.pdf")
    first, second = tmp_path / "a" / "report.pdf", tmp_path / "b" / "report.pdf"
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(first), str(second), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{first} and {second} would both be written to {out / 'report.json'}" in (result.stderr)
    assert not out.exists()


def test_dash_output_writes_the_json_to_stdout(tmp_path: Path) -> None:
    pdf = CORPUS / "pdfplumber_annotations.pdf"
    if not pdf.exists():
        pytest.skip("corpus not found")
    to_stdout = CliRunner().invoke(cli, ["extract", str(pdf), "-o", "-"])
    assert to_stdout.exit_code == 0, to_stdout.stderr
    to_file = CliRunner().invoke(cli, ["extract", str(pdf), str(pdf), "-o", str(tmp_path)])
    assert to_file.exit_code == 0  # the same file twice is one input, not a clash
    assert to_stdout.stdout == (tmp_path / f"{pdf.stem}.json").read_text(encoding="utf-8")
    assert not Path("-").exists()
    several = CliRunner().invoke(cli, ["extract", str(pdf), str(sample_pdfs()[0]), "-o", "-"])
    assert several.exit_code == 2
    assert "give a single input" in several.stderr


# --- passwords ----------------------------------------------------------------------------


def test_each_password_is_tried_until_one_opens_the_file(tmp_path: Path) -> None:
    first, second = (
        CORPUS / "pdfplumber_password-example.pdf",
        CORPUS / "pypdf_r6-both-passwords.pdf",
    )
    if not first.exists():
        pytest.skip("corpus not found")
    args = ["extract", str(first), str(second), "-o", str(tmp_path), "-q"]
    result = CliRunner().invoke(cli, [*args, "--password", "foo", "--password", "test"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / f"{first.stem}.json").exists() and (
        tmp_path / f"{second.stem}.json"
    ).exists()
    wrong = CliRunner().invoke(cli, [*args, "--password", "x", "--password", "y"])
    assert wrong.exit_code == 1
    assert wrong.stderr.splitlines() == [
        f"error: {first}: encrypted PDF: none of the 2 passwords given opens it",
        f"error: {second}: encrypted PDF: none of the 2 passwords given opens it",
    ]


def test_a_passwords_file_maps_globs_to_passwords(tmp_path: Path) -> None:
    pdf = CORPUS / "pypdf_r6-both-passwords.pdf"
    if not pdf.exists():
        pytest.skip("corpus not found")
    book = tmp_path / "passwords.tsv"
    book.write_text("*/corpus/*r6*.pdf\tbar\nother.pdf\tfoo\n", encoding="utf-8")
    args = ["extract", str(pdf), "-o", str(tmp_path), "--passwords", str(book)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    book.write_text("no tab on this line\n", encoding="utf-8")
    bad = CliRunner().invoke(cli, args)
    assert bad.exit_code == 2
    assert f"{book}:1: expected PATTERN<TAB>PASSWORD" in bad.stderr


# --- one exit-code table ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "batch"])
def test_a_missing_path_exits_1_in_every_command(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    result = CliRunner().invoke(cli, [command, str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and str(missing) in result.stderr


def _press_ctrl_c(*args: object, **kwargs: object) -> None:
    os.kill(os.getpid(), signal.SIGINT)  # a real SIGINT, as from the terminal
    pytest.fail("SIGINT did not interrupt")


def test_ctrl_c_in_extract_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("delar_extract.cli.extract", _press_ctrl_c)
    result = CliRunner().invoke(cli, ["extract", str(sample_pdfs()[0]), "-o", str(tmp_path)])
    assert result.exit_code == 130
    assert result.stderr.strip() == "interrupted"
    # (batch: tests/batch/test_reliability.py::test_ctrl_c_exits_130_and_...)

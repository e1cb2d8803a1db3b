"""The command line: exit codes, one-line errors, files written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from delar_extract.cli import cli
from tests.conftest import REPO, sample_pdfs


def test_schema_command_prints_the_committed_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.output == (REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8")


def test_extract_writes_valid_json(tmp_path: Path) -> None:
    pdf = sample_pdfs()[0]
    result = CliRunner().invoke(cli, ["extract", str(pdf), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
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

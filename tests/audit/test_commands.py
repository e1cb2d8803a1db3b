"""The compare and check commands: exit codes, formats, bad input, the HTML in Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from delar_extract.audit.compare.model import Comparison, comparison_schema
from delar_extract.cli import cli
from delar_extract.io.schema import schema_to_text
from tests.conftest import EXPECTED, REPO, SAMPLES
from tests.samples_cache import sample_report

CHROMIUM = Path("/usr/bin/chromium")
OLD_PDF = SAMPLES / "001_arsrapport_rs_2021.pdf"
NEW_PDF = SAMPLES / "000_delarsrapport_rs_2025_aug.pdf"


def _write(report_name: str, folder: Path) -> Path:
    """The (cached) extraction of a sample as report JSON in ``folder``."""
    path = folder / f"{report_name}.json"
    path.write_text(sample_report(report_name).model_dump_json(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("reports")
    return _write(OLD_PDF.stem, folder), _write(NEW_PDF.stem, folder)


def test_compare_json_follows_its_committed_schema(reports: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(cli, ["compare", *map(str, reports), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, comparison_schema())
    comparison = Comparison.model_validate(data)
    assert comparison.old.file == reports[0].name
    committed = (REPO / "schemas" / "compare.schema.json").read_text(encoding="utf-8")
    assert committed == schema_to_text(comparison_schema()), (
        "regenerate schemas/compare.schema.json"
    )


def test_compare_text_to_a_file(reports: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "compare.txt"
    result = CliRunner().invoke(cli, ["compare", *map(str, reports), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Summary" in text and "Indicators: changed" in text


def test_compare_reads_a_pdf_too(reports: tuple[Path, Path]) -> None:
    via_pdf = CliRunner().invoke(
        cli, ["compare", str(OLD_PDF), str(reports[1]), "--format", "json"]
    )
    via_json = CliRunner().invoke(cli, ["compare", *map(str, reports), "--format", "json"])
    assert via_pdf.exit_code == 0, via_pdf.output
    a, b = json.loads(via_pdf.output), json.loads(via_json.output)
    a["old"]["file"] = b["old"]["file"]
    assert a == b


def test_compare_bad_input_is_one_line_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-report.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    good = EXPECTED / "000_delarsrapport_rs_2025_aug.json"
    result = CliRunner().invoke(cli, ["compare", str(good), str(bad)])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and "not a report JSON" in lines[0]


def test_check_lists_the_failures_the_extraction_warned_of(tmp_path: Path) -> None:
    """004 prints a forecast deviation that is not forecast − budget (p. 8): the
    extraction warns, and check fails with the same tables and pages."""
    report = sample_report("004_manadsrapport_rd_2024_jul")
    path = tmp_path / "004.json"
    path.write_text(report.model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    warned = [w for w in report.warnings if w.code.startswith("table-")]
    assert result.exit_code == (1 if warned else 0), result.output
    fails = [ln for ln in result.output.splitlines() if "FAIL" in ln]
    assert len(fails) == len(warned)
    for line, warning in zip(fails, warned, strict=True):
        assert warning.message.split(":")[0] in line and f"p. {warning.page}" in line


def test_check_passes_consistent_tables_and_fails_an_edited_total(tmp_path: Path) -> None:
    data = json.loads((EXPECTED / "004_manadsrapport_rd_2024_jul.json").read_text(encoding="utf-8"))
    data["tables"] = [t for t in data["tables"] if t["kind"] != "resultat"]
    data["warnings"] = []
    consistent = tmp_path / "consistent.json"
    consistent.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(consistent), "--all"])
    assert result.exit_code == 0, result.output
    passed = int(re.search(r"(\d+) passed", result.output).group(1))  # type: ignore[union-attr]
    assert passed > 0 and " 0 failed" in result.output
    assert result.output.count(" ok ") == passed
    table = next(
        t for t in data["tables"] if t["kind"] == "driftredovisning" and t["rows"][-1]["is_total"]
    )
    total = table["rows"][-1]
    column = next(n for n, c in enumerate(total["cells"]) if c["value"] is not None)
    total["cells"][column]["value"] += 100
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(consistent), str(edited)])
    assert result.exit_code == 1
    fails = [ln for ln in result.output.splitlines() if "FAIL" in ln]
    assert fails and all(table["id"] in ln for ln in fails)
    assert f"p. {table['page_start']}" in fails[0]


def test_check_unreadable_input_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    result = CliRunner().invoke(cli, ["check", str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.output


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        return subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.slow
def test_compare_html_opens_in_chromium_with_the_summary_and_nothing_external(
    reports: tuple[Path, Path], tmp_path: Path
) -> None:
    if not CHROMIUM.exists():
        reason = "needs /usr/bin/chromium (Debian chromium)"
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"{reason}: CI must provide it (apt-get install chromium)")
        pytest.skip(reason)
    page = tmp_path / "compare.html"
    result = CliRunner().invoke(
        cli, ["compare", *map(str, reports), "--format", "html", "-o", str(page)]
    )
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=|url\(|@import|<script|<link""", html, re.I)
    run = _chromium("--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    assert 'id="summary"' in dom and "<svg" in dom
    # the DOM Chromium built holds the comparison's counts, and no external reference
    comparison = Comparison.model_validate_json(
        CliRunner().invoke(cli, ["compare", *map(str, reports), "--format", "json"]).output
    )
    indicators = next(s for s in comparison.summary if s.kind == "indicator")
    assert f"changed <b>{indicators.changed}</b>" in dom
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", dom, re.I)

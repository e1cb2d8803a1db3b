"""Resume, isolation and time limits of run_batch, with small inputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from delar_extract.batch import BatchOptions, read_manifest, run_batch
from tests.batch.conftest import CORPUS
from tests.batch.helpers import crash_on_crash, hang_on_slow, raise_on_boom


def _statuses(out: Path) -> dict[str, str]:
    return {path: r.status for path, r in read_manifest(out / "manifest.jsonl").items()}


def test_discovery_is_recursive_and_outputs_mirror_the_tree(
    quick_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_batch([quick_dir], BatchOptions(out, workers=2))
    assert sorted(result.records) == list(result.records)
    assert "sub/pdfjs_issue19802.pdf" in result.records
    assert (out / "sub" / "pdfjs_issue19802.json").exists()
    assert result.records["not_pdf_html_renamed.pdf"].error_code == "not-pdf"
    assert result.exit_code == 1


def test_resume_skips_converted_and_failed(quick_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([quick_dir], BatchOptions(out, workers=2))
    second = run_batch([quick_dir], BatchOptions(out, workers=2))
    assert second.processed == []
    assert sorted(second.skipped) == sorted(first.records)
    assert _statuses(out) == {p: r.status for p, r in first.records.items()}
    assert second.exit_code == 1  # the failed input is still failed


def test_retry_failed_reruns_only_failures(quick_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([quick_dir], BatchOptions(out, workers=2))
    again = run_batch([quick_dir], BatchOptions(out, workers=2, retry_failed=True))
    assert again.processed == ["not_pdf_html_renamed.pdf"]


def test_force_reruns_everything(quick_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([quick_dir], BatchOptions(out, workers=2))
    again = run_batch([quick_dir], BatchOptions(out, workers=2, force=True))
    assert sorted(again.processed) == sorted(first.records)
    assert len((out / "manifest.jsonl").read_text().splitlines()) == len(first.records)


def test_missing_output_or_changed_file_is_converted_again(quick_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([quick_dir], BatchOptions(out, workers=2))
    (out / "sub" / "camelot_empty.json").unlink()
    shutil.copyfile(
        CORPUS / "pdfplumber_annotations.pdf", quick_dir / "docling_right_to_left_01.pdf"
    )
    again = run_batch([quick_dir], BatchOptions(out, workers=2))
    assert sorted(again.processed) == ["docling_right_to_left_01.pdf", "sub/camelot_empty.pdf"]
    data = json.loads((out / "docling_right_to_left_01.json").read_text(encoding="utf-8"))
    assert data["source"]["sha256"] == again.records["docling_right_to_left_01.pdf"].sha256


def test_a_hanging_document_times_out_and_the_batch_goes_on(
    quick_dir: Path, tmp_path: Path
) -> None:
    # The clock of a document starts when its worker has it, so a worker's start-up
    # on a loaded machine does not count; the quick inputs take well under a second.
    shutil.copyfile(CORPUS / "pdfplumber_annotations.pdf", quick_dir / "slow.pdf")
    out = tmp_path / "out"
    options = BatchOptions(out, workers=2, timeout=5.0)
    result = run_batch([quick_dir], options, convert=hang_on_slow)
    record = result.records["slow.pdf"]
    assert (record.status, record.error_code) == ("failed", "timeout")
    assert record.seconds >= 5.0
    assert result.records["pdfplumber_annotations.pdf"].status == "ok"
    assert not (out / "slow.json").exists()


def test_an_exception_fails_only_its_document(quick_dir: Path, tmp_path: Path) -> None:
    shutil.copyfile(CORPUS / "pdfplumber_annotations.pdf", quick_dir / "boom.pdf")
    out = tmp_path / "out"
    result = run_batch([quick_dir], BatchOptions(out, workers=2), convert=raise_on_boom)
    record = result.records["boom.pdf"]
    assert (record.status, record.error_code) == ("failed", "internal-error")
    assert record.error_message is not None and "\n" not in record.error_message
    assert "Traceback" not in record.error_message
    assert "a bug in the pipeline" in (out / "logs" / "boom.pdf.log").read_text()
    ok = [r for r in result.records.values() if r.status == "ok"]
    assert len(ok) == 4


def test_a_crashing_worker_fails_only_its_document(quick_dir: Path, tmp_path: Path) -> None:
    shutil.copyfile(CORPUS / "pdfplumber_annotations.pdf", quick_dir / "crash.pdf")
    out = tmp_path / "out"
    result = run_batch([quick_dir], BatchOptions(out, workers=1), convert=crash_on_crash)
    record = result.records["crash.pdf"]
    assert (record.status, record.error_code) == ("failed", "worker-crashed")
    assert "SIGABRT" in (record.error_message or "")
    assert sum(r.status == "ok" for r in result.records.values()) == 4

"""The manifest survives torn writes and compacts to one line per input."""

from __future__ import annotations

from pathlib import Path

from delar_extract.batch.manifest import (
    ManifestAppender,
    ManifestRecord,
    compact_manifest,
    read_manifest,
)


def test_torn_last_line_is_ignored_and_next_append_starts_a_new_line(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    first = ManifestRecord("a.pdf", "0" * 64, "ok", "a.json", pages=3)
    path.write_text(first.to_line() + '{"path": "b.pdf", "sha2', encoding="utf-8")
    assert list(read_manifest(path)) == ["a.pdf"]
    with ManifestAppender(path) as appender:
        appender.append(ManifestRecord("b.pdf", "1" * 64, "failed", error_code="timeout"))
    records = read_manifest(path)
    assert records["b.pdf"].error_code == "timeout"


def test_last_record_wins_and_compaction_sorts(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    with ManifestAppender(path) as appender:
        appender.append(ManifestRecord("b.pdf", "1" * 64, "failed", error_code="timeout"))
        appender.append(ManifestRecord("a.pdf", "0" * 64, "ok", "a.json"))
        appender.append(ManifestRecord("b.pdf", "1" * 64, "ok", "b.json"))
    compact_manifest(path, read_manifest(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert [r.status for r in read_manifest(path).values()] == ["ok", "ok"]
    assert lines[0].startswith('{"path": "a.pdf"')

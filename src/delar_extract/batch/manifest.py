"""The batch manifest: ``manifest.jsonl``, one JSON line per input.

During a run every finished document is appended and fsync'd at once, so the
file survives ``kill -9``; a torn last line is ignored on reading.  At the end
of a run the manifest is rewritten atomically with one line per input (the
last line of each path wins), sorted by path.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from delar_extract.io.writer import write_atomic
from delar_extract.model import SCHEMA_VERSION
from delar_extract.version import __version__

MANIFEST_NAME = "manifest.jsonl"
Status = Literal["ok", "partial", "failed", "skipped"]
STATUSES: tuple[Status, ...] = ("ok", "partial", "failed", "skipped")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ManifestRecord:
    """The latest result of one input."""

    path: str
    """Path of the input relative to the batch's common root (POSIX separators)."""
    sha256: str
    """SHA-256 of the input's bytes when it was processed."""
    status: Status
    """``ok`` (converted), ``partial`` (converted with pages lost), ``failed`` (see
    ``error_code``) or ``skipped`` (an interrupted run never got to it)."""
    output: str | None = None
    """Path of the JSON below the output folder, when ``ok`` or ``partial``."""
    error_code: str | None = None
    """Short kebab-case reason of a failure (``input-unreadable``, ``timeout``, ...), or
    ``pages-lost`` for a partial conversion."""
    error_message: str | None = None
    """One-line human-readable reason of a failure or of the pages lost."""
    warnings: int = 0
    """Number of warnings in the report."""
    pages: int | None = None
    """Page count of the PDF, when it converted."""
    seconds: float = 0.0
    """Wall-clock seconds the conversion took."""
    tool_version: str | None = __version__
    """Version of delar-extract that wrote the record."""
    schema_version: str | None = SCHEMA_VERSION
    """Version of the output's JSON Schema."""
    finished_at: str | None = None
    """When the record was written: UTC, ISO 8601 (``2025-01-31T12:00:00Z``)."""

    def to_line(self) -> str:
        """The record as one JSON line (keys in field order, UTF-8, newline-terminated)."""
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ManifestRecord:
        """Build a record from a parsed JSON line; unknown keys are ignored."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        # Lines of older versions lack the version fields; they are unknown, not ours.
        known.setdefault("tool_version", None)
        known.setdefault("schema_version", None)
        return cls(**known)


def utc_now() -> str:
    """The current UTC time to the second, ISO 8601 with a ``Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_manifest(path: Path) -> dict[str, ManifestRecord]:
    """The last record of each input path; unreadable lines (a torn tail) are skipped."""
    records: dict[str, ManifestRecord] = {}
    if not path.exists():
        return records
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = ManifestRecord.from_dict(json.loads(line))
            except (json.JSONDecodeError, TypeError, AttributeError) as exc:
                log.warning("%s:%d: ignoring unreadable manifest line (%s)", path, number, exc)
                continue
            records[record.path] = record
    return records


def records_to_text(records: dict[str, ManifestRecord]) -> str:
    """The compacted manifest: one line per path, sorted by path."""
    return "".join(records[key].to_line() for key in sorted(records))


def compact_manifest(path: Path, records: dict[str, ManifestRecord]) -> None:
    """Rewrite the manifest atomically with exactly one line per input."""
    write_atomic(path, records_to_text(records))


class ManifestAppender:
    """Append records to the manifest, each one flushed and fsync'd before returning."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._handle: TextIO = path.open("a", encoding="utf-8", newline="\n")
        self._terminate_torn_tail()

    def _terminate_torn_tail(self) -> None:
        """Start on a fresh line when a killed run left a partial last line."""
        size = self.path.stat().st_size
        if size == 0:
            return
        with self.path.open("rb") as reader:
            reader.seek(size - 1)
            if reader.read(1) != b"\n":
                self._handle.write("\n")
                self._handle.flush()

    def append(self, record: ManifestRecord) -> None:
        """Append one record durably."""
        self._handle.write(record.to_line())
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Close the file."""
        self._handle.close()

    def __enter__(self) -> ManifestAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

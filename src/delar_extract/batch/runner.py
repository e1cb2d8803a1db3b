"""Run a batch: plan what to convert, convert it in isolated workers, record every result."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import wait
from pathlib import Path

from delar_extract.batch.discover import BatchInput, file_sha256, paths_to_inputs
from delar_extract.batch.manifest import (
    MANIFEST_NAME,
    STATUSES,
    ManifestAppender,
    ManifestRecord,
    compact_manifest,
    read_manifest,
    utc_now,
)
from delar_extract.batch.passwords import PasswordBook
from delar_extract.batch.progress import BatchProgress
from delar_extract.batch.supervisor import Supervisor
from delar_extract.batch.worker import (
    Converter,
    DocumentOutcome,
    DocumentTask,
    WorkerSetup,
    failed,
)
from delar_extract.io.writer import ensure_writable_folder, write_atomic
from delar_extract.pipeline import ExtractOptions, extract

GIB = 1 << 30
OutcomeSink = Callable[[DocumentTask, DocumentOutcome], None]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch."""

    output_dir: Path
    workers: int | None = None
    """Worker processes; ``None`` means one per core."""
    timeout: float = 300.0
    """Seconds one document may take before its worker is killed."""
    max_memory: int | None = 4 * GIB
    """Address-space limit of each worker in bytes (``None``: no limit)."""
    force: bool = False
    """Convert every input again, whatever the manifest says."""
    retry_failed: bool = False
    """Convert inputs again that failed in an earlier run."""
    scheduler: str | None = None
    """Address of a dask.distributed scheduler; ``None`` runs on this machine."""
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    passwords: PasswordBook = field(default_factory=PasswordBook)
    """Passwords to try on encrypted inputs, common and per path pattern."""


@dataclass
class BatchResult:
    """What a batch did: the final manifest state of its inputs and this run's work."""

    records: dict[str, ManifestRecord]
    processed: list[str]
    skipped: list[str]
    seconds: float
    interrupted: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """How many of this batch's inputs have each manifest status (all statuses listed)."""
        found = Counter(record.status for record in self.records.values())
        return {status: found[status] for status in STATUSES}

    @property
    def failures(self) -> list[ManifestRecord]:
        """Inputs whose current state is ``failed`` (this run or an earlier one)."""
        return [r for r in self.records.values() if r.status == "failed"]

    @property
    def pages(self) -> int:
        """Pages converted in this run."""
        return sum(self.records[p].pages or 0 for p in self.processed)

    @property
    def exit_code(self) -> int:
        """0 when no input is failed, 1 when any is or there was no input, 130 after Ctrl-C."""
        if self.interrupted:
            return 130
        return int(bool(self.failures) or not self.records)


def _is_done(previous: ManifestRecord | None, sha: str, options: BatchOptions) -> bool:
    """Whether an earlier result stands (resume rules: ok, or failed without retry)."""
    if options.force or previous is None or previous.sha256 != sha:
        return False
    if previous.status in ("ok", "partial"):
        return previous.output is not None and (options.output_dir / previous.output).exists()
    return previous.status == "failed" and not options.retry_failed


def plan_inputs(
    inputs: Sequence[BatchInput], previous: dict[str, ManifestRecord], options: BatchOptions
) -> tuple[list[tuple[BatchInput, str]], list[str]]:
    """Split inputs into (input, sha256) pairs to convert and paths whose result stands."""
    todo, skipped = [], []
    for item in inputs:
        sha = file_sha256(item.path)
        if _is_done(previous.get(item.relative), sha, options):
            skipped.append(item.relative)
        else:
            todo.append((item, sha))
    return todo, skipped


def remove_stale_temps(folder: Path) -> None:
    """Delete temp files that a killed run left behind (``.<name>.<random>.tmp``)."""
    if folder.exists():
        for stale in folder.rglob(".*.tmp"):
            stale.unlink(missing_ok=True)


def outcome_to_record(
    item: BatchInput, sha: str, outcome: DocumentOutcome, output_dir: Path
) -> ManifestRecord:
    """Write what the outcome carries (JSON or traceback log) and return its manifest record."""
    target = output_dir / item.output_name()
    if outcome.status != "failed" and outcome.text is not None:
        try:
            write_atomic(target, outcome.text)
        except OSError as exc:
            outcome = failed("output-unwritable", f"cannot write {target}: {exc}", outcome.seconds)
    if outcome.status != "failed":
        return ManifestRecord(
            item.relative, sha, outcome.status, item.output_name(), outcome.error_code,
            outcome.error_message, outcome.warnings, outcome.pages, round(outcome.seconds, 3),
            finished_at=utc_now(),
        )  # fmt: skip
    target.unlink(missing_ok=True)  # no stale JSON from an earlier run next to a failure
    message = outcome.error_message
    if outcome.traceback:
        log_path = output_dir / "logs" / f"{item.relative}.log"
        write_atomic(log_path, outcome.traceback)
        message = f"{message} (traceback in logs/{item.relative}.log)"
    return ManifestRecord(
        item.relative, sha, "failed", None, outcome.error_code, message,
        0, None, round(outcome.seconds, 3), finished_at=utc_now(),
    )  # fmt: skip


def run_local(tasks: Sequence[DocumentTask], options: BatchOptions, sink: OutcomeSink) -> None:
    """Convert ``tasks`` in worker processes on this machine, handing each outcome to ``sink``."""
    setup = WorkerSetup(list(sys.path), options.max_memory)
    count = min(options.workers or os.cpu_count() or 1, len(tasks))
    slots = [Supervisor(setup) for _ in range(count)]
    pending = deque(tasks)
    running: dict[Supervisor, DocumentTask] = {}
    try:
        while pending or running:
            for slot in slots:
                if not slot.busy and pending:
                    running[slot] = pending.popleft()
                    slot.submit(running[slot], options.timeout)
            _collect_ready(running, sink)
    finally:
        for slot in slots:
            slot.stop()


def _collect_ready(running: dict[Supervisor, DocumentTask], sink: OutcomeSink) -> None:
    """Wait for the first result or deadline, then hand over what is finished or expired."""
    deadline = min(slot.deadline or 0.0 for slot in running)
    by_connection = {id(slot.results): slot for slot in running}
    connections = [slot.results for slot in running if slot.results is not None]
    ready = wait(connections, max(0.0, deadline - time.monotonic()))
    for connection in ready:
        slot = by_connection[id(connection)]
        outcome = slot.collect()
        if outcome is not None:  # None: the child only said it started the document
            sink(running.pop(slot), outcome)
    now = time.monotonic()
    for slot in [s for s in running if (s.deadline or 0.0) <= now]:
        sink(running.pop(slot), slot.expire())


def run_batch(
    paths: Sequence[Path],
    options: BatchOptions,
    *,
    convert: Converter = extract,
    progress: BatchProgress | None = None,
) -> BatchResult:
    """Convert the PDFs in ``paths`` (files and folders) into ``options.output_dir``.

    Writes ``<relative path>.json`` per input and ``manifest.jsonl``; resumes from
    an existing manifest.  ``convert`` is the per-document function (the
    pipeline's :func:`~delar_extract.pipeline.extract` by default); it must be
    importable by name, since it runs in worker processes.

    Raises :class:`~delar_extract.errors.InputError` (``input-not-found``) for a
    missing path and :class:`~delar_extract.errors.OutputError` when the output
    folder cannot be written, both before any work.  No PDF found gives an empty
    result (exit code 1) and writes nothing.
    """
    started = time.monotonic()
    inputs = paths_to_inputs(list(paths))
    if not inputs:
        result = BatchResult({}, [], [], time.monotonic() - started)
        if progress:
            progress.finish(result)
        return result
    ensure_writable_folder(options.output_dir)
    manifest_path = options.output_dir / MANIFEST_NAME
    remove_stale_temps(options.output_dir)
    records = read_manifest(manifest_path)
    todo, skipped = plan_inputs(inputs, records, options)
    by_path = {item.relative: (item, sha) for item, sha in todo}
    biggest_first = sorted(todo, key=lambda pair: -pair[0].path.stat().st_size)
    tasks = [
        DocumentTask(str(i.path), i.relative, _task_options(i, options), convert)
        for i, _ in biggest_first
    ]
    result = BatchResult({}, [], skipped, 0.0)
    if progress:
        progress.start([item for item, _ in todo], skipped)
    with ManifestAppender(manifest_path) as appender:

        def sink(task: DocumentTask, outcome: DocumentOutcome) -> None:
            item, sha = by_path[task.relative]
            record = outcome_to_record(item, sha, outcome, options.output_dir)
            appender.append(record)
            records[record.path] = record
            result.processed.append(record.path)
            if progress:
                progress.advance(item, record)

        try:
            _dispatch(tasks, options, sink)
        except KeyboardInterrupt:
            result.interrupted = True
    _mark_unprocessed(records, todo)
    compact_manifest(manifest_path, records)
    result.records = {i.relative: records[i.relative] for i in inputs if i.relative in records}
    result.seconds = time.monotonic() - started
    if progress:
        progress.finish(result)
    return result


def _task_options(item: BatchInput, options: BatchOptions) -> ExtractOptions:
    """The batch's extract options with the passwords that apply to this input."""
    passwords = (*options.passwords.for_path(item.path), *options.extract.passwords)
    return replace(options.extract, passwords=tuple(dict.fromkeys(passwords)))


def _dispatch(tasks: list[DocumentTask], options: BatchOptions, sink: OutcomeSink) -> None:
    if not tasks:
        return
    if options.scheduler:
        from delar_extract.batch.cluster import run_on_cluster

        run_on_cluster(tasks, options, sink)
    else:
        run_local(tasks, options, sink)


def _mark_unprocessed(
    records: dict[str, ManifestRecord], todo: list[tuple[BatchInput, str]]
) -> None:
    """After an interruption, inputs that never ran and have no earlier result are ``skipped``."""
    for item, sha in todo:
        if item.relative not in records:
            skipped = ManifestRecord(item.relative, sha, "skipped", finished_at=utc_now())
            records[item.relative] = skipped

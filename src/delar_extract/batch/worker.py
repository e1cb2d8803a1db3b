"""The worker side of a batch: one child process that converts documents on request.

The child is started by :class:`~delar_extract.batch.supervisor.Supervisor` as
``python -m delar_extract.batch.worker TASK_FD RESULT_FD``.  It reads a
:class:`WorkerSetup`, then pickled :class:`DocumentTask` objects, and answers
each first with :data:`STARTED` (the document's clock starts then, not while a
fresh child is still importing) and then with a :class:`DocumentOutcome`.  This
is the batch worker boundary: any exception of one document becomes a failed
outcome, never a dead batch.
"""

from __future__ import annotations

import ctypes
import logging
import os
import pickle
import resource
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

from delar_extract.errors import DelarError
from delar_extract.io.writer import valid_json
from delar_extract.model import Report
from delar_extract.pipeline import ExtractOptions, extract

Converter = Callable[[Path, ExtractOptions], Report]
"""What a batch runs per document: a path and options in, a report out."""

MESSAGE_LIMIT = 300
PR_SET_PDEATHSIG = 1
STARTED = b"started"
"""The child's first answer to a task: it has the task and starts converting."""
# Warnings that mean part of the document could not be read.
LOST_PAGE_CODES = frozenset({"page-unreadable", "page-lost"})


@dataclass(frozen=True)
class WorkerSetup:
    """What a fresh child needs before its first document."""

    sys_path: list[str]
    max_memory: int | None


@dataclass(frozen=True)
class DocumentTask:
    """One document to convert."""

    path: str
    relative: str
    options: ExtractOptions = field(default_factory=ExtractOptions)
    convert: Converter = extract


@dataclass(frozen=True)
class DocumentOutcome:
    """What became of one document; ``text`` is the validated JSON unless ``failed``.

    ``partial``: it converted, but pages were lost (``error_message`` says which)."""

    status: Literal["ok", "partial", "failed"]
    seconds: float
    error_code: str | None = None
    error_message: str | None = None
    pages: int | None = None
    warnings: int = 0
    text: str | None = None
    traceback: str | None = None


def one_line(message: str) -> str:
    """Collapse whitespace and cut a message to one short line."""
    text = " ".join(message.split()) or "no message"
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


def failed(code: str, message: str, seconds: float, tb: str | None = None) -> DocumentOutcome:
    """A failed outcome with a one-line message."""
    return DocumentOutcome("failed", seconds, code, one_line(message), traceback=tb)


def lost_pages(report: Report) -> str | None:
    """Which pages of ``report`` were lost ("3, 41-80 of 80"), or None when none was."""
    parts = []
    for warning in report.warnings:
        if warning.code not in LOST_PAGE_CODES:
            continue
        if warning.code == "page-lost" and warning.page:
            parts.append(f"{warning.page}-{report.source.page_count}")
        else:
            parts.append(str(warning.page or "?"))
    if not parts:
        return None
    return f"{', '.join(dict.fromkeys(parts))} of {report.source.page_count}"


def convert_task(task: DocumentTask) -> DocumentOutcome:
    """Convert one document and validate its JSON; the project's errors become outcomes."""
    start = time.monotonic()
    try:
        report = task.convert(Path(task.path), task.options)
        text = valid_json(report)
    except DelarError as exc:
        return failed(exc.code, exc.message, time.monotonic() - start)
    seconds = time.monotonic() - start
    lost = lost_pages(report)
    if lost:
        return DocumentOutcome(
            "partial", seconds, "pages-lost", one_line(f"pages not read: {lost}"),
            pages=report.source.page_count, warnings=len(report.warnings), text=text,
        )  # fmt: skip
    return DocumentOutcome(
        "ok", seconds, pages=report.source.page_count, warnings=len(report.warnings), text=text
    )


def run_payload(payload: bytes) -> DocumentOutcome:
    """Unpickle and convert one task: the worker boundary, where every exception is caught."""
    start = time.monotonic()
    try:
        task = pickle.loads(payload)
        return convert_task(task)
    except MemoryError:
        return failed("out-of-memory", "the document needs more memory than allowed", 0.0)
    except Exception as exc:  # the batch worker boundary (STYLE.md): record, never die
        seconds = time.monotonic() - start
        if type(exc).__name__ == "DecompressionBombError":
            return failed("decompression-bomb", str(exc), seconds)
        message = f"{type(exc).__name__}: {exc}"
        return failed("internal-error", message, seconds, traceback.format_exc())


def limit_memory(max_bytes: int | None) -> None:
    """Cap the address space of this process (RLIMIT_AS); allocations beyond fail."""
    if max_bytes is None:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        max_bytes = min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, hard))


def _die_with_parent() -> None:
    """Ask Linux to kill this child when its parent dies (e.g. ``kill -9`` of the batch)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _quiet() -> None:
    """Silence library chatter: the parent reports outcomes, not pdfminer's worries."""
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger().setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def serve(tasks: Connection, results: Connection) -> None:
    """Answer tasks until the parent closes the task pipe."""
    setup: WorkerSetup = pickle.loads(tasks.recv_bytes())
    sys.path[:0] = [entry for entry in setup.sys_path if entry not in sys.path]
    limit_memory(setup.max_memory)
    while True:
        try:
            payload = tasks.recv_bytes()
        except EOFError:
            return
        results.send_bytes(STARTED)
        results.send_bytes(pickle.dumps(run_payload(payload)))


def main(argv: list[str]) -> int:
    """Entry point of the child process: ``worker TASK_FD RESULT_FD``."""
    parent = os.getppid()
    _die_with_parent()
    if os.getppid() != parent:
        return 1
    _quiet()
    tasks = Connection(int(argv[1]), writable=False)
    results = Connection(int(argv[2]), readable=False)
    serve(tasks, results)
    return 0


if __name__ == "__main__":
    # Run the imported module, not __main__, so pickled outcomes name its classes.
    from delar_extract.batch import worker

    sys.exit(worker.main(sys.argv))

"""The parent side of a worker: start, feed, time and, when needed, kill a child process.

A document that hangs inside a PDF parser cannot be interrupted in its thread,
so each worker is a separate process that the supervisor kills when the
document's time is up and replaces with a fresh one.  Children are recycled
after a number of documents to bound memory growth.

A document's time starts when the child says it has started the document, so
the start-up of a fresh child (imports, a second or more on a loaded machine)
does not count against ``--timeout``; the start-up has its own, generous limit.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from multiprocessing.connection import Connection

from delar_extract.batch.worker import (
    STARTED,
    DocumentOutcome,
    DocumentTask,
    WorkerSetup,
    failed,
)

RECYCLE_AFTER = 50
STARTUP_LIMIT = 120.0
"""Seconds a child may take to start and take up a document before it counts as hung."""


def _signal_name(returncode: int | None) -> str:
    if returncode is None:
        return "unknown exit"
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit status {returncode}"


class Supervisor:
    """One worker slot: a child process, its pipes and the deadline of its current document."""

    def __init__(self, setup: WorkerSetup, recycle_after: int = RECYCLE_AFTER) -> None:
        self.setup = setup
        self.recycle_after = recycle_after
        self.process: subprocess.Popen[bytes] | None = None
        self.tasks: Connection | None = None
        self.results: Connection | None = None
        self.deadline: float | None = None
        self.timeout = 0.0
        self.started = False
        self.started_at = 0.0
        self.served = 0

    @property
    def busy(self) -> bool:
        """Whether a document is in progress."""
        return self.deadline is not None

    def _start(self) -> None:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        command = [sys.executable, "-m", "delar_extract.batch.worker"]
        try:
            self.process = subprocess.Popen(
                [*command, str(task_read), str(result_write)],
                pass_fds=(task_read, result_write),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(task_read)
            os.close(result_write)
        self.tasks = Connection(task_write, readable=False)
        self.results = Connection(result_read, writable=False)
        self.tasks.send_bytes(pickle.dumps(self.setup))
        self.served = 0

    def submit(self, task: DocumentTask, timeout: float) -> None:
        """Hand ``task`` to the child (starting or recycling it first when needed)."""
        if self.process is None or self.served >= self.recycle_after:
            self.stop()
            self._start()
        payload = pickle.dumps(task)
        try:
            assert self.tasks is not None
            self.tasks.send_bytes(payload)
        except (BrokenPipeError, ConnectionError, OSError):
            self.stop()  # the idle child died; a fresh one gets the task
            self._start()
            assert self.tasks is not None
            self.tasks.send_bytes(payload)
        self.started_at = time.monotonic()
        self.started = False
        self.timeout = timeout
        self.deadline = self.started_at + max(timeout, STARTUP_LIMIT)
        self.served += 1

    def collect(self) -> DocumentOutcome | None:
        """Read what :attr:`results` holds: the outcome of the current document, or
        None when it was the child's word that it started (the clock starts now)."""
        assert self.results is not None
        try:
            message = self.results.recv_bytes()
        except (EOFError, OSError):
            message = None
        if message == STARTED and not self.started:
            self.started = True
            self.started_at = time.monotonic()
            self.deadline = self.started_at + self.timeout
            return None
        outcome: DocumentOutcome = pickle.loads(message) if message is not None else self._crashed()
        self.deadline = None
        return outcome

    def _crashed(self) -> DocumentOutcome:
        assert self.process is not None
        returncode = self.process.wait()
        seconds = time.monotonic() - self.started_at
        hint = " (out of memory?)" if self.setup.max_memory else ""
        self.stop()
        return failed(
            "worker-crashed",
            f"the worker process died ({_signal_name(returncode)}){hint}",
            seconds,
        )

    def expire(self) -> DocumentOutcome:
        """Kill the child whose document ran out of time and report a ``timeout``."""
        seconds = time.monotonic() - self.started_at
        started = self.started
        self.stop()
        self.deadline = None
        if not started:
            return failed(
                "worker-crashed", f"the worker did not start within {seconds:.0f} s", seconds
            )
        return failed(
            "timeout", f"no result within {seconds:.0f} s; the worker was killed", seconds
        )

    def run(self, task: DocumentTask, timeout: float) -> DocumentOutcome:
        """Convert one document and wait for it, at most ``timeout`` seconds once started."""
        self.submit(task, timeout)
        while True:
            assert self.results is not None and self.deadline is not None
            if not self.results.poll(max(0.0, self.deadline - time.monotonic())):
                return self.expire()
            outcome = self.collect()
            if outcome is not None:
                return outcome

    def stop(self) -> None:
        """Kill the child (if any) and close its pipes."""
        for connection in (self.tasks, self.results):
            if connection is not None:
                connection.close()
        self.tasks = self.results = None
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
        self.process = None

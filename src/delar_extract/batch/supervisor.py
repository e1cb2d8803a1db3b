"""The parent side of a worker: start, feed, time and, when needed, kill a child process.

A document that hangs inside a PDF parser cannot be interrupted in its thread,
so each worker is a separate process that the supervisor kills when the
document's time is up and replaces with a fresh one.  Children are recycled
after a number of documents to bound memory growth.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from multiprocessing.connection import Connection

from delar_extract.batch.worker import DocumentOutcome, DocumentTask, WorkerSetup, failed

RECYCLE_AFTER = 50


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
        self.deadline = self.started_at + timeout
        self.served += 1

    def collect(self) -> DocumentOutcome:
        """The outcome of the current document, once :attr:`results` is readable."""
        assert self.results is not None
        try:
            outcome: DocumentOutcome = pickle.loads(self.results.recv_bytes())
        except (EOFError, OSError):
            outcome = self._crashed()
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
        self.stop()
        self.deadline = None
        return failed(
            "timeout", f"no result within {seconds:.0f} s; the worker was killed", seconds
        )

    def run(self, task: DocumentTask, timeout: float) -> DocumentOutcome:
        """Convert one document and wait for it, at most ``timeout`` seconds."""
        self.submit(task, timeout)
        assert self.results is not None
        if self.results.poll(timeout):
            return self.collect()
        return self.expire()

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

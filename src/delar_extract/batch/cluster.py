"""Run a batch on a dask.distributed cluster (the optional ``dask`` extra).

Each document is one dask task.  On the dask worker the document still runs in
a supervised child process (time limit, memory guard, crash isolation); the
outcome, with the JSON text, comes back to this process, which writes the
outputs and the manifest exactly as a local run does.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from delar_extract.batch.supervisor import Supervisor
from delar_extract.batch.worker import DocumentOutcome, DocumentTask, WorkerSetup, failed
from delar_extract.errors import DelarError

if TYPE_CHECKING:
    from delar_extract.batch.runner import BatchOptions

_local = threading.local()


def convert_remote(task: DocumentTask, timeout: float, max_memory: int | None) -> DocumentOutcome:
    """Convert one document on a dask worker, in this thread's supervised child process."""
    supervisor: Supervisor | None = getattr(_local, "supervisor", None)
    if supervisor is None or supervisor.setup.max_memory != max_memory:
        supervisor = Supervisor(WorkerSetup(list(sys.path), max_memory))
        _local.supervisor = supervisor
    return supervisor.run(task, timeout)


def run_on_cluster(
    tasks: Sequence[DocumentTask],
    options: BatchOptions,
    sink: Callable[[DocumentTask, DocumentOutcome], None],
) -> None:
    """Convert ``tasks`` on the scheduler at ``options.scheduler``, results to ``sink``."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise DelarError(
            "--scheduler needs dask.distributed: pip install 'delar-extract[dask]'",
            code="dask-missing",
        ) from exc
    with Client(options.scheduler) as client:
        futures = client.map(
            convert_remote,
            list(tasks),
            timeout=options.timeout,
            max_memory=options.max_memory,
            pure=False,
        )
        by_key = {future.key: task for future, task in zip(futures, tasks, strict=True)}
        for future in as_completed(futures):
            task = by_key[future.key]
            try:
                outcome = future.result()
            except Exception as exc:  # the batch worker boundary: a lost dask worker, say
                message = f"dask task failed: {type(exc).__name__}: {exc}"
                outcome = failed("worker-crashed", message, 0.0)
            sink(task, outcome)

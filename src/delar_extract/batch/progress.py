"""Progress and summary of a batch, and page progress of ``extract``, on stderr.

A progress bar (files, pages, ETA) on a terminal, one plain line per document
otherwise, and nothing but the failures when quiet.  The bar uses
``click.progressbar`` (click is already a dependency).  :class:`PageProgress`
does the same for the pages of one long file.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from delar_extract.batch.discover import BatchInput
from delar_extract.batch.manifest import ManifestRecord

if TYPE_CHECKING:
    from delar_extract.batch.runner import BatchResult


LONG_FILE_PAGES = 20
"""``extract`` shows page progress for files of at least this many pages."""
EMPTY_BATCH = "warning: no PDF found in the given paths; nothing to convert"


def _describe(record: ManifestRecord) -> str:
    if record.status == "ok":
        return f"ok ({record.pages} pages, {record.warnings} warnings, {record.seconds:.1f} s)"
    return f"{record.status}: {record.error_code}: {record.error_message}"


def summary_lines(result: BatchResult) -> list[str]:
    """The end-of-batch summary: the manifest's counts, this run's work, every failure.

    The counts are those of the manifest lines of this batch's inputs, so they
    always add up to the number of inputs and agree with ``manifest.jsonl``.
    """
    if not result.records:
        return [EMPTY_BATCH]
    counts = ", ".join(f"{n} {status}" for status, n in result.counts.items())
    speed = result.pages / result.seconds if result.seconds > 0 else 0.0
    lines = [
        f"batch: {len(result.records)} inputs: {counts}",
        f"this run: {len(result.processed)} processed, {len(result.skipped)} done in an "
        f"earlier run, {result.seconds:.1f} s",
        f"pages: {result.pages} converted, {speed:.1f} pages/s",
    ]
    if result.interrupted:
        lines.append("interrupted: rerun the same command to finish the batch")
    partial = [r for r in result.records.values() if r.status == "partial"]
    if partial:
        lines.append(f"partial ({len(partial)}):")
        lines.extend(f"  {record.path}: {record.error_message}" for record in partial)
    failures = result.failures
    if failures:
        lines.append(f"failed ({len(failures)}):")
        earlier = set(result.skipped)
        for record in failures:
            note = " [earlier run; --retry-failed to rerun]" if record.path in earlier else ""
            lines.append(f"  {record.path}: {record.error_code}: {record.error_message}{note}")
    return lines


class BatchProgress:
    """Reports a batch's progress on ``stream`` (stderr by default)."""

    def __init__(
        self, quiet: bool = False, stream: TextIO | None = None, tty: bool | None = None
    ) -> None:
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.total = 0
        self.done = 0
        self.pages = 0
        self._bar: Any = None

    def start(self, todo: list[BatchInput], skipped: list[str]) -> None:
        """Announce the batch: what will run and what stands from an earlier run."""
        self.total = len(todo)
        if self.quiet:
            return
        if skipped:
            click.echo(f"skipping {len(skipped)} inputs done in an earlier run", err=True)
        if self.tty and todo:
            self._bar = click.progressbar(
                length=sum(item.path.stat().st_size for item in todo) or 1,
                label="converting",
                file=self.stream,
                show_eta=True,
                show_percent=True,
                item_show_func=lambda _: f"{self.done}/{self.total} files, {self.pages} pages",
            )
            self._bar.__enter__()
        elif todo:
            click.echo(f"converting {len(todo)} inputs", file=self.stream)

    def advance(self, item: BatchInput, record: ManifestRecord) -> None:
        """Report one finished document."""
        self.done += 1
        self.pages += record.pages or 0
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.update(item.path.stat().st_size, item)
        else:
            line = f"[{self.done}/{self.total}] {record.path}: {_describe(record)}"
            click.echo(line, file=self.stream)

    def finish(self, result: BatchResult) -> None:
        """Close the bar and print the summary (only the failures when quiet)."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
        lines = summary_lines(result)
        if self.quiet:
            lines = [line for line in lines if line.startswith(("  ", "warning:"))]
        for line in lines:
            click.echo(line, file=self.stream)


class PageProgress:
    """Pages read of one long file: a bar on a terminal, a line per tenth otherwise.

    Pass :meth:`page` as the pipeline's ``on_page``; files shorter than
    ``min_pages`` pages and quiet runs show nothing.
    """

    def __init__(
        self,
        path: Path,
        quiet: bool = False,
        stream: TextIO | None = None,
        tty: bool | None = None,
        min_pages: int | None = None,
    ) -> None:
        self.path = path
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.min_pages = LONG_FILE_PAGES if min_pages is None else min_pages
        self._bar: Any = None

    def page(self, done: int, total: int) -> None:
        """One more page read: ``done`` of ``total``."""
        if self.quiet or total < self.min_pages:
            return
        if not self.tty:
            step = max(self.min_pages // 2, math.ceil(total / 10))
            if done % step == 0 or done == total:
                click.echo(f"{self.path}: {done}/{total} pages read", file=self.stream)
            return
        if self._bar is None:
            self._bar = click.progressbar(
                length=total, label=f"{self.path}", file=self.stream, show_pos=True
            )
            self._bar.__enter__()
        self._bar.update(done - self._bar.pos)

    def finish(self) -> None:
        """Close the bar, if one was shown."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

"""Progress and summary of a batch, on stderr.

A progress bar (files, pages, ETA) on a terminal, one plain line per document
otherwise, and nothing but the failures when quiet.  The bar uses
``click.progressbar`` (click is already a dependency).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TextIO

import click

from delar_extract.batch.discover import BatchInput
from delar_extract.batch.manifest import ManifestRecord

if TYPE_CHECKING:
    from delar_extract.batch.runner import BatchResult


def _describe(record: ManifestRecord) -> str:
    if record.status == "ok":
        return f"ok ({record.pages} pages, {record.warnings} warnings, {record.seconds:.1f} s)"
    return f"{record.status}: {record.error_code}: {record.error_message}"


def summary_lines(result: BatchResult) -> list[str]:
    """The end-of-batch summary: counts, pages, pages per second and every failure."""
    processed = [result.records[path] for path in result.processed]
    ok = sum(1 for record in processed if record.status == "ok")
    speed = result.pages / result.seconds if result.seconds > 0 else 0.0
    lines = [
        f"batch: {ok} ok, {len(processed) - ok} failed, {len(result.skipped)} skipped "
        f"of {len(result.records)} inputs in {result.seconds:.1f} s",
        f"pages: {result.pages} converted, {speed:.1f} pages/s",
    ]
    if result.interrupted:
        lines.append("interrupted: rerun the same command to finish the batch")
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
            lines = [line for line in lines if line.startswith("  ")]
        for line in lines:
            click.echo(line, file=self.stream)

"""Page progress of one long file (``extract``): bar on a terminal, lines otherwise."""

from __future__ import annotations

import io
from pathlib import Path

from delar_extract.batch import PageProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(total: int, quiet: bool = False, tty: bool = False) -> str:
    stream = _Terminal() if tty else io.StringIO()
    progress = PageProgress(Path("long.pdf"), quiet=quiet, stream=stream, min_pages=20)
    for done in range(1, total + 1):
        progress.page(done, total)
    progress.finish()
    return stream.getvalue()


def test_plain_lines_when_not_a_terminal() -> None:
    lines = _run(100, tty=False).splitlines()
    assert lines == [f"long.pdf: {n}/100 pages read" for n in range(10, 101, 10)]


def test_a_bar_on_a_terminal() -> None:
    text = _run(40, tty=True)
    assert "long.pdf" in text and "40/40" in text


def test_silent_when_quiet_or_short() -> None:
    assert _run(100, tty=False, quiet=True) == ""
    assert _run(19, tty=False) == ""
    assert _run(19, tty=True) == ""

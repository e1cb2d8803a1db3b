"""Write reports to disk: deterministic bytes, atomically, with the umask's permissions."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from delar_extract.errors import OutputError, ValidationError
from delar_extract.model import Report


def report_to_json(report: Report) -> str:
    """Serialise a report: same report, same text (UTF-8, 2-space indent, newline)."""
    return report.model_dump_json(indent=2) + "\n"


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        # Linux >= 4.7 shows it in /proc; os.umask() can only be read by setting it,
        # which races with other threads creating files.
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode a plain ``open()`` would give a new file: ``0o666`` less the umask."""
    return 0o666 & ~current_umask()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half.

    The file gets the permissions of an ordinary new file (0644 under umask 022):
    ``mkstemp`` creates its temp file 0600, which would hide outputs in a shared
    archive from everyone but their owner.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fchmod(handle.fileno(), file_mode())
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def ensure_writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and prove a file can be written in it.

    Raises :class:`~delar_extract.errors.OutputError` (``output-unwritable``)
    naming the folder and the reason, so a command can refuse before it spends
    any time extracting.  A real write is tried because permission bits do not
    tell the whole story (root ignores them; an immutable or read-only mounted
    folder refuses root too).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {_reason(exc)}") from exc
    os.close(fd)
    Path(probe).unlink(missing_ok=True)


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileExistsError | NotADirectoryError) and exc.strerror:
        # mkdir over a file, or a file in the middle of the path
        return "a file is in the way (not a folder)"
    return exc.strerror or str(exc)


def valid_json(report: Report) -> str:
    """The report's JSON text once it reads back as a valid report; else :class:`ValidationError`.

    Parsers may build objects with ``model_copy(update=...)``, which pydantic
    does not validate, so the text is checked as a reader would load it.  The
    models are what ``schemas/report.schema.json`` is generated from (a test
    keeps them equal), so reading the text back through them is the schema
    check, done by pydantic-core in milliseconds rather than by jsonschema in a
    tenth of a second per document (``validate`` still uses jsonschema, for
    files written by anyone).
    """
    text = report_to_json(report)
    try:
        Report.model_validate_json(text)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = "$" + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
        )
        raise ValidationError(
            f"{report.source.file}: output fails the schema at {where}: {first['msg']}"
        ) from exc
    return text


def write_report(report: Report, path: Path) -> None:
    """Validate ``report`` against the JSON Schema, then write it atomically to ``path``."""
    write_atomic(path, valid_json(report))

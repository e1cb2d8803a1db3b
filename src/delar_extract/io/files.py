"""Helpers of the exports: the formats, optional packages, atomic replacement of a file.

Nothing here imports pandas, so the CLI can offer the formats without loading it.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Literal, get_args

from delar_extract.errors import DelarError

ExportFormat = Literal["csv", "parquet", "xlsx", "duckdb"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
EXTRA_HINT = 'pip install "delar-extract[export]"'


def require(module: str, fmt: str) -> ModuleType:
    """Import an optional dependency of an export format, or say how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise DelarError(
            f"{fmt} export needs the {module} package: {EXTRA_HINT}", code="missing-dependency"
        ) from exc


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def replace_atomic(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``target``, then move it into place,
    so that a reader sees the old file or the complete new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        # mkstemp creates the file private (0600); the export gets the usual mode.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

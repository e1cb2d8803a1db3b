"""Find the PDFs of a batch: files and folders in, a sorted, deterministic list out."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from delar_extract.errors import InputError

PDF_SUFFIX = ".pdf"


@dataclass(frozen=True)
class BatchInput:
    """One input of a batch: where it is and where it sits below the batch's common root."""

    path: Path
    relative: str

    def output_name(self) -> str:
        """The output's path below the output folder: the relative path with ``.json``."""
        return str(Path(self.relative).with_suffix(".json"))


def _is_pdf(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == PDF_SUFFIX


def _walk(folder: Path) -> list[Path]:
    """Every PDF below ``folder``, following no symlinked folders (no cycles)."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(dirpath) / name for name in filenames if not name.startswith("."))
    return [path for path in found if _is_pdf(path)]


def paths_to_root(paths: list[Path]) -> Path:
    """The deepest folder that holds every given file and folder."""
    anchors = [p if p.is_dir() else p.parent for p in paths]
    return Path(os.path.commonpath([str(a) for a in anchors]))


def paths_to_inputs(paths: list[Path] | tuple[Path, ...]) -> list[BatchInput]:
    """PDFs in the given files and folders (folders recursively), sorted by relative path.

    A named file is taken whatever its suffix; folders contribute their ``*.pdf``
    files (any case).  Raises :class:`InputError` (``input-not-found``) for a path
    that does not exist.
    """
    resolved = []
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}", code="input-not-found")
        resolved.append(path.resolve())
    if not resolved:
        return []
    root = paths_to_root(resolved)
    files: set[Path] = set()
    for path in resolved:
        files.update(_walk(path) if path.is_dir() else [path])
    inputs = [BatchInput(path, path.relative_to(root).as_posix()) for path in files]
    return sorted(inputs, key=lambda item: item.relative)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()

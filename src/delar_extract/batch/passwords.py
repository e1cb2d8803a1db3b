"""Passwords for encrypted inputs: given on the command line, or per file in a passwords file.

The passwords file has one entry per line, ``PATTERN<TAB>PASSWORD``; blank
lines and lines starting with ``#`` are ignored.  The password is everything
after the first tab (it may hold spaces).  A pattern is matched against the
input's absolute path the way :meth:`pathlib.PurePath.match` does: a relative
pattern from the right (``*.pdf``, ``2019/*.pdf``, ``budget 2019.pdf``), an
absolute one against the whole path; ``*`` does not cross ``/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath

from delar_extract.errors import DelarError


class PasswordFileError(DelarError):
    """The passwords file cannot be read or has a malformed line."""

    code = "passwords-file-invalid"


@dataclass(frozen=True)
class PasswordBook:
    """Passwords for every file (``common``) and per pattern (``entries``), in order."""

    common: tuple[str, ...] = ()
    entries: tuple[tuple[str, str], ...] = ()

    def for_path(self, path: Path) -> tuple[str, ...]:
        """The passwords to try for ``path``: its own entries first, then the common ones."""
        absolute = PurePath(path.resolve())
        own = [password for pattern, password in self.entries if absolute.match(pattern)]
        return tuple(dict.fromkeys([*own, *self.common]))


def read_password_file(path: Path) -> tuple[tuple[str, str], ...]:
    """The ``(pattern, password)`` entries of a passwords file, in file order."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PasswordFileError(f"{path}: cannot read the passwords file: {exc}") from exc
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pattern, tab, password = line.partition("\t")
        if not tab or not pattern.strip():
            raise PasswordFileError(
                f"{path}:{number}: expected PATTERN<TAB>PASSWORD (a tab between them)"
            )
        entries.append((pattern.strip(), password))
    return tuple(entries)

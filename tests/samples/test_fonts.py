"""The sample build names only the fonts it ships, so any host renders the same PDFs."""

from __future__ import annotations

import re

from tests.conftest import REPO

THEMES = REPO / "src" / "delar_samples" / "themes"
_GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "inherit"}


def _families(css: str) -> set[str]:
    found = set()
    for stack in re.findall(r"font-family:\s*([^;}]+)", css):
        found.update(name.strip().strip("\"'") for name in stack.split(","))
    return found - _GENERIC


def test_every_theme_family_is_shipped() -> None:
    shipped = THEMES / "fonts.css"
    faces = re.findall(r"@font-face\s*{([^}]*)}", shipped.read_text(encoding="utf-8"))
    declared = {re.search(r'font-family:\s*"([^"]+)"', face).group(1) for face in faces}  # type: ignore[union-attr]
    for face in faces:
        source = re.search(r"url\(([^)]+)\)", face)
        assert source is not None and (THEMES / source.group(1)).is_file(), face
    for theme in sorted(THEMES.glob("*.css")):
        if theme.name == "fonts.css":
            continue
        missing = _families(theme.read_text(encoding="utf-8")) - declared
        assert not missing, f"{theme.name} names fonts the build does not ship: {missing}"

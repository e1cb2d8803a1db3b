"""The generated reference pages are up to date, and every command is documented."""

from __future__ import annotations

import importlib.util

from delar_extract.cli import cli
from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("generate", REPO / "docs" / "generate.py")
assert spec and spec.loader
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)


def test_reference_pages_are_current() -> None:
    for name, make in generate.PAGES.items():
        committed = (REPO / "docs" / name).read_text(encoding="utf-8")
        assert committed == make(), f"docs/{name} is stale: run `python docs/generate.py`"


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"delar-extract {name}" not in readme]
    assert missing == [], f"commands not in README.md: {missing}"

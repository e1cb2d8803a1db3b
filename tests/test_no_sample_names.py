"""Guard against fitting the samples: the extractor's code names no sample's
organisation, body or place, and no colour one sample renderer draws with.

Names come from the samples' expected documents and the seeds' README; colours
from the sample builder (``src/delar_samples``: themes and data), neutral greys
left out (every producer draws white, black and grey).  Code means string
literals and identifiers of ``src/delar_extract``; docstrings and comments may
cite an example.  The vocabulary (``genre.toml``) may hold such a word only in
a list of several synonyms, where it is one way among many to say the same.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from delar_extract.vocab import fold
from tests.conftest import EXPECTED, REPO, SEEDS

EXTRACTOR = REPO / "src" / "delar_extract"
SAMPLE_BUILDER = REPO / "src" / "delar_samples"
_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
# A word listed with fewer synonyms than this in the vocabulary is a special case.
MIN_SYNONYMS = 3


def _names() -> set[str]:
    """Organisations, bodies and places of the samples."""
    names: set[str] = set()
    for path in EXPECTED.glob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))["document"]
        names.update(n for n in (document["organisation"], document["body"]) if n)
    readme = SEEDS / "README.md"
    if readme.exists():
        for row in readme.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in row.split("|")]
            if len(cells) > 3 and cells[1].endswith(".txt"):
                names.update(n.strip() for n in cells[2].split(",") if n.strip())
    # The place in "Region Västerbotten" is a name of its own.
    names.update(n.split(" ", 1)[1] for n in list(names) if n.startswith("Region "))
    return {fold(n) for n in names}


def _colours() -> set[str]:
    """Non-neutral colours the sample renderers draw with."""
    found: set[str] = set()
    for path in [*SAMPLE_BUILDER.rglob("*.css"), *SAMPLE_BUILDER.rglob("*.py")]:
        found.update(c.upper() for c in _HEX.findall(path.read_text(encoding="utf-8")))
    return {c for c in found if len({c[1:3], c[3:5], c[5:7]}) > 1}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _code_texts(path: Path) -> Iterator[tuple[int, str]]:
    """String literals (docstrings excepted) and identifiers of one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value
        elif isinstance(node, ast.Name):
            yield node.lineno, node.id


def _toml_lists(value: Any, key: str = "") -> Iterator[tuple[str, list[str]]]:
    """Every list of strings in the vocabulary, with its key path."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _toml_lists(v, f"{key}.{k}" if key else k)
    elif isinstance(value, list):
        strings = [v for v in value if isinstance(v, str)]
        if strings:
            yield key, strings
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield from _toml_lists(item, f"{key}[{index}]")


def test_the_guard_has_something_to_guard() -> None:
    assert {"region västerbotten", "västerbotten"} <= _names()
    assert _colours()


def test_code_names_no_sample_organisation_body_or_place() -> None:
    names = _names()
    hits = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(EXTRACTOR.rglob("*.py"))
        for line, text in _code_texts(path)
        if any(name in fold(text) for name in names)
    ]
    assert hits == []


def test_code_holds_no_renderer_colour() -> None:
    colours = _colours()
    hits = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted(EXTRACTOR.rglob("*.py"))
        for line, text in _code_texts(path)
        if any(c in text.upper() for c in colours)
    ]
    assert hits == []


@pytest.mark.parametrize("vocabulary", sorted(EXTRACTOR.rglob("*.toml")), ids=lambda p: p.name)
def test_vocabulary_lists_a_sample_word_only_among_synonyms(vocabulary: Path) -> None:
    names, colours = _names(), _colours()
    data = tomllib.loads(vocabulary.read_text(encoding="utf-8"))
    lonely = [
        f"{key}: {word!r}"
        for key, words in _toml_lists(data)
        for word in words
        if (fold(word) in names or word.upper() in colours) and len(words) < MIN_SYNONYMS
    ]
    assert lonely == []

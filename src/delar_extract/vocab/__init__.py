"""The genre's vocabulary, kept as data in ``genre.toml``.

Heading words, status labels, colour palettes, units and column headers live in
one TOML file so that a new template usually needs new words, not new code.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class WordRule:
    """Words that, found in a text, mean ``value``."""

    value: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    conjunctions: frozenset[str]
    total_words: tuple[str, ...]
    months: dict[str, int]
    section_kinds: tuple[WordRule, ...]
    report_types: tuple[WordRule, ...]
    organisation_words: tuple[str, ...]
    body_words: tuple[str, ...]
    assessment_labels: tuple[WordRule, ...]
    assignment_labels: tuple[WordRule, ...]
    assessment_palette: dict[str, tuple[str, ...]]
    assignment_palette: dict[str, tuple[str, ...]]
    units: tuple[WordRule, ...]
    measures: tuple[WordRule, ...]


def fold(text: str) -> str:
    """Text as vocabularies compare it: NFC, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def first_match(text: str, rules: tuple[WordRule, ...]) -> str | None:
    """Value of the first rule one of whose words occurs in ``text``."""
    folded = fold(text)
    for rule in rules:
        if any(word in folded for word in rule.words):
            return rule.value
    return None


def _rules(items: list[dict[str, Any]], key: str) -> tuple[WordRule, ...]:
    return tuple(WordRule(item[key], tuple(fold(w) for w in item["words"])) for item in items)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read ``genre.toml`` once."""
    raw = tomllib.loads(resources.files(__package__).joinpath("genre.toml").read_text("utf-8"))
    return Vocabulary(
        conjunctions=frozenset(raw["conjunctions"]),
        total_words=tuple(fold(w) for w in raw["total_words"]),
        months={fold(k): v for k, v in raw["months"].items()},
        section_kinds=_rules(raw["section_kinds"], "kind"),
        report_types=_rules(raw["report_types"], "type"),
        organisation_words=tuple(raw["organisation_words"]),
        body_words=tuple(fold(w) for w in raw["body_words"]),
        assessment_labels=_rules(raw["assessment_labels"], "status"),
        assignment_labels=_rules(raw["assignment_labels"], "status"),
        assessment_palette={k: tuple(v) for k, v in raw["palette"]["assessment"].items()},
        assignment_palette={k: tuple(v) for k, v in raw["palette"]["assignment"].items()},
        units=_rules(raw["units"], "unit"),
        measures=_rules(raw["measures"], "measure"),
    )

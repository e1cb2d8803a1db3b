"""The genre's vocabulary, kept as data in ``genre.toml``.

Heading words, status labels, colour palettes, units and column headers live in
one TOML file so that a new template usually needs new words, not new code.
"""

from __future__ import annotations

import re
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
    organisation_prefixes: tuple[str, ...]
    organisation_suffixes: tuple[str, ...]
    body_words: tuple[str, ...]
    body_suffixes: tuple[str, ...]
    assessment_labels: tuple[WordRule, ...]
    no_data_marks: frozenset[str]
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
def raw_vocabulary() -> dict[str, Any]:
    """``genre.toml`` as parsed TOML, for stages that keep their own view of it."""
    return tomllib.loads(resources.files(__package__).joinpath("genre.toml").read_text("utf-8"))


def word_rules(items: list[dict[str, Any]], key: str, words: str = "words") -> tuple[WordRule, ...]:
    """Rules from a TOML array of tables: ``key`` names the value, ``words`` the words."""
    return tuple(WordRule(item[key], tuple(fold(w) for w in item[words])) for item in items)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read ``genre.toml`` once."""
    raw = raw_vocabulary()
    return Vocabulary(
        conjunctions=frozenset(raw["conjunctions"]),
        total_words=tuple(fold(w) for w in raw["total_words"]),
        months={fold(k): v for k, v in raw["months"].items()},
        section_kinds=_rules(raw["section_kinds"], "kind"),
        report_types=_rules(raw["report_types"], "type"),
        organisation_prefixes=tuple(raw["organisation_prefixes"]),
        organisation_suffixes=tuple(fold(w) for w in raw["organisation_suffixes"]),
        body_words=tuple(fold(w) for w in raw["body_words"]),
        body_suffixes=tuple(fold(w) for w in raw["body_suffixes"]),
        assessment_labels=_rules(raw["assessment_labels"], "status"),
        no_data_marks=frozenset(raw["no_data_marks"]),
        assignment_labels=_rules(raw["assignment_labels"], "status"),
        assessment_palette={k: tuple(v) for k, v in raw["palette"]["assessment"].items()},
        assignment_palette={k: tuple(v) for k, v in raw["palette"]["assignment"].items()},
        units=_rules(raw["units"], "unit"),
        measures=_rules(raw["measures"], "measure"),
    )


@dataclass(frozen=True)
class StatusVocabulary:
    """Words of goals, indicators, uppdrag and legends (``genre.toml``'s last part)."""

    goal_levels: tuple[WordRule, ...]
    goal_children: dict[str, str]  # level → level of the goals printed under it
    goal_numbers: tuple[tuple[str, re.Pattern[str]], ...]  # (level, heading pattern)
    analysis_labels: tuple[str, ...]
    indicator_labels: tuple[str, ...]
    goal_status_headers: tuple[str, ...]
    indicator_columns: tuple[WordRule, ...]
    directions: tuple[WordRule, ...]
    trends: tuple[WordRule, ...]
    assignment_columns: tuple[WordRule, ...]
    directed_to_words: tuple[str, ...]
    party_from: tuple[str, ...]
    party_to: tuple[str, ...]
    issuer_words: tuple[str, ...]
    assignment_bodies: tuple[WordRule, ...]
    ref_issuers: dict[str, str]  # reference prefix → body placeholder
    assignment_cues: tuple[WordRule, ...]
    assignment_fields: tuple[WordRule, ...]  # labels of list-form uppdrag fields
    assignment_ref_words: tuple[str, ...]
    legend_color_headers: tuple[str, ...]
    status_glyphs: frozenset[str]
    colour_agrees: dict[str, dict[str, frozenset[str]]]  # kind → colour status → agreeing


def word_start_match(text: str, rules: tuple[WordRule, ...]) -> str | None:
    """Like :func:`first_match`, but a word must start a word of ``text``
    ("kommentar" matches "Kommentarer", "nr" does not match "Kontonr")."""
    folded = fold(text)
    for rule in rules:
        if any(re.search(rf"(?<!\w){re.escape(word)}", folded) for word in rule.words):
            return rule.value
    return None


@lru_cache(maxsize=1)
def load_status_vocabulary() -> StatusVocabulary:
    """The goal, indicator, assignment and legend words of ``genre.toml``, read once."""
    raw = raw_vocabulary()
    folded = lambda words: tuple(fold(w) for w in words)  # noqa: E731
    parties = raw["assignment_parties"]
    return StatusVocabulary(
        goal_levels=word_rules(raw["goal_levels"], "level"),
        goal_children={item["level"]: item["child"] for item in raw["goal_levels"]},
        goal_numbers=tuple(
            (item["level"], re.compile(item["pattern"])) for item in raw["goal_numbers"]
        ),
        analysis_labels=folded(raw["goal_sections"]["analysis"]),
        indicator_labels=folded(raw["goal_sections"]["indicators"]),
        goal_status_headers=folded(raw["goal_sections"]["status_columns"]),
        indicator_columns=word_rules(raw["indicator_columns"], "role"),
        directions=word_rules(raw["directions"], "direction"),
        trends=word_rules(raw["trends"], "trend"),
        assignment_columns=word_rules(raw["assignment_columns"], "role"),
        directed_to_words=folded(parties["directed_to"]),
        party_from=folded(parties["from"]),
        party_to=folded(parties["to"]),
        issuer_words=folded(parties["issuer_words"]),
        assignment_bodies=word_rules(raw["assignment_bodies"], "name"),
        ref_issuers=dict(parties["ref_issuers"]),
        assignment_cues=word_rules(raw["assignment_cues"], "status"),
        assignment_fields=word_rules(raw["assignment_fields"], "role"),
        assignment_ref_words=folded(raw["assignment_lists"]["ref_words"]),
        legend_color_headers=folded(raw["status_marks"]["color_headers"]),
        status_glyphs=frozenset(raw["status_marks"]["glyphs"]),
        colour_agrees={
            kind: {status: frozenset(agree) for status, agree in table.items()}
            for kind, table in raw["colour_agrees"].items()
        },
    )

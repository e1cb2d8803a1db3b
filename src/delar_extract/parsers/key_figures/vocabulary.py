"""The key-figure vocabulary of ``genre.toml``, loaded once and typed.

Names, units, the kinds a unit measures and the modifier words ("prognos",
"varav", "jämfört med" …) are data; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from delar_extract.vocab import fold, raw_vocabulary


@dataclass(frozen=True)
class FigureRule:
    """One name of a key figure and the words that name it."""

    name: str
    words: tuple[str, ...]
    unit: str | None  # default unit of a bare number; "" = a count without unit
    kinds: frozenset[str]  # unit kinds the name may measure; empty = any
    change: bool  # the name is itself a change or deviation ("budget_deviation")
    generic: bool  # says how, not what ("snitt"): the printed phrase names the figure

    def fits(self, kind: str | None) -> bool:
        """Whether a figure of this unit kind can be what the name says."""
        return not self.kinds or kind in self.kinds


@dataclass(frozen=True)
class FigureVocabulary:
    rules: tuple[FigureRule, ...]
    units: tuple[tuple[str, re.Pattern[str]], ...]
    modifiers: dict[str, tuple[str, ...]]
    count_followers: frozenset[str]  # words that may follow a bare count ("118 anställda")
    unit_kinds: dict[str, str]  # unit -> "money", "share", "count"


@lru_cache(maxsize=1)
def figure_vocabulary() -> FigureVocabulary:
    """The ``[[key_figures]]``, ``[key_figure_units]`` … tables of the vocabulary."""
    raw = raw_vocabulary()
    rules = tuple(
        FigureRule(
            item["name"],
            tuple(fold(w) for w in item["words"]),
            item.get("unit"),
            frozenset(item.get("kinds", ())),
            bool(item.get("change", False)),
            bool(item.get("generic", False)),
        )
        for item in raw["key_figures"]
    )
    units = tuple(
        (
            unit,
            re.compile(
                r"\s*(?:" + "|".join(re.escape(fold(w)) for w in words) + r")(?![\w-])",
            ),
        )
        for unit, words in raw["key_figure_units"].items()
    )
    modifiers = {k: tuple(fold(w) for w in v) for k, v in raw["key_figure_modifiers"].items()}
    # A count's own unit words ("st", "personer") and a copula may follow a bare number.
    followers = frozenset(
        [*modifiers.get("count_followers", ()), *map(fold, raw["key_figure_units"]["st"])]
    )
    unit_kinds = dict(raw["key_figure_unit_kinds"])
    return FigureVocabulary(rules, units, modifiers, followers, unit_kinds)


def modifier(key: str) -> tuple[str, ...]:
    """The words of one ``[key_figure_modifiers]`` entry."""
    return figure_vocabulary().modifiers.get(key, ())


@lru_cache(maxsize=256)
def word_pattern(words: tuple[str, ...], whole: bool = False) -> re.Pattern[str]:
    """One compiled alternation per word list, matched at the start of a word
    (``whole``: as whole words, so that "är" does not match "ärenden")."""
    end = r"(?!\w)" if whole else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")" + end)


def words_in(text: str, words: tuple[str, ...], whole: bool = False) -> bool:
    """Whether one of ``words`` starts a word of ``text`` (folded), or is one."""
    return bool(words) and word_pattern(words, whole).search(text) is not None


def rules_in(*texts: str) -> list[FigureRule]:
    """The vocabulary rules named in the texts: those of the first text first."""
    found: list[FigureRule] = []
    for text in texts:
        found.extend(
            rule
            for rule in figure_vocabulary().rules
            if rule not in found and words_in(text, rule.words)
        )
    return found


def unit_kind(unit: str | None) -> str:
    """What a unit measures; a bare number (no unit) is a count."""
    return figure_vocabulary().unit_kinds.get(unit, "other") if unit else "count"

"""Column headers → :class:`~delar_extract.model.Column` (label, measure, period) and units.

A header label is the column's header levels joined by " / " (see
:func:`delar_extract.parsers.tables.header_labels`).  Its *measure* comes from
the ``[[measures]]`` vocabulary, its *period* from the header's words: a month
("Juli" → "2024-07"), accumulation ("Ackumulerat Juli", "Ack" → "ack 2024-07"),
a full year ("Helår 2024" → "2024"), a year-month code ("2407" → "2024-07") or a
year ("Utfall 2023" → "2023").  The year and month a header leaves out come from
the document's period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from delar_extract.model import Column, Measure
from delar_extract.vocab import first_match, fold, load_vocabulary, raw_vocabulary, word_rules

_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_YYMM = re.compile(r"(?<![\d-])(\d{2})(0[1-9]|1[0-2])(?![\d-])")
# A number followed by "%" is a quantity ("minska med 15 %"), not a unit caption.
_QUANTITY_PERCENT = re.compile(r"\d\s*%")


@dataclass(frozen=True)
class PeriodWords:
    accumulated: tuple[str, ...]
    full_year: tuple[str, ...]
    previous_year: tuple[str, ...]
    full_year_measures: frozenset[str]


@dataclass(frozen=True)
class PeriodContext:
    """What the document and the table say about time, for headers that leave it out."""

    year: int | None
    month: int | None
    accumulated: bool = False


@lru_cache(maxsize=1)
def period_words() -> PeriodWords:
    raw = raw_vocabulary()["periods"]
    return PeriodWords(
        accumulated=tuple(fold(w) for w in raw["accumulated"]),
        full_year=tuple(fold(w) for w in raw["full_year"]),
        previous_year=tuple(fold(w) for w in raw["previous_year"]),
        full_year_measures=frozenset(raw["full_year_measures"]),
    )


def _has_word(folded: str, words: Sequence[str]) -> bool:
    """Whether one of ``words`` occurs in ``folded`` as whole words."""
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words)


def label_to_measure(label: str) -> Measure | None:
    """What a column measures, from its header words (the most specific level first)."""
    parts = [p for p in label.split(" / ") if p.strip()]
    for part in reversed(parts):
        found = first_match(part, load_vocabulary().measures)
        if found is not None:
            # an upper level "Prognos" over "Utfall" makes the column a forecast
            upper = first_match(" ".join(parts[:-1]), load_vocabulary().measures)
            if found == "utfall" and upper == "prognos":
                return Measure.PROGNOS
            return Measure(found)
    return None


def _month_of(folded: str) -> int | None:
    months = load_vocabulary().months
    for word in re.findall(r"[a-zåäö]+", folded):
        if word in months:
            return months[word]
    return None


def is_accumulated(label: str) -> bool:
    """Whether a header says its values are accumulated ("Ack utfall", "Ackumulerat Juli")."""
    return _has_word(fold(label), period_words().accumulated)


def label_to_period(label: str, context: PeriodContext) -> str | None:
    """The period a header names, in the contract's notation ("2024-07", "ack 2024-07", "2024")."""
    folded = fold(label)
    words = period_words()
    code = _YYMM.search(folded)
    years = [int(y) for y in _YEAR.findall(folded)]
    year = years[0] if years else context.year
    if year is not None and _has_word(folded, words.previous_year):
        year -= 1
    if year is None:
        return None
    own_accumulated = is_accumulated(label)
    accumulated = context.accumulated or own_accumulated
    month = _month_of(folded)
    if code and not years:
        year, month = 2000 + int(code.group(1)), int(code.group(2))
    if month is None:
        if _has_word(folded, words.full_year):
            return str(year)
        # a budget or forecast without a month is the year's, unless the header says "ack"
        if not own_accumulated and _has_word(folded, tuple(words.full_year_measures)):
            return str(year)
        if accumulated:
            month = context.month
    if month is None:
        return str(year) if years else None
    period = f"{year}-{month:02d}"
    return f"ack {period}" if accumulated else period


def _groups(labels: Sequence[str]) -> list[str]:
    """The upper header levels of each column ("" for a one-level header)."""
    return [label.rsplit(" / ", 1)[0] if " / " in label else "" for label in labels]


def labels_to_columns(labels: Sequence[str], context: PeriodContext) -> list[Column]:
    """Columns with measure and period.

    An upper header level shares accumulation among its columns: under "Juli",
    "Utfall 2407" beside "Ack Avvikelse" is accumulated too.
    """
    groups = _groups(labels)
    accumulated_groups = {
        group
        for group, label in zip(groups, labels, strict=True)
        if group and is_accumulated(label)
    }
    columns = []
    for group, label in zip(groups, labels, strict=True):
        measure = label_to_measure(label)
        local = replace(context, accumulated=context.accumulated or group in accumulated_groups)
        columns.append(Column(label=label, measure=measure, period=label_to_period(label, local)))
    return columns


@lru_cache(maxsize=1)
def _unit_rules() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((r.value, r.words) for r in word_rules(raw_vocabulary()["units"], "unit"))


def text_to_unit(text: str) -> str | None:
    """The unit a caption or header declares ("Belopp i miljoner kronor", "(Mkr)", "Tkr").

    Units are matched as whole words; a percentage after a number is a
    quantity, not a declaration, and "antal"/"st" declare no money unit.
    """
    folded = _QUANTITY_PERCENT.sub(" ", fold(text))
    for unit, words in _unit_rules():
        if unit == "st":
            continue
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words if w != "%"):
            return unit
        if "%" in words and re.search(r"(^|[\s(])%", folded):
            return unit
    return None

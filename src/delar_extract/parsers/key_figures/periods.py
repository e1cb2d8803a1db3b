"""The period of a key figure: read from the words around it, nearest first.

Each text near a figure (its clause, the words right after it, the sentence
before it, the lead-in line above it, an earlier sentence on the same subject)
gives *clues*: a year, a month or a range of months ("maj-aug", "juni och
juli", "tertial 1"), "ack" (accumulated; also "samma period", which compares a
period to date), a year-only marker ("för året", "prognos"), "motsvarande"
(the period of the figure before) or an undated span ("över
programperioden").  Each clue is taken from the nearest text that has it;
what none has comes from the document's period.  A year after a comparison
word ("jämfört med 2020", "än samma period 2023") is the year compared with,
not the figure's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from delar_extract.model import Document
from delar_extract.parsers.key_figures.vocabulary import modifier, word_pattern, words_in
from delar_extract.vocab import load_vocabulary

_ISO_MONTH = re.compile(r"(?<!\d)(20\d{2})-(0[1-9]|1[0-2])(?!\d)")
_YEAR = re.compile(r"(?<![\d-])(20\d{2}|19\d{2})(?![\d-])")
_TERTIAL = re.compile(r"(?<!efter )tertial\s?([123])(?!\d)")
# "jun" must not match inside "juni": months are whole words.
_WORD = re.compile(r"[a-zåäö]+")


@dataclass(frozen=True)
class PeriodDefault:
    """The document's period: what a figure's period is when no word names one."""

    year: int | None
    month: int | None
    full_year: bool

    @classmethod
    def of(cls, document: Document) -> PeriodDefault:
        start, end = document.period.start, document.period.end
        full = bool(start and end and start.month == 1 and end.month == 12)
        return cls(end.year if end else document.year, end.month if end else None, full)

    def label(self) -> str | None:
        if self.year is None:
            return None
        if self.full_year or self.month is None:
            return str(self.year)
        return f"{self.year}-{self.month:02d}"


@dataclass(frozen=True)
class Clues:
    """What one text says about a period."""

    year: int | None = None
    month: int | None = None
    months: tuple[int, int] | None = None  # a range of months
    year_only: bool = False  # "för året", "prognos": the whole year
    accumulated: bool = False
    previous_year: bool = False
    same: bool = False  # "motsvarande": the period of the figure before
    undated: bool = False

    @property
    def names_month(self) -> bool:
        return self.month is not None or self.months is not None


def _comparison_cut(text: str) -> str:
    """The text before a comparison word: what follows names the value compared with."""
    hit = word_pattern(modifier("comparison_cut"), whole=True).search(text)
    return text[: hit.start()] if hit else text


def _month_positions(text: str) -> list[tuple[int, int]]:
    months = load_vocabulary().months
    return [(m.start(), months[m.group(0)]) for m in _WORD.finditer(text) if m.group(0) in months]


def _month_range(text: str) -> tuple[int, int] | None:
    """ "maj-aug", "juni och juli", "tertial 1" → (first month, last month)."""
    tertial = _TERTIAL.search(text)
    if tertial:
        first = 4 * int(tertial.group(1)) - 3
        return first, first + 3
    found = _month_positions(text)
    for (at, first), (at2, last) in itertools.pairwise(found):
        joint = _WORD.sub("", text[at:at2], count=1).strip()
        if first < last and joint in ("-", "–", "—", "och", "till"):
            return first, last
    return None


def clues(text: str) -> Clues:
    """The period clues of one folded text."""
    if not text:
        return Clues()
    cut = _comparison_cut(text)
    iso = _ISO_MONTH.findall(cut)
    years = [int(y) for y in _YEAR.findall(cut)]
    months = _month_positions(cut)
    year_hit = word_pattern(modifier("year_only")).search(cut) if modifier("year_only") else None
    month = int(iso[-1][1]) if iso else (months[-1][1] if months else None)
    year = int(iso[-1][0]) if iso else (years[-1] if years else None)
    month_at = max([at for at, _ in months], default=-1)
    # The nearer of a month and a year-only word ("efter augusti … för året") wins.
    year_only = year_hit is not None and year_hit.start() > month_at and not iso
    return Clues(
        year=year,
        month=None if year_only else month,
        months=None if year_only else _month_range(cut),
        year_only=year_only,
        accumulated=words_in(text, modifier("accumulated")),
        previous_year=words_in(text, modifier("previous_year")),
        same=words_in(text, modifier("same_period_as_before")),
        undated=words_in(text, modifier("undated")),
    )


def resolve(
    near: list[Clues], default: PeriodDefault, before: str | None, *, own: Clues
) -> str | None:
    """The period from the clues, nearest text first; ``own`` are the clause's
    (only they say "motsvarande", "ifjol" or an undated span)."""
    if own.undated:
        return None
    if own.same and before is not None:
        return before
    year = next((c.year for c in near if c.year is not None), None)
    named = next((c for c in near if c.names_month or c.year_only), None)
    accumulated = any(c.accumulated for c in near)
    if named is not None and named.year_only:
        return str(year or default.year) if (year or default.year) else None
    year = year or default.year
    if year is None:
        return None
    if named is not None and named.months is not None and not accumulated:
        first, last = named.months
        return f"{year}-{first:02d}/{year}-{last:02d}"
    month = named.month if named is not None else None
    if own.previous_year:
        year -= 1
    if accumulated:
        return f"ack {year}-{(month or default.month or 12):02d}"
    if month is not None:
        return f"{year}-{month:02d}"
    if any(c.year is not None for c in near):
        return str(year)
    if own.previous_year:
        return PeriodDefault(year, default.month, default.full_year).label()
    return default.label()

"""Key figures from prose: "en positiv budgetavvikelse på 5 miljoner kronor" → budget_deviation.

Running text is cut into sentences per page; each number with a unit
("547 miljoner kronor", "5,8 procent", "+34 mnkr", "89%"), or a bare number
where the figure's vocabulary gives a default unit ("sjukfrånvaro ... 5,5"),
becomes a :class:`~delar_extract.model.KeyFigure`.  Its name comes from the
``[[key_figures]]`` trigger words of its clause (the words since the previous
number), else of the sentence; "prognos" words make it a forecast for the
year, "negativ" words make it negative, "ifjol" moves it a year back.  The
period otherwise comes from a date, "YYYY:", "ack juli" or a month in the
clause, else from the document's period.

A name is given only where the figure is what it says: the unit must fit the
name's ``kinds`` (no count name for "71 procent"); a labelled part of a
breakdown in parentheses is named as that part ("employees_man"), an unlabelled
number in parentheses is a side note and left out; a change ("ökning med") or a
difference ("22 mnkr mer än plan") gets "_change"/"_deviation" unless its name is
one; the value after "jämfört med" is kept only when dated ("ifjol"); a
sub-unit's figure ("Delområdet redovisar ...") and a sentence printed twice are
left out.  Emitting nothing beats a misnamed figure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Document, KeyFigure
from delar_extract.normalize.numbers import parse_number
from delar_extract.pdf.objects import Box, Word
from delar_extract.sections.paragraphs import lines_to_paragraphs
from delar_extract.vocab import fold, load_vocabulary, raw_vocabulary

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_NUMBER = re.compile(
    r"(?<![\w,.\-−–])(?P<sign>[+\-−–]\s?)?(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+)"
    r"(?:,(?P<frac>\d+))?(?!\d)(?![\-−–/]\d)"
)
_ISO_MONTH = re.compile(r"(?<!\d)(20\d{2})-(0[1-9]|1[0-2])(?!\d)")
_YEAR_LEAD = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")


@dataclass(frozen=True)
class FigureRule:
    name: str
    words: tuple[str, ...]
    unit: str | None  # default unit of a bare number; "" = a count without unit
    kinds: frozenset[str]  # unit kinds the name may measure; empty = any
    change: bool  # the name is itself a change or deviation ("budget_deviation")

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
    raw = raw_vocabulary()
    rules = tuple(
        FigureRule(
            item["name"],
            tuple(fold(w) for w in item["words"]),
            item.get("unit"),
            frozenset(item.get("kinds", ())),
            bool(item.get("change", False)),
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


@dataclass(frozen=True)
class PeriodDefault:
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


@lru_cache(maxsize=256)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation per word list: the texts are searched once per rule."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")")


def _words_in(text: str, words: tuple[str, ...]) -> bool:
    return bool(words) and _word_pattern(words).search(text) is not None


def _rules_for(*texts: str) -> list[FigureRule]:
    """The vocabulary rules found in the texts: those of the first text first."""
    found: list[FigureRule] = []
    for text in texts:
        found.extend(
            rule
            for rule in figure_vocabulary().rules
            if rule not in found and _words_in(text, rule.words)
        )
    return found


def _unit_kind(unit: str | None) -> str:
    """What a unit measures; a bare number (no unit) is a count."""
    return figure_vocabulary().unit_kinds.get(unit, "other") if unit else "count"


def _breakdown_label(folded: str, start: int, previous_end: int) -> str | None:
    """For a number inside parentheses: the label before it ("män: 490" -> "man"),
    "" when it has none ("(0,4 årsarbetare)"); None when it is outside parentheses."""
    before = folded[:start]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened:
        return None
    own = folded[max(opened + 1, previous_end) : start]
    label = re.search(r"([a-zåäö]{2,})\s*:?\s*$", own)
    if label is None:
        return ""
    ascii_label = unicodedata.normalize("NFKD", label.group(1)).encode("ascii", "ignore")
    return ascii_label.decode()


def _is_uncertain_comparison(clause: str) -> bool:
    """The number closes "jämfört med [up to 4 words]": the value compared with, a
    figure of its own only when a previous-year word there dates it ("jämfört med ifjol")."""
    mods = figure_vocabulary().modifiers
    phrases = "|".join(re.escape(w) for w in mods["comparison"])
    hit = re.search(r"(?<!\w)(?:" + phrases + r")((?:\s+\S+){0,4})\s*$", clause)
    return hit is not None and not _words_in(hit.group(1), mods["previous_year"])


def _unit_after(folded: str, end: int) -> tuple[str | None, int]:
    rest = folded[end:]
    for unit, pattern in figure_vocabulary().units:
        match = pattern.match(rest)
        if match and not rest[match.end() :].lstrip().startswith(("-enhet", "enhet")):
            return unit, end + match.end()
    return None, end


def _period(clause: str, prefix: str, default: PeriodDefault) -> str | None:
    """The period a clause names, else the document's."""
    mods = figure_vocabulary().modifiers
    months = load_vocabulary().months
    iso = _ISO_MONTH.findall(prefix)
    if iso:
        year, month = int(iso[-1][0]), int(iso[-1][1])
        if _words_in(clause, mods["previous_year"]):
            year -= 1
        return f"{year}-{month:02d}"
    years = [int(y) for y in _YEAR_LEAD.findall(clause)]
    named_month = next((months[w] for w in re.findall(r"[a-zåäö]+", clause) if w in months), None)
    named_year = years[-1] if years else default.year
    if named_year is None:
        return None
    if _words_in(clause, mods["accumulated"]):
        return f"ack {named_year}-{(named_month or default.month or 12):02d}"
    if named_month is not None:
        return f"{named_year}-{named_month:02d}"
    if years or _words_in(prefix, mods["forecast"]):
        return str(named_year)
    return default.label()


# How far (characters) around a number its naming words are looked for.
CONTEXT_CHARS = 300


def _bare_ok(folded: str, match: re.Match[str]) -> bool:
    """A bare number counts when it is no year and no word follows it ("5,5 inom" has decimals)."""
    if match.group("frac"):
        return True
    if re.fullmatch(r"(19|20)\d{2}", match.group("num")):
        return False
    following = folded[match.end() :].lstrip()
    word = re.match(r"[a-zåäö]+", following)
    return word is None or word.group(0) in figure_vocabulary().count_followers


def sentence_to_figures(sentence: str, page: int, default: PeriodDefault) -> list[KeyFigure]:
    """Every key figure of one sentence."""
    return [figure for figure, _ in _figures_with_spans(sentence, page, default)]


def _figures_with_spans(
    sentence: str, page: int, default: PeriodDefault
) -> list[tuple[KeyFigure, str]]:
    """Every key figure of one sentence, with the (folded) words it was read from."""
    folded = fold(sentence)
    mods = figure_vocabulary().modifiers
    figures: list[tuple[KeyFigure, str]] = []
    previous_end = 0
    for match in _NUMBER.finditer(folded):
        # Words name a figure from nearby: a window bounds the work on text that
        # is no real sentence (a page of numbers, a broken font's garbage).
        start = max(0, match.start() - CONTEXT_CHARS)
        clause = folded[max(previous_end, start) : match.start()]
        prefix = folded[start : match.start()]
        # A naming word after the number names it only up to the next number: past
        # that it governs the next figure ("avsattes 11 mnkr, utfall blev 6 mnkr").
        following = _NUMBER.search(folded, match.end())
        stop = following.start() if following else len(folded)
        around = folded[start : min(stop, match.end() + CONTEXT_CHARS)]
        unit, end = _unit_after(folded, match.end())
        rules = _rules_for(clause, prefix, around)
        if unit is None:
            rule = next((r for r in rules if r.unit is not None), None)
            if rule is None or not _bare_ok(folded, match):
                continue
            unit = rule.unit or None
        else:
            # The name must fit what the unit measures: "71 procent" is no count.
            kind = _unit_kind(unit)
            rule = next((r for r in rules if r.fits(kind)), None)
            if rule is None:
                continue
        label = _breakdown_label(folded, match.start(), previous_end)
        # "Ledningsstaben", "delområdet": a sub-unit's word may end a compound.
        sub_unit = any(w in folded[: match.start()] for w in mods["sub_unit"])
        if label == "" or sub_unit or _is_uncertain_comparison(clause):
            # A side note in parentheses ("(595 Mkr)"), a part of the organisation's
            # figure or the value compared with: not the figure the name says.
            previous_end = end
            continue
        value = parse_number(folded[match.start() : match.end()].replace(" ", " "))
        if value is None:
            continue
        if _words_in(clause, mods["negative"]):
            value = -abs(value)
        name = rule.name
        if not rule.change:
            if clause.rstrip().endswith(" med") and _words_in(clause, mods["change"]):
                name = f"{name}_change"
            elif folded[end:].lstrip().startswith(mods["difference_after"]):
                name = f"{name}_deviation"
        if label:
            name = f"{name}_{label}"  # one part of a breakdown, not the whole
        if _words_in(prefix, mods["forecast"]) and "forecast" not in name:
            name = f"{name}_forecast"
        figure = KeyFigure(
            name=name,
            value=value,
            unit=unit,
            period=_period(clause, prefix, default),
            text=sentence,
            page=page,
        )
        figures.append((figure, folded[match.start() : end]))
        previous_end = end
    return figures


class KeyFigureParser:
    """Key figures from the running text of every page."""

    def parse(self, layout: LayoutDocument, document: Document) -> list[KeyFigure]:
        default = PeriodDefault.of(document)
        figures: list[KeyFigure] = []
        for page in layout.pages:
            words = [w for line in page.lines for w in line.words]
            cursor = 0
            for paragraph in lines_to_paragraphs(page.lines):
                for sentence in _SENTENCE_END.split(paragraph):
                    found = _figures_with_spans(sentence.strip(), page.content.number, default)
                    for figure, span in found:
                        box, cursor = span_to_box(words, span, cursor)
                        bbox = box.as_list() if box is not None else None
                        figures.append(figure.model_copy(update={"bbox": bbox}))
        return drop_repeats(figures)


def drop_repeats(figures: Sequence[KeyFigure]) -> list[KeyFigure]:
    """The figures without repeats: a sentence printed twice (a summary repeated in
    the body, or on two pages) states the same figure once; the first is kept."""
    seen: set[tuple[str, float, str | None, str | None, str]] = set()
    kept: list[KeyFigure] = []
    for figure in figures:
        key = (figure.name, figure.value, figure.unit, figure.period, figure.text)
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return kept


def span_to_box(words: Sequence[Word], span: str, cursor: int = 0) -> tuple[Box | None, int]:
    """Box of the words that print ``span`` (folded text), searched from ``cursor`` on,
    then from the start; with the index after them (the cursor for the next figure)."""
    target = "".join(span.split())
    if not target:
        return None, cursor
    folded = ["".join(fold(w.text).split()) for w in words]
    for start in (*range(cursor, len(words)), *range(min(cursor, len(words)))):
        joined = ""
        for end in range(start, len(words)):
            joined += folded[end]
            at = joined.find(target)
            if at >= 0:
                if at >= len(folded[start]):
                    break  # begins in a later word: found from that word's start instead
                return bounding_box(w.box for w in words[start : end + 1]), end + 1
            if len(joined) > len(target) + len(folded[start]):
                break
    return None, cursor

"""One statement → its key figures.

Each number with a unit ("547 miljoner kronor", "5,8 procent", "+34 mnkr",
"89%"), or a bare number where the name's vocabulary gives a default unit
("sjukfrånvaro ... 5,5"), may be a key figure.  It is one only where the
words say what it is:

- a ``[[key_figures]]`` word in its clause (the words since the previous
  figure), else in its sentence; a label line ("Förstabesök: 59,5 %") may take
  the word from its lead-in or heading, and keeps its printed label in the name;
- the unit fits the name (no count name for "71 procent"); a change ("ökning
  med", "ökat 0,8 mnkr") is "_change" unless the name is one, and may be
  relative ("minskning 3 %");
- not a part of the organisation ("Kultur och fritid har …", "För
  Teknik och service prognosticeras …"), not a target ("Avkastningsmål
  3,5 %"), not the effect on a figure ("belastar resultatet med …"), not a
  superseded forecast, not the value compared with ("jämfört med 64 procent");
- a part after "varav" only when named ("varav 1 023 är tillsvidareanställda",
  "varav +17 mnkr avser …"); a labelled part in parentheses as that part
  ("(kvinnor 6,1 män 3,3)"); an unlabelled number in parentheses only when it
  restates the figure in another unit ("10,7% (595 Mkr)").

Emitting nothing beats a misnamed figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from delar_extract.model import KeyFigure
from delar_extract.normalize.numbers import parse_number
from delar_extract.parsers.key_figures.clauses import (
    is_change,
    is_difference,
    is_part,
    left_out,
    printed_label,
    slug,
    subject_of,
)
from delar_extract.parsers.key_figures.periods import Clues, PeriodDefault, clues, resolve
from delar_extract.parsers.key_figures.statements import Statement, has_figures
from delar_extract.parsers.key_figures.vocabulary import (
    FigureRule,
    figure_vocabulary,
    modifier,
    rules_in,
    unit_kind,
    word_pattern,
    words_in,
)
from delar_extract.vocab import fold

# A number followed by ".digit" is a section number ("avsnitt 2.3"), not a figure.
NUMBER = re.compile(
    r"(?<![\w,.\-−–])(?P<sign>[+\-−–]\s?)?(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+)"
    r"(?:,(?P<frac>\d+))?(?!\d)(?![\-−–/]\d)(?!\.\d)"
)
# How far (characters) around a number its naming words are looked for.
CONTEXT_CHARS = 300


@dataclass(frozen=True)
class Context:
    """What the whole document tells every statement."""

    default: PeriodDefault
    organisation: tuple[str, ...] = ()  # folded names of the report's own body


def _unit_after(folded: str, end: int) -> tuple[str | None, int]:
    rest = folded[end:]
    for unit, pattern in figure_vocabulary().units:
        match = pattern.match(rest)
        if match and not rest[match.end() :].lstrip().startswith(("-enhet", "enhet")):
            return unit, end + match.end()
    return None, end


def _bare_ok(folded: str, match: re.Match[str]) -> bool:
    """A bare number counts when it is no year and no word follows it ("5,5 inom" has decimals)."""
    following = folded[match.end() :].lstrip()
    word = re.match(r"[a-zåäö]+", following)
    if word is not None and words_in(word.group(0), modifier("bare_blockers"), whole=False):
        return False  # "0,4 procentenheter", "47 år": a measure of something else
    if match.group("frac"):
        return True
    if re.fullmatch(r"(19|20)\d{2}", match.group("num")):
        return False
    return word is None or word.group(0) in figure_vocabulary().count_followers


def _breakdown_label(folded: str, start: int, previous_end: int) -> str | None:
    """For a number inside parentheses: the label before it ("män: 490" -> "man"),
    "" when it has none ("(595 Mkr)"); None when it is outside parentheses."""
    before = folded[:start]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened:
        return None
    own = folded[max(opened + 1, previous_end) : start]
    label = re.search(r"([a-zåäö]{2,})\s*:?\s*$", own)
    return slug(label.group(1)) if label else ""


@dataclass
class _Reading:
    """The state of one statement's reading: where the previous figure ended."""

    previous_end: int = 0
    previous_kind: str | None = None
    previous_name: str | None = None
    previous_period: str | None = None
    previous_rule: FigureRule | None = None
    # The last figure emitted outside parentheses: where it ended, its unit and rule.
    whole: tuple[int, str | None, FigureRule] | None = None


def _whole_before(folded: str, start: int, state: _Reading) -> tuple[str, FigureRule] | None:
    """For a labelled number inside parentheses that open right after an emitted
    figure ("87 procent (kvinnor: 85,0 män: 91,2)"): that figure's unit and rule."""
    if state.whole is None or not _breakdown_label(folded, start, state.previous_end):
        return None
    end, unit, rule = state.whole
    opened = folded.rfind("(", 0, start)
    if unit is None or opened < end or folded[end:opened].strip():
        return None
    return unit, rule


@dataclass(frozen=True)
class Found:
    """A key figure, the (folded) words it was read from, and why it is doubtful
    (None when its own words or its lead-in name it)."""

    figure: KeyFigure
    span: str
    doubt: str | None = None


def statement_figures(
    statement: Statement, page: int, context: Context, *, part: bool | None = None
) -> list[Found]:
    """Every key figure of one statement; ``part``: whether the text around it says
    the statement is about a part of the organisation (None: its own words decide)."""
    folded = fold(statement.text)
    if part is None:
        part = not statement.label and is_part(folded, context.organisation)
    leads = tuple(fold(t) for t in statement.leads)
    heading = fold(statement.heading or "")
    state = _Reading()
    figures: list[Found] = []
    for match in NUMBER.finditer(folded):
        start = max(0, match.start() - CONTEXT_CHARS)
        clause = folded[max(state.previous_end, start) : match.start()]
        prefix = folded[start : match.start()]
        following = NUMBER.search(folded, match.end())
        stop = following.start() if following else len(folded)
        after = folded[match.end() : stop]
        unit, end = _unit_after(folded, match.end())
        # Words after the number name it up to the next number or a part ("varav
        # finansnetto" names the part that follows, not this figure).
        ahead = word_pattern(modifier("part_of"), whole=True).split(folded[match.end() : stop])[0]
        rules = rules_in(clause, prefix, folded[start : match.start()] + ahead)
        from_context = False
        if statement.label and all(r.generic for r in rules):
            # A label line's own words say nothing, or only how ("Rikssnitt 52 %"):
            # what it measures comes from its lead-in or heading, else it is no figure.
            rules = [r for r in rules_in(*leads, heading) if not r.generic]
            from_context = True
        doubt = None
        change = is_change(clause)
        relative = change or is_difference(folded[end:stop])
        kind = unit_kind(unit) if unit is not None else None
        rule: FigureRule | None
        whole = _whole_before(folded, match.start(), state) if unit is None else None
        if whole is not None:
            # "87 procent (kvinnor: 85,0 män: 91,2)": a labelled part of the
            # figure just before, printed without its unit, is in that unit.
            unit, rule = whole
            kind = unit_kind(unit)
        elif unit is None:
            rule = next((r for r in rules if r.unit is not None), None)
            if rule is None and not rules:
                # A bare figure of a sentence that names nothing ("ligger vi på
                # totalt 5,5") may be the figure its lead-in or heading names.
                rule = next((r for r in rules_in(*leads, heading) if r.unit is not None), None)
                from_context = rule is not None
            if rule is None or not _bare_ok(folded, match):
                continue
            unit = rule.unit or None
        else:
            # The name must fit what the unit measures: "71 procent" is no count;
            # a change may be relative ("minskning 3 %") whatever it measures.
            rule = next((r for r in rules if r.fits(kind) or (relative and kind == "share")), None)
            if rule is None:
                continue
        if change and not statement.label:
            # A change names its own subject ("antalet anställda har ökat med"),
            # or points back to the figure before ("vilket är en ökning med").
            rule = _changed(clause, state.previous_rule)
        label = _breakdown_label(folded, match.start(), state.previous_end)
        # "10,7% (595 Mkr)": the same figure in another unit the name fits.
        restated = (
            label == ""
            and state.previous_rule is not None
            and kind not in (None, state.previous_kind)
            and state.previous_rule.fits(kind)
        )
        skip = (
            rule is None
            or part
            or (label == "" and not restated)
            or left_out(clause, prefix, after)
            or (rule.generic and (change or words_in(clause, modifier("change"))))
        )
        name = (
            None
            if rule is None
            else _name(
                rule,
                statement,
                clause,
                after,
                folded[end:stop],
                from_context and statement.label,
                change,
            )
        )
        if skip or rule is None or name is None:
            state.previous_end = end
            continue
        value = parse_number(folded[match.start() : match.end()].replace(" ", " "))
        if value is None:
            continue
        if words_in(clause, modifier("negative")):
            value = -abs(value)
        if restated and state.previous_name:
            name = state.previous_name
            rule = state.previous_rule or rule
        elif label:
            name = f"{name}_{label}"  # one part of a breakdown, not the whole
        forecast = words_in(prefix, modifier("forecast")) or (
            not context.default.full_year and words_in(prefix, modifier("interim_forecast"))
        )
        if forecast and "forecast" not in name:
            name = f"{name}_forecast"
        # "jämfört med ifjol 5,7": a previous-year word dates the number it precedes.
        own = replace(
            clues(clause),
            previous_year=words_in(" ".join(clause.split()[-4:]), modifier("previous_year")),
        )
        tail = re.split(r"[,;]|\soch\s", folded[end:stop], maxsplit=1)[0]
        dated = clues(tail)
        near = [own, Clues(year=dated.year, month=dated.month), clues(prefix)]
        near.extend(clues(t) for t in leads[:1])
        near.append(_carried(statement, rule))
        period = resolve(near, context.default, state.previous_period, own=own)
        if from_context and rule is not None and not rules_in(*leads).count(rule):
            doubt = f"named from the heading {statement.heading!r}, not its own words"
        figure = KeyFigure(
            name=name, value=value, unit=unit, period=period, text=statement.text, page=page
        )
        figures.append(Found(figure, folded[match.start() : end], doubt))
        whole_at = state.whole
        if label is None:
            whole_at = (end, unit, rule)  # outside parentheses: a whole, parts may follow
        state = _Reading(end, kind or unit_kind(unit), name, period, rule, whole_at)
    return figures


def _changed(clause: str, previous: FigureRule | None) -> FigureRule | None:
    """What a change is of: a name in its own sub-clause, else the figure before
    when the sub-clause points back to it; None when neither."""
    sub = re.split(r"[,;]|(?<!\w)(?:att|som|där)(?!\w)", clause)[-1]
    named = rules_in(sub)
    if named:
        return named[0]
    if previous is not None and words_in(sub.strip(), modifier("anaphora"), whole=True):
        return previous
    return None


def _name(
    rule: FigureRule,
    statement: Statement,
    clause: str,
    after: str,
    rest: str,
    from_context: bool,
    change: bool,
) -> str | None:
    """The figure's name, or None when it is an unnamed part ("varav 26 är avslutade")."""
    parts = word_pattern(modifier("part_of"), whole=True).split(clause)
    if len(parts) > 1:
        # A part of the figure before: named by its own words, else not emitted.
        own_words = parts[-1] + " " + after
        named = rules_in(own_words)
        if named:
            return named[0].name
        concerns = re.search(r"(?<!\w)avser\s+([^.,;]+)", after)
        if concerns:
            return f"{rule.name}_{slug(concerns.group(1))}"
        if statement.label and parts[-1].strip(" +-−–:"):
            return f"{rule.name}_{slug(parts[-1])}"
        return None
    name = rule.name
    if rule.generic:
        # "Snitt för 2022 ligger på 35%": the subject as printed names it.
        folded = fold(statement.text)
        return (subject_of(folded) or printed_label(folded)) or None
    if from_context:
        label = slug(printed_label(statement.text))
        name = f"{name}_{label}" if re.search("[a-z]", label) else name
    if not rule.change:
        if change:
            name = f"{name}_change"
        elif is_difference(rest):
            name = f"{name}_deviation"
    return name


def _carried(statement: Statement, rule: FigureRule) -> Clues:
    """The month of an earlier sentence on the page that speaks of the same
    figure without a number ("Punktligheten under juli månad …")."""
    for text in statement.before:
        folded = fold(text)
        if not has_figures(text) and words_in(folded, rule.words):
            found = clues(folded)
            if found.names_month:
                return Clues(month=found.month, months=found.months)
    return Clues()

"""Word tests on the text around a figure: is it a change, a difference, the
value compared with, a part of the organisation, a target, an impact?

Each test reads folded text and the vocabulary's modifier words
(``[key_figure_modifiers]`` in ``genre.toml``); none knows one report.
"""

from __future__ import annotations

import re
import unicodedata

from delar_extract.parsers.key_figures.vocabulary import modifier, rules_in, word_pattern, words_in
from delar_extract.vocab import load_vocabulary

# "Avkastningsmål", "målet", "målsättningen": a target, not an outcome.
_TARGET = re.compile(r"(?:mål|målet|målen|målsättning\w*|målvärde\w*|målnivå\w*)(?!\w)")
_FILLER = re.compile(r"(?:\s+(?:ca|cirka|i snitt|totalt|i storleksordningen|drygt|knappt))+$")
# A number, to cut a label line's label from its figures.
_DIGITS = re.compile(r"[+\-−–]?\s?\d")


def slug(text: str) -> str:
    """ASCII snake_case of printed words ("Sjuksköterskor/Läkare" → "sjukskoterskor_lakare")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "_".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))[:60]


def is_uncertain_comparison(clause: str) -> bool:
    """The number closes "jämfört med [up to 4 words]": the value compared with, a
    figure of its own only when a previous-year word there dates it ("jämfört med ifjol")."""
    hit = re.search(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in modifier("comparison")) + r")"
        r"((?:\s+\S+){0,4})\s*$",
        clause,
    )
    return hit is not None and not words_in(hit.group(1), modifier("previous_year"))


def is_change(clause: str) -> bool:
    """The clause ends in a change word, with or without "med" ("ökning med", "har ökat")."""
    tail = _FILLER.sub("", clause.rstrip(" +-−–:"))
    if tail.endswith(" med") and words_in(tail, modifier("change")):
        return True  # "en minskning av antal månadsavlönade med"
    last = re.search(r"([a-zåäö]+)$", tail)
    return last is not None and words_in(last.group(1), modifier("change"))


def is_difference(rest: str) -> bool:
    """The words after a figure make it a difference ("mer än plan", "13 % högre
    kostnader än plan")."""
    rest = rest.lstrip()
    if rest.startswith(modifier("difference_after")):
        return True
    words = re.findall(r"[a-zåäö]+", rest)[:4]
    return bool(words) and words[0] in modifier("difference_words") and "än" in words


def subject_of(folded: str) -> str | None:
    """The words before the sentence's first verb, when they hold no number."""
    verb = word_pattern(modifier("verbs"), whole=True).search(folded)
    if verb is None:
        return None
    subject = folded[: verb.start()]
    if re.search(r"\d", re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", subject)):
        return None  # a number before the verb: no plain subject
    return subject.strip()


# Whose figures a sentence states, from its subject (:func:`whose`).
SUB_UNIT = "sub_unit"  # a sub-unit word: "Delområdet Kultur redovisar …"
PART = "part"  # another subject: "Kultur och fritid har …"
OWN = "own"  # the report's organisation or body: "Regionstyrelsen redovisar …"


def whose(folded: str, organisation: tuple[str, ...]) -> str | None:
    """Whose figures a sentence states: :data:`SUB_UNIT` or :data:`PART` (a part of
    the organisation), :data:`OWN` (the organisation, named), or None when its
    subject does not say (a figure word, a pronoun, no plain subject)."""
    subject = subject_of(folded)
    if subject is None:
        return None
    if any(word in subject for word in modifier("sub_unit")):
        return SUB_UNIT
    # The body named in the subject or just after the verb ("innebär för regionen").
    near = folded[: len(subject) + 30]
    if (
        words_in(near, organisation)
        or words_in(near, modifier("organisation"), whole=True)
        or names_a_body(near)
    ):
        return OWN
    fillers = modifier("subject_fillers")
    words = [w for w in re.findall(r"[a-zåäö]+", subject) if w not in fillers]
    if not words or rules_in(words[0]):
        return None  # "Underskottet för Måltidsenheten": a figure word names it
    qualifier = re.search(r"(?<!\w)för\s+(\S+)", subject)
    if qualifier is not None:
        return None if words_in(qualifier.group(1), modifier("period_words")) else PART
    if rules_in(subject) or words_in(subject, modifier("forecast")):
        return None
    return PART


def is_part(folded: str, organisation: tuple[str, ...]) -> bool:
    """Whether a sentence states a part's figure, not the organisation's:
    a sub-unit word ("delområdet"), a subject "för X" or a named subject
    ("Kultur och fritid har …") that is neither a figure word nor the body."""
    return whose(folded, organisation) in (SUB_UNIT, PART)


def names_a_body(text: str) -> bool:
    """Whether a word names a body ("Kommunstyrelsen", "Kulturnämndens"): any
    word ending in a body suffix of the vocabulary, genitive or not."""
    suffixes = load_vocabulary().body_suffixes
    return any(
        word.endswith(suffixes) or word.removesuffix("s").endswith(suffixes)
        for word in re.findall(r"[a-zåäö]+", text)
    )


def printed_label(text: str) -> str:
    """The label of a label line: its words before the first number."""
    match = _DIGITS.search(text)
    head = text[: match.start()] if match else text
    return head.strip(" :+-−–,").strip()


def left_out(clause: str, prefix: str, after: str) -> bool:
    """A figure its words say is not the report's own: a sub-unit's ("Ledningsstaben
    har …"), the value compared with, a target ("Avkastningsmål 3,5 %"), the effect on
    a figure ("belastar resultatet med"), a superseded forecast, a part ("30 mnkr utav
    årets investeringar")."""
    return (
        any(word in prefix for word in modifier("sub_unit"))
        or is_uncertain_comparison(clause)
        or _TARGET.search(clause) is not None
        or words_in(prefix, modifier("impact"))
        or words_in(prefix, modifier("superseded"))
        or words_in(after, modifier("share_of"), whole=True)
    )

"""Divider slides: the parts of a deck, whose slides are headings of one level."""

from __future__ import annotations

import re
from collections.abc import Sequence

from delar_extract.layout.objects import Heading
from delar_extract.model import SectionKind
from delar_extract.vocab import fold, load_vocabulary


def divider_kinds(
    headings: Sequence[Heading], kinds: Sequence[SectionKind], bodies: Sequence[str | None]
) -> list[SectionKind]:
    """Title kinds with the parts that divider slides open.

    In a deck every slide is a heading of one level, so no silent slide has a
    parent; a divider slide heads a part instead.  ``bodies`` is each heading's
    text, None when a table is among its content.  A title-only slide
    ("Uppföljning investeringar") heads the silent slides right after it
    ("Status upphandling"), up to the next titled one.  A slide whose title
    names a kind and whose body lists topics ("Tillgänglighet": "Väntetider",
    "Färdtjänst och kundnöjdhet") heads the silent slides of its part whose
    title opens with one of them ("Färdtjänst under sommaren").  Numbered
    headings have their tree.
    """
    result = list(kinds)
    for index, heading in enumerate(headings):
        if kinds[index] != SectionKind.OTHER or heading.number is not None:
            continue
        divider = _nearest_divider(headings, kinds, bodies, index)
        if divider is None:
            continue
        if bodies[divider] == "":
            if all(k == SectionKind.OTHER for k in kinds[divider + 1 : index]):
                result[index] = kinds[divider]
        elif _first_word(heading.title) in _topic_words(bodies[divider] or ""):
            result[index] = kinds[divider]
    return result


def _nearest_divider(
    headings: Sequence[Heading],
    kinds: Sequence[SectionKind],
    bodies: Sequence[str | None],
    index: int,
) -> int | None:
    """The divider before heading ``index`` among its unnumbered siblings."""
    for before in range(index - 1, -1, -1):
        if headings[before].level != headings[index].level or headings[before].number:
            return None
        body = bodies[before]
        if body == "" or (kinds[before] != SectionKind.OTHER and body and _topic_words(body)):
            return before
    return None


# A topic list is a few short lines of words: no figures, no sentences.
TOPICS_MAX = 8
TOPIC_WORDS_MAX = 8


def _topic_words(body: str) -> frozenset[str]:
    """The words of a body that is only a list of topics, else none."""
    topics = [p for p in body.split("\n\n") if p.strip()]
    if not 0 < len(topics) <= TOPICS_MAX or re.search(r"\d", body):
        return frozenset()
    if any(len(topic.split()) > TOPIC_WORDS_MAX for topic in topics):
        return frozenset()
    return frozenset(w for w in re.findall(r"\w+", fold(body)) if _is_topic_word(w))


def _first_word(title: str) -> str:
    words = re.findall(r"\w+", fold(re.sub(r"^\d+(\.\d+)*\s+", "", title)))
    return words[0] if words and _is_topic_word(words[0]) else ""


def _is_topic_word(word: str) -> bool:
    return len(word) >= 3 and not word.isdigit() and word not in load_vocabulary().conjunctions

"""Headings → sections: page ranges, body text and kind by vocabulary."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from delar_extract.layout.objects import Heading, LayoutDocument, Line
from delar_extract.model import Section, SectionKind
from delar_extract.sections.dividers import divider_kinds
from delar_extract.sections.paragraphs import lines_to_paragraphs
from delar_extract.vocab import first_match, fold, load_vocabulary, raw_vocabulary


def section_kind(title: str, subtitle: str | None = None) -> SectionKind:
    """Kind of a section from its heading words ("3 Driftredovisning" → driftredovisning).

    A summary of one topic ("Sammanfattning kollektivtrafiken") is about that
    topic, not a summary of the report; a silent title is explained by its
    subtitle ("Mål för sammanslagningen" / "Förbättrad tillgänglighet för …").
    """
    rules = load_vocabulary().section_kinds
    kind = first_match(title, rules)
    topic = summary_topic(title)
    if topic is not None:
        kind = first_match(topic, rules)
    if kind is None and subtitle:
        kind = first_match(subtitle, rules)
    return SectionKind(kind) if kind else SectionKind.OTHER


def summary_topic(title: str) -> str | None:
    """The topic a summary title names ("kollektivtrafiken"), None for the report's
    own summary ("Sammanfattning", "1.1 Sammanfattning", "Året i korthet")."""
    if first_match(title, load_vocabulary().section_kinds) != SectionKind.SAMMANFATTNING:
        return None
    topic = _without_words(title, _kind_words(SectionKind.SAMMANFATTNING))
    return topic if any(len(w) > 3 and not w.isdigit() for w in topic.split()) else None


def _kind_words(kind: SectionKind) -> tuple[str, ...]:
    return next(r.words for r in load_vocabulary().section_kinds if r.value == kind)


def _without_words(text: str, words: Sequence[str]) -> str:
    folded = fold(re.sub(r"^\d+(\.\d+)*\s+", "", text))
    for word in words:
        folded = folded.replace(word, " ")
    return " ".join(w.strip(".,:;–-()") for w in folded.split() if w.strip(".,:;–-()"))


def content_kind(text: str) -> SectionKind:
    """Kind a section's own text names, when it names one kind only.

    A slide titled "Principen i en ZON" whose text speaks of "medarbetare" is
    about personal; an agenda naming "Ekonomi" and "Personal" is about neither.
    Kinds whose words are common in any prose ("verksamheten") are not read
    from text (``in_text = false`` in the vocabulary).
    """
    folded = fold(text)
    kinds = {
        rule.value
        for rule in load_vocabulary().section_kinds
        if rule.value in _text_kinds() and any(w in folded for w in rule.words)
    }
    return SectionKind(kinds.pop()) if len(kinds) == 1 else SectionKind.OTHER


@lru_cache(maxsize=1)
def _text_kinds() -> frozenset[str]:
    items = raw_vocabulary()["section_kinds"]
    return frozenset(item["kind"] for item in items if item.get("in_text", True))


def outlook_title(title: str) -> bool:
    """Is the title about the world outside the organisation ("Regionala utsikter
    inför 2025", "Omvärldsanalys")?  Such a section's text names no kind of its own."""
    folded = fold(title)
    return any(word in folded for word in _outlook_words())


@lru_cache(maxsize=1)
def _outlook_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in raw_vocabulary()["outlook_words"])


# A heading and a goal title this similar (difflib ratio) name the same goal.
ITEM_MATCH = 0.9

# Kinds that name a part of a report only loosely; under a parent with a clear
# kind, a subsection with one of these belongs to its parent's kind
# ("Sammanfattning" inside the goal chapter is a summary of goals).
_WEAK_KINDS = {
    SectionKind.SAMMANFATTNING,
    SectionKind.VERKSAMHET,
    SectionKind.UTVECKLING,
    SectionKind.TILLGANGLIGHET,
    SectionKind.EKONOMI,
}
# A part that holds parts of every kind: its subsections keep the kind their
# titles name ("Viktiga förhållanden för resultat och ekonomisk ställning" in
# the förvaltningsberättelse is about ekonomi); only silent ones are its own.
_UMBRELLA_KINDS = {SectionKind.FORVALTNINGSBERATTELSE}


def inherit_kinds(
    levels_and_kinds: Sequence[tuple[int, SectionKind]],
    content: Sequence[SectionKind] | None = None,
) -> list[SectionKind]:
    """Each section's kind after inheritance from its nearest enclosing section.

    A section whose title is silent (``other``) takes its parent's kind, else
    the kind its own text names (``content``, one per section); a loose title
    kind under a parent with a clear kind takes the parent's.
    """
    stack: list[tuple[int, SectionKind]] = []
    result = []
    for index, (level, kind) in enumerate(levels_and_kinds):
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else SectionKind.OTHER
        if kind == SectionKind.OTHER:
            kind = parent
            if kind == SectionKind.OTHER and content is not None:
                kind = content[index]
        elif kind in _WEAK_KINDS and parent not in (
            SectionKind.OTHER,
            *_WEAK_KINDS,
            *_UMBRELLA_KINDS,
        ):
            kind = parent
        result.append(kind)
        stack.append((level, kind))
    return result


def _position(line_or_heading: Line | Heading) -> tuple[int, float]:
    return (line_or_heading.page, line_or_heading.box.top)


def _body_lines(layout: LayoutDocument, start: Heading, end: Heading | None) -> list[Line]:
    """Text lines after ``start`` and before ``end`` (reading order kept)."""
    begin = _position(start)
    stop = _position(end) if end else (10**9, 0.0)
    lines = []
    # Only the pages between the two headings can hold the section's lines.
    last_page = end.page if end else len(layout.pages)
    for page in layout.pages[start.page - 1 : last_page]:
        for line in page.lines:
            pos = _position(line)
            if begin < pos < stop and not _inside(line, start):
                lines.append(line)
    return lines


def _inside(line: Line, heading: Heading) -> bool:
    return line.page == heading.page and heading.box.contains_point(
        line.box.center_x, line.box.center_y, 0.5
    )


def _tables_between(layout: LayoutDocument, start: Heading, end: Heading | None) -> bool:
    """Does a table start after ``start`` and before ``end``?"""
    begin = _position(start)
    stop = _position(end) if end else (10**9, 0.0)
    return any(
        begin < (page, box.top) < stop
        for table in layout.tables
        for page, box in table.boxes.items()
    )


def _end_page(layout: LayoutDocument, start: Heading, end: Heading | None) -> int:
    """Last page the section runs on: the page before the next heading, or that page if
    the next heading sits below some of the section's content on it."""
    if end is None:
        return len(layout.pages)
    if end.page == start.page:
        return start.page
    page = layout.pages[end.page - 1]
    content_above = any(ln.box.bottom <= end.box.top for ln in page.lines) or any(
        t.boxes.get(end.page) is not None and t.boxes[end.page].bottom <= end.box.top
        for t in page.tables
    )
    return end.page if content_above else end.page - 1


def part_headings(headings: Sequence[Heading], item_titles: Collection[str]) -> list[Heading]:
    """The headings that open a part of the report.

    A heading inside the goal follow-up that titles a goal ("Mål 1. Trygga
    uppväxtvillkor" after "Uppföljning av regionmål") is the goal's, not a
    part of the report: it is left out.  A numbered or top-level heading, or
    one outside a part about goals, always opens a part, whatever the goal
    parser made of it.
    """
    items = [_squash(title) for title in item_titles]
    kept: list[Heading] = []
    for heading in headings:
        if (
            heading.number is None
            and heading.level > 1
            and _in_goal_part(kept, heading)
            and _names_item(_squash(heading.title), items)
        ):
            continue
        kept.append(heading)
    return kept


def _squash(text: str) -> str:
    # Spaces dropped: PDFs split words at ligatures ("infl ytande") and join lines.
    return "".join(fold(text).split())


def _names_item(title: str, items: Sequence[str]) -> bool:
    return any(
        title == item or SequenceMatcher(None, title, item, autojunk=False).ratio() >= ITEM_MATCH
        for item in items
    )


def _in_goal_part(kept: Sequence[Heading], heading: Heading) -> bool:
    """Is the last part opened at ``heading``'s level or above about goals?"""
    opener = next((h for h in reversed(kept) if h.level <= heading.level), None)
    return opener is not None and section_kind(opener.title) == SectionKind.MALUPPFYLLELSE


def headings_to_sections(layout: LayoutDocument, headings: Sequence[Heading]) -> list[Section]:
    """One section per heading, running to the next heading of any level."""
    texts = []
    for index, heading in enumerate(headings):
        following = headings[index + 1] if index + 1 < len(headings) else None
        texts.append("\n\n".join(lines_to_paragraphs(_body_lines(layout, heading, following))))
    # A summary of a named topic is about that topic whatever its text mentions;
    # an outlook's text speaks of the world outside, not of the report's parts.
    content = [
        SectionKind.OTHER if summary_topic(h.title) or outlook_title(h.title) else content_kind(t)
        for h, t in zip(headings, texts, strict=True)
    ]
    # A heading's body for the divider rule: None when a table is among it.
    bodies = [
        None
        if _tables_between(layout, h, headings[i + 1] if i + 1 < len(headings) else None)
        else t
        for i, (h, t) in enumerate(zip(headings, texts, strict=True))
    ]
    title_kinds = divider_kinds(
        headings, [section_kind(h.title, h.subtitle) for h in headings], bodies
    )
    kinds = inherit_kinds(
        [(h.level, k) for h, k in zip(headings, title_kinds, strict=True)], content
    )
    sections = []
    for index, heading in enumerate(headings):
        # The section runs over its subsections, to the next heading at its level or above.
        closing = next((h for h in headings[index + 1 :] if h.level <= heading.level), None)
        sections.append(
            Section(
                number=heading.number,
                title=heading.title,
                level=heading.level,
                kind=kinds[index],
                page_start=heading.page,
                page_end=max(heading.page, _end_page(layout, heading, closing)),
                text=texts[index],
            )
        )
    return sections

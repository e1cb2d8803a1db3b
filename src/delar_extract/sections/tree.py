"""Headings → sections: page ranges, body text and kind by vocabulary."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from delar_extract.layout.objects import Heading, LayoutDocument, Line
from delar_extract.model import Section, SectionKind
from delar_extract.sections.paragraphs import lines_to_paragraphs
from delar_extract.vocab import first_match, fold, load_vocabulary


def section_kind(title: str) -> SectionKind:
    """Kind of a section from its heading words ("3 Driftredovisning" → driftredovisning)."""
    kind = first_match(title, load_vocabulary().section_kinds)
    return SectionKind(kind) if kind else SectionKind.OTHER


# Kinds that name a part of a report only loosely; under a parent with a clear
# kind, a subsection with one of these belongs to its parent's kind
# ("Sammanfattning" inside the goal chapter is a summary of goals).
_WEAK_KINDS = {
    SectionKind.OTHER,
    SectionKind.SAMMANFATTNING,
    SectionKind.VERKSAMHET,
    SectionKind.UTVECKLING,
    SectionKind.TILLGANGLIGHET,
    SectionKind.EKONOMI,
}


def inherit_kinds(levels_and_kinds: Sequence[tuple[int, SectionKind]]) -> list[SectionKind]:
    """Each section's kind after inheritance from its nearest enclosing section."""
    stack: list[tuple[int, SectionKind]] = []
    result = []
    for level, kind in levels_and_kinds:
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else SectionKind.OTHER
        if kind in _WEAK_KINDS and parent not in (SectionKind.OTHER,) and kind != parent:
            kind = parent if parent not in _WEAK_KINDS or kind == SectionKind.OTHER else kind
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
    """The headings that open a part of the report: those that title an item of it
    (a goal, "Mål 1. Trygga uppväxtvillkor", read as a goal) are left out."""
    items = {fold(title) for title in item_titles}
    return [h for h in headings if h.number is not None or fold(h.title) not in items]


def headings_to_sections(layout: LayoutDocument, headings: Sequence[Heading]) -> list[Section]:
    """One section per heading, running to the next heading of any level."""
    kinds = inherit_kinds([(h.level, section_kind(h.title)) for h in headings])
    sections = []
    for index, heading in enumerate(headings):
        following = headings[index + 1] if index + 1 < len(headings) else None
        # The section runs over its subsections, to the next heading at its level or above.
        closing = next((h for h in headings[index + 1 :] if h.level <= heading.level), None)
        paragraphs = lines_to_paragraphs(_body_lines(layout, heading, following))
        sections.append(
            Section(
                number=heading.number,
                title=heading.title,
                level=heading.level,
                kind=kinds[index],
                page_start=heading.page,
                page_end=max(heading.page, _end_page(layout, heading, closing)),
                text="\n\n".join(paragraphs),
            )
        )
    return sections

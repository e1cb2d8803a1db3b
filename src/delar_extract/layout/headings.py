"""Headings from font size, weight and numbering.

The body size is the size most characters are set in.  A line is a heading
when it is set clearly larger than the body, or in bold at body size or larger
and carrying a section number ("2.2 God ekonomisk hushållning").  Levels come
from the numbering depth when there is one, else from the size rank among the
heading sizes, so the same rules work for Word, Stratsys and slide templates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import Heading, Line
from delar_extract.pdf.objects import Word
from delar_extract.vocab import first_match, load_vocabulary

_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$")
# Larger than the body by this factor makes a heading without any other sign.
SIZE_FACTOR = 1.12
MAX_HEADING_WORDS = 18
_BULLETS = "•●▪■–-*o"


def body_size(words: Sequence[Word], share: float = 0.0) -> float:
    """The font size most characters are set in; with ``share``, the largest size
    that carries at least that share of the characters (slides set their running
    text in several sizes, all of them body text)."""
    counts: Counter[float] = Counter()
    for w in words:
        counts[round(w.size, 1)] += len(w.text)
    if not counts:
        return 0.0
    if share:
        total = sum(counts.values())
        return max(
            size for size, n in counts.items() if n >= share * total or n == max(counts.values())
        )
    return counts.most_common(1)[0][0]


def section_words_in(text: str) -> bool:
    """Does ``text`` use the vocabulary of section headings?"""
    return first_match(text, load_vocabulary().section_kinds) is not None


def split_number(text: str) -> tuple[str | None, str]:
    """("2.2", "God ekonomisk hushållning") from "2.2 God ekonomisk hushållning"."""
    match = _NUMBERED.match(text.strip())
    if not match:
        return None, text.strip()
    number = match.group("number")
    # A lone year or a figure ("2025 års", "120 000 timmar") is not a section number.
    if "." not in number and int(number) > 30:
        return None, text.strip()
    return number, match.group("title").strip()


def is_heading_line(line: Line, body: float) -> bool:
    """Does ``line`` look like a heading in a document whose body size is ``body``?"""
    text = line.text.strip()
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or not any(c.isalpha() for c in text):
        return False
    if text.endswith((",", ";")) or text[0].islower() or text[0] in _BULLETS:
        return False
    if line.size >= body * SIZE_FACTOR:
        return True
    if not line.bold or line.size < body - 0.1:
        return False
    number, _ = split_number(text)
    # A bold line at body size is a heading when numbered, or when it names a
    # part of the report ("Uppdrag från fullmäktige till nämnd").
    return number is not None or (len(words) <= 8 and section_words_in(text))


def _continues(previous: Line | None, line: Line) -> bool:
    """A heading wrapped onto a second line: same size, right below, no number."""
    return (
        previous is not None
        and previous.page == line.page
        and abs(previous.size - line.size) < 0.2
        and 0 <= line.box.top - previous.box.bottom < line.size * 0.8
        and split_number(line.text)[0] is None
        and len(line.text.split()) <= MAX_HEADING_WORDS
    )


def _size_levels(groups: Sequence[tuple[str | None, float]]) -> dict[float, int]:
    """Level of each heading size: from numbered headings of that size, else one
    below the deepest numbered level set in a larger size."""
    numbered: dict[float, Counter[int]] = {}
    for number, size in groups:
        if number:
            numbered.setdefault(size, Counter())[number.count(".") + 1] += 1
    levels = {size: counts.most_common(1)[0][0] for size, counts in numbered.items()}
    for size in sorted({s for _, s in groups}, reverse=True):
        if size not in levels:
            larger = [lv for sz, lv in levels.items() if sz > size]
            levels[size] = max(larger) + 1 if larger else 1
    return levels


def lines_to_headings(
    lines: Sequence[Line], body: float, sizes: Sequence[float] | None = None
) -> list[Heading]:
    """Headings among ``lines`` (reading order), wrapped heading lines merged."""
    merged: list[list[Line]] = []
    previous_heading: Line | None = None
    for line in lines:
        if previous_heading is not None and _continues(previous_heading, line):
            merged[-1].append(line)
            previous_heading = line
            continue
        if is_heading_line(line, body):
            merged.append([line])
            previous_heading = line
        else:
            previous_heading = None
    texts = [(" ".join(ln.text for ln in group), group) for group in merged]
    levels = _size_levels([(split_number(t)[0], round(g[0].size, 1)) for t, g in texts])
    headings = []
    for text, group in texts:
        number, title = split_number(text)
        level = number.count(".") + 1 if number else levels[round(group[0].size, 1)]
        box = bounding_box(ln.box for ln in group)
        headings.append(Heading(number, title, level, group[0].page, box))
    return headings

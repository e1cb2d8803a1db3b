"""A page's running text as statements: sentences and lines that stand alone.

A paragraph of prose wraps its lines at the column edge; a slide or a box of
figures breaks them on purpose ("Marknadsvärde juli: 6 186 Mkr" / "Avkastning
juli: 1,9%").  A line is cut from the next where the next line's first word
would have fit on it: each such line is an item of its own, and a figure is
named and dated from its own item first.  An item without figures above the
figures of its paragraph ("Resultat ack juli:", "Jmf samma period 2023") is
their lead-in, and the nearest heading above them their title.  A lead-in
reaches on over the stand-alone lines of the next paragraphs (a producer that
spaces each line of a list as a paragraph), up to the next sentence of prose.
A heading's own line is no statement: "4.2 Medarbetare" numbers a section, it
counts nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from delar_extract.layout.hyphenation import join_lines
from delar_extract.layout.objects import Heading, LayoutPage, Line
from delar_extract.parsers.key_figures.vocabulary import modifier, words_in
from delar_extract.sections.paragraphs import line_groups
from delar_extract.vocab import fold

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
# A number that is no year and no date: what makes an item carry figures.
_FIGURE_DIGITS = re.compile(r"(?<![\d-])(?!(?:19|20)\d{2}(?![\d,]))\d+(?:[ ,]\d+)*(?![\d-])")
# A label line has at most this many words ("Tillgängliga medel för forskning +2 mnkr").
LABEL_WORDS = 12
# A line of at most this many words ending in ":" introduces the lines below it.
LEAD_IN_WORDS = 4


@dataclass(frozen=True)
class Statement:
    """One sentence or stand-alone line, with the text that frames it."""

    text: str
    leads: tuple[str, ...] = ()  # lead-in items above it, nearest first
    heading: str | None = None
    label: bool = False  # a short line without a verb: "Förstabesök: 59,5 %"
    before: tuple[str, ...] = field(default=(), compare=False)  # earlier statements, nearest first
    paragraph: int = field(default=0, compare=False)  # index of its paragraph on the page


def has_figures(text: str) -> bool:
    """Whether a text holds a number that is no year or date."""
    return _FIGURE_DIGITS.search(text) is not None


def is_label_line(text: str) -> bool:
    """A short line of a label and figures, no sentence: it takes its subject
    from its lead-in or heading when it names none itself."""
    folded = fold(text)
    return len(folded.split()) <= LABEL_WORDS and not words_in(
        folded, modifier("verbs"), whole=True
    )


def _wrapped(line: Line, following: Line, right: float) -> bool:
    """Whether ``following`` continues ``line`` because its first word did not fit."""
    text = line.text.rstrip()
    if text.endswith("-"):
        return True
    if text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS:
        return False  # a lead-in: "Resultat ack juli:"
    first = following.words[0]
    space = 0.3 * max(first.size, 1.0)
    return line.box.x1 + space + (first.box.x1 - first.box.x0) > right - 1.0


def _column_edge(lines: Sequence[Line], line: Line) -> float:
    """The right edge of the column a line starts in: the furthest any line
    starting at the same left edge reaches."""
    return max(ln.box.x1 for ln in lines if abs(ln.box.x0 - line.box.x0) <= 3.0)


def _items(group: Sequence[Line], lines: Sequence[Line]) -> list[list[Line]]:
    """A paragraph's lines cut where a line was broken on purpose."""
    right = max(_column_edge(lines, group[0]), *(line.box.x1 for line in group))
    items: list[list[Line]] = [[group[0]]]
    for line, following in itertools.pairwise(group):
        if _wrapped(line, following, right):
            items[-1].append(following)
        else:
            items.append([following])
    return items


def _heading_above(headings: Sequence[Heading], top: float) -> str | None:
    above = [h for h in headings if h.box.top <= top + 1.0]
    return above[-1].title if above else None


def _continues(last: Line | None, first: Line) -> bool:
    """Whether a paragraph goes on the list above it: the same left edge, and
    no more than two lines' height between them (not a table's next column)."""
    if last is None:
        return False
    height = max(first.box.height, 1.0)
    gap = first.box.top - last.box.bottom
    return abs(first.box.x0 - last.box.x0) <= 0.5 * height and -0.5 * height <= gap <= 2 * height


def _in_heading(line: Line, headings: Sequence[Heading]) -> bool:
    """Whether a line prints a heading (its middle lies in the heading's box)."""
    x, y = line.box.center_x, line.box.center_y
    return any(h.box.contains_point(x, y, slack=1.0) for h in headings)


def page_statements(page: LayoutPage, headings: Sequence[Heading]) -> list[Statement]:
    """The statements of a page in reading order."""
    number = page.content.number
    own = sorted((h for h in headings if h.page == number), key=lambda h: h.box.top)
    statements: list[Statement] = []
    before: list[str] = []
    carried: list[str] = []  # lead-ins still open after a paragraph of stand-alone lines
    last: Line | None = None  # the last line of the paragraph before
    for index, group in enumerate(line_groups(page.lines)):
        lines = [line for line in group if not _in_heading(line, own)]
        if len(lines) < len(group):
            carried = []  # a heading closes the lead-ins above it
        if not lines:
            continue
        # Lead-ins above a list reach its stand-alone lines, not a sentence of prose.
        above = list(carried) if _continues(last, lines[0]) else []
        last = lines[-1]
        leads: list[str] = []  # this paragraph's own lead-ins, nearest first
        prose = False
        for item in _items(lines, page.lines):
            text = join_lines([line.text for line in item])
            if not has_figures(text):
                leads.insert(0, text)
                before.insert(0, text)
                continue
            heading = _heading_above(own, item[0].box.top)
            label = is_label_line(text)
            prose = prose or not label
            framing = tuple(leads + above) if label else tuple(leads)
            for sentence in SENTENCE_END.split(text):
                sentence = sentence.strip()
                if sentence:
                    statements.append(
                        Statement(sentence, framing, heading, label, tuple(before), index)
                    )
                    before.insert(0, sentence)
        carried = [] if prose else leads + above
    return statements

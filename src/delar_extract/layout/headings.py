"""One definition of "heading": a line set apart from the document's running text.

The running text is measured once per document (:class:`TextStyle`: the size
and colour most of the prose is set in).  A line is a heading candidate when,
against that style, it is set clearly larger, or bold and a little larger, or
bold at body size and carrying a section number ("2.2 God ekonomisk
hushållning").  Bold body-size lines without a number are run-in subheadings
and chart or table captions ("Bedömning av mål", "Antal anställda"), not the
report's parts.

Candidates then become headings, so that the same rules serve Word,
Stratsys-style and slide templates:

- a title wrapped over two lines is one heading;
- a style whose every line sits right under the larger title that opens its
  page is a subtitle (a slide's organisation name under its title), not a
  heading level;
- on a deck of slides, the title that opens each slide is a level 1 heading
  whatever its size (dashboard slides shrink the title to make room);
- levels come from the numbering depth when there is one, else from the size
  rank among the heading sizes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import Heading, Line
from delar_extract.pdf.objects import Word
from delar_extract.vocab import first_match, load_vocabulary

_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$")
# Larger than the body by this factor makes a heading without any other sign.
SIZE_FACTOR = 1.12
# A line this much (points) larger than the body text stands out from it.
HEADING_SIZE_STEP = 0.4
# Bold and larger than the body by this factor makes a heading: a step of half
# a point at 9.5 pt, and still above the body when OCR measures sizes coarsely.
BOLD_SIZE_FACTOR = 1.025
MAX_HEADING_WORDS = 18
_BULLETS = "•●▪■–-*o"
# A wrapped heading's next line starts within this share of its size below.
WRAP_GAP = 0.8
# A subtitle sits within this many of its own line heights under its title.
SUBTITLE_GAP = 2.5
# A slide's title starts within this share of the page height from the top.
SLIDE_TITLE_ZONE = 0.15
# Share of the content pages that must open with a title for a deck of slides.
DECK_SHARE = 0.6


@dataclass(frozen=True)
class TextStyle:
    """How the running text of a document looks, so headings can be told from it."""

    size: float
    color: str | None

    def stands_out(self, line: Line) -> bool:
        """Bold, larger or coloured unlike the running text."""
        colors = {w.color for w in line.words}
        return (
            line.bold
            or line.size > self.size + HEADING_SIZE_STEP
            or (self.color is not None and self.color not in colors)
        )

    def is_larger(self, line: Line) -> bool:
        """Set a step larger than the running text."""
        return line.size > self.size + HEADING_SIZE_STEP


def document_style(lines: Sequence[Line], body: float) -> TextStyle:
    """Size ``body`` and the colour of most of the running text among ``lines``."""
    colors: Counter[str | None] = Counter()
    for line in lines:
        if abs(line.size - body) < 0.3 and not line.bold:
            for word in line.words:
                colors[word.color] += len(word.text)
    color = colors.most_common(1)[0][0] if colors else None
    return TextStyle(body, color)


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
    """Is ``line`` a heading candidate in a document whose body size is ``body``?"""
    text = line.text.strip()
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or not any(c.isalpha() for c in text):
        return False
    if text.endswith((",", ";")) or text[0].islower() or text[0] in _BULLETS:
        return False
    if line.size >= body * SIZE_FACTOR:
        return True
    if not line.bold:
        return False
    if line.size >= body * BOLD_SIZE_FACTOR:
        return True
    # Bold at body size: a heading only when it carries a section number.
    return line.size >= body - 0.1 and split_number(text)[0] is not None


def is_caption_line(line: Line, body: float) -> bool:
    """A bold body-size line that names a part of the report ("Resultaträkning",
    "Bedömning av måluppfyllelse"): a table's or chart's title, not a heading,
    but never a row of the table below it either."""
    text = line.text.strip()
    return (
        line.bold
        and line.size >= body - 0.1
        and 0 < len(text.split()) <= 8
        and first_match(text, load_vocabulary().section_kinds) is not None
    )


def _color(line: Line) -> str | None:
    weights: Counter[str | None] = Counter()
    for w in line.words:
        weights[w.color] += len(w.text)
    return weights.most_common(1)[0][0] if weights else None


def _continues(previous: Line, line: Line) -> bool:
    """A heading wrapped onto a next line: same size and weight, right below, no number."""
    return (
        previous.page == line.page
        and abs(previous.size - line.size) < 0.2
        and previous.bold == line.bold
        and 0 <= line.box.top - previous.box.bottom < line.size * WRAP_GAP
        and split_number(line.text)[0] is None
        and len(line.text.split()) <= MAX_HEADING_WORDS
    )


@dataclass
class _Group:
    """One heading's lines, and the line read just before it (None at a page top)."""

    lines: list[Line]
    before: Line | None
    subtitle: str | None = None

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def size(self) -> float:
        return round(self.first.size, 1)

    @property
    def style(self) -> tuple[float, bool, str | None]:
        return (self.size, self.first.bold, _color(self.first))

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines)


def _candidate_groups(lines: Sequence[Line], body: float) -> list[_Group]:
    """Heading candidates among ``lines`` (reading order), wrapped lines merged."""
    groups: list[_Group] = []
    previous: Line | None = None
    open_group: _Group | None = None
    for line in lines:
        if open_group is not None and _continues(open_group.lines[-1], line):
            open_group.lines.append(line)
        elif is_heading_line(line, body):
            before = previous if previous is not None and previous.page == line.page else None
            open_group = _Group([line], before)
            groups.append(open_group)
        else:
            open_group = None
        previous = line
    return groups


def _page_titles(
    groups: Sequence[_Group], page_sizes: Mapping[int, tuple[float, float]]
) -> set[int]:
    """Ids of the groups that open their page: the page's first heading, set in
    its top band (a logo line or a date above it does not matter)."""
    titles: set[int] = set()
    opened: set[int] = set()
    for group in groups:
        page = group.first.page
        if page in opened:
            continue
        opened.add(page)
        height = page_sizes.get(page, (0.0, 0.0))[1]
        if group.before is None or group.first.box.top < SLIDE_TITLE_ZONE * height:
            titles.add(id(group))
    return titles


def _under_page_title(group: _Group, ends: Mapping[int, _Group], titles: set[int]) -> bool:
    """Does ``group`` sit right under the larger title that opens its page,
    nothing between them?"""
    above = ends.get(id(group.before)) if group.before is not None else None
    if above is None or id(above) not in titles or above.size <= group.size:
        return False
    gap = group.first.box.top - above.lines[-1].box.bottom
    return -1 <= gap < SUBTITLE_GAP * group.first.size


def _drop_subtitles(groups: list[_Group], titles: set[int]) -> list[_Group]:
    """Groups of a style that only ever appears as a page title's subtitle are no
    headings; each is kept as the subtitle of the title above it."""
    ends = {id(g.lines[-1]): g for g in groups}
    seen: Counter[tuple[float, bool, str | None]] = Counter()
    under: Counter[tuple[float, bool, str | None]] = Counter()
    for group in groups:
        seen[group.style] += 1
        under[group.style] += _under_page_title(group, ends, titles)
    styles = {style for style, n in seen.items() if n >= 2 and under[style] == n}
    kept = []
    for group in groups:
        # A section number marks a part of the report, whatever its style.
        if group.style not in styles or split_number(group.text)[0] is not None:
            kept.append(group)
        elif group.before is not None and id(group.before) in ends:
            ends[id(group.before)].subtitle = group.text
    return kept


def _slide_titles(
    groups: Sequence[_Group], titles: set[int], page_sizes: Mapping[int, tuple[float, float]]
) -> set[int]:
    """The page titles, when the document is a deck of slides: landscape pages
    most of which open with a title."""
    landscape = {page for page, (width, height) in page_sizes.items() if width > height}
    slides = {id(g) for g in groups if id(g) in titles and g.first.page in landscape}
    return slides if page_sizes and len(slides) >= DECK_SHARE * len(page_sizes) else set()


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
    lines: Sequence[Line],
    body: float,
    page_sizes: Mapping[int, tuple[float, float]] | None = None,
) -> list[Heading]:
    """Headings among ``lines`` (reading order, page furniture removed).

    ``page_sizes`` (page → width, height of the pages ``lines`` come from)
    lets the titles of a deck of slides be told apart.
    """
    candidates = _candidate_groups(lines, body)
    titles = _page_titles(candidates, page_sizes or {})
    groups = _drop_subtitles(candidates, titles)
    slide_titles = _slide_titles(groups, titles, page_sizes or {})
    ranked = [g for g in groups if id(g) not in slide_titles]
    levels = _size_levels([(split_number(g.text)[0], g.size) for g in ranked])
    headings = []
    for group in groups:
        number, title = split_number(group.text)
        if id(group) in slide_titles:
            level = 1
        elif number:
            level = number.count(".") + 1
        else:
            level = levels[group.size] + (1 if slide_titles else 0)
        box = bounding_box(ln.box for ln in group.lines)
        headings.append(Heading(number, title, level, group.first.page, box, group.subtitle))
    return headings

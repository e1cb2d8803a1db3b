"""Lines of prose (a cell, an "Analys" block) → text with its structure kept.

Paragraphs are told apart by a line gap wider than the block's usual line
pitch and are separated by a blank line; bullet items ("•", "o", "–") stay one
per line; wrapped lines are joined with line-end hyphenation undone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from statistics import median

from delar_extract.layout.hyphenation import join_lines
from delar_extract.layout.objects import Line

BULLETS = ("•", "o ", "–", "- ", "▪", "■", "*", "◦", "·")
# A pitch this much wider than the usual one starts a paragraph.
PARAGRAPH_PITCH = 1.15
SENTENCE_END = ".!?:"
# "e-", "K-": a one-letter prefix whose hyphen belongs to the word.
_SHORT_PREFIX = re.compile(r"(?<!\w)\w-$")
DASHES = ("–", "- ")


def is_bullet(text: str) -> bool:
    return text.lstrip().startswith(BULLETS)


def usual_pitch(lines: Sequence[Line], tightest: bool = False) -> float | None:
    """Median distance between the tops of consecutive lines on one page; with
    ``tightest``, the smallest (in a list of short items most pitches are gaps)."""
    pitches = [
        b.box.top - a.box.top
        for a, b in pairwise(lines)
        if a.page == b.page and b.box.top - a.box.top > 1.0
    ]
    if not pitches:
        return None
    return min(pitches) if tightest else median(pitches)


def broke_early(previous: Line, line: Line, right: float) -> bool:
    """Did the text break after ``previous`` by itself?  Yes when the first word of
    ``line`` would have fitted at the end of ``previous`` (before ``right``)."""
    first = line.words[0] if line.words else None
    if first is None:
        return False
    space = 0.3 * max(first.size, 1.0)
    return previous.box.x1 + space + first.box.width < right - 1.0


def _is_item_start(previous: Line, line: Line, right: float) -> bool:
    """A bullet starts an item; a dash does only where the line before broke early
    (else it is a dash inside the sentence, wrapped to the next line)."""
    text = line.text.lstrip()
    if not is_bullet(text):
        return False
    return not text.startswith(DASHES) or broke_early(previous, line, right)


def lines_to_blocks(lines: Sequence[Line]) -> list[list[list[Line]]]:
    """Paragraph blocks, each a list of items (a paragraph is one item, a bullet
    list one item per bullet, a hard line break ends an item), each item its lines."""
    pitch = usual_pitch(lines)
    right = max((ln.box.x1 for ln in lines), default=0.0)
    blocks: list[list[list[Line]]] = []
    previous: Line | None = None
    for line in lines:
        same_page = previous is not None and line.page == previous.page
        gap = (
            previous is not None
            and pitch is not None
            and same_page
            and line.box.top - previous.box.top > pitch * PARAGRAPH_PITCH
        )
        ends = previous is not None and previous.text.rstrip()[-1:] in SENTENCE_END
        broke = ends and previous is not None and broke_early(previous, line, right)
        if previous is None or gap or (broke and not same_page):
            blocks.append([[line]])
        elif (
            broke
            or _is_item_start(previous, line, right)
            or (is_bullet(blocks[-1][-1][0].text) and line.box.x0 < blocks[-1][-1][0].box.x0 - 2)
        ):
            blocks[-1].append([line])
        else:
            blocks[-1][-1].append(line)
        previous = line
    return blocks


def lines_to_text(lines: Sequence[Line]) -> str | None:
    """Text of ``lines`` with paragraphs ("\\n\\n") and bullet items ("\\n") kept."""
    blocks = lines_to_blocks(lines)
    text = "\n\n".join(
        "\n".join(join_wrapped([ln.text for ln in item]) for item in block) for block in blocks
    )
    return text.strip() or None


def join_wrapped(texts: Sequence[str]) -> str:
    """Wrapped lines joined; a break after "/" or after a one-letter prefix
    ("e-" + "handel") is no hyphenation and gets no space."""
    text = ""
    for line in texts:
        line = line.strip()
        if text.endswith("/") or _SHORT_PREFIX.search(text):
            text += line
        else:
            text = join_lines([text, line]) if text else line
    return text


def join_text(lines: Sequence[Line]) -> str:
    """One string from wrapped lines (a title, a name)."""
    return join_wrapped([ln.text for ln in lines]).strip()

"""Lines of running text → paragraphs, with line-end hyphenation undone."""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.hyphenation import join_lines
from delar_extract.layout.objects import Line

# A vertical gap larger than this share of the line height starts a paragraph.
PARAGRAPH_GAP = 0.7
_BULLETS = ("•", "o ", "–", "-", "▪", "■", "●", "*")


def _starts_paragraph(previous: Line, line: Line) -> bool:
    if line.page != previous.page:
        return False
    gap = line.box.top - previous.box.bottom
    if gap > PARAGRAPH_GAP * max(line.box.height, 1.0) or gap < -2:
        return True
    if abs(line.box.x0 - previous.box.x0) > 40 and line.box.top > previous.box.top:
        return True
    return line.text.lstrip().startswith(_BULLETS)


def line_groups(lines: Sequence[Line]) -> list[list[Line]]:
    """Consecutive lines grouped into paragraphs (the lines themselves)."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not _starts_paragraph(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def lines_to_paragraphs(lines: Sequence[Line]) -> list[str]:
    """Group consecutive lines into paragraphs and join each into one string."""
    return [join_lines([ln.text for ln in group]) for group in line_groups(lines)]

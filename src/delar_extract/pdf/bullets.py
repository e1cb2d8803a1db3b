"""List bullets drawn as small vector shapes, read as the bullet character.

A browser prints a list's disc or square markers as small filled paths in the
text colour (Chromium's Skia), where WeasyPrint and Word print a "•" glyph.
Left as shapes, they look like status marks (a dark dot before a line); read as
text, the page says what the other producers' pages say. A shape counts as a
bullet only when it is a small near-square dot in exactly the colour of the
line's first word, centred on that word's line and just left of it.
"""

from __future__ import annotations

from dataclasses import replace

from delar_extract.pdf.objects import Box, PageContent, Rect, Shape, Word

BULLET = "\u2022"
# A bullet's side relative to the font size of its line's text.
MIN_SIDE_EM = 0.15
MAX_SIDE_EM = 0.6
# Width and height of a dot differ at most this much (ratio).
MAX_ASPECT = 1.3
# The text starts at most this far (in em) right of the bullet.
MAX_GAP_EM = 1.5


def _first_word_after(dot: Box, words: tuple[Word, ...]) -> int | None:
    """Index of the word that starts a line just right of ``dot``, or None."""
    centre = (dot.top + dot.bottom) / 2
    best: int | None = None
    for index, word in enumerate(words):
        if not word.box.top <= centre <= word.box.bottom or word.box.x1 <= dot.x1:
            continue
        if word.box.x0 < dot.x1:
            return None  # text runs over the dot: not a marker before a line
        if best is None or word.box.x0 < words[best].box.x0:
            best = index
    return best


def _bullet(dot: Box, color: str | None, words: tuple[Word, ...]) -> tuple[int, Word] | None:
    """The bullet word ``dot`` stands for and the index of the word it precedes."""
    width, height = dot.x1 - dot.x0, dot.bottom - dot.top
    if width <= 0 or height <= 0 or max(width, height) > MAX_ASPECT * min(width, height):
        return None
    index = _first_word_after(dot, words)
    if index is None:
        return None
    word = words[index]
    side = max(width, height)
    if color is None or word.color != color or word.confidence is not None:
        return None
    if not MIN_SIDE_EM * word.size <= side <= MAX_SIDE_EM * word.size:
        return None
    if word.box.x0 - dot.x1 > MAX_GAP_EM * word.size:
        return None
    box = Box(dot.x0, word.box.top, dot.x1, word.box.bottom)
    return index, replace(word, text=BULLET, box=box, bold=False)


def bullets_as_text(content: PageContent) -> PageContent:
    """``content`` with drawn list bullets turned into "•" words before their text."""
    words = content.words
    found: list[tuple[int, Word]] = []
    kept_shapes: list[Shape] = []
    kept_rects: list[Rect] = []
    for shape in content.shapes:
        hit = _bullet(shape.box, shape.fill, words) if shape.stroke is None else None
        if hit is None:
            kept_shapes.append(shape)
        else:
            found.append(hit)
    for rect in content.rects:
        hit = _bullet(rect.box, rect.fill, words) if rect.stroke is None else None
        if hit is None:
            kept_rects.append(rect)
        else:
            found.append(hit)
    if not found:
        return content
    # Each bullet goes in front of its word, so the content order reads "• text".
    before: dict[int, list[Word]] = {}
    for index, bullet in found:
        before.setdefault(index, []).append(bullet)
    merged: list[Word] = []
    for index, word in enumerate(words):
        merged.extend(before.get(index, ()))
        merged.append(word)
    return replace(content, words=tuple(merged), shapes=tuple(kept_shapes), rects=tuple(kept_rects))

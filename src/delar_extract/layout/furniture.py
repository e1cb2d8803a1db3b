"""Running headers and footers, found by repetition across pages.

A line near the top or bottom edge whose text (digits masked, so "Sida 3 av
27" and "Sida 4 av 27" agree) recurs on many pages is page furniture, not
content.  A page number alone at the edge is furniture too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from delar_extract.layout.objects import Line

# Share of the page height, from the top and from the bottom, where furniture lives.
EDGE_ZONE = 0.1
# Share of pages a line must recur on to count as running text.
MIN_SHARE = 0.3

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(sida\s*)?\d{1,4}(\s*(av|/|\()\s*\d{1,4}\)?)?$", re.IGNORECASE)


def _key(line: Line) -> str:
    return _DIGITS.sub("#", line.text.strip().lower())


def _in_edge(line: Line, height: float) -> bool:
    return line.box.bottom <= height * EDGE_ZONE or line.box.top >= height * (1 - EDGE_ZONE)


def find_furniture_keys(
    pages: Sequence[tuple[float, Sequence[Line]]], body_size: float = 0.0
) -> set[str]:
    """Keys of lines that recur near the page edges on enough pages.

    Lines set larger than the body text are titles (a deck repeats the slide
    title "Aktiviteter" on six slides), not running headers."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for height, lines in pages:
        counts.update(
            {
                _key(ln)
                for ln in lines
                if _in_edge(ln, height) and (not body_size or ln.size < body_size * 1.12)
            }
        )
    needed = max(2, round(MIN_SHARE * len(pages)))
    return {key for key, n in counts.items() if n >= needed}


def is_furniture(line: Line, height: float, keys: set[str]) -> bool:
    """True when ``line`` is a running header, footer or bare page number."""
    if not _in_edge(line, height):
        return False
    return _key(line) in keys or bool(_PAGE_NUMBER.match(line.text.strip()))

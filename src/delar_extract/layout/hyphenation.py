"""Join words broken at a line end, keep hyphens that belong to the word.

"ut-" + "veckling" → "utveckling", but "IT-" + "arbetsplatsen" stays
"IT-arbetsplatsen" (an abbreviation before the hyphen is a compound), and
"hälso-" + "och" stays "hälso- och" (a suspended compound).
"""

from __future__ import annotations

import re

from delar_extract.vocab import load_vocabulary

_TRAILING = re.compile(r"(\S*?)(\w+)-$")


def join_hyphenated(first: str, second: str) -> str:
    """Join two consecutive lines of prose, undoing a line-end hyphenation break."""
    first, second = first.rstrip(), second.lstrip()
    if not first:
        return second
    if not second:
        return first
    match = _TRAILING.search(first)
    if not match or first.endswith("--"):
        return f"{first} {second}"
    stem = match.group(2)
    next_word = second.split(" ", 1)[0].strip(",.;:").lower()
    keep = (
        stem.isupper()
        or any(ch.isdigit() for ch in stem)
        or second[:1].isupper()
        or second[:1].isdigit()
        or next_word in load_vocabulary().conjunctions
    )
    if keep:
        joiner = " " if next_word in load_vocabulary().conjunctions else ""
        return f"{first}{joiner}{second}"
    return f"{first[:-1]}{second}"


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines of one paragraph into one string."""
    text = ""
    for line in lines:
        text = join_hyphenated(text, line) if text else line.strip()
    return text

"""Join words broken at a line end, keep hyphens that belong to the word.

"ut-" + "veckling" → "utveckling", but "IT-" + "arbetsplatsen" stays
"IT-arbetsplatsen" (an abbreviation before the hyphen is a compound), and
"hälso-" + "och" stays "hälso- och" (a suspended compound).
"""

from __future__ import annotations

from delar_extract.vocab import load_vocabulary


def _stem_before_hyphen(text: str) -> str:
    """The letters just before a final hyphen ("ut" of "… ut-"); "" if none.

    A scan from the end rather than a regex: a line of garbage without spaces
    (broken fonts) would make a regex backtrack quadratically."""
    if not text.endswith("-") or text.endswith("--"):
        return ""
    end = len(text) - 1
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def join_hyphenated(first: str, second: str) -> str:
    """Join two consecutive lines of prose, undoing a line-end hyphenation break."""
    first, second = first.rstrip(), second.lstrip()
    if not first:
        return second
    if not second:
        return first
    stem = _stem_before_hyphen(first)
    if not stem:
        return f"{first} {second}"
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


def join_cell_lines(lines: list[str]) -> str:
    """Join the wrapped lines of a table cell.

    A cell is narrow and its producer breaks lines at a hyphen it printed
    ("e-" / "handel", "AI-" / "förordningens"), seldom by hyphenating: the
    hyphen is kept and no space put after it, except before a conjunction
    ("hälso- och").  A line that ends in a slash ("projekt/" / "program") is
    glued the same way."""
    text = ""
    for line in lines:
        line = line.strip()
        if not text or not line:
            text = text or line
            continue
        next_word = line.split(" ", 1)[0].strip(",.;:").lower()
        glued = (
            bool(_stem_before_hyphen(text)) or (text.endswith("/") and text[-2:-1].isalnum())
        ) and next_word not in load_vocabulary().conjunctions
        text = f"{text}{line}" if glued else f"{text} {line}"
    return text

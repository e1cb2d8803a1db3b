"""Swedish printed numbers → floats.

"1 037", "-2 100", "−53" (U+2212), "4,68", "+34 mnkr", "0,4 mnkr", "3,5 %",
"- 100 mkr": a space (ordinary, no-break or thin) groups thousands, a comma is
the decimal mark, and the sign may be any dash.  A cell that is empty or a
lone dash is no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from delar_extract.vocab import fold, load_vocabulary

_SPACES = "\u0020\u00a0\u2007\u2009\u202f"
_MINUS = "\u2212\u2013\u2012\u2010-"  # the ASCII hyphen last: literal in a class
# sign, then digits grouped by single spaces in threes, then an optional decimal part.
_NUMBER = re.compile(
    rf"^(?P<sign>[+{_MINUS}])?[{_SPACES}]*"
    rf"(?P<int>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+|\d+)"
    rf"(?:[,.](?P<frac>\d+))?$"
)
_TRAILING_UNIT = re.compile(r"^(?P<num>.*?\d)\s*(?P<unit>[%a-zåäöA-ZÅÄÖ][\w ./]*)?$")


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    unit: str | None


def parse_number(text: str) -> float | None:
    """Parse a bare Swedish number ("1 037", "−53", "4,68"); None when ``text`` is not one."""
    cleaned = text.strip().strip("()")
    match = _NUMBER.match(cleaned)
    if not match:
        return None
    digits = re.sub(rf"[{_SPACES}]", "", match.group("int"))
    frac = match.group("frac")
    value = float(f"{digits}.{frac}") if frac else float(digits)
    if match.group("sign") and match.group("sign") != "+":
        value = -value
    return value


def unit_of(text: str) -> str | None:
    """The unit a printed word or caption names ("miljoner kronor" → "mnkr").

    Unit words match whole words only: "st" is a unit, "Stockholm" is not."""
    folded = fold(text)
    for rule in load_vocabulary().units:
        for word in rule.words:
            pattern = rf"(?<!\w){re.escape(word)}(?!\w)" if word[-1].isalnum() else re.escape(word)
            if re.search(pattern, folded):
                return rule.value
    return None


def parse_quantity(text: str) -> ParsedNumber | None:
    """Parse a number with an optional unit ("+34 mnkr", "3,5 %", "74,6 %")."""
    stripped = " ".join(text.split())
    if not stripped:
        return None
    value = parse_number(stripped)
    if value is not None:
        return ParsedNumber(value, None)
    match = _TRAILING_UNIT.match(stripped)
    if not match or not match.group("unit"):
        return None
    value = parse_number(match.group("num"))
    if value is None:
        return None
    unit = unit_of(match.group("unit"))
    if unit is None and fold(match.group("unit")) not in {"st"}:
        return None
    return ParsedNumber(value, unit or "st")


def parse_cell(text: str) -> float | None:
    """Value of a table cell: a number with or without unit; None for empty, "-", words."""
    parsed = parse_quantity(text)
    return parsed.value if parsed else None


def split_figures(text: str) -> list[str]:
    """Printed figures in ``text`` as the number grammar reads them: a sign
    starts a new figure, a group of exactly three digits continues the one
    before ("1 037"), anything else starts a new one ("−265 −287 −277" → three).
    Returns [] when some token is no figure."""
    spans: list[list[int]] = []  # [start, end] of each figure in ``text``
    for match in re.finditer(r"\S+", text):
        token = match.group(0)
        previous = text[spans[-1][0] : spans[-1][1]] if spans else ""
        continues = previous and len(token) == 3 and token.isdigit() and "%" not in previous
        if continues:
            spans[-1][1] = match.end()
        elif parse_quantity(token) is not None:
            spans.append([match.start(), match.end()])
        else:
            return []
    figures = [text[a:b] for a, b in spans]
    return figures if all(parse_cell(f) is not None for f in figures) else []

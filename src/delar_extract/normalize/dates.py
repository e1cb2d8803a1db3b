"""Swedish printed dates and periods → ISO dates."""

from __future__ import annotations

import calendar
import re
from datetime import date

from delar_extract.vocab import fold, load_vocabulary

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})\b")
_MONTH_YEAR = re.compile(r"\b([a-zåäö]+)\.?\s+(\d{4})\b")
# A year is a word of its own: not glued to a code ("H.R.1904", "SFS 2019:123",
# "Dnr 2019/0042") and not the number of a numbered reference ("nr 2019", "§ 2019").
_YEAR = re.compile(r"(?<![\w.§#/:-])(19\d{2}|20\d{2})(?![\w§]|[:/.,]\d)")
_NUMBER_MARK = re.compile(r"(?:\b(?:nr|no|nummer|dnr|diarienummer)\.?|§|#)\s*$", re.IGNORECASE)


def month_number(word: str) -> int | None:
    """Swedish month name or abbreviation → 1..12."""
    return load_vocabulary().months.get(fold(word).rstrip("."))


def parse_date(text: str) -> date | None:
    """The first date in ``text``: "2025-12-31", "31 december 2025", or "december 2025"
    (the month's last day, as a deadline means)."""
    folded = fold(text)
    match = _ISO.search(folded)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    match = _DMY.search(folded)
    if match and month_number(match.group(2)):
        try:
            return date(int(match.group(3)), month_number(match.group(2)) or 1, int(match.group(1)))
        except ValueError:
            return None
    for match in _MONTH_YEAR.finditer(folded):
        month = month_number(match.group(1))
        if month:
            year = int(match.group(2))
            return date(year, month, calendar.monthrange(year, month)[1])
    return None


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def find_year(text: str) -> int | None:
    """The first plausible year (1900..2099) in ``text`` that stands as a year."""
    for match in _YEAR.finditer(text):
        if not _NUMBER_MARK.search(text[: match.start()]):
            return int(match.group(1))
    return None

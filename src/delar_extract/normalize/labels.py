"""Keys for printed labels, so the same budget line or indicator lines up across reports.

A row label is printed "2 Hälso- och sjukvårdsförvaltningen" one year and
"Hälso- och sjukvårdsförvaltningen¹" the next; "Verksamhetens Nettokostnader"
in one table and "Verksamhetens nettokostnader" in another.  :func:`label_key`
maps them to one key.  It is a pure function, and deliberately conservative:
it never drops words, only numbering, bullets, footnote marks, case and spacing.
"""

from __future__ import annotations

import re
import unicodedata

# "1 Regionförvaltningen", "2.3 Ekonomi", "1. Mål", "a) Hyror": numbering before a
# label.  A bare number followed by a lower-case word ("12 mån") is content, not
# numbering, so the bare form needs an upper-case letter after it.
_NUMBERING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zA-Z][.)]\s+|\d{1,2}(?:\.\d{1,2})*\s+(?=[A-ZÅÄÖ]))"
)
# Bullets and dashes that mark a sub-row ("-svenska aktier", "• Hyror").
_BULLET = re.compile(r"^[-–—−•·*]+\s*(?=\D)")
# Footnote marks at the end: superscript digits, asterisks, daggers.
_FOOTNOTE = re.compile(r"[\s*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-"})


def label_key(label: str | None) -> str | None:
    """A normalised key of a printed label: NFC, casefolded, numbering, bullets and
    footnote marks stripped, dashes unified, whitespace collapsed.

    >>> label_key("2 Hälso- och sjukvårdsförvaltningen¹")
    'hälso- och sjukvårdsförvaltningen'
    >>> label_key("-svenska  aktier")
    'svenska aktier'
    >>> label_key("12 mån")
    '12 mån'

    Returns None for None, and for a label with nothing left after stripping.
    """
    if label is None:
        return None
    text = unicodedata.normalize("NFC", label).translate(_DASHES)
    text = " ".join(text.split())
    previous = None
    while text != previous:  # "1 - Hyror": numbering, then a bullet
        previous = text
        text = _NUMBERING.sub("", _BULLET.sub("", text))
    text = _FOOTNOTE.sub("", text)
    text = unicodedata.normalize("NFC", " ".join(text.casefold().split()))
    return text or None

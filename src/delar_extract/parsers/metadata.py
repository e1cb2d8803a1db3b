"""Document metadata from the title page, running headers and headings.

The title is the largest text on the first page.  The report type comes from
title words ("Delårsrapport", "Årsrapport", "Kommundirektörens månadsrapport"),
else from the first pages; a landscape deck with no such word is a
presentation.  The period follows from the type: a delårsrapport "per augusti
2025" covers January to August, a månadsrapport "juli 2024" covers July.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.model import Document, Period, ReportType
from delar_extract.normalize.dates import find_year, month_end, month_number
from delar_extract.parsers.organisation import find_body, find_organisation
from delar_extract.vocab import first_match, load_vocabulary

_MONTH_YEAR = re.compile(r"\b([A-Za-zÅÄÖåäö]+)\.?\s+(\d{4})\b")
_MONTH_RANGE = re.compile(r"\b([A-Za-zÅÄÖåäö]+)\s*[–-]\s*([A-Za-zÅÄÖåäö]+)\s+(\d{4})\b")


def _title_lines(layout: LayoutDocument) -> list[Line]:
    """Lines of the first page, largest type first."""
    if not layout.pages:
        return []
    lines = list(layout.pages[0].lines) + [ln for ln in layout.pages[0].furniture]
    return sorted(lines, key=lambda ln: (-ln.size, ln.box.top))


def _title(lines: Sequence[Line]) -> str | None:
    if not lines:
        return None
    size = lines[0].size
    parts = [ln for ln in lines if abs(ln.size - size) < 0.3]
    return " ".join(ln.text for ln in sorted(parts, key=lambda ln: ln.box.top)) or None


def _report_type(title: str | None, early_text: str, landscape: bool) -> ReportType:
    vocabulary = load_vocabulary()
    for text in (title or "", early_text):
        found = first_match(text, vocabulary.report_types)
        if found:
            return ReportType(found)
    return ReportType.PRESENTATION if landscape else ReportType.UNKNOWN


def _period(report_type: ReportType, texts: Sequence[str], year: int | None) -> Period:
    for text in texts:
        match = _MONTH_RANGE.search(text)
        if match and month_number(match.group(1)) and month_number(match.group(2)):
            y = int(match.group(3))
            start = date(y, month_number(match.group(1)) or 1, 1)
            return Period(
                start=start,
                end=month_end(y, month_number(match.group(2)) or 12),
                label=match.group(0),
            )
    for text in texts:
        for match in _MONTH_YEAR.finditer(text):
            month = month_number(match.group(1))
            if not month:
                continue
            y = int(match.group(2))
            first = 1 if report_type in _YEAR_TO_DATE else month
            return Period(start=date(y, first, 1), end=month_end(y, month), label=match.group(0))
    if year and report_type in _WHOLE_YEAR:
        return Period(start=date(year, 1, 1), end=date(year, 12, 31), label=str(year))
    return Period()


_YEAR_TO_DATE = {ReportType.DELARSRAPPORT, ReportType.ARSRAPPORT, ReportType.ARSREDOVISNING}
_WHOLE_YEAR = {ReportType.ARSRAPPORT, ReportType.ARSREDOVISNING, ReportType.VERKSAMHETSBERATTELSE}


def layout_to_document(layout: LayoutDocument, described: Sequence[str] = ()) -> Document:
    """Read the document's metadata; ``described`` are the PDF's own Title,
    Author and Subject, read after the pages."""
    lines = _title_lines(layout)
    title = _title(lines)
    first_page = [ln.text for ln in sorted(lines, key=lambda ln: ln.box.top)]
    furniture = [ln.text for p in layout.pages[:3] for ln in p.furniture]
    early = " ".join(ln.text for p in layout.pages[:3] for ln in p.lines)
    landscape = bool(layout.pages) and layout.pages[0].content.is_landscape
    report_type = _report_type(title, early, landscape)
    texts = [title or "", *first_page, *furniture]
    # The title page and running headers name the organisation more surely
    # than the running text of the first pages.
    organisation = find_organisation(
        [*texts, *described, early], [2] * (len(texts) + len(described)) + [1]
    )
    year = find_year(" ".join(texts)) or find_year(early)
    period = _period(report_type, texts, year)
    if period.end and not year:
        year = period.end.year
    return Document(
        organisation=organisation,
        body=find_body([*texts, *described], organisation),
        report_type=report_type,
        year=year,
        period=period,
        title=title,
    )

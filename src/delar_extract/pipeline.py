"""The pipeline: pdf → layout → sections → parsers → model, for one document.

This is the document boundary of the library API: the project's own errors
raised below propagate to the caller unchanged (an unreadable file is an
:class:`~delar_extract.errors.InputError`); what the parsers merely do not
understand becomes a warning in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from delar_extract.layout.assemble import pages_to_layout
from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Report, ReportWarning, Source
from delar_extract.parsers.metadata import layout_to_document
from delar_extract.parsers.tables import block_to_table
from delar_extract.pdf.reader import PdfInfo, iter_pages, open_pdf
from delar_extract.sections.tree import headings_to_sections


@dataclass(frozen=True)
class ExtractOptions:
    """Options of one extraction."""

    password: str | None = None


def _title_page_headings(layout: LayoutDocument) -> int:
    """How many leading headings sit on a title page (page 1 with hardly any body text)."""
    if not layout.pages or len(layout.pages) < 2:
        return 0
    first = layout.pages[0]
    if len(first.lines) > 12 or first.tables:
        return 0
    return sum(1 for h in layout.headings if h.page == 1)


def _page_warnings(layout: LayoutDocument) -> list[ReportWarning]:
    warnings = []
    for page in layout.pages:
        if "image-only" in page.content.notes:
            warnings.append(
                ReportWarning(
                    code="page-image-only",
                    message="page has images but no text layer (scanned?); it needs OCR",
                    page=page.content.number,
                )
            )
    if layout.pages and not any(p.content.words for p in layout.pages):
        warnings.append(
            ReportWarning(code="no-text", message="the document has no extractable text")
        )
    return warnings


def layout_to_report(info: PdfInfo, layout: LayoutDocument) -> Report:
    """Build the report of a laid-out document."""
    headings = layout.headings[_title_page_headings(layout) :]
    tables = [block_to_table(t, f"table-{i}") for i, t in enumerate(layout.tables, start=1)]
    return Report(
        source=Source(
            file=info.path.name,
            sha256=info.sha256,
            page_count=info.page_count,
            producer=info.producer,
        ),
        document=layout_to_document(layout),
        sections=headings_to_sections(layout, headings),
        tables=tables,
        warnings=_page_warnings(layout),
    )


def extract(path: str | Path, options: ExtractOptions | None = None) -> Report:
    """Extract one PDF into a :class:`Report`.

    Raises :class:`~delar_extract.errors.InputError` when the file cannot be read.
    """
    options = options or ExtractOptions()
    with open_pdf(Path(path), options.password) as (info, plumber):
        pages = list(iter_pages(plumber))
    return layout_to_report(info, pages_to_layout(pages))

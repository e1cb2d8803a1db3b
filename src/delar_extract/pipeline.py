"""The pipeline: pdf → layout → sections → parsers → model, for one document.

This is the document boundary of the library API: the project's own errors
raised below propagate to the caller unchanged (an unreadable file is an
:class:`~delar_extract.errors.InputError`); what the parsers merely do not
understand becomes a warning in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from delar_extract.checks import check_tables
from delar_extract.checks.columns import split_merged_figures
from delar_extract.layout.assemble import pages_to_layout
from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Report, ReportWarning, Source
from delar_extract.parsers.budget import BudgetParser
from delar_extract.parsers.followup import FollowUpParser
from delar_extract.parsers.key_figures import KeyFigureParser
from delar_extract.parsers.metadata import layout_to_document
from delar_extract.parsers.tables import block_to_table
from delar_extract.pdf.reader import PdfInfo, iter_pages, open_pdf
from delar_extract.sections.tree import headings_to_sections


@dataclass(frozen=True)
class ExtractOptions:
    """Options of one extraction."""

    password: str | None = None


def _page_warnings(layout: LayoutDocument) -> list[ReportWarning]:
    warnings = []
    for page in layout.pages:
        for note in page.content.notes:
            if note.startswith("unreadable: "):
                warnings.append(
                    ReportWarning(
                        code="page-unreadable",
                        message=f"page content could not be read ({note[12:]}); page skipped",
                        page=page.content.number,
                    )
                )
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
    tables = [block_to_table(t, f"table-{i}") for i, t in enumerate(layout.tables, start=1)]
    document = layout_to_document(layout, info.described)
    followup = FollowUpParser().parse(layout, tables, document)
    tables = BudgetParser().parse(layout, followup.tables, document)
    tables, column_warnings = split_merged_figures(tables)
    tables, check_warnings = check_tables(tables)
    return Report(
        source=Source(
            file=info.path.name,
            sha256=info.sha256,
            page_count=info.page_count,
            producer=info.producer,
        ),
        document=document,
        sections=headings_to_sections(layout, layout.headings),
        goals=followup.goals,
        indicators=followup.indicators,
        assignments=followup.assignments,
        tables=tables,
        key_figures=KeyFigureParser().parse(layout, document),
        warnings=[*_page_warnings(layout), *followup.warnings, *column_warnings, *check_warnings],
    )


def extract(path: str | Path, options: ExtractOptions | None = None) -> Report:
    """Extract one PDF into a :class:`Report`.

    Raises :class:`~delar_extract.errors.InputError` when the file cannot be read.
    """
    options = options or ExtractOptions()
    with open_pdf(Path(path), options.password) as (info, plumber):
        pages = list(iter_pages(plumber))
    return layout_to_report(info, pages_to_layout(pages))

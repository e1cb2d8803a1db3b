"""The pipeline: pdf → layout → sections → parsers → model, for one document.

This is the document boundary of the library API: the project's own errors
raised below propagate to the caller unchanged (an unreadable file is an
:class:`~delar_extract.errors.InputError`); what the parsers merely do not
understand becomes a warning in the report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from delar_extract.checks import check_tables
from delar_extract.checks.columns import split_merged_figures
from delar_extract.errors import DelarError
from delar_extract.layout.assemble import pages_to_layout
from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Report, ReportWarning, Source
from delar_extract.parsers.budget import BudgetParser
from delar_extract.parsers.followup import FollowUpParser
from delar_extract.parsers.key_figures import KeyFigureParser
from delar_extract.parsers.metadata import layout_to_document
from delar_extract.parsers.tables import block_to_table
from delar_extract.pdf.objects import PageContent
from delar_extract.pdf.reader import PdfInfo, iter_pages, open_pdf
from delar_extract.sections.tree import headings_to_sections

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")


@dataclass(frozen=True)
class ExtractOptions:
    """Options of one extraction."""

    password: str | None = None
    # auto: OCR pages without a text layer when the OCR extra is installed.
    ocr: OcrMode = "auto"


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
        unavailable = [n[17:] for n in page.content.notes if n.startswith("ocr-unavailable: ")]
        if "image-only" in page.content.notes:
            hint = f": {unavailable[0]}" if unavailable else ""
            warnings.append(
                ReportWarning(
                    code="page-image-only",
                    message=f"page has images but no text layer (scanned?); it needs OCR{hint}",
                    page=page.content.number,
                )
            )
        for note in page.content.notes:
            if note.startswith("ocr: "):
                warnings.append(
                    ReportWarning(
                        code="page-ocr",
                        message=f"text read by OCR ({note[5:]}); check names and figures",
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
    pages = recognise(Path(path), options, pages)
    return layout_to_report(info, pages_to_layout(pages))


def wants_ocr(page: PageContent, mode: OcrMode) -> bool:
    """Should ``page`` be read by OCR in ``mode``?  Never a page whose content
    could not be interpreted: its image may be as damaged as its text."""
    if mode == "never" or any(n.startswith("unreadable: ") for n in page.notes):
        return False
    return mode == "always" or "image-only" in page.notes or (not page.words and bool(page.images))


def recognise(path: Path, options: ExtractOptions, pages: list[PageContent]) -> list[PageContent]:
    """Pages read by OCR where ``options.ocr`` asks for it (see :mod:`delar_extract.pdf.ocr`).

    When auto mode finds a scanned page but OCR is not installed, the page keeps
    its ``image-only`` note, with a note on how to install OCR."""
    wanted = [i for i, page in enumerate(pages) if wants_ocr(page, options.ocr)]
    if not wanted:
        return pages
    from delar_extract.pdf import ocr

    reason = ocr.ocr_unavailable()
    if reason is not None:
        if options.ocr == "always":
            raise DelarError(f"OCR was asked for but cannot run: {reason}", code="ocr-unavailable")
        note = f"ocr-unavailable: {reason}"
        return [
            replace(page, notes=(*page.notes, note)) if i in wanted else page
            for i, page in enumerate(pages)
        ]
    result = list(pages)
    with ocr.open_document(path, options.password) as document:
        for i in wanted:
            result[i] = ocr.ocr_page(document, i, pages[i]).content
    return result

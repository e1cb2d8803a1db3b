"""The pipeline: pdf → layout → sections → parsers → model, for one document.

This is the document boundary of the library API: the project's own errors
raised below propagate to the caller unchanged (an unreadable file is an
:class:`~delar_extract.errors.InputError`); what the parsers merely do not
understand becomes a warning in the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from delar_extract.checks import check_tables
from delar_extract.checks.columns import split_merged_figures
from delar_extract.errors import DelarError, InputError
from delar_extract.layout.assemble import pages_to_layout
from delar_extract.layout.objects import LayoutDocument
from delar_extract.layout.reading_order import layout_to_reading_order
from delar_extract.model import Report, ReportWarning, Source
from delar_extract.parsers.budget import BudgetParser
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.parsers.followup import FollowUpParser
from delar_extract.parsers.key_figures import KeyFigureParser
from delar_extract.parsers.metadata import layout_to_document
from delar_extract.pdf.objects import PageContent
from delar_extract.pdf.reader import PdfInfo, iter_pages, open_pdf
from delar_extract.sections.tree import headings_to_sections, part_headings

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")


@dataclass(frozen=True)
class ExtractOptions:
    """Options of one extraction."""

    password: str | None = None
    # auto: OCR pages without a text layer when the OCR extra is installed.
    ocr: OcrMode = "auto"
    passwords: tuple[str, ...] = ()
    """More candidate passwords; each is tried (after none at all) until one opens the file."""

    def candidates(self) -> list[str | None]:
        """The passwords to try in order: none first, then ``password``, then ``passwords``."""
        return list(dict.fromkeys([None, self.password, *self.passwords]))


UNREADABLE = "unreadable: "
"""Prefix of the note of a page whose content could not be read."""
PageCallback = Callable[[int, int], None]
"""Called after each page is read with (pages done, page count)."""


def _page_warnings(layout: LayoutDocument) -> list[ReportWarning]:
    warnings = []
    for page in layout.pages:
        for note in page.content.notes:
            if note.startswith(UNREADABLE):
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
    document = layout_to_document(layout, info.described)
    order = layout_to_reading_order(layout)
    claims = layout_to_claims(layout, document, order)
    followup = FollowUpParser().parse(layout, claims, document, order)
    budget = BudgetParser().parse(layout, claims.tables, document)
    tables = claims.report_tables({table.id: table for table in budget})
    tables, column_warnings = split_merged_figures(tables)
    tables, check_warnings = check_tables(tables)
    figures = KeyFigureParser()
    key_figures = figures.parse(layout, document)
    return Report(
        source=Source(
            file=info.path.name,
            sha256=info.sha256,
            page_count=info.page_count,
            producer=info.producer,
        ),
        document=document,
        sections=headings_to_sections(
            layout, part_headings(layout.headings, [g.title for g in followup.goals])
        ),
        goals=followup.goals,
        indicators=followup.indicators,
        assignments=followup.assignments,
        tables=tables,
        key_figures=key_figures,
        warnings=[
            *_page_warnings(layout),
            *followup.warnings,
            *column_warnings,
            *check_warnings,
            *figures.warnings,
        ],
    )


def extract(
    path: str | Path, options: ExtractOptions | None = None, on_page: PageCallback | None = None
) -> Report:
    """Extract one PDF into a :class:`Report`.

    Each candidate password of ``options`` is tried until one opens an encrypted
    file.  ``on_page`` hears of every page read (for progress on long files).
    Raises :class:`~delar_extract.errors.InputError` when the file cannot be read.
    """
    options = options or ExtractOptions()
    candidates = options.candidates()
    last = len(candidates) - 1
    for index, password in enumerate(candidates):
        try:
            return _extract_with(Path(path), password, options, on_page)
        except InputError as exc:
            # With no password given, the opener's own message asks for one.
            if exc.code != "encrypted" or last == 0:
                raise
            if index == last:
                why = (
                    "the password given does not open it"
                    if last == 1
                    else f"none of the {last} passwords given opens it"
                )
                raise InputError(f"encrypted PDF: {why}", code="encrypted") from exc
    raise AssertionError("unreachable: the last candidate returns or raises")


def _extract_with(
    path: Path, password: str | None, options: ExtractOptions, on_page: PageCallback | None
) -> Report:
    with open_pdf(path, password) as (info, document):
        pages = []
        for page in iter_pages(document):
            pages.append(page)
            if on_page:
                on_page(len(pages), info.page_count)
    pages = recognise(path, options.ocr, password, pages)
    if not any(_readable(page) for page in pages):
        # Converting a damaged file with nothing read would pass an empty report off as one.
        raise InputError(
            f"damaged PDF: none of its {info.page_count} pages could be read", code="damaged"
        )
    report = layout_to_report(info, pages_to_layout(pages))
    if len(pages) < info.page_count:
        lost = ReportWarning(
            code="page-lost",
            message=f"only {len(pages)} of {info.page_count} pages could be read; the rest is lost",
            page=len(pages) + 1,
        )
        report = report.model_copy(update={"warnings": [*report.warnings, lost]})
    return report


def _readable(page: PageContent) -> bool:
    return not any(note.startswith(UNREADABLE) for note in page.notes)


def wants_ocr(page: PageContent, mode: OcrMode) -> bool:
    """Should ``page`` be read by OCR in ``mode``?  Never a page whose content
    could not be interpreted: its image may be as damaged as its text."""
    if mode == "never" or not _readable(page):
        return False
    return mode == "always" or "image-only" in page.notes or (not page.words and bool(page.images))


def recognise(
    path: Path, mode: OcrMode, password: str | None, pages: list[PageContent]
) -> list[PageContent]:
    """Pages read by OCR where ``mode`` asks for it (see :mod:`delar_extract.pdf.ocr`).

    When auto mode finds a scanned page but OCR is not installed, the page keeps
    its ``image-only`` note, with a note on how to install OCR."""
    wanted = [i for i, page in enumerate(pages) if wants_ocr(page, mode)]
    if not wanted:
        return pages
    from delar_extract.pdf import ocr

    reason = ocr.ocr_unavailable()
    if reason is not None:
        if mode == "always":
            raise DelarError(f"OCR was asked for but cannot run: {reason}", code="ocr-unavailable")
        note = f"ocr-unavailable: {reason}"
        return [
            replace(page, notes=(*page.notes, note)) if i in wanted else page
            for i, page in enumerate(pages)
        ]
    result = list(pages)
    with ocr.open_document(path, password) as document:
        for i in wanted:
            result[i] = ocr.ocr_page(document, i, pages[i]).content
    return result

"""A review page: the PDF's pages with every extracted item's box drawn on them.

One self-contained HTML file (inline CSS and script, page images as data:
URIs, no network), so that a person can verify an extraction in minutes and
send the file on.  The items come from :mod:`~delar_extract.io.review_items`,
the page markup from :mod:`~delar_extract.io.review_page`.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from delar_extract.errors import InputError
from delar_extract.io.review_items import report_to_items
from delar_extract.io.review_page import PageImage, review_document
from delar_extract.io.writer import write_atomic
from delar_extract.model import Report


@dataclass(frozen=True)
class ReviewOptions:
    """How the pages are rendered: ``scale`` pixels per point, JPEG ``quality``."""

    scale: float = 1.25
    quality: int = 70
    password: str | None = None


def render_pages(pdf: Path, options: ReviewOptions) -> list[PageImage]:
    """Every page of ``pdf`` as a JPEG data: URI with its size in points."""
    try:
        document = pdfium.PdfDocument(pdf, password=options.password)
    except pdfium.PdfiumError as exc:
        raise InputError(f"cannot render the PDF: {exc}") from exc
    pages = []
    try:
        for number, page in enumerate(document, start=1):
            width, height = page.get_size()
            image = page.render(scale=options.scale).to_pil().convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=options.quality, optimize=True)
            data = base64.b64encode(buffer.getvalue()).decode("ascii")
            pages.append(PageImage(number, width, height, f"data:image/jpeg;base64,{data}"))
            page.close()
    finally:
        document.close()
    return pages


def review_html(report: Report, pdf: Path, options: ReviewOptions | None = None) -> str:
    """The review page of ``report``, drawn over the pages of ``pdf``.

    Raises :class:`InputError` when ``pdf`` is not the file the report was extracted from.
    """
    options = options or ReviewOptions()
    try:
        sha256 = hashlib.sha256(pdf.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    if sha256 != report.source.sha256:
        raise InputError(
            f"not the PDF the report was extracted from ({report.source.file}, "
            f"sha256 {report.source.sha256[:12]}…)",
            code="report-mismatch",
        )
    data = json.loads(report.model_dump_json())
    return review_document(data, report_to_items(data), render_pages(pdf, options))


def write_review(
    report: Report, pdf: Path, target: Path, options: ReviewOptions | None = None
) -> None:
    """Write the review page of ``report`` over ``pdf`` to ``target``, atomically."""
    write_atomic(target, review_html(report, pdf, options))

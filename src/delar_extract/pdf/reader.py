"""Open and validate a PDF, and read its pages into :mod:`~delar_extract.pdf.objects`.

Everything is read through PDFium (pypdfium2): it opens files whose
cross-reference table is broken or missing (a truncated download) by
rebuilding it, and a page it cannot load or interpret comes out empty with a
note instead of costing the document.  Every way a file can fail to open
becomes an :class:`~delar_extract.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from delar_extract.errors import InputError
from delar_extract.pdf.bullets import bullets_as_text
from delar_extract.pdf.objects import PageContent
from delar_extract.pdf.page import empty_page, read_page
from delar_extract.pdf.salvage import rebuild
from delar_extract.pdf.text import clean_text

log = logging.getLogger(__name__)

# Magic numbers of files that are often saved with a .pdf name by mistake.
_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (an Office document?)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"<!DOCTYPE": "an HTML page",
    b"<html": "an HTML page",
    b"<?xml": "an XML file",
}


@dataclass(frozen=True)
class PdfInfo:
    """What is known about a file once it has opened."""

    path: Path
    sha256: str
    page_count: int
    producer: str | None
    # The file was damaged: its cross-reference table was rebuilt by PDFium, or
    # the document was rebuilt from the objects that survive (salvage.py).
    # Pages that could not be read carry an ``unreadable`` note (the
    # ``page-unreadable`` warning); with those, a document is partial.
    repaired: bool
    # The document information's Title, Author and Subject, where set (a
    # source of the organisation and body when the title page says little).
    described: tuple[str, ...] = ()


def _sniff(data: bytes) -> str | None:
    """Why ``data`` is not a PDF, or None when it looks like one."""
    if not data:
        return "file is empty (0 bytes)"
    if b"%PDF-" in data[:1024]:
        return None
    head = data[:64].lstrip().lower()
    for signature, what in _SIGNATURES.items():
        if head.startswith(signature.lower()):
            return f"not a PDF: the file is {what}"
    return "not a PDF: no %PDF- header in the first 1024 bytes"


def _open_pdfium(data: bytes, password: str | None) -> tuple[pdfium.PdfDocument, bool]:
    """The open document, and whether it had to be rebuilt from its surviving objects."""
    try:
        return pdfium.PdfDocument(data, password=password), False
    except pdfium.PdfiumError as exc:
        error = _why_unopenable(data, password, str(exc))
        if error.code != "damaged":
            raise error from exc
        rebuilt = rebuild(data)
        if rebuilt is not None:
            try:
                document = pdfium.PdfDocument(rebuilt, password=password)
            except pdfium.PdfiumError:
                pass
            else:
                if _has_content(document):
                    return document, True
                document.close()
        raise error from exc


def _has_content(document: pdfium.PdfDocument) -> bool:
    """Whether any page of a rebuilt document draws anything: a document fails
    only when nothing of it can be read."""
    for index in range(len(document)):
        try:
            page = document[index]
        except pdfium.PdfiumError:
            continue
        try:
            if pdfium_c.FPDFPage_CountObjects(page.raw) > 0:
                return True
        finally:
            page.close()
    return False


_EMPTY_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b")
_ZERO_COUNT = re.compile(rb"/Count\s+0\b")
_NONZERO_COUNT = re.compile(rb"/Count\s+[1-9]")


def _why_unopenable(data: bytes, password: str | None, pdfium_message: str) -> InputError:
    """The reason a file PDFium refused cannot be read.  PDFium's own message is
    not reliable for this (it says "password" for an empty page tree and can
    report a stale error), so the file itself is asked."""
    has_pages_tree = _EMPTY_PAGE_TREE.search(data) is not None
    if has_pages_tree and _ZERO_COUNT.search(data) and not _NONZERO_COUNT.search(data):
        return InputError("PDF has no pages (empty page tree)", code="no-pages")
    if b"/Encrypt" in data and "password" in pdfium_message.lower():
        if password:
            return InputError("encrypted PDF: the password given is wrong", code="encrypted")
        return InputError(
            "encrypted PDF: a password is needed to open it (--password)", code="encrypted"
        )
    reason = pdfium_message.rstrip(".") or "unreadable structure"
    return InputError(f"damaged PDF: {reason}", code="damaged")


@contextmanager
def open_pdf(
    path: Path, password: str | None = None
) -> Iterator[tuple[PdfInfo, pdfium.PdfDocument]]:
    """Open ``path`` for reading; raise :class:`InputError` with the reason when it cannot be.

    Yields the file's :class:`PdfInfo` and the open PDFium document (read its
    pages with :func:`iter_pages`).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    reason = _sniff(data)
    if reason:
        raise InputError(reason, code="not-pdf" if data else "empty-file")
    document, rebuilt = _open_pdfium(data, password)
    try:
        page_count = len(document)
        if page_count == 0:
            raise InputError("PDF has no pages", code="no-pages")
        try:
            metadata = document.get_metadata_dict()
        except (pdfium.PdfiumError, UnicodeDecodeError):
            metadata = {}
        producer = clean_text(metadata.get("Producer") or "").strip() or None
        described = tuple(
            text
            for key in ("Title", "Author", "Subject")
            if (text := clean_text(metadata.get(key) or "").strip())
        )
        repaired = rebuilt or not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(document.raw)
        if repaired:
            log.debug("%s: cross-reference table rebuilt by PDFium", path)
        info = PdfInfo(
            path, hashlib.sha256(data).hexdigest(), page_count, producer, repaired, described
        )
        yield info, document
    finally:
        document.close()


def iter_pages(document: pdfium.PdfDocument) -> Iterator[PageContent]:
    """Read every page in order, each released as soon as it is read.

    A page PDFium cannot load comes out empty, with an ``unreadable: <reason>``
    note (the pipeline's ``page-unreadable`` warning): one damaged page does
    not cost the rest of the document."""
    for index in range(len(document)):
        number = index + 1
        try:
            page = document[index]
        except pdfium.PdfiumError as exc:
            log.debug("page %d unreadable: %s", number, exc)
            yield empty_page(None, number, str(exc) or type(exc).__name__)
            continue
        try:
            # Bullets a browser drew as dots read as the "•" other producers print.
            content = bullets_as_text(read_page(page, number))
        except pdfium.PdfiumError as exc:
            log.debug("page %d unreadable: %s", number, exc)
            content = empty_page(page, number, str(exc) or type(exc).__name__)
        finally:
            page.close()
        yield content

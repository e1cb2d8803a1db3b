"""Open and validate a PDF, and read its pages into :mod:`~delar_extract.pdf.objects`.

pdfplumber (pdfminer) gives words with fonts and the vector graphics we need;
PDFium (pypdfium2) is the stricter, faster opener and the repair tool: a file
whose cross-reference table is broken opens in PDFium, is re-saved by it and
then read by pdfplumber.  Every way a file can fail to open becomes an
:class:`~delar_extract.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from delar_extract.errors import InputError
from delar_extract.pdf.objects import PageContent
from delar_extract.pdf.page import read_page

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


def _open_pdfium(data: bytes, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise _why_unopenable(data, password, str(exc)) from exc


def _why_unopenable(data: bytes, password: str | None, pdfium_message: str) -> InputError:
    """The reason a file PDFium refused cannot be read.  PDFium's own message is
    not reliable for this (it says "password" for an empty page tree and can
    report a stale error), so the file itself is asked."""
    if b"/Encrypt" in data and "password" in pdfium_message.lower():
        if password:
            return InputError("encrypted PDF: the password given is wrong", code="encrypted")
        return InputError(
            "encrypted PDF: a password is needed to open it (--password)", code="encrypted"
        )
    try:
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            if len(plumber.pages) == 0:
                return InputError("PDF has no pages (empty page tree)", code="no-pages")
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError):
        pass
    reason = pdfium_message.rstrip(".") or "unreadable structure"
    return InputError(f"damaged PDF: {reason}", code="damaged")


def _repaired_bytes(document: pdfium.PdfDocument) -> bytes:
    """PDFium re-saves a file with a rebuilt cross-reference table."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@contextmanager
def open_pdf(path: Path, password: str | None = None) -> Iterator[tuple[PdfInfo, pdfplumber.PDF]]:
    """Open ``path`` for reading; raise :class:`InputError` with the reason when it cannot be.

    Yields the file's :class:`PdfInfo` and an open pdfplumber document.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    reason = _sniff(data)
    if reason:
        raise InputError(reason, code="not-pdf" if data else "empty-file")
    document = _open_pdfium(data, password)
    page_count = len(document)
    if page_count == 0:
        raise InputError("PDF has no pages", code="no-pages")
    metadata = document.get_metadata_dict()
    producer = (metadata.get("Producer") or "").strip() or None
    described = tuple(
        text
        for key in ("Title", "Author", "Subject")
        if (text := (metadata.get(key) or "").strip())
    )
    plumber = _open_plumber(data, password)
    repaired = False
    if len(plumber.pages) != page_count:
        # pdfminer lost pages that PDFium found (broken xref, truncated file).
        plumber.close()
        log.debug(
            "%s: repairing (pdfminer %d pages, PDFium %d)", path, len(plumber.pages), page_count
        )
        plumber = _open_plumber(_repaired_bytes(document), None)
        repaired = True
    document.close()
    info = PdfInfo(
        path, hashlib.sha256(data).hexdigest(), page_count, producer, repaired, described
    )
    try:
        yield info, plumber
    finally:
        plumber.close()


def _open_plumber(data: bytes, password: str | None) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(io.BytesIO(data), password=password or "")
    except (PdfminerException, PDFSyntaxError) as exc:
        raise InputError(f"damaged PDF: {exc or type(exc).__name__}", code="damaged") from exc


def iter_pages(plumber: pdfplumber.PDF) -> Iterator[PageContent]:
    """Read every page in order, releasing pdfplumber's caches as it goes.

    A page whose content stream pdfminer cannot interpret comes out empty, with
    a note: one damaged page does not cost the rest of the document."""
    for number, page in enumerate(plumber.pages, start=1):
        try:
            yield read_page(page, number)
        except (PdfminerException, PDFSyntaxError) as exc:
            log.debug("page %d unreadable: %s", number, exc)
            yield PageContent(
                number=number,
                width=float(page.width),
                height=float(page.height),
                rotation=int(page.rotation or 0),
                words=(),
                notes=(f"unreadable: {str(exc) or type(exc).__name__}",),
            )
        finally:
            page.close()

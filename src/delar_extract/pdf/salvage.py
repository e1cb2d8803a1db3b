"""Rebuild a damaged PDF from the objects that survive in it.

PDFium repairs a broken cross-reference table by scanning the file for
objects, but it does not look inside object streams, where modern writers
(WeasyPrint, Word, pdfTeX with compression) keep every dictionary: the
catalog, the page tree, the pages and fonts.  A download cut short before its
cross-reference stream then fails to open although its pages are all there.

:func:`rebuild` scans the bytes for complete objects, unpacks the object
streams among them, and writes a plain PDF (one object each, a classic
cross-reference table) that PDFium can open.  When the page tree is lost but
pages survive, a new tree holds them in object order.  It returns None when
nothing usable survives.
"""

from __future__ import annotations

import re
import zlib

_OBJECT = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")
_ENDOBJ = re.compile(rb"\bendobj\b")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
_FIRST = re.compile(rb"/First\s+(\d+)")
_FLATE = re.compile(rb"/Filter\s*/FlateDecode\b")
_STREAM = re.compile(rb"stream\r?\n")
_CATALOG = re.compile(rb"/Type\s*/Catalog\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_PAGES_REF = re.compile(rb"/Pages\s+(\d+)\s+\d+\s+R")


def _top_level(data: bytes) -> tuple[dict[int, bytes], bytes]:
    """Complete ``N G obj ... endobj`` bodies, the last definition winning, and
    the body of the object the file ends in (cut off), if any."""
    objects: dict[int, bytes] = {}
    for match in _OBJECT.finditer(data):
        end = _ENDOBJ.search(data, match.end())
        if end is None:
            return objects, data[match.end() :]
        body = data[match.end() : end.start()]
        if _OBJECT.search(body):  # an "endobj" missing: two objects ran together
            continue
        objects[int(match.group(1))] = body.strip()
    return objects, b""


def _unpack(body: bytes) -> dict[int, bytes]:
    """The objects packed in an object stream (FlateDecode or unfiltered)."""
    first = _FIRST.search(body)
    start = _STREAM.search(body)
    if first is None or start is None:
        return {}
    raw = body[start.end() :]
    end = raw.rfind(b"endstream")
    complete = end >= 0
    raw = raw[:end] if complete else raw
    if _FLATE.search(body[: start.start()]):
        try:
            # A cut-off stream still inflates as far as it goes.
            raw = zlib.decompressobj().decompress(raw)
        except zlib.error:
            return {}
    offset = int(first.group(1))
    header = raw[:offset].split()
    try:
        pairs = [(int(header[i]), int(header[i + 1])) for i in range(0, len(header) - 1, 2)]
    except ValueError:
        return {}  # a damaged index: the stream's objects cannot be told apart
    objects: dict[int, bytes] = {}
    for k, (number, position) in enumerate(pairs):
        if k + 1 < len(pairs):
            stop = pairs[k + 1][1]
        elif complete:
            stop = len(raw) - offset
        else:
            break  # the last object of a cut-off stream may be incomplete
        if offset + stop > len(raw):
            break
        objects[number] = raw[offset + position : offset + stop].strip()
    return objects


def _write(objects: dict[int, bytes], root: int) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    size = max(objects) + 1
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def rebuild(data: bytes) -> bytes | None:
    """A PDF made of the objects that survive in ``data``, or None."""
    objects, cut = _top_level(data)
    for body in [*objects.values(), cut]:
        if _OBJSTM.search(body[:200]):
            for number, inner in _unpack(body).items():
                objects.setdefault(number, inner)
    objects = {n: b for n, b in objects.items() if not _OBJSTM.search(b[:200])}
    if not objects:
        return None
    catalog = next(
        (n for n, b in objects.items() if _CATALOG.search(b) and b.startswith(b"<<")), None
    )
    if catalog is not None:
        pages = _PAGES_REF.search(objects[catalog])
        if pages and int(pages.group(1)) in objects:
            return _write(objects, catalog)
    page_numbers = sorted(
        n for n, b in objects.items() if b.startswith(b"<<") and _PAGE.search(b[:2000])
    )
    if not page_numbers:
        return None
    tree, root = max(objects) + 1, max(objects) + 2
    kids = b" ".join(b"%d 0 R" % n for n in page_numbers)
    objects[tree] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_numbers))
    objects[root] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    return _write(objects, root)

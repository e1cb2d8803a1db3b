"""OCR of scanned pages: tesseract's words as ordinary :class:`Word` objects.

A scanned page has no text layer, only an image.  The page is rendered by
PDFium at :data:`OCR_DPI`, straightened (scanners feed paper a little askew,
and a tilted line would fall apart into several baselines), and read by
tesseract with the Swedish model.  Each word becomes a :class:`Word` with its
box in PDF points on the page as displayed, ``font`` "OCR", a size estimated
from the ink height of its line (so headings are still told by size), bold
from its stroke width, its ink colour, and tesseract's confidence (0..1).
The rules, cell fills and coloured status marks of the image become the same
rects, segments, shapes and table grids a born-digital page has
(:mod:`delar_extract.pdf.scan_graphics`), so tables and statuses work on scans.

The extra is optional (``pip install 'delar-extract[ocr]'`` plus the
tesseract program and its Swedish model); :func:`ocr_unavailable` says what
is missing.  Output is deterministic: tesseract runs with one thread.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import statistics
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from delar_extract.pdf.objects import Box, PageContent, Word

log = logging.getLogger(__name__)

OCR_DPI = 300
MAX_PIXELS = 7000  # longest side of the rendered page (A3 at 300 dpi is 4961)
OCR_FONT = "OCR"
INSTALL_HINT = (
    "pip install 'delar-extract[ocr]' and the tesseract program with its Swedish model "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-swe)"
)
# Page segmentation mode 4 (one column of lines of varying size) reads tables
# row by row.  Measured on samples/scans (share of the born-digital words read):
# a budget table page 0.28 with mode 3 (automatic layout: it takes the banded
# rows for pictures), 0.85 with 6, 0.90 with 11, 0.92 with 4; prose the same.
PAGE_SEGMENTATION = 4
# Words tesseract is less sure of than this (0..100) are dropped only when
# they carry no letter or digit: rules and specks read as "|" or "—".
MIN_CONFIDENCE_SYMBOLS = 60.0
# Below this, a "word" is a picture read as letters (a colour swatch read as
# "Kro" at 1 %); the words of the samples' scans are read at 30 % and above.
MIN_CONFIDENCE = 20.0

# Ink height of a word as a share of the font size (em), by the letters it has:
# ascenders/capitals reach ~0.74 em, x-height ~0.53 em, descenders ~0.23 em.
_TALL = re.compile(r"[A-ZÅÄÖÉÜ0-9bdfhijklt!?/%&#@(){}\[\]|åäöéü]")
_DEEP = re.compile(r"[gjpqyQ(){}\[\]|,;]")
_EM_SHARE = {(True, True): 0.98, (True, False): 0.74, (False, True): 0.77, (False, False): 0.53}
# Lines whose size estimates differ by less than this factor are one size.
_SIZE_CLUSTER = 1.07


@dataclass(frozen=True)
class OcrPage:
    """The OCR of one page: its words and the graphics found in the image."""

    content: PageContent
    confidence: float  # mean word confidence, 0..1
    skew: float  # degrees the image was turned back


@functools.cache
def ocr_unavailable() -> str | None:
    """Why OCR cannot run here (with how to fix it), or None when it can."""
    try:
        import pytesseract
    except ImportError:
        return f"the OCR extra is not installed: {INSTALL_HINT}"
    try:
        pytesseract.get_tesseract_version()
        languages = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError):
        return f"the tesseract program was not found: {INSTALL_HINT}"
    if "swe" not in languages:
        return f"tesseract has no Swedish model (tesseract-ocr-swe): {INSTALL_HINT}"
    return None


@contextmanager
def _single_thread() -> Iterator[None]:
    """tesseract's OpenMP threads make results depend on scheduling; one is exact."""
    previous = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = previous


def run_tesseract(image: Any, psm: int = PAGE_SEGMENTATION) -> str:
    """tesseract's TSV (``image_to_data``) for a PIL image, Swedish model."""
    import pytesseract

    with _single_thread():
        return str(pytesseract.image_to_data(image, lang="swe", config=f"--psm {psm}"))


@dataclass(frozen=True)
class _Token:
    text: str
    box: Box  # pixels
    confidence: float  # 0..100
    line: tuple[int, int, int]  # block, paragraph, line


def _tokens(tsv: str) -> list[_Token]:
    """The word rows (level 5) of tesseract's TSV, empty words left out."""
    tokens = []
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if row.get("level") != "5":
            continue
        text = (row.get("text") or "").strip()
        confidence = float(row.get("conf") or -1)
        if not text or confidence < MIN_CONFIDENCE:
            continue
        if confidence < MIN_CONFIDENCE_SYMBOLS and not any(c.isalnum() for c in text):
            continue
        left, top = float(row["left"]), float(row["top"])
        box = Box(left, top, left + float(row["width"]), top + float(row["height"]))
        line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        tokens.append(_Token(text, box, confidence, line))
    return tokens


def em_estimate(text: str, ink_height: float) -> float:
    """Font size implied by a word's ink height, from which letters it has."""
    share = _EM_SHARE[(bool(_TALL.search(text)), bool(_DEEP.search(text)))]
    return ink_height / share


def _cluster_sizes(sizes: Sequence[float], weights: Sequence[int]) -> dict[float, float]:
    """Each line size mapped to one size per cluster, so that running text gets
    one size.  The body cluster is anchored on the weighted median (most text
    is body); the rest are grouped upwards from their smallest member, never
    wider than :data:`_SIZE_CLUSTER`, so no chain of near sizes runs together."""
    if not sizes:
        return {}
    expanded = sorted(s for s, n in zip(sizes, weights, strict=True) for _ in range(max(n, 1)))
    body = expanded[len(expanded) // 2]
    mapping: dict[float, float] = {}
    in_body = [s for s in sizes if body / _SIZE_CLUSTER <= s <= body * _SIZE_CLUSTER]
    mapping.update(dict.fromkeys(in_body, round(statistics.median(in_body), 1)))
    cluster: list[float] = []
    for size in sorted(set(sizes) - set(in_body)):
        if cluster and size > cluster[0] * _SIZE_CLUSTER:
            mapping.update(dict.fromkeys(cluster, round(statistics.median(cluster), 1)))
            cluster = []
        cluster.append(size)
    if cluster:
        mapping.update(dict.fromkeys(cluster, round(statistics.median(cluster), 1)))
    return mapping


def tsv_to_words(tsv: str, px_per_pt: float) -> list[Word]:
    """tesseract's TSV → words with boxes in points (image origin = page origin).

    Sizes are per line (the median of the words' estimates), then clustered
    over the page; bold is False and colour None until :func:`style_words`."""
    tokens = _tokens(tsv)
    lines: dict[tuple[int, int, int], list[_Token]] = {}
    for token in tokens:
        lines.setdefault(token.line, []).append(token)
    line_size = {
        key: statistics.median(em_estimate(t.text, t.box.height) for t in members) / px_per_pt
        for key, members in lines.items()
    }
    keys = list(line_size)
    clustered = _cluster_sizes(
        [line_size[k] for k in keys], [sum(len(t.text) for t in lines[k]) for k in keys]
    )
    words = []
    for token in tokens:
        b = token.box
        words.append(
            Word(
                text=token.text,
                box=Box(
                    round(b.x0 / px_per_pt, 2),
                    round(b.top / px_per_pt, 2),
                    round(b.x1 / px_per_pt, 2),
                    round(b.bottom / px_per_pt, 2),
                ),
                font=OCR_FONT,
                size=clustered[line_size[token.line]],
                bold=False,
                color=None,
                confidence=round(token.confidence / 100, 3),
            )
        )
    return words


@contextmanager
def open_document(path: Path, password: str | None = None) -> Iterator[Any]:
    """The file opened in PDFium for rendering (it opened once already, in the reader)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path, password=password)
    try:
        yield document
    finally:
        document.close()


def ocr_page(document: Any, index: int, original: PageContent) -> OcrPage:
    """OCR page ``index`` (0-based) of an open ``pypdfium2.PdfDocument``.

    Words replace ``original``'s; the graphics found in the image are used
    only when the page has no vector graphics of its own (a scan)."""
    from delar_extract.pdf import scan_graphics

    page = document[index]
    try:
        # A poster-sized page is read at less than OCR_DPI, to bound memory.
        width, height = page.get_size()
        px_per_pt = min(OCR_DPI / 72, MAX_PIXELS / max(width, height, 1.0))
        image = page.render(scale=px_per_pt).to_pil().convert("RGB")
    finally:
        page.close()
    straight, skew = scan_graphics.deskew(image)
    words = tsv_to_words(run_tesseract(straight.convert("L")), px_per_pt)
    graphics = scan_graphics.find_graphics(straight, words, px_per_pt)
    words = scan_graphics.style_words(words, straight, px_per_pt)
    words = scan_graphics.drop_misreads(words, graphics)
    confidence = statistics.fmean(w.confidence or 0.0 for w in words) if words else 0.0
    notes = [n for n in original.notes if n != "image-only"]
    notes.append(f"ocr: mean confidence {confidence:.2f}")
    content = replace(original, words=tuple(words), char_count=sum(len(w.text) for w in words))
    has_vectors = original.rects or original.segments or original.shapes or original.tables
    if not has_vectors:
        content = replace(
            content,
            rects=graphics.rects,
            segments=graphics.segments,
            shapes=graphics.shapes,
            tables=scan_graphics.grids_from_rules(graphics, words),
        )
    content = replace(content, notes=tuple(notes))
    log.debug("page %d: OCR %d words, confidence %.2f", original.number, len(words), confidence)
    return OcrPage(content, confidence, skew)

"""Render a :class:`SampleDoc` with headless Chromium ("Skia/PDF"), as a browser's
"Save as PDF" of a web report does.

The HTML is the one WeasyPrint renders (:func:`delar_samples.render.document_html`),
with these changes for the browser:

- the shipped DejaVu fonts are inlined as ``data:`` URIs, so nothing depends on
  the host's fonts nor on file access from a page;
- a line may break after "/" (:func:`_break_after_slashes`);
- every anchor gets a zero-size link at the end of the body: Chromium writes a
  named destination (with its page) for each link target, and writes no link
  annotation for a link without a box. The destinations are read back with
  pdfium and give the anchors' pages (:class:`~delar_samples.anchors.Placements`);
- the PDF's creation and modification dates are rewritten in place (same
  length, so no offset moves) to the document's fixed stamp, and the
  structure elements' ids, which count Blink's DOM nodes, are renumbered.

Chromium (>= 131) lays out the ``@page`` margin boxes and ``counter(pages)``
itself, so the running header and "Sida n av m" come from the same CSS.
"""

from __future__ import annotations

import base64
import ctypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from delar_samples.anchors import AnchorRegistry, Placements
from delar_samples.render import (
    MAX_FIT,
    THEME_DIR,
    Rendered,
    _overfull_slides,
    _stamp,
    document_html,
)
from delar_samples.spec import SampleDoc

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = "/usr/bin/chromium"
# Fixed flags: hinting off keeps glyph advances those of the font file, so line
# breaks do not depend on the host's FreeType settings.
_ARGS = ("--font-render-hinting=none", "--disable-gpu", "--no-first-run")
_FONT_URL = re.compile(r"url\((fonts/[^)]+\.ttf)\)")
# Text between tags (attributes, and the data: URIs in them, are left alone).
_TEXT = re.compile(r">([^<]+)<")
_ANCHOR_ID = re.compile(r'<a class="anchor" id="([^"]+)">')
# "/CreationDate (D:20261203004710+00'00')": Skia writes the wall-clock time.
_DATES = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}[+-]\d\d'\d\d'\)")
# Structure elements are named after Blink's DOM node ids ("(node00001773)"),
# which count on across documents printed by one browser.
_NODE_ID = re.compile(rb"\(node(\d{8})\)")


def _inline_fonts(html: str) -> str:
    """Replace the theme's ``url(fonts/...)`` with the font files as ``data:`` URIs."""

    def data_uri(match: re.Match[str]) -> str:
        data = (THEME_DIR / match.group(1)).read_bytes()
        return f"url(data:font/ttf;base64,{base64.b64encode(data).decode('ascii')})"

    return _FONT_URL.sub(data_uri, html)


def _link_anchors(html: str) -> str:
    """Add a zero-size link to each anchor, so Chromium writes its destination."""
    links = "".join(f'<a href="#{name}"></a>' for name in _ANCHOR_ID.findall(html))
    return html.replace(
        "</body>",
        f'<div class="anchor-links" style="height:0;overflow:hidden">{links}</div></body>',
    )


def _break_after_slashes(html: str) -> str:
    """Allow a line break after "/" in text, as WeasyPrint (Pango) and Word do.

    Chromium never breaks "hållbarhet/ekonomi" there (UAX #14 keeps a slash with
    the next letter), so in a narrow column the word ran over into the next
    column's text; a real author would have seen and fixed that.
    """
    body = html.index("<body")
    return html[:body] + _TEXT.sub(
        lambda m: ">" + m.group(1).replace("/", "/<wbr>") + "<", html[body:]
    )


def chromium_html(html: str) -> str:
    """The WeasyPrint HTML adapted for Chromium (see the module docstring)."""
    return _link_anchors(_inline_fonts(_break_after_slashes(html)))


def _pdf_date(stamp: str) -> bytes:
    """ "2025-08-31T12:00:00+01:00" → b"D:20250831120000+01'00'" (the length Skia writes)."""
    digits = re.sub(r"\D", "", stamp[:19])
    return f"D:{digits}{stamp[19:22]}'{stamp[23:25]}'".encode("ascii")


def fix_dates(pdf: bytes, stamp: str) -> bytes:
    """Rewrite Skia's creation and modification dates to ``stamp`` in place."""
    date = _pdf_date(stamp)
    fixed, count = _DATES.subn(lambda m: b"/" + m.group(1) + b" (" + date + b")", pdf)
    if count != 2 or len(fixed) != len(pdf):
        raise RuntimeError(f"unexpected PDF dates from Chromium ({count} found)")
    return fixed


def renumber_nodes(pdf: bytes) -> bytes:
    """Number the structure elements' node ids 1, 2, ... in their order.

    The order is kept, so the sorted /IDTree stays sorted, and the width is
    kept, so no byte offset moves.
    """
    numbers = sorted({int(m.group(1)) for m in _NODE_ID.finditer(pdf)})
    rank = {number: index for index, number in enumerate(numbers, start=1)}
    return _NODE_ID.sub(lambda m: b"(node%08d)" % rank[int(m.group(1))], pdf)


def named_destinations(pdf: bytes) -> dict[str, int]:
    """Named destinations of ``pdf`` and their pages (1-based), read with pdfium."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages: dict[str, int] = {}
        for index in range(pdfium_c.FPDF_CountNamedDests(document)):
            size = ctypes.c_long(0)
            pdfium_c.FPDF_GetNamedDest(document, index, None, ctypes.byref(size))
            buffer = ctypes.create_string_buffer(size.value)
            dest = pdfium_c.FPDF_GetNamedDest(document, index, buffer, ctypes.byref(size))
            name = buffer.raw[: size.value].decode("utf-16-le").rstrip("\x00")
            page = pdfium_c.FPDFDest_GetDestPageIndex(document, dest)
            if dest and page >= 0:
                pages[name] = page + 1
        return pages
    finally:
        document.close()


def _info(pdf: bytes) -> tuple[int, str | None]:
    """Page count and /Producer of ``pdf``."""
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document), document.get_metadata_dict().get("Producer") or None
    finally:
        document.close()


@dataclass
class ChromiumPrinter:
    """One headless Chromium, kept open to print several documents."""

    page: Page

    def print_pdf(self, html: str) -> bytes:
        """Print ``html`` with the page size and margins its CSS asks for."""
        self.page.set_content(html, wait_until="load")
        return self.page.pdf(prefer_css_page_size=True, print_background=True, tagged=True)


@contextmanager
def chromium_printer(executable: str = CHROMIUM) -> Iterator[ChromiumPrinter]:
    """Start headless Chromium (through Playwright) and close it afterwards."""
    from playwright.sync_api import sync_playwright

    if not Path(executable).exists():
        raise FileNotFoundError(f"{executable}: Chromium not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=list(_ARGS))
        try:
            yield ChromiumPrinter(browser.new_page())
        finally:
            browser.close()


def render_chromium(
    doc: SampleDoc, theme: str | None = None, printer: ChromiumPrinter | None = None
) -> Rendered:
    """Render ``doc`` with Chromium: PDF bytes and the pages of its anchored objects.

    Slides are fitted as :func:`delar_samples.render.render` fits them: a slide
    that runs over its page is printed again one autofit level smaller.
    """
    if printer is None:
        with chromium_printer() as own:
            return render_chromium(doc, theme, own)
    fit: dict[int, int] = {}
    while True:
        registry = AnchorRegistry()
        html = document_html(doc, theme, registry, fit)
        pdf = renumber_nodes(fix_dates(printer.print_pdf(chromium_html(html)), _stamp(doc)))
        pages = named_destinations(pdf)
        missing = set(_ANCHOR_ID.findall(html)) - set(pages)
        if missing:
            raise RuntimeError(f"{doc.name}: Chromium wrote no destination for {sorted(missing)}")
        grow = [s for s in _overfull_slides(doc, registry, pages) if fit.get(id(s), 0) < MAX_FIT]
        if not grow:
            break
        for slide in grow:
            fit[id(slide)] = fit.get(id(slide), 0) + 1
    page_count, producer = _info(pdf)
    return Rendered(pdf, page_count, Placements(registry, pages, producer=producer))


# The renderings Chromium makes: (data module, theme of render.THEMES). Between
# them they draw statuses as raster icons (d000), vector circles (d000, d001),
# "●" glyphs (d002, d004) and filled cells (d004); tables with a full grid,
# rows only (solid or dotted rules) and no verticals; figures with U+2212 minus
# and narrow no-break spaces (d003).
CHROMIUM_VARIANTS: tuple[tuple[str, str], ...] = (
    ("d000", "stratsys"),
    ("d000", "word-shapes"),
    ("d001", "word-shapes"),
    ("d002", "slides-glyph"),
    ("d003", "slides-figures"),
    ("d004", "slides"),
    ("d004", "slides-glyph"),
)
PRODUCER = "chromium"


def variant_name(doc: SampleDoc, theme: str) -> str:
    """File stem of ``doc`` rendered by Chromium in ``theme``."""
    return f"{doc.name}__{PRODUCER}-{theme}"


def build_chromium(out_dir: Path, only: str | None = None) -> list[Path]:
    """Render :data:`CHROMIUM_VARIANTS` (those of module ``only``, if given) into
    ``out_dir/variants``, each with its expected JSON in ``out_dir/variants/expected``."""
    from delar_samples.build import load_docs, write_rendering

    written: list[Path] = []
    variants_dir = out_dir / "variants"
    with chromium_printer() as printer:
        for module, theme in CHROMIUM_VARIANTS:
            if only not in (None, module):
                continue
            for doc in load_docs(module):
                rendered = render_chromium(doc, theme, printer)
                name = variant_name(doc, theme)
                written.append(write_rendering(doc, rendered, variants_dir, name, theme))
    return written

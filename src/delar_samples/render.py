"""Render a :class:`SampleDoc` to HTML and then to a tagged PDF with WeasyPrint.

The output is deterministic: dates come from the document's period, images are
generated without randomness and WeasyPrint is given a fixed PDF identifier,
so the same data always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape
from pathlib import Path

import weasyprint
from weasyprint import HTML

from delar_samples.anchors import AnchorRegistry, Placements
from delar_samples.blocks import block_html
from delar_samples.context import Ctx, Theme
from delar_samples.spec import SampleDoc, Slide
from delar_samples.textblocks import esc

THEME_DIR = Path(__file__).parent / "themes"

_SIDA = '"Sida " counter(page) " av " counter(pages)'
# Status colours of the data → the darker traffic light of another office's
# template (dark green, amber, burnt orange, crimson, slate grey).
_DARK_PALETTE = (
    ("#3AA655", "#1E6B34"),
    ("#F2C500", "#FFB300"),
    ("#F28C28", "#D9661F"),
    ("#D7263D", "#B0102E"),
    ("#A0A0A0", "#7F7F7F"),
)
THEMES: dict[str, Theme] = {
    "stratsys": Theme("stratsys", "stratsys", ("base.css", "stratsys.css"), _SIDA),
    "word": Theme("word", "word", ("base.css", "word.css"), "counter(page)"),
    "slides": Theme(
        "slides", "slides", ("base.css", "slides.css"), "counter(page)", running_header=False
    ),
    # Templates of the new bodies' documents (d005-d007): another office's look.
    "scorecard": Theme("scorecard", "word", ("base.css", "scorecard.css"), _SIDA),
    "municipal": Theme("municipal", "word", ("base.css", "municipal.css"), "counter(page)"),
    # Variant templates (build.VARIANTS): the same data drawn another way.
    "word-shapes": Theme(
        "word-shapes",
        "word",
        ("base.css", "word.css", "word-shapes.css"),
        '"– " counter(page) " –"',
        status_style="shape",
        ruling="rules",
        summary_rowspan=False,
        palette=_DARK_PALETTE,
    ),
    "slides-glyph": Theme(
        "slides-glyph",
        "slides",
        ("base.css", "slides.css", "slides-glyph.css"),
        "counter(page)",
        status_style="glyph",
        ruling="rules",
        running_header=False,
    ),
    "slides-figures": Theme(
        "slides-figures",
        "slides",
        ("base.css", "slides.css", "slides-figures.css"),
        _SIDA,
        ruling="rules",
        running_header=False,
        minus="\u2212",
        thousands="\u202f",
    ),
    # The deck's own look; only the printed figures change ("−1 031" with U+2212
    # and a narrow no-break space), so a failure points at number parsing alone.
    "slides-minus": Theme(
        "slides-minus",
        "slides",
        ("base.css", "slides.css"),
        "counter(page)",
        running_header=False,
        minus="\u2212",
        thousands="\u202f",
    ),
}


class _NoAltFilter(logging.Filter):
    """Drop WeasyPrint's complaint about images without alt text.

    Real Stratsys exports carry untagged status icons; leaving the alt empty
    is deliberate, so the warning is noise here.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return "has no required alt description" not in record.getMessage()


logging.getLogger("weasyprint").addFilter(_NoAltFilter())


def resolve_theme(doc: SampleDoc, theme: str | None) -> Theme:
    """Return the named theme, or the family's default when ``theme`` is None."""
    name = theme or doc.theme or doc.family
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; known: {', '.join(sorted(THEMES))}")
    return THEMES[name]


def _css_string(text: str) -> str:
    """Quote ``text`` as a CSS string literal."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return f'"{body}"'


def _page_css(doc: SampleDoc, theme: Theme) -> str:
    """Running header/footer and page number in @page margin boxes.

    The title page (first page) carries none of them, as in the real reports.
    """
    header = _css_string(doc.header_text) if theme.running_header else "none"
    return (
        "@page { "
        f"@top-left {{ content: {header}; }} "
        f"@bottom-left {{ content: {_css_string(doc.footer_text)}; }} "
        f"@bottom-right {{ content: {theme.page_label}; }} }}\n"
        "@page :first { @top-left { content: none; } @bottom-left { content: none; } "
        "@bottom-right { content: none; } }\n"
    )


def _stamp(doc: SampleDoc) -> str:
    """A fixed W3C timestamp for the PDF info dates, derived from the period."""
    day = doc.meta.period_end or f"{doc.meta.year}-12-31"
    return f"{day}T12:00:00+01:00"


def _head(doc: SampleDoc, theme: Theme) -> str:
    stamp = _stamp(doc)
    sheets = "".join(
        f"<style>{(THEME_DIR / name).read_text(encoding='utf-8')}</style>"
        # The shipped fonts first: every theme names only their families.
        for name in ("fonts.css", *theme.stylesheets)
    )
    return (
        '<head><meta charset="utf-8">'
        f"<title>{esc(doc.meta.title)}</title>"
        f'<meta name="author" content="{escape(doc.meta.organisation)}">'
        f'<meta name="dcterms.created" content="{stamp}">'
        f'<meta name="dcterms.modified" content="{stamp}">'
        f"{sheets}<style>{_page_css(doc, theme)}</style></head>"
    )


def _title_page(doc: SampleDoc) -> str:
    lines = "".join(
        f'<p class="tp-line tp-{min(i, 3)}">{esc(line)}</p>'
        for i, line in enumerate(doc.title_page)
    )
    return f'<section class="title-page">{lines}</section>'


def document_html(
    doc: SampleDoc,
    theme: str | None = None,
    anchors: AnchorRegistry | None = None,
    fit: dict[int, int] | None = None,
) -> str:
    """Return the complete HTML document for ``doc`` in the chosen theme.

    ``anchors`` collects the ids given to the data's objects (see
    :mod:`delar_samples.anchors`); pass one to learn where they were placed.
    ``fit`` gives slides (by ``id()``) an autofit level; see :func:`render`.
    """
    chosen = resolve_theme(doc, theme)
    ctx = Ctx(
        theme=chosen,
        anchors=anchors if anchors is not None else AnchorRegistry(),
        fit=fit if fit is not None else {},
    )
    body = "".join(block_html(block, ctx) for block in doc.blocks)
    return (
        f'<!DOCTYPE html><html lang="sv">{_head(doc, chosen)}'
        f'<body class="family-{chosen.family} theme-{chosen.name}">'
        f"{_title_page(doc)}{body}</body></html>"
    )


@contextmanager
def _fixed_font_timestamp(epoch: int) -> Iterator[None]:
    """Pin the 'head' timestamp fontTools writes into subset fonts.

    fontTools stamps the current time unless SOURCE_DATE_EPOCH is set; the
    variable is restored afterwards so the caller's environment is untouched.
    """
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


@dataclass(frozen=True)
class Rendered:
    """A rendered sample: its PDF bytes and where each data object was placed."""

    pdf: bytes
    page_count: int
    placements: Placements


# Highest autofit level defined in themes/slides.css (section.slide.fit-N).
MAX_FIT = 5


def _overfull_slides(doc: SampleDoc, registry: AnchorRegistry, pages: dict[str, int]) -> list:
    """The slides whose start and end anchors landed on different pages."""
    overfull = []
    for slide in doc.blocks:
        if not isinstance(slide, Slide):
            continue
        key = registry.ids.get(id(slide))
        if key and pages.get(key) != pages.get(f"{key}-end"):
            overfull.append(slide)
    return overfull


def render(doc: SampleDoc, theme: str | None = None) -> Rendered:
    """Render ``doc`` to tagged PDF bytes and the pages of its anchored objects.

    ``theme`` names an entry of :data:`THEMES`; None uses the family default.
    A slide must fill exactly one page: a slide that runs over is laid out again
    with the next autofit level (smaller text, smaller charts), like
    PowerPoint's "shrink text on overflow", until every slide fits.
    """
    fit: dict[int, int] = {}
    # 2025-01-01T00:00:00Z; any constant works, it only has to be the same.
    with _fixed_font_timestamp(1735689600):
        while True:
            registry = AnchorRegistry()
            html = document_html(doc, theme, registry, fit)
            document = HTML(string=html, base_url=str(THEME_DIR)).render(pdf_tags=True)
            # First page wins: an anchor in a repeated table header shows up
            # again on every page the table continues on.
            pages: dict[str, int] = {}
            for number, page in enumerate(document.pages, start=1):
                for anchor in page.anchors:
                    pages.setdefault(anchor, number)
            grow = [
                s for s in _overfull_slides(doc, registry, pages) if fit.get(id(s), 0) < MAX_FIT
            ]
            if not grow:
                break
            for slide in grow:
                fit[id(slide)] = fit.get(id(slide), 0) + 1
        # WeasyPrint would otherwise derive the /ID from the time; a hash of the
        # HTML keeps it stable and still distinct per document.
        identifier = hashlib.md5(html.encode("utf-8")).hexdigest().encode("ascii")
        pdf = document.write_pdf(pdf_tags=True, pdf_identifier=identifier)
    placements = Placements(registry, pages, producer=f"WeasyPrint {weasyprint.__version__}")
    return Rendered(pdf, len(document.pages), placements)


def render_pdf(doc: SampleDoc, out: Path, theme: str | None = None) -> Path:
    """Render ``doc`` to a tagged PDF at ``out`` and return the path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render(doc, theme).pdf)
    return out

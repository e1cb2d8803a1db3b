"""Render a :class:`~delar_samples.spec.SampleDoc` with ReportLab (platypus).

A third producer besides WeasyPrint and Chromium, in the look of another
office's Word template (see :mod:`delar_samples.producers.rl_base`): its own
fonts and sizes, rows-only and rule-less tables, figures printed with U+2212
minus and a narrow no-break space between digit groups, statuses as vector
shapes in Office's shades, running header and "N (M)" footer. Slide decks
are printed on landscape pages, one slide per page (an overfull slide shrinks).

The data objects' pages come from zero-size anchors recorded as they are
drawn, so :mod:`delar_samples.expected` writes each rendering's expected JSON
from the data and its own pages. ``invariant=1`` makes the bytes reproducible.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass, replace
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer

from delar_samples.anchors import Placements
from delar_samples.context import Ctx, Theme
from delar_samples.producers.rl_base import (
    INK,
    RULE_GREY,
    SANS,
    Recorder,
    para,
    register_fonts,
)
from delar_samples.producers.rl_flow import block_flows
from delar_samples.producers.rl_legend import add_legends
from delar_samples.producers.rl_tables import TableCtx
from delar_samples.spec import Block, DataTable, SampleDoc, Slide
from delar_samples.tables import _is_number

NAME = "reportlab"
# How this template prints figures: "−1 031" (U+2212, U+202F between groups).
PRINTING = Theme(NAME, "word", (), "", minus="\u2212", thousands="\u202f")
PRODUCER = f"ReportLab {reportlab.Version}"


@dataclass(frozen=True)
class Rendered:
    """A rendering: the printed data it was drawn from, its bytes and placements."""

    doc: SampleDoc
    pdf: bytes
    page_count: int
    placements: Placements


def _walk(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        if isinstance(block, Slide):
            out.extend(_walk(block.blocks))
    return out


def printed(doc: SampleDoc) -> SampleDoc:
    """A copy of ``doc`` whose table figures read as this template prints them.

    The expected JSON keeps cells "as printed", so it is written from this copy;
    it also has the legends this template adds (:mod:`.rl_legend`).
    """
    ctx = Ctx(theme=PRINTING)
    copied = copy.deepcopy(doc)
    for block in _walk(copied.blocks):
        if isinstance(block, DataTable):
            for row in block.rows:
                row.cells = [ctx.figure(t) if _is_number(t) else t for t in row.cells]
    add_legends(copied)
    return copied


class _Template(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, doc: SampleDoc, total: int | None) -> None:
        self.sample, self.total = doc, total
        self.slides = doc.family == "slides"
        size = landscape(A4) if self.slides else A4
        margin = (16 * mm, 14 * mm) if self.slides else (25 * mm, 22 * mm)
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=margin[0],
            rightMargin=margin[0],
            topMargin=margin[1] + 4 * mm,
            bottomMargin=margin[1] + 2 * mm,
            title=doc.meta.title,
            author=doc.meta.organisation,
            subject=doc.header_text,
            creator="Microsoft® Word för Microsoft 365",
            producer=PRODUCER,
            invariant=1,
            pageCompression=1,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("first", [frame], onPage=lambda c, d: None),
                PageTemplate("page", [frame], onPage=self._furniture),
            ]
        )

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        if self.page == 1:
            self.pageTemplate = self.pageTemplates[1]  # every page after the title page

    def _furniture(self, canv: Canvas, _doc: object) -> None:
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        canv.saveState()
        canv.setFillColor(INK)
        if not self.slides:
            canv.setFont(f"{SANS}-Italic", 8)
            canv.drawString(left, height - self.topMargin + 6 * mm, self.sample.header_text)
            canv.setStrokeColor(RULE_GREY)
            canv.setLineWidth(0.4)
            y = height - self.topMargin + 4.5 * mm
            canv.line(left, y, right, y)
        canv.setFont(SANS, 8)
        footer_y = self.bottomMargin - 9 * mm
        canv.drawString(left, footer_y, self.sample.footer_text)
        number = canv.getPageNumber()
        label = f"{number} ({self.total})" if self.total else str(number)
        canv.drawRightString(right, footer_y, label)
        canv.restoreState()


def _title_page(doc: SampleDoc, slides: bool) -> list[Flowable]:
    flows: list[Flowable] = [Spacer(1, (40 if slides else 75) * mm)]
    flows += [para(line, f"tp-{min(i, 3)}") for i, line in enumerate(doc.title_page)]
    return [*flows, PageBreak()]


def _build(doc: SampleDoc, total: int | None) -> tuple[bytes, int, Recorder]:
    buffer = io.BytesIO()
    template = _Template(buffer, doc, total)
    recorder = Recorder()
    ctx = TableCtx(recorder, template.width, template.height)
    story = _title_page(doc, template.slides)
    for block in doc.blocks:
        story.extend(block_flows(block, ctx))
    # The first slide or page-break heading would add an empty page after the title page.
    template.build(_drop_double_breaks(story))
    return buffer.getvalue(), template.page, recorder


def _drop_double_breaks(story: list[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for flow in story:
        if isinstance(flow, PageBreak) and out and isinstance(out[-1], PageBreak):
            continue
        out.append(flow)
    return out


def render(doc: SampleDoc) -> Rendered:
    """Render ``doc`` with ReportLab; the result carries the printed data it drew.

    Built twice: the first pass counts the pages for the "N (M)" footer.
    """
    register_fonts()
    shown = printed(doc)
    _, pages, _ = _build(shown, None)
    pdf, count, recorder = _build(shown, pages)
    placements = Placements(recorder.registry, recorder.pages, producer=PRODUCER)
    return Rendered(shown, pdf, count, placements)


def write_variants(out_dir: Path, docs: list[SampleDoc]) -> list[Path]:
    """Write ``<out_dir>/<name>__reportlab.pdf`` and ``<out_dir>/expected/<name>__reportlab.json``.

    Each rendering has its own expected JSON: the data is the base sample's,
    the pages are where this renderer put each object.
    """
    from delar_samples.build import write_rendering

    written = []
    for doc in docs:
        rendered = render(doc)
        name = f"{doc.name}__{NAME}"
        # The expected JSON is of the data as printed (rendered.doc), under the file's name.
        shown = replace(rendered.doc, name=name)
        written.append(write_rendering(shown, rendered, out_dir, name))
    return written

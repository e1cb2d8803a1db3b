"""ReportLab building blocks: the shipped fonts, paragraph styles, anchors, status shapes.

The look is an office's Word template saved as PDF, deliberately unlike the
WeasyPrint themes: DejaVu Sans Condensed body text, DejaVu Serif headings in
dark blue, statuses as filled vector circles (assessments) and squares
(assignments) in Office's traffic-light shades.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable, FrameActionFlowable
from reportlab.platypus.flowables import CondPageBreak, PageBreak

from delar_samples.anchors import AnchorRegistry
from delar_samples.spec import Status

# Flowables that move the frame or page and draw nothing.
_BREAKS = (ActionFlowable, FrameActionFlowable, PageBreak, CondPageBreak)

FONT_DIR = Path(__file__).resolve().parents[1] / "themes" / "fonts"

SANS, SERIF = "RLSans", "RLSerif"
_FACES = {
    SANS: (
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSans-BoldOblique",
    ),
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}

# The data's status colours → Office's standard traffic light. Only the
# document's legend (drawn with the same shades) says what each one means.
OFFICE_PALETTE = {
    "#3AA655": "#00B050",  # green
    "#F2C500": "#FFC000",  # gold
    "#F28C28": "#ED7D31",  # orange
    "#D7263D": "#C00000",  # dark red
    "#A0A0A0": "#7F7F7F",  # grey
}
INK = colors.HexColor("#262626")
HEADING_BLUE = colors.HexColor("#1F3864")
RULE_GREY = colors.HexColor("#8C8C8C")


def register_fonts() -> None:
    """Register the shipped DejaVu faces once, as two families (same on any machine)."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for family, faces in _FACES.items():
        names = [family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic"]
        for name, face in zip(names, faces, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{face}.ttf")))
        pdfmetrics.registerFontFamily(
            family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
        )


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SANS,
        "bulletFontName": SANS,  # ReportLab's default is Helvetica, not embedded
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "spaceAfter": 5,
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


STYLES: dict[str, ParagraphStyle] = {
    "body": _style("body"),
    "lead": _style("lead", fontName=f"{SANS}-Italic", fontSize=11, leading=15),
    "caption": _style("caption", fontName=f"{SANS}-Italic", fontSize=8, leading=10),
    "small": _style("small", fontSize=8, leading=10, spaceAfter=2),
    "subheading": _style(
        "subheading", fontName=f"{SANS}-Bold", spaceBefore=4, spaceAfter=3, keepWithNext=1
    ),
    "h1": _style(
        "h1",
        fontName=f"{SERIF}-Bold",
        fontSize=17,
        leading=21,
        textColor=HEADING_BLUE,
        spaceBefore=10,
        spaceAfter=8,
        keepWithNext=1,
    ),
    "h2": _style(
        "h2",
        fontName=f"{SERIF}-Bold",
        fontSize=13.5,
        leading=17,
        textColor=HEADING_BLUE,
        spaceBefore=9,
        spaceAfter=6,
        keepWithNext=1,
    ),
    "h3": _style(
        "h3",
        fontName=f"{SERIF}-Bold",
        fontSize=11.5,
        leading=14.5,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    ),
    "h4": _style(
        "h4",
        fontName=f"{SERIF}-BoldItalic",
        fontSize=10.5,
        leading=13.5,
        spaceBefore=6,
        spaceAfter=3,
        keepWithNext=1,
    ),
    # Goal titles: not a heading style (a goal is no section of the report).
    "goal": _style(
        "goal",
        fontName=f"{SANS}-Bold",
        fontSize=11,
        leading=14,
        textColor=HEADING_BLUE,
        spaceBefore=8,
        spaceAfter=2,
        keepWithNext=1,
    ),
    "goal-child": _style(
        "goal-child",
        fontName=f"{SANS}-BoldItalic",
        fontSize=10,
        leading=13,
        textColor=HEADING_BLUE,
        spaceBefore=6,
        spaceAfter=2,
        keepWithNext=1,
    ),
    "bullet": _style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2),
    "bullet1": _style("bullet1", leftIndent=28, bulletIndent=17, spaceAfter=2),
    "cell": _style("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
    "cell-bold": _style("cell-bold", fontName=f"{SANS}-Bold", fontSize=8.5, leading=10.5),
    "cell-head": _style("cell-head", fontName=f"{SANS}-Bold", fontSize=8.5, leading=10.5),
    "cell-num": _style("cell-num", fontSize=8.5, leading=10.5, alignment=TA_RIGHT, spaceAfter=0),
    "cell-num-bold": _style(
        "cell-num-bold", fontName=f"{SANS}-Bold", fontSize=8.5, leading=10.5, alignment=TA_RIGHT
    ),
    "cell-small": _style("cell-small", fontSize=7.5, leading=9, spaceAfter=0),
    "table-title": _style(
        "table-title", fontName=f"{SANS}-Bold", fontSize=10, spaceBefore=6, keepWithNext=1
    ),
    "slide-title": _style(
        "slide-title",
        fontName=f"{SERIF}-Bold",
        fontSize=22,
        leading=26,
        textColor=HEADING_BLUE,
        spaceAfter=4,
        keepWithNext=1,
    ),
    "slide-subtitle": _style(
        "slide-subtitle", fontName=f"{SANS}-Italic", fontSize=13, leading=16, keepWithNext=1
    ),
    "tp-0": _style("tp-0", fontName=f"{SERIF}-Bold", fontSize=28, leading=34, spaceAfter=14),
    "tp-1": _style("tp-1", fontName=SANS, fontSize=16, leading=20, spaceAfter=10),
    "tp-2": _style("tp-2", fontName=SANS, fontSize=13, leading=17, spaceAfter=8),
    "tp-3": _style("tp-3", fontName=f"{SANS}-Italic", fontSize=11, leading=15, spaceAfter=6),
}


def markup(text: str | None) -> str:
    """``text`` escaped for ReportLab's paragraph markup; line breaks kept."""
    return escape(text or "", quote=False).replace("\n", "<br/>")


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain ``text`` in one of :data:`STYLES`."""
    return Paragraph(markup(text), STYLES[style])


@dataclass
class Recorder:
    """Pages where anchors were drawn, keyed like :class:`AnchorRegistry` ids."""

    registry: AnchorRegistry = field(default_factory=AnchorRegistry)
    pages: dict[str, int] = field(default_factory=dict)

    def start(self, obj: object) -> Anchor:
        """A zero-size anchor for where ``obj`` starts."""
        return Anchor(self, self.registry.key(obj))

    def end(self, obj: object) -> Anchor:
        """A zero-size anchor for where ``obj`` ends."""
        return Anchor(self, f"{self.registry.key(obj)}-end")


class Anchor(Flowable):
    """Draws nothing; records the page it was drawn on (the first time only:
    a repeated table header draws its anchors again on later pages)."""

    def __init__(self, recorder: Recorder, key: str) -> None:
        super().__init__()
        self.recorder, self.key = recorder, key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def record(self, canv: object) -> None:
        self.recorder.pages.setdefault(self.key, canv.getPageNumber())  # type: ignore[attr-defined]

    def draw(self) -> None:
        self.record(self.canv)


class Anchored(Flowable):
    """``content`` with anchors recorded where its first part and last part are drawn."""

    def __init__(
        self, content: Flowable, first: Sequence[Anchor] = (), last: Sequence[Anchor] = ()
    ) -> None:
        super().__init__()
        self.content, self.first, self.last = content, list(first), list(last)
        self.keepWithNext = content.getKeepWithNext()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # wrapOn/splitOn hand the canvas down: KeepTogether and tables need it.
        self.width, self.height = self.content.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.content.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.content.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.content.splitOn(self.canv, availWidth, availHeight)
        # A KeepTogether may answer with a frame break first: anchors skip it.
        return anchored(parts, self.first, self.last) if parts else []

    def draw(self) -> None:
        for anchor in (*self.first, *self.last):
            anchor.record(self.canv)
        self.content.drawOn(self.canv, 0, 0)


def anchored(
    flows: list[Flowable], first: Iterable[Anchor] = (), last: Iterable[Anchor] = ()
) -> list[Flowable]:
    """``flows`` with ``first`` anchors on the first drawn flowable and ``last`` on
    the last one (page breaks draw nothing and are skipped)."""
    first, last = list(first), list(last)
    drawn = [i for i, f in enumerate(flows) if not isinstance(f, _BREAKS)]
    if not drawn:
        return [*flows, Anchored(Paragraph("", STYLES["small"]), first, last)]
    out = list(flows)
    a, b = drawn[0], drawn[-1]
    if a == b:
        out[a] = Anchored(out[a], first, last)
    else:
        out[a], out[b] = Anchored(out[a], first), Anchored(out[b], (), last)
    return out


def office_color(color: str) -> str:
    """The shade this template draws for a data colour."""
    return OFFICE_PALETTE.get(color.upper(), color)


class StatusMark(Flowable):
    """A filled vector circle or square, with the printed label beside it (if any)."""

    SIZE = 7.5
    GAP = 4.0

    def __init__(self, status: Status, shape: str = "circle", style: str = "cell") -> None:
        super().__init__()
        self.color = office_color(status.color) if status.color else None
        self.shape = shape
        self.label = para(status.label, style) if status.label else None

    def _indent(self) -> float:
        return self.SIZE + self.GAP if self.color else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        height = self.SIZE + 2 if self.color else 0.0
        width = self._indent()
        if self.label is not None:
            w, h = self.label.wrap(availWidth - self._indent(), availHeight)
            height, width = max(height, h), width + w
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        canv = self.canv
        if self.color:
            canv.setFillColor(colors.HexColor(self.color))
            canv.setStrokeColor(colors.HexColor(self.color))
            top = self.height - 1 - self.SIZE
            if self.shape == "square":
                canv.rect(0, top, self.SIZE, self.SIZE, stroke=0, fill=1)
            else:
                radius = self.SIZE / 2
                canv.circle(radius, top + radius, radius, stroke=0, fill=1)
        if self.label is not None:
            self.label.drawOn(canv, self._indent(), 0)


def status_flow(status: Status | None, style: str, shape: str = "circle") -> list[Flowable]:
    """A status as drawn in a cell or on a line: shape + label, or the label only
    when the data's template prints words alone (``style`` "none")."""
    if status is None:
        return []
    if style == "none" or not status.color:
        return [para(status.label, "cell")] if status.label else []
    return [StatusMark(status, shape)]


def status_glyph(status: Status, style: str) -> list[Flowable]:
    """A goal's status line: a coloured "●" glyph (text, not a shape) and the label."""
    if style == "none" or not status.color:
        return [para(status.label, "small")] if status.label else []
    glyph = f'<font color="{office_color(status.color)}">\u25cf</font>'
    label = f"\u00a0{markup(status.label)}" if status.label else ""
    return [Paragraph(glyph + label, STYLES["small"])]

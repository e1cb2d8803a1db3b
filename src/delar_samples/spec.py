"""Structured data that a sample document is built from.

One data module per source document (``delar_samples.docs.d000`` ...) builds a
:class:`SampleDoc` out of these blocks.  The same object is rendered to PDF
(:mod:`delar_samples.render`) and turned into the expected extraction
(:mod:`delar_samples.expected`), so the PDF and its golden JSON cannot drift.

Text is kept verbatim from the seed (NFC).  Where the seed lost something (a
status icon, a cell colour) the data module chooses a value consistent with the
prose and writes it here; that choice is then both drawn and expected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Assessment statuses (goals, indicators), as in the output contract.
AssessmentStatus = Literal[
    "fulfilled", "partially_fulfilled", "not_fulfilled", "no_data", "not_assessable"
]
# Assignment statuses, as in the output contract.
AssignmentStatus = Literal[
    "not_started",
    "ongoing",
    "on_track",
    "partially_completed",
    "completed",
    "completed_with_deviation",
    "delayed",
    "cancelled",
    "unknown",
]
# How a status is drawn. "icon" = small raster GIF (Stratsys), "shape" = vector
# circle (Word), "glyph" = coloured "●" text, "cell" = cell background colour,
# "none" = printed label only.
StatusStyle = Literal["icon", "shape", "glyph", "cell", "none"]


@dataclass
class Status:
    """A status as printed: the normalised value, the words shown, the colour."""

    status: str  # AssessmentStatus or AssignmentStatus
    label: str | None = None  # words printed next to/in place of the icon, verbatim
    color: str | None = None  # "#RRGGBB" of the icon/cell, None when drawn without colour
    alt: str | None = None  # alt text of the icon in a tagged PDF, if any


@dataclass
class Heading:
    """A section heading. ``number`` is "2.2" for numbered headings, else None."""

    title: str
    level: int = 1
    number: str | None = None
    kind: str = "other"  # expected section kind (see DESIGN §4 sections vocabulary)
    page_break_before: bool = False


@dataclass
class Para:
    """A paragraph of prose. Lines are wrapped by the renderer, not here."""

    text: str
    style: Literal["body", "lead", "caption", "small", "subheading"] = "body"


@dataclass
class Bullets:
    """A bullet list; each item is (level, text), level 0 = "•", 1 = "o"."""

    items: list[tuple[int, str]]


@dataclass
class LegendEntry:
    label: str
    color: str  # "#RRGGBB"
    criterion: str | None = None


@dataclass
class Legend:
    """A "Status Färg" legend table; title like "Bedömning av mål"."""

    title: str
    entries: list[LegendEntry]
    header: list[str] = field(default_factory=lambda: ["Status", "Färg"])


@dataclass
class IndicatorValue:
    period: str | None  # "2024" from the column header, None when the header has none
    value: float | None  # number in the unit shown, None when the cell is a word or empty
    text: str  # the printed cell text verbatim ("74,6 %", "Öka", "")


@dataclass
class Indicator:
    name: str
    status: Status | None = None
    unit: str | None = None
    baseline: IndicatorValue | None = None
    target: IndicatorValue | None = None
    outcome: IndicatorValue | None = None
    trend: Literal["positive", "negative", "unchanged"] | None = None
    comment: str | None = None
    chart: bool = False  # drawn with a chart image instead of values


@dataclass
class Goal:
    """A goal at any level. ``level`` is the contract's goal level word."""

    title: str
    level: Literal["malomrade", "regionmal", "delmal", "namndmal", "forvaltningsmal"]
    status: Status | None = None
    analysis: list[str | Bullets] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    children: list[Goal] = field(default_factory=list)


@dataclass
class GoalSummaryTable:
    """Summary table "Regionmål | Delmål | Prognos": parents with child goals."""

    header: list[str]
    goals: list[Goal]  # regionmål with delmål children (status on the children)
    status_style: StatusStyle = "icon"


@dataclass
class GoalSections:
    """Per-goal follow-up: goal heading, Analys prose, Indikatorer list/table.

    ``layout`` picks the genre's variant: "stratsys" (000: delmål heading, Analys,
    Indikatorer list with icons) or "matrix" (001: "Måluppfyllelse | Indikator |
    Diagram" table under each goal).
    """

    goals: list[Goal]  # top-level goals (målområde or regionmål) with children
    layout: Literal["stratsys", "matrix"] = "stratsys"
    status_style: StatusStyle = "icon"
    indicator_header: list[str] = field(default_factory=list)


@dataclass
class IndicatorTable:
    """Goal-grouped indicator table (003): a header row, then per goal a group row."""

    header: list[str]  # e.g. ["Indikator", "Utfall 2024", "Mål 2025", ...]
    goals: list[Goal]  # each with its indicators
    status_style: StatusStyle = "cell"
    note: str | None = None  # stray template text printed above the table


@dataclass
class Assignment:
    title: str
    status: Status
    ref: str | None = None  # "RF7"
    directed_to: str | None = None
    responsible: str | None = None
    comment: list[str | Bullets] = field(default_factory=list)
    periodicity: str | None = None  # "Tertial: aug, dec"
    due_date: str | None = None  # ISO date
    due_text: str | None = None  # the date as printed, when it differs from ISO


@dataclass
class AssignmentTable:
    """An uppdrag/aktivitet table. ``columns`` name the printed header cells in
    order; each is one of: status, title, comment, periodicity_due, due, ref,
    responsible, number, report."""

    header: list[str]
    columns: list[str]
    rows: list[Assignment]
    issuer: str | None = None  # "regionfullmäktige"
    recipient: str | None = None  # "regionstyrelsen"
    status_style: StatusStyle = "icon"
    kind: Literal["uppdrag", "aktivitet"] = "uppdrag"


@dataclass
class AssignmentList:
    """Uppdrag written as a list, not a table: per assignment a title line, then
    "Status: …" and "Slutdatum: …" lines and the comment as paragraphs."""

    rows: list[Assignment]
    issuer: str | None = None
    recipient: str | None = None
    status_word: str = "Status"  # printed before the status label
    due_word: str = "Slutdatum"  # printed before the date


@dataclass
class HeaderCell:
    text: str
    colspan: int = 1


@dataclass
class Column:
    """Expected meaning of one value column."""

    label: str  # full label, upper levels joined by " / "
    measure: str | None = None  # utfall, budget, avvikelse, prognos, andel, ...
    period: str | None = None  # "2024-07", "ack 2024-07", "2024", ...


@dataclass
class Row:
    label: str
    cells: list[str]  # printed text of each value cell, verbatim ("" for empty)
    is_total: bool = False
    level: int = 0
    bold: bool = False


@dataclass
class DataTable:
    """A numeric table (budget, result, investments, ...)."""

    title: str | None
    kind: str  # expected table kind
    header_rows: list[list[HeaderCell]]  # printed header rows, first cell = row-label column
    columns: list[Column]  # expected value columns (one per cell of a row)
    rows: list[Row]
    unit: str | None = None  # expected unit ("mnkr", "tkr", "%")
    caption: str | None = None  # printed above the table ("Belopp i miljoner kronor")
    ruling: Literal["grid", "rules", "none"] = "grid"


@dataclass
class Chart:
    """A chart image; ``series`` only shapes the drawing (values are not expected)."""

    title: str
    kind: Literal["bar", "line", "pie"] = "bar"
    labels: list[str] = field(default_factory=list)
    series: list[list[float]] = field(default_factory=list)
    axis_labels: list[str] = field(default_factory=list)  # printed as text under the chart


@dataclass
class KeyFigure:
    """A figure stated in prose; ``sentence`` must occur in a Para of the doc.

    Which figures a sample lists, the same in every sample: the organisation's
    figures a vocabulary word names; a figure stated again (a summary repeated
    in the body) once, where first stated (the first Para holding ``sentence``);
    a labelled part ("män: 490, kvinnor: 628", "varav 1 023 är …"); a change of
    a named figure ("ökat med 10 personer"); a named difference ("22 miljoner
    kronor mer än plan").  Not: a sub-unit's figures, the value compared with,
    a target.
    """

    name: str
    value: float
    unit: str | None
    period: str | None
    sentence: str


@dataclass
class PageBreak:
    pass


@dataclass
class Slide:
    """A landscape slide: a title and blocks laid out on one page."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str | None = None
    kind: str = "other"  # expected section kind of the slide


Block = (
    Heading
    | Para
    | Bullets
    | Legend
    | GoalSummaryTable
    | GoalSections
    | IndicatorTable
    | AssignmentTable
    | AssignmentList
    | DataTable
    | Chart
    | PageBreak
    | Slide
)


@dataclass
class Meta:
    """Expected document metadata (the contract's ``document``)."""

    organisation: str
    body: str | None
    report_type: str
    year: int
    period_start: str | None
    period_end: str | None
    period_label: str | None
    title: str


@dataclass
class SampleDoc:
    name: str  # file stem, e.g. "000_delarsrapport_rs_2025_t2"
    seed: str  # seed file name in ../shared/seeds
    family: Literal["stratsys", "word", "slides"]
    meta: Meta
    title_page: list[str]  # lines of the title page / title slide
    header_text: str  # running header
    footer_text: str  # running footer (page number is added by the renderer)
    blocks: list[Block]
    key_figures: list[KeyFigure] = field(default_factory=list)
    theme: str | None = None  # default theme when not the family's (render.THEMES)

"""The output contract as pydantic models: the single source of truth.

``schemas/report.schema.json`` is generated from :class:`Report`; a test fails
when the two drift.  Field descriptions land in the JSON Schema, so they are
written for the analyst who reads the schema, not for us.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from delar_extract.model.vocab import (
    AssessmentStatus,
    AssignmentStatusValue,
    Basis,
    Direction,
    GoalLevel,
    Measure,
    ReportType,
    SectionKind,
    TableKind,
    Trend,
)

SCHEMA_VERSION = "1.0"

# The one coordinate convention of every bbox, repeated in each field's description
# so that the schema and docs/schema.md state it where the field is read.
BBOX_CONVENTION = (
    "[x0, top, x1, bottom] in PDF points (1/72 inch), origin at the top left of the page"
    " as displayed (rotation applied): x grows to the right, y downwards"
)

BBox = Annotated[
    list[float],
    Field(
        min_length=4,
        max_length=4,
        description=BBOX_CONVENTION + ".",
    ),
]
Page = Annotated[int, Field(ge=1, description="1-based page number.")]
HexColor = Annotated[str, Field(pattern=r"^#[0-9A-F]{6}$", description="RGB colour as '#RRGGBB'.")]


class Contract(BaseModel):
    """Base of every contract model: unknown keys are an error."""

    model_config = ConfigDict(extra="forbid")


class Source(Contract):
    file: str = Field(description="File name of the PDF (no directories).")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the PDF bytes.")
    page_count: int = Field(ge=0, description="Number of pages in the PDF.")
    producer: str | None = Field(default=None, description="The PDF's /Producer, if any.")


class Period(Contract):
    start: date | None = Field(default=None, description="First day of the period reported on.")
    end: date | None = Field(default=None, description="Last day of the period reported on.")
    label: str | None = Field(default=None, description="The period as printed.")


class Document(Contract):
    organisation: str | None = Field(default=None, description="Region or municipality.")
    body: str | None = Field(
        default=None, description="Nämnd, styrelse or förvaltning that reports."
    )
    report_type: ReportType = Field(description="Kind of follow-up report.")
    year: int | None = Field(default=None, description="The year reported on.")
    period: Period = Field(default_factory=Period, description="The period reported on.")
    title: str | None = Field(default=None, description="The document's title as printed.")


class Section(Contract):
    number: str | None = Field(default=None, description="Heading number ('2.2'), if any.")
    title: str = Field(description="Heading text without its number.")
    level: int = Field(ge=1, description="Depth in the heading tree, 1 = top.")
    kind: SectionKind = Field(description="What the section is about.")
    page_start: Page
    page_end: Page
    text: str = Field(description="Body text of the section, headers and footers removed.")


class Assessment(Contract):
    """A status as read from the document; shared by goals, indicators, uppdrag."""

    status: AssessmentStatus = Field(description="Normalised assessment.")
    label: str | None = Field(default=None, description="The words printed, if any.")
    basis: Basis = Field(description="What the status was read from.")
    color: HexColor | None = Field(default=None, description="Colour of the icon or cell.")


class AssignmentStatus(Contract):
    status: AssignmentStatusValue = Field(description="Normalised status.")
    label: str | None = Field(default=None, description="The words printed, if any.")
    basis: Basis = Field(description="What the status was read from.")
    color: HexColor | None = Field(default=None, description="Colour of the icon or cell.")


class Goal(Contract):
    id: str = Field(description="Stable id within the document ('goal-3').")
    title: str = Field(description="The goal as printed.")
    level: GoalLevel = Field(description="Level in the goal hierarchy.")
    parent_id: str | None = Field(default=None, description="id of the parent goal.")
    assessment: Assessment | None = Field(default=None, description="Assessment or forecast.")
    analysis: str | None = Field(default=None, description="The 'Analys' prose of the goal.")
    page: Page
    bbox: BBox | None = Field(
        default=None, description=f"Where it is on the page: {BBOX_CONVENTION}."
    )


class Value(Contract):
    period: str | None = Field(default=None, description="Period from the column header.")
    value: float | None = Field(default=None, description="The number, in the indicator's unit.")
    label: str | None = Field(default=None, description="The cell as printed.")
    page: Page | None = Field(default=None, description="Page the value was read from.")
    bbox: BBox | None = Field(
        default=None, description=f"Box of the value's words on its page: {BBOX_CONVENTION}."
    )


class Indicator(Contract):
    id: str = Field(description="Stable id within the document ('indicator-7').")
    name: str = Field(description="The indicator as printed.")
    goal_id: str | None = Field(default=None, description="id of the goal it measures.")
    unit: str | None = Field(default=None, description="Unit of the values (%, st, mnkr ...).")
    baseline: Value | None = Field(default=None, description="Earlier outcome to compare with.")
    target: Value | None = Field(default=None, description="Target value (målvärde).")
    outcome: Value | None = Field(default=None, description="Outcome (utfall) of the period.")
    direction: Direction | None = Field(
        default=None, description="Target direction when the target is a word ('Öka')."
    )
    assessment: Assessment | None = Field(default=None, description="Assessment of the outcome.")
    trend: Trend | None = Field(default=None, description="Direction of development, if printed.")
    comment: str | None = Field(default=None, description="Comment printed with the indicator.")
    page: Page
    bbox: BBox | None = Field(
        default=None, description=f"Where it is on the page: {BBOX_CONVENTION}."
    )


class Assignment(Contract):
    id: str = Field(description="Stable id within the document ('assignment-4').")
    ref: str | None = Field(default=None, description="Reference printed with it ('RF7').")
    title: str = Field(description="The uppdrag or aktivitet as printed.")
    issuer: str | None = Field(default=None, description="Who gave it (fullmäktige, nämnd).")
    directed_to: str | None = Field(default=None, description="Who it is directed to.")
    responsible: str | None = Field(default=None, description="Responsible person or unit.")
    status: AssignmentStatus | None = Field(default=None, description="Status as reported.")
    comment: str | None = Field(default=None, description="Analysis or comment, paragraphs kept.")
    periodicity: str | None = Field(default=None, description="Reporting periodicity as printed.")
    due_date: date | None = Field(default=None, description="Slutdatum.")
    page: Page
    bbox: BBox | None = Field(
        default=None, description=f"Where it is on the page: {BBOX_CONVENTION}."
    )


class Column(Contract):
    label: str = Field(description="Header text, upper header levels joined by ' / '.")
    measure: Measure | None = Field(default=None, description="What the column measures.")
    period: str | None = Field(
        default=None, description="'2024-07', 'ack 2024-07', '2024' ... when the header says."
    )


class Cell(Contract):
    text: str = Field(description="The cell as printed.")
    value: float | None = Field(default=None, description="The number, null if none.")
    page: Page | None = Field(default=None, description="Page of the cell's words.")
    bbox: BBox | None = Field(
        default=None,
        description=(
            "Union of the boxes of the cell's words on its page, null for an empty cell:"
            f" {BBOX_CONVENTION}."
        ),
    )


class Row(Contract):
    label: str = Field(description="Row label as printed (first column).")
    cells: list[Cell] = Field(description="One cell per column, in column order.")
    is_total: bool = Field(default=False, description="A total or subtotal row.")
    level: int = Field(default=0, ge=0, description="Nesting depth of the row label.")
    page: Page
    bbox: BBox | None = Field(
        default=None, description=f"Where it is on the page: {BBOX_CONVENTION}."
    )


class Check(Contract):
    rule: str = Field(description="Kebab-case name of the arithmetic rule.")
    ok: bool = Field(description="True when the table passes the rule.")
    detail: str = Field(description="What was compared, and the difference if any.")


class Table(Contract):
    id: str = Field(description="Stable id within the document ('table-2').")
    kind: TableKind = Field(description="What the table holds.")
    title: str | None = Field(default=None, description="Title or caption printed above it.")
    unit: str | None = Field(default=None, description="Unit of the values (mnkr, tkr, %).")
    page_start: Page
    page_end: Page
    columns: list[Column] = Field(description="Value columns (the row-label column excluded).")
    rows: list[Row] = Field(description="Body rows (header rows are in columns).")
    checks: list[Check] = Field(
        default_factory=list, description="Arithmetic checks run on the table."
    )


class KeyFigure(Contract):
    name: str = Field(description="snake_case name of the figure ('budget_deviation').")
    value: float = Field(description="The number, in ``unit``.")
    unit: str | None = Field(default=None, description="mnkr, tkr, %, st ...")
    period: str | None = Field(default=None, description="'2025', '2025-08' ...")
    text: str = Field(description="The sentence the figure was read from.")
    page: Page
    bbox: BBox | None = Field(
        default=None,
        description=f"Box of the figure's words (number and unit): {BBOX_CONVENTION}.",
    )


class ReportWarning(Contract):
    """Something the extractor could not understand; it went on."""

    code: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Kebab-case code.")
    message: str = Field(description="What happened, for a person.")
    page: Page | None = Field(default=None, description="Page concerned, if one.")


class Report(Contract):
    """Everything extracted from one PDF.

    Provenance: every item, and every value inside it (table cell, indicator
    value, key figure), has its 1-based ``page`` and a ``bbox`` = [x0, top, x1,
    bottom] in PDF points, origin at the top left of the page as displayed.
    """

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        pattern=r"^\d+\.\d+$",
        description="Version of this format, MAJOR.MINOR; MAJOR changes break readers.",
    )
    source: Source = Field(description="The PDF the report was extracted from.")
    document: Document = Field(description="What the document is: who reports, on what period.")
    sections: list[Section] = Field(
        default_factory=list, description="The heading tree, in reading order."
    )
    goals: list[Goal] = Field(
        default_factory=list, description="Goals at every level, parents before children."
    )
    indicators: list[Indicator] = Field(
        default_factory=list, description="Indicators with their values and assessment."
    )
    assignments: list[Assignment] = Field(
        default_factory=list, description="Uppdrag and aktiviteter with their status."
    )
    tables: list[Table] = Field(
        default_factory=list, description="Every table found, typed and checked."
    )
    key_figures: list[KeyFigure] = Field(
        default_factory=list, description="Figures stated in the prose."
    )
    warnings: list[ReportWarning] = Field(
        default_factory=list, description="What the extractor could not understand."
    )

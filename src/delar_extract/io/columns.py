"""The tidy tables' columns: names, types and descriptions, defined once.

Every frame of :func:`delar_extract.load`, every exported file and every DuckDB
table is built from :data:`TABLES`; ``docs/tables.md`` is generated from it and
a test checks that the loaded frames have exactly these columns and dtypes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["string", "int", "float", "bool", "date"]

# pandas dtypes: the nullable extension types, so a missing number stays a
# missing number (not NaN turning an int column into float).
PANDAS_DTYPES: dict[Kind, str] = {
    "string": "string",
    "int": "Int64",
    "float": "Float64",
    "bool": "boolean",
    "date": "datetime64[s]",
}
DUCKDB_TYPES: dict[Kind, str] = {
    "string": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
}


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a tidy table."""

    name: str
    kind: Kind
    description: str

    @property
    def dtype(self) -> str:
        """The pandas dtype of the column."""
        return PANDAS_DTYPES[self.kind]


@dataclass(frozen=True)
class TableSpec:
    """One tidy table: what a row is, and its columns (identity columns first)."""

    name: str
    row: str
    columns: tuple[ColumnSpec, ...]
    order: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        """Column names in order."""
        return [c.name for c in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        """Column name -> pandas dtype."""
        return {c.name: c.dtype for c in self.columns}


def _c(name: str, kind: Kind, description: str) -> ColumnSpec:
    return ColumnSpec(name, kind, description)


# Who reports on what first: that is what people read; the sha256 key last.
IDENTITY = (
    _c("organisation", "string", "Region or municipality."),
    _c("body", "string", "Nämnd, styrelse or förvaltning that reports."),
    _c("report_type", "string", "Kind of report (delarsrapport, arsrapport, ...)."),
    _c("year", "int", "The year reported on."),
    _c("report_period", "string", "The report's period as printed ('januari–augusti 2025')."),
    _c("period_start", "date", "First day of the report's period."),
    _c("period_end", "date", "Last day of the report's period."),
    _c("source_file", "string", "File name of the source PDF."),
    _c("sha256", "string", "SHA-256 of the source PDF: the report's key."),
)
IDENTITY_NAMES = tuple(c.name for c in IDENTITY)

STATUS = (
    _c("status", "string", "Normalised status (see the schema's vocabularies)."),
    _c("status_label", "string", "The status words printed, if any."),
    _c("status_basis", "string", "What the status was read from: text, color, alt_text, ..."),
    _c("status_color", "string", "Colour of the status icon or cell, '#RRGGBB'."),
)
BBOX = (
    _c("x0", "float", "Left edge on the page, PDF points."),
    _c("top", "float", "Top edge, PDF points from the top of the page."),
    _c("x1", "float", "Right edge, PDF points."),
    _c("bottom", "float", "Bottom edge, PDF points from the top of the page."),
)
PAGE = _c("page", "int", "1-based page number.")


def _table(name: str, row: str, order: tuple[str, ...], *columns: ColumnSpec) -> TableSpec:
    return TableSpec(name, row, (*IDENTITY, *columns), order)


TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in (
        _table(
            "reports",
            "report (one source PDF)",
            (),
            _c("title", "string", "The document's title as printed."),
            _c("schema_version", "string", "Version of the report format it was loaded from."),
            _c("page_count", "int", "Pages in the PDF."),
            _c("producer", "string", "The PDF's /Producer."),
            _c("sections", "int", "Number of sections."),
            _c("goals", "int", "Number of goals."),
            _c("indicators", "int", "Number of indicators."),
            _c("assignments", "int", "Number of assignments."),
            _c("tables", "int", "Number of tables (all kinds)."),
            _c("key_figures", "int", "Number of key figures."),
            _c("warnings", "int", "Number of warnings."),
        ),
        _table(
            "sections",
            "section (heading) of a report",
            ("section_index",),
            _c("section_index", "int", "Position in the report's heading order, from 1."),
            _c("number", "string", "Heading number ('2.2'), if any."),
            _c("title", "string", "Heading text without its number."),
            _c("level", "int", "Depth in the heading tree, 1 = top."),
            _c("kind", "string", "What the section is about (vocabulary)."),
            _c("page_start", "int", "First page."),
            _c("page_end", "int", "Last page."),
            _c("text", "string", "Body text of the section."),
        ),
        _table(
            "goals",
            "goal, at any level",
            ("goal_index",),
            _c("goal_index", "int", "Position in the report's goal order, from 1."),
            _c("goal_id", "string", "id within the report ('goal-3')."),
            _c("title", "string", "The goal as printed."),
            _c("title_key", "string", "Normalised title, to line up goals across reports."),
            _c("level", "string", "Level in the goal hierarchy."),
            _c("parent_id", "string", "goal_id of the parent goal."),
            *STATUS,
            _c("analysis", "string", "The goal's analysis prose."),
            PAGE,
            *BBOX,
        ),
        _table(
            "assignments",
            "uppdrag or aktivitet",
            ("assignment_index",),
            _c("assignment_index", "int", "Position in the report's order, from 1."),
            _c("assignment_id", "string", "id within the report ('assignment-4')."),
            _c("ref", "string", "Reference printed with it ('RF7')."),
            _c("title", "string", "The uppdrag as printed."),
            _c("title_key", "string", "Normalised title, to line up uppdrag across reports."),
            _c("issuer", "string", "Who gave it."),
            _c("directed_to", "string", "Who it is directed to."),
            _c("responsible", "string", "Responsible person or unit."),
            *STATUS,
            _c("comment", "string", "Analysis or comment."),
            _c("periodicity", "string", "Reporting periodicity as printed."),
            _c("due_date", "date", "Slutdatum."),
            PAGE,
            *BBOX,
        ),
        _table(
            "indicators",
            "value of an indicator: three rows per indicator "
            "(baseline, target, outcome), the value null when the report has none",
            ("indicator_index", "value_order"),
            _c("indicator_index", "int", "Position in the report's indicator order, from 1."),
            _c("indicator_id", "string", "id within the report ('indicator-7')."),
            _c("name", "string", "The indicator as printed."),
            _c("name_key", "string", "Normalised name, to line up an indicator across reports."),
            _c("goal_id", "string", "goal_id of the goal it measures."),
            _c("goal_title", "string", "Title of that goal."),
            _c("unit", "string", "Unit of the values (%, st, mnkr ...)."),
            _c("value_kind", "string", "baseline, target or outcome."),
            _c("value_order", "int", "1 baseline, 2 target, 3 outcome (for sorting)."),
            _c("period", "string", "Period of the value, from the column header."),
            _c("value", "float", "The number, in unit; null when not a number or absent."),
            _c("text", "string", "The value as printed."),
            _c("direction", "string", "Target direction when the target is a word."),
            *STATUS,
            _c("trend", "string", "positive, negative or unchanged."),
            _c("comment", "string", "Comment printed with the indicator."),
            PAGE,
            *BBOX,
        ),
        _table(
            "table_cells",
            "cell of a budget or figure table; goal, indicator, assignment and "
            "legend grids are left out (they are the goals, indicators and assignments tables)",
            ("table_index", "row_index", "column_index"),
            _c("table_index", "int", "Position of the table in the report, from 1."),
            _c("table_id", "string", "id within the report ('table-2')."),
            _c("table_kind", "string", "What the table holds (driftredovisning, ...)."),
            _c("table_title", "string", "Title or caption of the table."),
            _c("unit", "string", "Unit of the values (mnkr, tkr, %)."),
            _c("row_index", "int", "Row position in the table, from 1."),
            _c("row_label", "string", "Row label as printed."),
            _c("row_key", "string", "Normalised row label, to line up a line across reports."),
            _c("row_level", "int", "Nesting depth of the row label, 0 = top."),
            _c("is_total", "bool", "The row is a total or subtotal."),
            _c("column_index", "int", "Column position among the value columns, from 1."),
            _c("column_label", "string", "Column header, header levels joined by ' / '."),
            _c("column_key", "string", "Normalised column header."),
            _c("measure", "string", "What the column measures (utfall, budget, avvikelse ...)."),
            _c("period", "string", "Period of the column ('2024-07', 'ack 2024-07', '2024')."),
            _c("value", "float", "The number, in unit; null if the cell has none."),
            _c("text", "string", "The cell as printed; null when empty."),
            PAGE,
            *BBOX,
        ),
        _table(
            "key_figures",
            "figure stated in the prose",
            ("figure_index",),
            _c("figure_index", "int", "Position in the report's order, from 1."),
            _c("name", "string", "snake_case name of the figure, or its label as printed."),
            _c("name_key", "string", "Normalised name."),
            _c("value", "float", "The number, in unit."),
            _c("unit", "string", "mnkr, tkr, %, st ..."),
            _c("period", "string", "'2025', '2025-08' ..."),
            _c("text", "string", "The sentence the figure was read from."),
            PAGE,
            *BBOX,
        ),
        _table(
            "checks",
            "arithmetic check of a table",
            ("table_index", "check_index"),
            _c("table_index", "int", "Position of the table in the report, from 1."),
            _c("table_id", "string", "id of the table checked."),
            _c("table_kind", "string", "What the table holds."),
            _c("table_title", "string", "Title of the table."),
            _c("check_index", "int", "Position among the table's checks, from 1."),
            _c("rule", "string", "Kebab-case name of the rule."),
            _c("ok", "bool", "True when the table passes the rule."),
            _c("detail", "string", "What was compared, and the difference if any."),
        ),
        _table(
            "warnings",
            "warning of the extractor",
            ("warning_index",),
            _c("warning_index", "int", "Position in the report's order, from 1."),
            _c("code", "string", "Kebab-case code."),
            _c("message", "string", "What happened."),
            _c("page", "int", "Page concerned, if one."),
        ),
    )
}

# Rows of every table sort by their report, then by their order in it.
REPORT_ORDER = ("year", "organisation", "body", "report_type", "period_end", "source_file")

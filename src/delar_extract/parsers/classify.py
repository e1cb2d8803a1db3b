"""One classification pass: each table and text block claimed once, by id, with its role.

Tables are tried for the follow-up roles first, by what their header says, in
this order: a legend ("Status | Färg" with swatches that name statuses), an
assignment table (a title column and a status, responsible or due-date
column), an indicator table, a goal summary table.  Any other table takes the
budget kind the ``[[table_kinds]]`` vocabulary gives it (caption, header and
row words), ``other`` when it holds numbers, else stays ``unknown``.

A document that does not say it is a follow-up report (report type
``unknown``) gets follow-up roles only on strong evidence that it has a
follow-up part all the same: a table with a follow-up role, or a heading of a
goal or assignment section ("Måluppfyllelse", "Uppdrag").  Otherwise short
lines next to a coloured shape in, say, a seed-trial report would become goals;
its tables then take budget roles only.

Text blocks: uppdrag written as lists or paragraphs (a title, then "Status:",
"Slutdatum:" … lines) are claimed as ``assignments``
(:mod:`delar_extract.parsers.assignment_lists`).
"""

from __future__ import annotations

from delar_extract.layout.objects import LayoutDocument
from delar_extract.layout.reading_order import (
    ReadingOrder,
    layout_to_reading_order,
    layout_to_tables,
)
from delar_extract.layout.tables import TableBlock
from delar_extract.model import Document, ReportType, SectionKind, TableKind
from delar_extract.parsers.assignment_lists import stream_to_blocks
from delar_extract.parsers.assignments import table_to_roles
from delar_extract.parsers.budget import block_to_context, table_to_kind
from delar_extract.parsers.claims import Claims, TableClaim
from delar_extract.parsers.goals import summary_columns
from delar_extract.parsers.indicators import table_to_columns
from delar_extract.parsers.legend import color_column, table_to_entries
from delar_extract.parsers.tables import block_to_table
from delar_extract.sections.tree import section_kind

# Headings that open the follow-up part of a report.
_FOLLOW_UP_KINDS = {SectionKind.MALUPPFYLLELSE, SectionKind.UPPDRAG}


def follow_up_role(layout: LayoutDocument, block: TableBlock) -> TableKind | None:
    """The follow-up role a table's header gives it, if any."""
    column = color_column(block)
    if column is not None and table_to_entries(layout, block, column):
        return TableKind.LEGEND
    if table_to_roles(block) is not None:
        return TableKind.ASSIGNMENTS
    if table_to_columns(block) is not None:
        return TableKind.INDICATORS
    if summary_columns(block) is not None:
        return TableKind.GOALS
    return None


def follow_up_heading(layout: LayoutDocument) -> bool:
    """Whether a heading of the document opens a goal or assignment section."""
    return any(section_kind(heading.title) in _FOLLOW_UP_KINDS for heading in layout.headings)


def layout_to_claims(
    layout: LayoutDocument, document: Document, order: ReadingOrder | None = None
) -> Claims:
    """Claim every table of ``layout`` with its role, and the list-form uppdrag."""
    order = order or layout_to_reading_order(layout)
    numbered = layout_to_tables(layout)
    roles = {table.id: follow_up_role(layout, table.block) for table in numbered}
    follow_up = (
        document.report_type != ReportType.UNKNOWN
        or any(role is not None for role in roles.values())
        or follow_up_heading(layout)
    )
    claims = []
    for table in numbered:
        model = block_to_table(table.block, table.id)
        role = roles[table.id] if follow_up else None
        if role is None:
            role = table_to_kind(model, block_to_context(layout, table.block))
        claims.append(TableClaim(table.id, table.block, model.model_copy(update={"kind": role})))
    blocks = stream_to_blocks(layout, order) if follow_up else []
    return Claims(tuple(claims), follow_up, tuple(blocks))

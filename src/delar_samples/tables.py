"""HTML for the table blocks: goal summary, indicators, assignments, data tables."""

from __future__ import annotations

import re
from collections.abc import Callable

from delar_samples.context import Ctx
from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    DataTable,
    GoalSummaryTable,
    Indicator,
    IndicatorTable,
    IndicatorValue,
    Row,
)
from delar_samples.status import status_cell
from delar_samples.textblocks import esc, rich_html


def _thead(header: list[str], classes: list[str] | None = None) -> str:
    cells = "".join(
        f'<th class="{classes[i] if classes else ""}">{esc(text)}</th>'
        for i, text in enumerate(header)
    )
    return f"<thead><tr>{cells}</tr></thead>"


def goal_summary_html(block: GoalSummaryTable, ctx: Ctx) -> str:
    """Return the "Regionmål | Delmål | Prognos" table.

    Each regionmål cell spans the rows of its delmål (as Stratsys prints it),
    so when the table breaks the regionmål is not repeated on the next page.
    """
    style = ctx.style(block.status_style)
    rows: list[str] = []
    for parent in block.goals:
        children = parent.children or [None]
        for index, child in enumerate(children):
            cells = ""
            if index == 0 or not ctx.theme.summary_rowspan:
                span = f' rowspan="{len(children)}"' if ctx.theme.summary_rowspan else ""
                title = ctx.anchors.start(parent) + esc(parent.title) if index == 0 else ""
                cells += f'<td class="parent"{span}>{title}</td>'
            if child is None:
                cells += "<td></td>" + status_cell(ctx.status(parent.status), style)
            else:
                cells += f"<td>{ctx.anchors.start(child)}{esc(child.title)}</td>"
                cells += status_cell(ctx.status(child.status), style)
            rows.append(f"<tr>{cells}</tr>")
    return (
        '<table class="grid summary">'
        + _thead(block.header)
        + "<tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _value_text(value: IndicatorValue | None) -> str:
    return esc(value.text) if value else ""


def _is_status_header(word: str) -> bool:
    """True for the assessment column: "Måluppfyllelse", "Utveckling/ Måluppfyllelse",
    "Status", "Bedömning", "Prognos" ..."""
    return "måluppfyllelse" in word or word.startswith(
        ("utveckling", "status", "bedömning", "prognos")
    )


def _indicator_getter(header: str, utfall_seen: int, utfall_total: int) -> Callable:
    """Map one indicator-table header cell to the Indicator field it shows."""
    word = header.lower()
    if _is_status_header(word):
        return lambda ind, ctx, style: status_cell(ctx.status(ind.status), style)
    if word.startswith("kommentar"):
        return lambda ind, ctx, style: f'<td class="comment">{esc(ind.comment)}</td>'
    if word.startswith(("mål", "målvärde")):
        return lambda ind, ctx, style: f'<td class="num">{_value_text(ind.target)}</td>'
    if word.startswith("enhet"):
        return lambda ind, ctx, style: f"<td>{esc(ind.unit)}</td>"
    if word.startswith("trend"):
        arrows = {"positive": "\u2197", "negative": "\u2198", "unchanged": "\u2192"}
        return lambda ind, ctx, style: f'<td class="trend">{arrows.get(ind.trend or "", "")}</td>'
    # Utfall / Basvärde: with two outcome-like columns the first is the baseline.
    if utfall_total >= 2 and utfall_seen == 0:
        return lambda ind, ctx, style: f'<td class="num">{_value_text(ind.baseline)}</td>'
    return lambda ind, ctx, style: f'<td class="num">{_value_text(ind.outcome)}</td>'


def _is_outcome_header(text: str) -> bool:
    return text.lower().startswith(("utfall", "bas", "ingångsvärde", "nuläge"))


def indicator_table_html(block: IndicatorTable, ctx: Ctx) -> str:
    """Return the goal-grouped indicator table (one bold group row per goal)."""
    style = ctx.style(block.status_style)
    total = sum(_is_outcome_header(h) for h in block.header[1:])
    getters, seen = [], 0
    for text in block.header[1:]:
        getters.append(_indicator_getter(text, seen, total))
        seen += _is_outcome_header(text)
    rows: list[str] = []
    width = len(block.header)
    for goal in block.goals:
        anchor = ctx.anchors.start(goal)
        rows.append(f'<tr class="group"><td colspan="{width}">{anchor}{esc(goal.title)}</td></tr>')
        for indicator in goal.indicators:
            rows.append(_indicator_row(indicator, getters, ctx, style))
    note = f'<p class="template-note">{esc(block.note)}</p>' if block.note else ""
    return (
        note
        + '<table class="grid indicators">'
        + _thead(block.header)
        + "<tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _indicator_row(indicator: Indicator, getters: list[Callable], ctx: Ctx, style: str) -> str:
    cells = f'<td class="name">{ctx.anchors.start(indicator)}{esc(indicator.name)}</td>'
    cells += "".join(get(indicator, ctx, style) for get in getters)
    return f"<tr>{cells}</tr>"


def _due_text(row: Assignment) -> str:
    return esc(row.due_text or row.due_date or "")


def _title_cell(row: Assignment, columns: list[str], ctx: Ctx) -> str:
    """The uppdrag title; "(RF2) " before it when no column shows the ref, and
    "Riktas till …" on its own line under it when the row names a recipient."""
    prefix = f"({esc(row.ref)}) " if row.ref and not {"ref", "number"} & set(columns) else ""
    directed = (
        f'<span class="directed-to">Riktas till {esc(row.directed_to)}</span>'
        if row.directed_to
        else ""
    )
    return f'<td class="title">{ctx.anchors.start(row)}{prefix}{esc(row.title)}{directed}</td>'


def _assignment_cell(
    column: str, row: Assignment, index: int, ctx: Ctx, style: str, columns: list[str]
) -> str:
    """Return one cell of an assignment row for the named column."""
    if column == "status":
        return status_cell(ctx.status(row.status), style)
    if column == "title":
        return _title_cell(row, columns, ctx)
    if column == "comment":
        return f'<td class="comment">{rich_html(row.comment)}</td>'
    if column == "periodicity_due":
        lines = [esc(row.periodicity), _due_text(row)]
        return '<td class="due">' + "<br>".join(line for line in lines if line) + "</td>"
    if column == "due":
        return f'<td class="due">{_due_text(row)}</td>'
    if column == "ref":
        return f'<td class="ref">{esc(row.ref)}</td>'
    if column == "responsible":
        return f'<td class="responsible">{esc(row.responsible)}</td>'
    if column == "number":
        return f'<td class="ref">{esc(row.ref) if row.ref else index}</td>'
    if column == "report":
        return f'<td class="due">{esc(row.periodicity)}</td>'
    raise ValueError(f"unknown assignment column {column!r}")


def assignment_table_html(block: AssignmentTable, ctx: Ctx) -> str:
    """Return an uppdrag/aktivitet table; rows may split across pages."""
    style = ctx.style(block.status_style)
    classes = [f"col-{name}" for name in block.columns]
    body = "".join(
        "<tr>"
        + "".join(_assignment_cell(col, row, i, ctx, style, block.columns) for col in block.columns)
        + "</tr>"
        for i, row in enumerate(block.rows, start=1)
    )
    return (
        f'<table class="grid assignments {block.kind}">'
        + _thead(block.header, classes)
        + f"<tbody>{body}</tbody></table>"
    )


# A printed figure: sign, digits with space/no-break/thin-space groups, decimal
# comma, an optional unit ("-1 234,5", "+21", "74,6 %", "0,4 mnkr"), or a dash.
_NUMBER = re.compile(
    r"[-+\u2212\u2013]?\s?\d[\d \u00a0\u202f.,]*\s?(%|[a-zåäö]{1,5}\.?)?|[-\u2013\u2212x]?",
    re.IGNORECASE,
)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text.strip()))


def printed_cell(text: str, ctx: Ctx) -> str:
    """A data table cell as the theme prints it (figures in its minus and grouping)."""
    return ctx.figure(text) if _is_number(text) else text


def _numeric_columns(block: DataTable) -> list[bool]:
    """Per value column: True when every cell is a figure (right-aligned, no wrap)."""
    width = max((len(row.cells) for row in block.rows), default=0)
    return [
        all(_is_number(row.cells[i]) for row in block.rows if i < len(row.cells))
        for i in range(width)
    ]


def _data_row(row: Row, numeric: list[bool], ctx: Ctx) -> str:
    bold = " total" if row.is_total or row.bold else ""
    indent = f' style="padding-left:{4 + 10 * row.level}pt"' if row.level else ""
    cells = "".join(
        f'<td class="{"num" if i < len(numeric) and numeric[i] else "text"}">'
        f"{esc(printed_cell(text, ctx))}</td>"
        for i, text in enumerate(row.cells)
    )
    label = f"{ctx.anchors.start(row)}{esc(row.label)}"
    return f'<tr class="row{bold}"><td class="label"{indent}>{label}</td>{cells}</tr>'


def data_table_html(block: DataTable, ctx: Ctx) -> str:
    """Return a numeric table with multi-level header, totals and caption.

    Columns of figures are right-aligned and kept on one line; text columns
    (analysis, names) wrap and are left-aligned. Header cells always wrap.
    """
    numeric = _numeric_columns(block)
    head_rows = []
    for header_row in block.header_rows:
        cells, column = [], 0
        for i, cell in enumerate(header_row):
            if i == 0:
                kind = "label"
            else:
                spanned = numeric[column : column + cell.colspan]
                kind = "num" if spanned and all(spanned) else "text"
                column += cell.colspan
            span = f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
            cells.append(f'<th class="{kind}"{span}>{esc(cell.text)}</th>')
        head_rows.append(f"<tr>{''.join(cells)}</tr>")
    title = f'<p class="table-title">{esc(block.title)}</p>' if block.title else ""
    caption = f'<p class="table-caption">{esc(block.caption)}</p>' if block.caption else ""
    body = "".join(_data_row(row, numeric, ctx) for row in block.rows)
    ruling = ctx.ruling(block.ruling)
    return (
        f'<div class="data-table">{title}{caption}'
        f'<table class="data ruling-{ruling}"><thead>{"".join(head_rows)}</thead>'
        f"<tbody>{body}</tbody></table></div>"
    )

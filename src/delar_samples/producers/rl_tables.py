"""ReportLab tables for the table blocks: goal summary, indicators, assignments,
legends and numeric data tables.

Rulings differ from the WeasyPrint themes: goal, indicator and assignment
tables have horizontal rules only (a heavy rule over the header, hairlines
under rows); numeric tables have no rules at all but one under the header and
one over each total row, as in a financial statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from delar_samples.producers.rl_base import (
    INK,
    RULE_GREY,
    STYLES,
    Recorder,
    StatusMark,
    markup,
    para,
    status_flow,
)
from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Bullets,
    DataTable,
    GoalSummaryTable,
    Indicator,
    IndicatorTable,
    IndicatorValue,
    Legend,
    Status,
)
from delar_samples.tables import _is_number, _is_outcome_header, _is_status_header, _numeric_columns

Cell = list[Flowable]
GROUP_FILL = colors.HexColor("#DEEAF6")  # Word's "light blue" group row shading


@dataclass
class TableCtx:
    """What a block needs: the anchor recorder and the frame's size."""

    recorder: Recorder
    width: float
    height: float = 0.0


def rich(items: Sequence[str | Bullets], style: str = "cell") -> Cell:
    """Paragraphs and bullet lists (cell comments, goal analysis) as flowables."""
    flows: Cell = []
    for item in items:
        if isinstance(item, Bullets):
            flows.extend(bullet_items(item, small=style != "body"))
        else:
            flows.append(para(item, style))
    return flows


def bullet_items(block: Bullets, small: bool = False) -> Cell:
    """One paragraph per item; level 0 "•", deeper levels an en dash."""
    flows: Cell = []
    for level, text in block.items:
        style = STYLES["bullet1" if level else "bullet"]
        if small:
            style = ParagraphStyle(f"{style.name}-small", style, fontSize=8.5, leading=10.5)
        flows.append(Paragraph(markup(text), style, bulletText="\u2022" if not level else "\u2013"))
    return flows


def _widths(weights: Sequence[float], total: float) -> list[float]:
    scale = total / sum(weights)
    return [w * scale for w in weights]


def _rows_only(header_rows: int, body_rows: int) -> list[tuple]:
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.7, INK),
    ]
    if body_rows:
        cmds.append(("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE_GREY))
    return cmds


def _table(
    rows: list[list[Cell]], widths: list[float], header_rows: int, extra: Sequence[tuple] = ()
) -> Table:
    # Word's "allow row to break across pages": a row runs on at the page foot.
    # (Splitting by row first would leave a gap, then ReportLab would put the
    # rest of the table, header repeated, into that gap on the same page.)
    table = Table(
        rows, colWidths=widths, repeatRows=header_rows, splitByRow=0, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle([*_rows_only(header_rows, len(rows) - header_rows), *extra]))
    return _spaced(table)


def _spaced(table: Table) -> Table:
    """Room above and below, as the empty paragraph Word keeps between tables
    (two tables in a row would otherwise print as one)."""
    table.spaceBefore, table.spaceAfter = 4, 10
    return table


def _head(texts: Sequence[str]) -> list[Cell]:
    return [[para(text, "cell-head")] for text in texts]


def goal_summary(block: GoalSummaryTable, ctx: TableCtx) -> list[Flowable]:
    """Regionmål | Delmål | Prognos; the parent printed on its first row only."""
    rows: list[list[Cell]] = [_head(block.header)]
    for parent in block.goals:
        for index, child in enumerate(parent.children or [None]):
            first: Cell = [ctx.recorder.start(parent), para(parent.title, "cell-bold")]
            cells: list[Cell] = [first if index == 0 else []]
            if child is None:
                cells += [[], status_flow(parent.status, block.status_style)]
            else:
                cells.append([ctx.recorder.start(child), para(child.title, "cell")])
                cells.append(status_flow(child.status, block.status_style))
            rows.append(cells)
    return [_table(rows, _widths([3.2, 4.3, 2.5], ctx.width), 1)]


def _value(value: IndicatorValue | None) -> Cell:
    return [para(value.text, "cell-num")] if value and value.text else []


_ARROWS = {"positive": "\u2197", "negative": "\u2198", "unchanged": "\u2192"}


def _indicator_field(
    header: str, seen: int, total: int, style: str
) -> tuple[float, Callable[[Indicator], Cell]]:
    """Width weight and cell maker of one indicator-table column (see tables.py)."""
    word = header.lower()
    if _is_status_header(word):
        return 1.7, lambda ind: status_flow(ind.status, style)
    if word.startswith("kommentar"):
        return 2.8, lambda ind: [para(ind.comment, "cell-small")] if ind.comment else []
    if word.startswith(("mål", "målvärde")):
        return 1.0, lambda ind: _value(ind.target)
    if word.startswith("enhet"):
        return 0.8, lambda ind: [para(ind.unit, "cell")] if ind.unit else []
    if word.startswith("trend"):
        return 0.6, lambda ind: [para(_ARROWS.get(ind.trend or "", ""), "cell")]
    if total >= 2 and seen == 0:
        return 1.0, lambda ind: _value(ind.baseline)
    return 1.0, lambda ind: _value(ind.outcome)


def indicator_table(block: IndicatorTable, ctx: TableCtx) -> list[Flowable]:
    """The goal-grouped indicator table: a shaded group row per goal."""
    total = sum(_is_outcome_header(h) for h in block.header[1:])
    fields, seen = [], 0
    for text in block.header[1:]:
        fields.append(_indicator_field(text, seen, total, block.status_style))
        seen += _is_outcome_header(text)
    rows: list[list[Cell]] = [_head(block.header)]
    extra: list[tuple] = []
    width = len(block.header)
    for goal in block.goals:
        extra += [
            ("SPAN", (0, len(rows)), (-1, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_FILL),
        ]
        rows.append(
            [[ctx.recorder.start(goal), para(goal.title, "cell-bold")]] + [[]] * (width - 1)
        )
        for ind in goal.indicators:
            name = [ctx.recorder.start(ind), para(ind.name, "cell")]
            rows.append([name, *(make(ind) for _, make in fields)])
    weights = [2.6, *(weight for weight, _ in fields)]
    flows: list[Flowable] = [para(block.note, "caption")] if block.note else []
    return [*flows, _table(rows, _widths(weights, ctx.width), 1, extra)]


_ASSIGNMENT_WEIGHTS = {
    "status": 1.6,
    "title": 3.0,
    "comment": 4.0,
    "periodicity_due": 1.4,
    "due": 1.1,
    "ref": 0.8,
    "responsible": 1.4,
    "number": 0.6,
    "report": 1.2,
}


def _assignment_cell(
    column: str, row: Assignment, index: int, block: AssignmentTable, ctx: TableCtx
) -> Cell:
    due = row.due_text or row.due_date or ""
    if column == "status":
        return status_flow(row.status, block.status_style, shape="square")
    if column == "title":
        has_ref = {"ref", "number"} & set(block.columns)
        prefix = f"({row.ref}) " if row.ref and not has_ref else ""
        cell: Cell = [ctx.recorder.start(row), para(prefix + row.title, "cell")]
        if row.directed_to:
            cell.append(para(f"Riktas till {row.directed_to}", "cell-small"))
        return cell
    if column == "comment":
        return rich(row.comment)
    if column == "periodicity_due":
        return [para("\n".join(p for p in (row.periodicity, due) if p), "cell")]
    if column == "due":
        return [para(due, "cell")]
    if column in ("ref", "number"):
        ref = row.ref or (str(index) if column == "number" else "")
        return [para(ref, "cell")]
    if column == "responsible":
        return [para(row.responsible, "cell")]
    if column == "report":
        return [para(row.periodicity, "cell")]
    raise ValueError(f"unknown assignment column {column!r}")


def assignment_table(block: AssignmentTable, ctx: TableCtx) -> list[Flowable]:
    """An uppdrag/aktivitet table; long rows split across pages."""
    rows: list[list[Cell]] = [_head(block.header)]
    for index, row in enumerate(block.rows, start=1):
        rows.append([_assignment_cell(c, row, index, block, ctx) for c in block.columns])
    weights = [_ASSIGNMENT_WEIGHTS[c] for c in block.columns]
    return [_table(rows, _widths(weights, ctx.width), 1)]


def legend(block: Legend, ctx: TableCtx) -> list[Flowable]:
    """A legend: label, criterion (if the data has one) and the colour as drawn."""
    with_criterion = len(block.header) >= 3
    rows: list[list[Cell]] = [_head(block.header)]
    for entry in block.entries:
        swatch = StatusMark(Status(status="", color=entry.color), getattr(block, "shape", "circle"))
        cells: list[Cell] = [[para(entry.label, "cell")]]
        if with_criterion:
            cells.append([para(entry.criterion, "cell")])
        rows.append([*cells, [swatch]])
    weights = [2.5, 5.5, 1.0] if with_criterion else [2.5, 1.0]
    share = 0.95 if with_criterion else 0.45
    return [
        para(block.title, "table-title"),
        _table(rows, _widths(weights, ctx.width * share), 1),
    ]


def data_table(block: DataTable, ctx: TableCtx) -> list[Flowable]:
    """A numeric table: title, caption, spanning header rows, figures right-aligned."""
    numeric = _numeric_columns(block)
    width = 1 + max((len(row.cells) for row in block.rows), default=0)
    rows: list[list[Cell]] = []
    extra: list[tuple] = []
    for r, header_row in enumerate(block.header_rows):
        cells: list[Cell] = []
        for cell in header_row:
            column = len(cells)
            spanned = numeric[column - 1 : column - 1 + cell.colspan] if column else []
            style = "cell-num-bold" if spanned and all(spanned) else "cell-head"
            cells.append([para(cell.text, style)])
            if cell.colspan > 1:
                extra.append(("SPAN", (column, r), (column + cell.colspan - 1, r)))
                cells.extend([] for _ in range(cell.colspan - 1))
        rows.append(cells + [[] for _ in range(width - len(cells))])
    head = len(rows)
    for row in block.rows:
        bold = row.is_total or row.bold
        base = STYLES["cell-bold" if bold else "cell"]
        label = ParagraphStyle(f"{base.name}-{row.level}", base, leftIndent=9 * row.level)
        cells = [[ctx.recorder.start(row), Paragraph(markup(row.label), label)]]
        for i, text in enumerate(row.cells):
            num = i < len(numeric) and numeric[i] and _is_number(text)
            style = ("cell-num-bold" if bold else "cell-num") if num else "cell"
            cells.append([para(text, style)] if text else [])
        if row.is_total:
            extra.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.6, INK))
        rows.append(cells + [[] for _ in range(width - len(cells))])
    weights = [3.4 if width <= 6 else 2.6] + [1.0 if n else 2.2 for n in numeric]
    weights += [1.0] * (width - len(weights))
    widths = _widths(weights, ctx.width)
    if not all(numeric):
        # A table of prose (analysis per area): top-aligned, a hairline per row.
        return _titled(block, _table(rows, widths, head, extra))
    table = Table(rows, colWidths=widths, repeatRows=head, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.7, INK),
                *extra,
            ]
        )
    )
    return _titled(block, _spaced(table))


def _titled(block: DataTable, table: Table) -> list[Flowable]:
    flows: list[Flowable] = []
    if block.title:
        flows.append(para(block.title, "table-title"))
    if block.caption:
        flows.append(para(block.caption, "caption"))
    return [*flows, table]


def indicator_rows(
    indicators: Sequence[Indicator], ctx: TableCtx, style: str, values: bool = True
) -> list[list[Cell]]:
    """Rows of the Stratsys-like indicator list: marker, name (+ comment), label, values."""
    rows: list[list[Cell]] = []
    for ind in indicators:
        marker: Cell = []
        label: Cell = []
        if ind.status is not None:
            if ind.status.color and style != "none":
                marker = [StatusMark(replace(ind.status, label=None))]
            label = [para(ind.status.label, "cell")] if ind.status.label else []
        name: Cell = [ctx.recorder.start(ind), para(ind.name, "cell")]
        if ind.comment:
            name.append(para(ind.comment, "cell-small"))
        extra = [_value(v) for v in (ind.baseline, ind.target, ind.outcome) if v] if values else []
        rows.append([marker, name, label, *extra])
    return rows


def indicator_list(indicators: Sequence[Indicator], ctx: TableCtx, style: str) -> list[Flowable]:
    """The "Indikatorer" list of a goal section."""
    rows = indicator_rows(indicators, ctx, style)
    width = max(len(r) for r in rows)
    rows = [r + [[] for _ in range(width - len(r))] for r in rows]
    weights = [0.35, 5.0, 2.2] + [1.0] * (width - 3)
    table = Table(rows, colWidths=_widths(weights, ctx.width), splitByRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE_GREY),
            ]
        )
    )
    return [para("Indikatorer", "subheading"), _spaced(table)]

"""HTML for every block type of :mod:`delar_samples.spec`, and the dispatcher."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from delar_samples.charts import chart_uri, sparkline_uri
from delar_samples.context import Ctx
from delar_samples.spec import (
    AssignmentList,
    AssignmentTable,
    Block,
    Bullets,
    Chart,
    DataTable,
    Goal,
    GoalSections,
    GoalSummaryTable,
    Heading,
    IndicatorTable,
    Legend,
    PageBreak,
    Para,
    Slide,
)
from delar_samples.status import marker_html, status_cell, status_html
from delar_samples.tables import (
    assignment_table_html,
    data_table_html,
    goal_summary_html,
    indicator_table_html,
)
from delar_samples.textblocks import bullets_html, esc, rich_html


def heading_html(block: Heading, ctx: Ctx) -> str:
    """Return h1..h4 with the section number printed before the title."""
    level = min(max(block.level, 1), 4)
    number = f'<span class="num">{esc(block.number)}</span> ' if block.number else ""
    brk = ' style="break-before:page"' if block.page_break_before else ""
    return f"<h{level}{brk}>{number}{esc(block.title)}</h{level}>"


def para_html(block: Para, ctx: Ctx) -> str:
    """Return one paragraph in its style class."""
    return f'<p class="{escape(block.style)}">{esc(block.text)}</p>'


def legend_html(block: Legend, ctx: Ctx) -> str:
    """Return a "Status Färg" legend: label, optional criterion, colour swatch."""
    with_criterion = len(block.header) >= 3
    rows = []
    for entry in block.entries:
        cells = f"<td>{esc(entry.label)}</td>"
        if with_criterion:
            cells += f"<td>{esc(entry.criterion)}</td>"
        cells += f'<td class="swatch" style="background:{escape(ctx.color(entry.color))}"></td>'
        rows.append(f"<tr>{cells}</tr>")
    head = "".join(f"<th>{esc(text)}</th>" for text in block.header)
    return (
        f'<div class="legend"><p class="legend-title">{esc(block.title)}</p>'
        f'<table class="grid legend"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def chart_html(block: Chart, ctx: Ctx) -> str:
    """Return the chart image with title, category and axis labels as text."""
    labels = "".join(f'<span class="chart-label">{esc(label)}</span>' for label in block.labels)
    axes = " · ".join(esc(label) for label in block.axis_labels)
    return (
        f'<figure class="chart"><p class="chart-title">{esc(block.title)}</p>'
        f'<img src="{chart_uri(block)}" alt="{escape(block.title)}">'
        + (f'<p class="chart-labels">{labels}</p>' if labels else "")
        + (f'<p class="chart-axes">{axes}</p>' if axes else "")
        + "</figure>"
    )


def _indicator_list(goal: Goal, ctx: Ctx, style: str) -> str:
    """Stratsys list: a shaded "Indikatorer" bar, then icon + name per row."""
    rows = []
    for indicator in goal.indicators:
        extra = [v.text for v in (indicator.baseline, indicator.target, indicator.outcome) if v]
        values = "".join(f'<td class="num">{esc(text)}</td>' for text in extra)
        comment = f'<p class="small">{esc(indicator.comment)}</p>' if indicator.comment else ""
        marker, label = "", ""
        if indicator.status:
            # Marker and printed label in separate cells so the name lines up.
            marker = marker_html(ctx.status(indicator.status), style)
            label = esc(indicator.status.label)
        rows.append(
            f'<tr><td class="marker">{marker}</td>'
            f'<td class="name">{ctx.anchors.start(indicator)}{esc(indicator.name)}{comment}</td>'
            f'<td class="ind-label">{label}</td>{values}</tr>'
        )
    return (
        '<div class="ind-bar">Indikatorer</div>'
        f'<table class="ind-list"><tbody>{"".join(rows)}</tbody></table>'
    )


def _indicator_matrix(goal: Goal, header: list[str], ctx: Ctx, style: str) -> str:
    """Word matrix: "Måluppfyllelse | Indikator | Diagram" with a chart per row."""
    head = "".join(f"<th>{esc(text)}</th>" for text in header)
    rows = []
    for indicator in goal.indicators:
        picture = (
            f'<img class="spark" src="{sparkline_uri(indicator.name)}" alt="Diagram">'
            if indicator.chart
            else esc(indicator.outcome.text if indicator.outcome else "")
        )
        rows.append(
            f"<tr>{status_cell(ctx.status(indicator.status), style)}"
            f'<td class="name">{ctx.anchors.start(indicator)}{esc(indicator.name)}</td>'
            f'<td class="chart-cell">{picture}</td></tr>'
        )
    return (
        f'<table class="grid matrix"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _goal_html(goal: Goal, block: GoalSections, ctx: Ctx, depth: int) -> str:
    """Return one goal (heading, status, Analys, Indikatorer) and its children."""
    style = ctx.style(block.status_style)
    tag = "h3" if depth == 0 else "h4"
    title = f"{ctx.anchors.start(goal)}{esc(goal.title)}"
    parts = [f'<div class="goal depth{depth}"><{tag} class="goal-title">{title}</{tag}>']
    if goal.status:
        parts.append(f'<p class="goal-status">{status_html(ctx.status(goal.status), style)}</p>')
    if goal.analysis:
        # Stratsys prints an "Analys" label; the Word report (001) runs the prose
        # straight under the goal heading.
        label = '<p class="subheading">Analys</p>' if block.layout != "matrix" else ""
        parts.append(label + rich_html(goal.analysis))
    if goal.indicators:
        if block.layout == "matrix":
            header = block.indicator_header or ["Måluppfyllelse", "Indikator", "Diagram"]
            parts.append(_indicator_matrix(goal, header, ctx, style))
        else:
            parts.append(_indicator_list(goal, ctx, style))
    parts.append("</div>")
    parts.extend(_goal_html(child, block, ctx, depth + 1) for child in goal.children)
    return "".join(parts)


def goal_sections_html(block: GoalSections, ctx: Ctx) -> str:
    """Return the per-goal follow-up sections."""
    return "".join(_goal_html(goal, block, ctx, 0) for goal in block.goals)


def assignment_list_html(block: AssignmentList, ctx: Ctx) -> str:
    """Uppdrag as a list: a bold title line, "Status: Pågår" and "Slutdatum:
    2025-12-31" lines, then the comment paragraphs; no table, no rules."""
    items = []
    for row in block.rows:
        fields = [
            f'<p class="assignment-field">{esc(block.status_word)}: {esc(row.status.label)}</p>'
        ]
        due = row.due_text or row.due_date
        if due:
            fields.append(f'<p class="assignment-field">{esc(block.due_word)}: {esc(due)}</p>')
        items.append(
            '<div class="assignment-item">'
            f'<p class="assignment-title">{ctx.anchors.start(row)}{esc(row.title)}</p>'
            f"{''.join(fields)}{rich_html(row.comment)}</div>"
        )
    return f'<div class="assignment-list">{"".join(items)}</div>'


def page_break_html(block: PageBreak, ctx: Ctx) -> str:
    """Return a forced page break."""
    return '<div class="page-break"></div>'


# From this autofit level on, a slide's blocks are laid out in two columns.
SPLIT_FIT = 4


def _weight(block: Block) -> float:
    """Rough height of a slide block in text lines, to balance two columns."""
    if isinstance(block, Para):
        return 1 + len(block.text) / 80
    if isinstance(block, Bullets):
        return sum(1 + len(text) / 80 for _, text in block.items)
    if isinstance(block, DataTable):
        return 2 + len(block.rows) + len(block.header_rows)
    if isinstance(block, AssignmentTable):
        return 2 + 3 * len(block.rows)
    if isinstance(block, IndicatorTable):
        return 2 + sum(1 + 2 * len(goal.indicators) for goal in block.goals)
    if isinstance(block, Chart):
        return 10
    return 2


def _columns(blocks: list[Block]) -> int:
    """Where to cut ``blocks`` (kept in reading order) into two balanced columns."""
    weights = [_weight(block) for block in blocks]
    total = sum(weights)
    return min(
        range(1, len(blocks)),
        key=lambda cut: max(sum(weights[:cut]), total - sum(weights[:cut])),
    )


def slide_html(block: Slide, ctx: Ctx) -> str:
    """Return one landscape slide: title bar, optional subtitle, then its blocks.

    An overfull slide (autofit level ``ctx.fit``) gets smaller text and charts
    and, at :data:`SPLIT_FIT` and above, its blocks side by side in two columns.
    """
    subtitle = f'<p class="slide-subtitle">{esc(block.subtitle)}</p>' if block.subtitle else ""
    level = ctx.fit.get(id(block), 0)
    if level >= SPLIT_FIT and len(block.blocks) >= 2:
        cut = _columns(block.blocks)
        left = "".join(block_html(child, ctx) for child in block.blocks[:cut])
        right = "".join(block_html(child, ctx) for child in block.blocks[cut:])
        # The clearing div keeps the slide's end anchor below both columns.
        body = (
            f'<div class="col">{left}</div><div class="col">{right}</div>'
            '<div class="col-end"></div>'
        )
        body_class = "slide-body split"
    else:
        body = "".join(block_html(child, ctx) for child in block.blocks)
        body_class = "slide-body"
    return (
        f'<section class="slide fit-{level}"><div class="slide-title">{esc(block.title)}</div>'
        f'{subtitle}<div class="{body_class}">{body}</div></section>'
    )


_RENDERERS: dict[type, Callable] = {
    Heading: heading_html,
    Para: para_html,
    Bullets: lambda block, ctx: bullets_html(block),
    Legend: legend_html,
    GoalSummaryTable: goal_summary_html,
    GoalSections: goal_sections_html,
    IndicatorTable: indicator_table_html,
    AssignmentTable: assignment_table_html,
    AssignmentList: assignment_list_html,
    DataTable: data_table_html,
    Chart: chart_html,
    PageBreak: page_break_html,
    Slide: slide_html,
}


def block_html(block: Block, ctx: Ctx) -> str:
    """Return the HTML of any block; unknown types are a programming error."""
    try:
        renderer = _RENDERERS[type(block)]
    except KeyError:
        raise TypeError(f"no renderer for block type {type(block).__name__}") from None
    html = renderer(block, ctx)
    if isinstance(block, PageBreak):
        return html
    return _anchored(html, ctx.anchors.start(block), ctx.anchors.end(block))


# Opening tag of a table cell (not <thead>/<tbody>).
_CELL = re.compile(r"<t[hd](?:\s[^>]*)?>")

# Closing tags inside which an end anchor is valid inline content.
_INLINE_ENDS = ("</td>", "</th>", "</p>", "</li>", "</h1>", "</h2>", "</h3>", "</h4>", "</div>")


def _anchored(html: str, start: str, end: str) -> str:
    """Put the start anchor just inside the block's first element (so a page break
    before the element moves the anchor with it) and the end anchor inside its
    last text-bearing element (an anchor after a table could fall on the next page)."""
    first = html.find(">") + 1
    table_at = 0 if html.startswith("<table") else None
    if html.startswith(("<div", "<figure")):
        # In a wrapper (data table, legend, chart) an anchor before the first
        # child would make an empty line of its own: a break point that can
        # strand the block's heading. It goes into the first child instead.
        if html.startswith("<p", first):
            first = html.find(">", first) + 1
        elif html.startswith("<table", first):
            table_at = first
    if table_at is not None:
        # Inside <table> but outside a cell the parser would move the anchor
        # in front of the table, possibly onto the previous page.
        cell = _CELL.search(html, table_at)
        first = cell.end() if cell else first
    html = html[:first] + start + html[first:]
    last = max(html.rfind(tag) for tag in _INLINE_ENDS)
    return html[:last] + end + html[last:] if last > 0 else html + end

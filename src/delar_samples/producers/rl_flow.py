"""ReportLab flowables for every block kind of :mod:`delar_samples.spec`.

:func:`block_flows` is the dispatcher; each block gets an anchor where it
starts and where it ends (:class:`~delar_samples.producers.rl_base.Anchored`),
and the data objects inside it (goals, indicators, rows) get theirs inside
the cell or paragraph that prints them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, Wedge
from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    PageBreak,
    Table,
    TableStyle,
)

from delar_samples.producers.rl_base import (
    STYLES,
    anchored,
    para,
    status_flow,
    status_glyph,
)
from delar_samples.producers.rl_legend import ShapedLegend
from delar_samples.producers.rl_tables import (
    RULE_GREY,
    TableCtx,
    _rows_only,
    _spaced,
    _widths,
    assignment_table,
    bullet_items,
    data_table,
    goal_summary,
    indicator_list,
    indicator_table,
    legend,
    rich,
)
from delar_samples.spec import (
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
    Para,
    Slide,
)
from delar_samples.spec import (
    PageBreak as PageBreakBlock,
)

# Office chart series colours in another order than charts.PALETTE.
SERIES = ["#5B9BD5", "#A5A5A5", "#264478", "#9E480E", "#636363", "#997300"]


def heading(block: Heading, ctx: TableCtx) -> list[Flowable]:
    """The heading with its number; a forced page break is emitted by the caller."""
    number = f"{block.number}\u2003" if block.number else ""
    level = min(max(block.level, 1), 4)
    return [para(number + block.title, f"h{level}")]


def _bars(chart: Chart, drawing: Drawing, box: tuple[float, float, float, float]) -> None:
    left, bottom, right, top = box
    series = chart.series or [[1.0, 2.0, 3.0]]
    values = [v for s in series for v in s] or [0.0, 1.0]
    low, high = min(0.0, *values), max(0.0, *values)
    high = high if high > low else low + 1.0
    scale = (top - bottom) / (high - low)
    zero = bottom + (0 - low) * scale
    for step in range(5):
        y = bottom + (top - bottom) * step / 4
        drawing.add(Line(left, y, right, y, strokeColor=RULE_GREY, strokeWidth=0.3))
    count = max(len(s) for s in series)
    group = (right - left) / max(count, 1)
    bar = group * 0.7 / len(series)
    for s_index, values_ in enumerate(series):
        color = colors.HexColor(SERIES[s_index % len(SERIES)])
        if chart.kind == "line":
            step_x = (right - left) / max(len(values_) - 1, 1)
            points = []
            for i, v in enumerate(values_):
                points += [left + i * step_x, zero + v * scale]
            drawing.add(PolyLine(points, strokeColor=color, strokeWidth=1.6))
            continue
        for index, value in enumerate(values_):
            x = left + index * group + group * 0.15 + s_index * bar
            y0, y1 = sorted((zero, zero + value * scale))
            drawing.add(Rect(x, y0, bar - 1, y1 - y0, fillColor=color, strokeColor=None))
    drawing.add(Line(left, zero, right, zero, strokeColor=colors.HexColor("#595959")))


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """A vector chart (bars, lines or a pie); its words are printed as text elsewhere."""
    drawing = Drawing(width, height)
    if chart.kind == "pie":
        values = (chart.series or [[1.0]])[0]
        total = sum(abs(v) for v in values) or 1.0
        start, radius = 90.0, height / 2 - 4
        for index, value in enumerate(values):
            extent = 360.0 * abs(value) / total
            color = colors.HexColor(SERIES[index % len(SERIES)])
            drawing.add(
                Wedge(width / 2, height / 2, radius, start - extent, start, fillColor=color)
            )
            start -= extent
        return drawing
    _bars(chart, drawing, (8, 6, width - 8, height - 6))
    return drawing


def chart(block: Chart, ctx: TableCtx) -> list[Flowable]:
    """Chart title, the drawing, category labels and axis labels as lines of text."""
    flows: list[Flowable] = [
        para(block.title, "table-title"),
        chart_drawing(block, min(ctx.width, 420), 150),
    ]
    if block.labels:
        flows.append(para("   ".join(block.labels), "caption"))
    if block.axis_labels:
        flows.append(para(" \u00b7 ".join(block.axis_labels), "caption"))
    # The title keeps with the drawing (keepWithNext); no KeepTogether, which
    # could not be drawn inside a slide's KeepInFrame.
    return flows


def sparkline(seed: str) -> Drawing:
    """A small bar chart shaped by ``seed`` (indicators shown "with a diagram")."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    values = [10.0 + digest[i] % 90 for i in range(5)]
    return chart_drawing(Chart(title=seed, series=[values]), 90, 34)


def _matrix(goal: Goal, block: GoalSections, ctx: TableCtx) -> list[Flowable]:
    header = block.indicator_header or ["Måluppfyllelse", "Indikator", "Diagram"]
    rows: list[list[list[Flowable]]] = [[[para(t, "cell-head")] for t in header]]
    for ind in goal.indicators:
        picture: list[Flowable]
        if ind.chart:
            picture = [sparkline(ind.name)]
        else:
            picture = [para(ind.outcome.text, "cell-num")] if ind.outcome else []
        name = [ctx.recorder.start(ind), para(ind.name, "cell")]
        rows.append([status_flow(ind.status, block.status_style), name, picture])
    table = Table(rows, colWidths=_widths([2.2, 4.6, 2.2], ctx.width), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(_rows_only(1, len(rows) - 1)))
    return [_spaced(table)]


def _goal(goal: Goal, block: GoalSections, ctx: TableCtx, depth: int) -> list[Flowable]:
    title = para(goal.title, "goal" if depth == 0 else "goal-child")
    flows: list[Flowable] = anchored([title], [ctx.recorder.start(goal)])
    if goal.status:
        flows.extend(status_glyph(goal.status, block.status_style))
    if goal.analysis:
        if block.layout != "matrix":
            flows.append(para("Analys", "subheading"))
        flows.extend(rich(goal.analysis, "body"))
    if goal.indicators:
        if block.layout == "matrix":
            flows.extend(_matrix(goal, block, ctx))
        else:
            flows.extend(indicator_list(goal.indicators, ctx, block.status_style))
    for child in goal.children:
        flows.extend(_goal(child, block, ctx, depth + 1))
    return flows


def goal_sections(block: GoalSections, ctx: TableCtx) -> list[Flowable]:
    """Per-goal follow-up: heading, status, Analys prose, indicators."""
    return [f for goal in block.goals for f in _goal(goal, block, ctx, 0)]


def slide(block: Slide, ctx: TableCtx) -> list[Flowable]:
    """A slide on a landscape page of its own: title, subtitle, then its blocks.

    Like PowerPoint's "shrink text on overflow", a body too tall for the page is
    scaled down to fit (ReportLab's KeepInFrame), so every slide is one page.
    """
    head: list[Flowable] = [para(block.title, "slide-title")]
    if block.subtitle:
        head.append(para(block.subtitle, "slide-subtitle"))
    used = sum(f.wrap(ctx.width, ctx.height)[1] + f.getSpaceAfter() for f in head)
    body = [f for child in block.blocks for f in block_flows(child, ctx)]
    # Page breaks mean nothing inside one slide.
    body = [f for f in body if not isinstance(f, PageBreak | CondPageBreak)]
    if not body:
        return head
    room = ctx.height - used - 2
    return [*head, KeepInFrame(ctx.width, room, body, mode="shrink")]


_RENDERERS: dict[type, Callable[..., list[Flowable]]] = {
    Heading: heading,
    Para: lambda block, ctx: [para(block.text, block.style)],
    Bullets: lambda block, ctx: bullet_items(block),
    Legend: legend,
    ShapedLegend: legend,
    GoalSummaryTable: goal_summary,
    GoalSections: goal_sections,
    IndicatorTable: indicator_table,
    AssignmentTable: assignment_table,
    DataTable: data_table,
    Chart: chart,
    Slide: slide,
}


def block_flows(block: Block, ctx: TableCtx) -> list[Flowable]:
    """Flowables of any block, anchored where it starts and where it ends."""
    if isinstance(block, PageBreakBlock):
        return [PageBreak()]
    try:
        renderer = _RENDERERS[type(block)]
    except KeyError:
        raise TypeError(f"no renderer for block type {type(block).__name__}") from None
    flows = anchored(renderer(block, ctx), [ctx.recorder.start(block)], [ctx.recorder.end(block)])
    if isinstance(block, Slide) or (isinstance(block, Heading) and block.page_break_before):
        return [PageBreak(), *flows]
    if isinstance(block, Heading):
        # Word's "keep with next" plus a little room: no heading alone at a page foot.
        return [CondPageBreak(STYLES["body"].leading * 4), *flows]
    return flows

"""The comparison as one self-contained HTML page: inline CSS and SVG, no script, no network.

An auditor can open it offline and send it on.  It has the summary counts,
charts (status of each kind old vs new, status transitions of matched items,
deviation per budget line), then per kind the changed pairs with both values
and their pages, the added and removed items, and the unchanged pairs (folded).
"""

from __future__ import annotations

from collections import Counter
from html import escape

from delar_extract.audit.compare.model import (
    Change,
    Comparison,
    ItemDiff,
    ItemKind,
    MatchState,
    ReportRef,
    ValueRef,
)
from delar_extract.audit.compare.render_text import KIND_TITLES, delta_text
from delar_extract.audit.compare.svg import (
    NO_STATUS,
    STATUS_COLOURS,
    Bar,
    colour,
    deviation_bars,
    status_bars,
    transition_matrix,
)

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;
background:#f6f7f9;line-height:1.4}
header{background:#1f3b5c;color:#fff;padding:18px 28px}
header h1{margin:0 0 6px;font-size:22px}
header p{margin:2px 0;font-size:14px;opacity:.92}
main{padding:12px 28px 40px;max-width:1280px}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 18px;
margin:16px 0}
h2{font-size:18px;margin:4px 0 10px}h3{font-size:15px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e6e9ed;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{border:1px solid #dde1e6;border-radius:6px;padding:8px 12px;min-width:200px;
background:#fbfcfd}
.card b{font-size:15px}.card span{display:inline-block;margin-right:10px;font-size:13px}
.pg{color:#5f6b7a;font-size:11px;white-space:nowrap}
.old{color:#8a2b2b}.new{color:#1b5e20}
.sim{font-variant-numeric:tabular-nums;white-space:nowrap}.sim.low{color:#b45309;font-weight:600}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:11px;color:#111;
white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:24px}.chart h3{margin-top:4px}
.chart.wide{flex-basis:100%}h4{font-size:13px;margin:12px 0 2px;color:#3d4a5c}
details summary{cursor:pointer;color:#1f3b5c;margin:6px 0}
.none{color:#5f6b7a;font-style:italic}
"""
STATUS_ORDER = list(STATUS_COLOURS)
# A matched pair below this similarity is flagged for a second look.
LOW_SIMILARITY = 0.85
# Deviation charts: tables shown and bars per table (the rest is in the lists below).
MAX_TABLES = 8
MAX_BARS = 20


def _pg(page: int | None) -> str:
    return f'<span class="pg">p.&nbsp;{page}</span>' if page else '<span class="pg">—</span>'


def _value(ref: ValueRef | None, side: str) -> str:
    if ref is None or (ref.text is None and ref.value is None):
        return '<span class="none">—</span>'
    text = ref.text if ref.text is not None else f"{ref.value:g}"
    return f'<span class="{side}">{escape(text)}</span> {_pg(ref.page)}'


def _badge(status: str | None) -> str:
    if not status:
        return ""
    return f'<span class="badge" style="background:{colour(status)}">{escape(status)}</span>'


def _sim(value: float | None) -> str:
    if value is None:
        return ""
    low = " low" if value < LOW_SIMILARITY else ""
    return f'<span class="sim{low}" title="title similarity">{value:.2f}</span>'


def _report_line(side: str, ref: ReportRef) -> str:
    period = f", {escape(ref.period)}" if ref.period else ""
    return (
        f"<p><b>{side}</b> {escape(ref.file)} — {escape(ref.title or '')} "
        f"({escape(ref.report_type)} {ref.year or ''}{period})</p>"
    )


def _summary(comparison: Comparison) -> str:
    cards = []
    for s in comparison.summary:
        cards.append(
            f'<div class="card"><b>{KIND_TITLES[s.kind]}</b><br>'
            f"<span>changed <b>{s.changed}</b></span><span>added <b>{s.added}</b></span>"
            f"<span>removed <b>{s.removed}</b></span><span>renamed <b>{s.renamed}</b></span>"
            f"<span>unchanged <b>{s.unchanged}</b></span></div>"
        )
    head = "".join(
        f'<th class="num">{h}</th>'
        for h in (
            "old",
            "new",
            "matched",
            "unchanged",
            "changed",
            "renamed",
            "status changed",
            "added",
            "removed",
        )
    )
    rows = "".join(
        f"<tr><td>{KIND_TITLES[s.kind]}</td>"
        + "".join(f'<td class="num">{n}</td>' for n in s.counts())
        + "</tr>"
        for s in comparison.summary
    )
    return (
        '<section id="summary"><h2>Summary</h2>'
        f'<div class="cards">{"".join(cards)}</div>'
        f"<h3>Counts</h3><table><tr><th>kind</th>{head}</tr>{rows}</table>"
        f'<p class="pg">Renamed items are matched at a title similarity of at least '
        f"{comparison.threshold:.2f}; pairs below {LOW_SIMILARITY:.2f} are marked.</p></section>"
    )


def _status_charts(comparison: Comparison) -> str:
    blocks = []
    for kind in (ItemKind.GOAL, ItemKind.INDICATOR, ItemKind.ASSIGNMENT):
        items = comparison.of_kind(kind)
        old = Counter(d.status_old or NO_STATUS for d in items if d.state != MatchState.ADDED)
        new = Counter(d.status_new or NO_STATUS for d in items if d.state != MatchState.REMOVED)
        if not old and not new:
            continue
        moves = Counter(
            (d.status_old or NO_STATUS, d.status_new or NO_STATUS)
            for d in items
            if d.state == MatchState.MATCHED
        )
        matrix = transition_matrix(moves, STATUS_ORDER) if moves else ""
        blocks.append(
            f'<div class="chart"><h3>{KIND_TITLES[kind]}: status, old and new</h3>'
            f"{status_bars(old, new, STATUS_ORDER)}"
            + (
                f"<h3>{KIND_TITLES[kind]}: status transitions of matched items</h3>{matrix}"
                if matrix
                else '<p class="none">No matched items: no transitions.</p>'
            )
            + "</div>"
        )
    return "".join(blocks)


def _pick(item: ItemDiff, measures: tuple[str, ...] | None) -> Change | None:
    """The row's change in a column of ``measures`` (any numeric change when None)."""
    for change in item.changes:
        if change.delta is not None and (
            measures is None or change.field.split("|")[0] in measures
        ):
            return change
    return None


def _deviation_chart(comparison: Comparison) -> str:
    """Per table (its own scale: a total would dwarf the lines), old and new value of
    each changed row's deviation column, else of its first changed number."""
    rows = [d for d in comparison.of_kind(ItemKind.TABLE_ROW) if d.changed]
    measures: tuple[str, ...] | None = ("avvikelse", "prognos_avvikelse")
    what = "deviation (avvikelse) per line"
    if not any(_pick(d, measures) for d in rows):
        measures, what = None, "first changed number per line"
    groups: dict[str, list[Bar]] = {}
    for item in rows:
        change = _pick(item, measures)
        if change is not None:
            groups.setdefault(item.context or "", []).append(
                Bar(
                    f"{item.title_new} ({change.label})",
                    change.old.value if change.old else None,
                    change.new.value if change.new else None,
                )
            )
    if not groups:
        empty = (
            "No table row with a changed number."
            if comparison.of_kind(ItemKind.TABLE_ROW)
            else "No budget or figure table in either report."
        )
        return f'<div class="chart wide"><p class="none">{empty}</p></div>'
    charts = "".join(
        f"<h4>{escape(context)}</h4>{deviation_bars(bars[:MAX_BARS], None)}"
        for context, bars in list(groups.items())[:MAX_TABLES]
    )
    more = len(groups) - MAX_TABLES
    note = (
        f'<p class="pg">{more} more tables changed: see Table rows below.</p>' if more > 0 else ""
    )
    return f'<div class="chart wide"><h3>Budget and figure tables: {what}</h3>{charts}{note}</div>'


def _changed_table(items: list[ItemDiff]) -> str:
    head = (
        "<tr><th>item (new title), pages old → new</th><th>sim.</th><th>field</th>"
        "<th>old</th><th>new</th>"
        '<th class="num">Δ</th></tr>'
    )
    body = []
    for item in items:
        # a renamed item's old title is in its "title" row, beside the new one
        title = escape(item.title_new or "")
        title += f" {_pg(item.page_old)} → {_pg(item.page_new)}"
        if item.context:
            title += f'<br><span class="pg">{escape(item.context)}</span>'
        span = len(item.changes)
        for n, change in enumerate(item.changes):
            lead = (
                f'<td rowspan="{span}">{title}</td>'
                f'<td rowspan="{span}">{_sim(item.similarity)}</td>'
                if n == 0
                else ""
            )
            body.append(
                f"<tr>{lead}<td>{escape(change.label)}</td><td>{_value(change.old, 'old')}</td>"
                f"<td>{_value(change.new, 'new')}</td>"
                f'<td class="num">{escape(delta_text(change))}</td></tr>'
            )
    return f"<table>{head}{''.join(body)}</table>"


def _one_sided(items: list[ItemDiff], added: bool) -> str:
    rows = "".join(
        f"<tr><td>{escape((d.title_new if added else d.title_old) or '')}</td>"
        f"<td>{escape(d.context or '')}</td>"
        f"<td>{_badge(d.status_new if added else d.status_old)}</td>"
        f"<td>{_pg(d.page_new if added else d.page_old)}</td></tr>"
        for d in items
    )
    return (
        f"<table><tr><th>item</th><th>context</th><th>status</th><th>page</th></tr>{rows}</table>"
    )


def _unchanged(items: list[ItemDiff]) -> str:
    rows = "".join(
        f"<tr><td>{escape(d.title_new or '')}</td><td>{_sim(d.similarity)}</td>"
        f"<td>{_badge(d.status_new)}</td><td>{_pg(d.page_old)} → {_pg(d.page_new)}</td></tr>"
        for d in items
    )
    return (
        f"<details><summary>{len(items)} unchanged pairs</summary><table><tr><th>item</th>"
        f"<th>sim.</th><th>status</th><th>pages (old → new)</th></tr>{rows}</table></details>"
    )


def _kind_section(comparison: Comparison, kind: ItemKind) -> str:
    items = comparison.of_kind(kind)
    changed = [d for d in items if d.changed]
    added = [d for d in items if d.state == MatchState.ADDED]
    removed = [d for d in items if d.state == MatchState.REMOVED]
    unchanged = [d for d in items if d.state == MatchState.MATCHED and not d.changes]
    parts = [f'<section id="{kind.value}"><h2>{KIND_TITLES[kind]}</h2>']
    if not items:
        parts.append('<p class="none">None in either report.</p>')
    if changed:
        parts.append(f"<h3>Changed ({len(changed)})</h3>{_changed_table(changed)}")
    if added:
        parts.append(f"<h3>Added ({len(added)})</h3>{_one_sided(added, True)}")
    if removed:
        parts.append(f"<h3>Removed ({len(removed)})</h3>{_one_sided(removed, False)}")
    if unchanged:
        parts.append(_unchanged(unchanged))
    parts.append("</section>")
    return "".join(parts)


def render_html(comparison: Comparison) -> str:
    """The whole page as a string."""
    old, new = comparison.old, comparison.new
    title = f"Comparison: {old.file} → {new.file}"
    charts = _status_charts(comparison) + _deviation_chart(comparison)
    body = [
        f"<header><h1>{escape(title)}</h1>",
        _report_line("OLD", old),
        _report_line("NEW", new),
        "</header><main>",
        _summary(comparison),
        f'<section id="charts"><h2>Charts</h2><div class="charts">{charts}</div></section>',
        *(_kind_section(comparison, kind) for kind in ItemKind),
        "</main>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )

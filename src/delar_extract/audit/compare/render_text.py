"""The comparison as rich tables in the terminal (or plain text in a file)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from delar_extract.audit.compare.model import (
    Change,
    Comparison,
    ItemDiff,
    ItemKind,
    MatchState,
    ValueRef,
)

KIND_TITLES = {
    ItemKind.GOAL: "Goals",
    ItemKind.INDICATOR: "Indicators",
    ItemKind.ASSIGNMENT: "Assignments",
    ItemKind.TABLE_ROW: "Table rows",
}


def value_text(ref: ValueRef | None) -> str:
    """A value with its page: '74,6 % (p. 3)'; '—' when there is none."""
    if ref is None or (ref.text is None and ref.value is None):
        return "—"
    text = ref.text if ref.text is not None else f"{ref.value:g}"
    return f"{text} (p. {ref.page})" if ref.page else text


def delta_text(change: Change) -> str:
    if change.delta is None:
        return ""
    return f"{change.delta:+g}"


def page_pair(item: ItemDiff) -> str:
    old = f"p. {item.page_old}" if item.page_old else "—"
    new = f"p. {item.page_new}" if item.page_new else "—"
    return f"{old} → {new}"


def _summary_table(comparison: Comparison) -> Table:
    table = Table(title="Summary", title_justify="left")
    for header in ("kind", "old", "new", "matched", "unchanged", "changed", "renamed"):
        table.add_column(header, justify="right" if header != "kind" else "left")
    for header in ("status changed", "added", "removed"):
        table.add_column(header, justify="right")
    for s in comparison.summary:
        table.add_row(
            KIND_TITLES[s.kind],
            *(str(n) for n in s.counts()),
        )
    return table


def _changes_table(kind: ItemKind, items: list[ItemDiff]) -> Table:
    table = Table(title=f"{KIND_TITLES[kind]}: changed", title_justify="left", show_lines=True)
    for header in ("item (new title)", "sim.", "pages", "field", "old", "new", "Δ"):
        table.add_column(header, overflow="fold")
    for item in items:
        # a renamed item's old title is in its "title" row, beside the new one
        title = item.title_new or ""
        for n, change in enumerate(item.changes):
            table.add_row(
                title if n == 0 else "",
                f"{item.similarity:.2f}" if n == 0 and item.similarity is not None else "",
                page_pair(item) if n == 0 else "",
                change.label,
                value_text(change.old),
                value_text(change.new),
                delta_text(change),
            )
    return table


def _one_sided(kind: ItemKind, items: list[ItemDiff], state: MatchState) -> Table:
    table = Table(title=f"{KIND_TITLES[kind]}: {state.value}", title_justify="left")
    table.add_column("item", overflow="fold")
    table.add_column("context", overflow="fold")
    table.add_column("status")
    table.add_column("page", justify="right")
    for item in items:
        added = state == MatchState.ADDED
        table.add_row(
            (item.title_new if added else item.title_old) or "",
            item.context or "",
            (item.status_new if added else item.status_old) or "",
            str(item.page_new if added else item.page_old),
        )
    return table


def terminal_console() -> Console:
    """A console for stdout: the terminal's width, or 120 columns when piped."""
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        console = Console(soft_wrap=False, width=120)
    return console


def render_to_console(comparison: Comparison, console: Console) -> None:
    """Print the summary, then per kind the changed pairs, the added and removed items."""
    old, new = comparison.old, comparison.new
    console.print(
        f"[bold]OLD[/] {old.file}: {old.title or ''} ({old.report_type} {old.year or ''})\n"
        f"[bold]NEW[/] {new.file}: {new.title or ''} ({new.report_type} {new.year or ''})\n"
        f"renamed items match at similarity ≥ {comparison.threshold:.2f}"
    )
    console.print(_summary_table(comparison))
    for kind in ItemKind:
        items = comparison.of_kind(kind)
        changed = [d for d in items if d.changed]
        if changed:
            console.print(_changes_table(kind, changed))
        for state in (MatchState.ADDED, MatchState.REMOVED):
            mine = [d for d in items if d.state == state]
            if mine:
                console.print(_one_sided(kind, mine, state))


def render_text(comparison: Comparison, width: int = 120) -> str:
    """The same as plain text (no colours), for a file."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    render_to_console(comparison, console)
    return buffer.getvalue()

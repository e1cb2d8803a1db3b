"""Table rows of two reports: matched by table kind and row label, deltas per column.

Only tables of numeric kinds (budget, result, figures) are compared; goal,
indicator, assignment and legend tables are compared as those items.  Tables of
one kind pair up by title and row labels, then rows within a pair by label.
Columns line up by what they mean: the same measure and the same period
*relative to each report's own period*, so "Utfall 2025" of a 2025 report sits
beside "Utfall 2021" of a 2021 report, and "Ack 2025-08" beside "Ack 2021-12"
when each is its report's accumulated period.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from delar_extract.audit.compare.match import Pair, match_items, normalise_title, similarity
from delar_extract.audit.compare.model import Change, ItemDiff, ItemKind, MatchState, ValueRef
from delar_extract.model import Cell, Column, Report, Row, Table, TableKind

TEXT_KINDS = {
    TableKind.UNKNOWN,
    TableKind.LEGEND,
    TableKind.GOALS,
    TableKind.INDICATORS,
    TableKind.ASSIGNMENTS,
}
# Least score (title similarity and row-label overlap) for two tables to be one.
TABLE_THRESHOLD = 0.35
# Row labels are short; a renamed row needs a higher similarity than a goal.
ROW_THRESHOLD = 0.8
_PERIOD = re.compile(r"^(ack )?(\d{4})(?:-(\d{2}))?$")
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class Frame:
    """What a report's period is, to read its column periods relatively."""

    year: int | None
    month: int | None

    @classmethod
    def of(cls, report: Report) -> Frame:
        end = report.document.period.end
        return cls(end.year if end else report.document.year, end.month if end else None)


def relative_period(period: str | None, frame: Frame) -> str:
    """'ack 2025-08' in a report of Jan–Aug 2025 → 'ack Y+0-M'; '2024' → 'Y-1'."""
    if period is None:
        return ""
    match = _PERIOD.match(period)
    if match is None or frame.year is None:
        return period
    ack, year, month = match.group(1) or "", int(match.group(2)), match.group(3)
    text = f"{ack}Y{year - frame.year:+d}"
    if month is not None:
        text += "-M" if int(month) == frame.month else f"-{month}"
    return text


def column_key(column: Column, frame: Frame) -> str:
    """What a column means, comparable between reports of different periods."""
    label = " ".join(_YEAR.sub("", normalise_title(column.label)).split())
    # "other" says nothing of what a column holds: its header words do
    what = f"{column.measure}" if column.measure not in (None, "other") else f"other:{label}"
    return f"{what}|{relative_period(column.period, frame)}"


def _keys(table: Table, frame: Frame) -> list[str]:
    """Column keys, a repeated key numbered so that each is unique in its table."""
    seen: Counter[str] = Counter()
    keys = []
    for column in table.columns:
        key = column_key(column, frame)
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


def _table_score(a: Table, b: Table) -> float:
    labels_a = {normalise_title(r.label) for r in a.rows}
    labels_b = {normalise_title(r.label) for r in b.rows}
    overlap = len(labels_a & labels_b) / max(len(labels_a | labels_b), 1)
    titles = similarity(a.title, b.title) if (a.title or b.title) else 0.5
    return 0.5 * titles + 0.5 * overlap


def table_pairs(old: Report, new: Report) -> list[tuple[Table, Table]]:
    """Numeric tables paired within their kind, best score first, one-to-one."""
    candidates = []
    for a in old.tables:
        for b in new.tables:
            if a.kind == b.kind and a.kind not in TEXT_KINDS:
                score = _table_score(a, b)
                if score >= TABLE_THRESHOLD:
                    candidates.append((-score, a.id, b.id, a, b))
    used_a: set[str] = set()
    used_b: set[str] = set()
    pairs = []
    for _, id_a, id_b, a, b in sorted(candidates, key=lambda c: c[:3]):
        if id_a not in used_a and id_b not in used_b:
            pairs.append((a, b))
            used_a.add(id_a)
            used_b.add(id_b)
    return pairs


def _cell_ref(cell: Cell, row: Row) -> ValueRef:
    return ValueRef(
        text=cell.text, value=cell.value, page=cell.page or row.page, bbox=cell.bbox or row.bbox
    )


def _row_changes(
    a: Row, b: Row, keys_a: list[str], keys_b: list[str], old: Table, new: Table
) -> list[Change]:
    changes = []
    index_b = {k: n for n, k in enumerate(keys_b)}
    for n, key in enumerate(keys_a):
        m = index_b.get(key)
        if m is None or n >= len(a.cells) or m >= len(b.cells):
            continue
        x, y = a.cells[n], b.cells[m]
        if x.value is not None and y.value is not None:
            if abs(x.value - y.value) < 1e-9:
                continue
            delta: float | None = round(y.value - x.value, 6)
        elif " ".join(x.text.split()) == " ".join(y.text.split()):
            continue
        else:
            delta = None
        label_a, label_b = old.columns[n].label, new.columns[m].label
        changes.append(
            Change(
                field=key,
                label=label_a if label_a == label_b else f"{label_a} → {label_b}",
                old=_cell_ref(x, a),
                new=_cell_ref(y, b),
                delta=delta,
            )
        )
    return changes


def _context(table: Table) -> str:
    return f"{table.kind}: {table.title}" if table.title else str(table.kind)


def _added(row: Row, table: Table) -> ItemDiff:
    return ItemDiff(
        kind=ItemKind.TABLE_ROW,
        state=MatchState.ADDED,
        title_new=row.label,
        id_new=table.id,
        page_new=row.page,
        context=_context(table),
    )


def _removed(row: Row, table: Table) -> ItemDiff:
    return ItemDiff(
        kind=ItemKind.TABLE_ROW,
        state=MatchState.REMOVED,
        title_old=row.label,
        id_old=table.id,
        page_old=row.page,
        context=_context(table),
    )


def _rows_diff(old: Table, new: Table, frame_a: Frame, frame_b: Frame) -> list[ItemDiff]:
    keys_a, keys_b = _keys(old, frame_a), _keys(new, frame_b)
    pairs: list[Pair] = match_items(
        [r.label for r in old.rows], [r.label for r in new.rows], ROW_THRESHOLD
    )
    by_new = {p.new: p for p in pairs}
    matched_old = {p.old for p in pairs}
    result = []
    for j, b in enumerate(new.rows):
        pair = by_new.get(j)
        if pair is None:
            result.append(_added(b, new))
            continue
        a = old.rows[pair.old]
        changes = _row_changes(a, b, keys_a, keys_b, old, new)
        if a.label.strip() != b.label.strip():
            changes.insert(
                0,
                Change(
                    field="title",
                    label="row label",
                    old=ValueRef(text=a.label, page=a.page, bbox=a.bbox),
                    new=ValueRef(text=b.label, page=b.page, bbox=b.bbox),
                ),
            )
        result.append(
            ItemDiff(
                kind=ItemKind.TABLE_ROW,
                state=MatchState.MATCHED,
                title_old=a.label,
                title_new=b.label,
                id_old=old.id,
                id_new=new.id,
                page_old=a.page,
                page_new=b.page,
                similarity=pair.similarity,
                renamed=a.label.strip() != b.label.strip(),
                context=_context(new),
                changes=changes,
            )
        )
    result += [_removed(a, old) for i, a in enumerate(old.rows) if i not in matched_old]
    return result


def table_rows_diff(old: Report, new: Report) -> list[ItemDiff]:
    """Row diffs of every numeric table: paired tables row by row, the rest added/removed."""
    frame_a, frame_b = Frame.of(old), Frame.of(new)
    pairs = table_pairs(old, new)
    paired_old = {a.id for a, _ in pairs}
    paired_new = {b.id for _, b in pairs}
    by_new = {b.id: a for a, b in pairs}
    result: list[ItemDiff] = []
    for table in new.tables:
        if table.kind in TEXT_KINDS:
            continue
        if table.id in paired_new:
            result += _rows_diff(by_new[table.id], table, frame_a, frame_b)
        else:
            result += [_added(row, table) for row in table.rows]
    for table in old.tables:
        if table.kind not in TEXT_KINDS and table.id not in paired_old:
            result += [_removed(row, table) for row in table.rows]
    return result

"""Goals, indicators and assignments of two reports: matched, with what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from delar_extract.audit.compare.match import Pair, match_items
from delar_extract.audit.compare.model import Change, ItemDiff, ItemKind, MatchState, ValueRef
from delar_extract.model import Assignment, Goal, Indicator, Report, Value

T = TypeVar("T", bound=Goal | Indicator | Assignment)

# Ranking bonus of a pair whose parents (goal of an indicator, parent of a goal) match.
PARENT_BONUS = 0.05


def _ref(text: str | None, page: int | None, bbox: list[float] | None) -> ValueRef:
    return ValueRef(text=text, page=page, bbox=bbox)


def _title_change(
    old: Goal | Indicator | Assignment, new: Goal | Indicator | Assignment
) -> list[Change]:
    a = old.name if isinstance(old, Indicator) else old.title
    b = new.name if isinstance(new, Indicator) else new.title
    if " ".join(a.split()) == " ".join(b.split()):
        return []
    return [
        Change(
            field="title",
            label="title",
            old=_ref(a, old.page, old.bbox),
            new=_ref(b, new.page, new.bbox),
        )
    ]


def _status_of(item: Goal | Indicator | Assignment) -> tuple[str | None, str | None]:
    """(normalised status, printed label) of an item."""
    status = item.status if isinstance(item, Assignment) else item.assessment
    if status is None:
        return None, None
    return str(status.status), status.label


def _status_change(
    old: Goal | Indicator | Assignment, new: Goal | Indicator | Assignment
) -> list[Change]:
    (a, label_a), (b, label_b) = _status_of(old), _status_of(new)
    if a == b:
        return []
    return [
        Change(
            field="status",
            label="status",
            old=_ref(a if a is None or not label_a else f"{a} ({label_a})", old.page, old.bbox),
            new=_ref(b if b is None or not label_b else f"{b} ({label_b})", new.page, new.bbox),
        )
    ]


def _value_ref(value: Value | None, item: Indicator) -> ValueRef | None:
    if value is None:
        return None
    return ValueRef(
        text=value.label if value.period is None else f"{value.label} ({value.period})",
        value=value.value,
        page=value.page or item.page,
        bbox=value.bbox,
    )


def _same_value(a: Value | None, b: Value | None) -> bool:
    if a is None or b is None:
        return a is b
    if a.value is not None or b.value is not None:
        return a.value == b.value and a.period == b.period
    return " ".join((a.label or "").split()) == " ".join((b.label or "").split())


def _indicator_changes(old: Indicator, new: Indicator) -> list[Change]:
    changes = []
    for role in ("baseline", "target", "outcome"):
        a, b = getattr(old, role), getattr(new, role)
        if _same_value(a, b):
            continue
        delta = None
        if a is not None and b is not None and a.value is not None and b.value is not None:
            delta = round(b.value - a.value, 6)
        changes.append(
            Change(
                field=role,
                label=role,
                old=_value_ref(a, old),
                new=_value_ref(b, new),
                delta=delta,
            )
        )
    for field in ("unit", "trend", "direction"):
        a, b = getattr(old, field), getattr(new, field)
        if a != b:
            changes.append(
                Change(
                    field=field,
                    label=field,
                    old=_ref(None if a is None else str(a), old.page, old.bbox),
                    new=_ref(None if b is None else str(b), new.page, new.bbox),
                )
            )
    return changes


def _assignment_changes(old: Assignment, new: Assignment) -> list[Change]:
    changes = []
    if old.due_date != new.due_date:
        a, b = old.due_date, new.due_date
        delta = float((b - a).days) if a is not None and b is not None else None
        changes.append(
            Change(
                field="due_date",
                label="due date (days moved)",
                old=_ref(a.isoformat() if a else None, old.page, old.bbox),
                new=_ref(b.isoformat() if b else None, new.page, new.bbox),
                delta=delta,
            )
        )
    if old.ref != new.ref and old.ref and new.ref:
        changes.append(
            Change(
                field="ref",
                label="ref",
                old=_ref(old.ref, old.page, old.bbox),
                new=_ref(new.ref, new.page, new.bbox),
            )
        )
    return changes


def _diff(
    kind: ItemKind,
    old: Sequence[T],
    new: Sequence[T],
    pairs: Sequence[Pair],
    context: Callable[[T, bool], str | None],
) -> list[ItemDiff]:
    """Item diffs in the new report's order, removed items after."""

    def title(item: T) -> str:
        return item.name if isinstance(item, Indicator) else item.title

    by_new = {p.new: p for p in pairs}
    matched_old = {p.old for p in pairs}
    result = []
    for j, b in enumerate(new):
        pair = by_new.get(j)
        if pair is None:
            result.append(
                ItemDiff(
                    kind=kind,
                    state=MatchState.ADDED,
                    title_new=title(b),
                    id_new=b.id,
                    page_new=b.page,
                    context=context(b, True),
                    status_new=_status_of(b)[0],
                )
            )
            continue
        a = old[pair.old]
        changes = [*_title_change(a, b), *_status_change(a, b)]
        if isinstance(a, Indicator) and isinstance(b, Indicator):
            changes += _indicator_changes(a, b)
        if isinstance(a, Assignment) and isinstance(b, Assignment):
            changes += _assignment_changes(a, b)
        result.append(
            ItemDiff(
                kind=kind,
                state=MatchState.MATCHED,
                title_old=title(a),
                title_new=title(b),
                id_old=a.id,
                id_new=b.id,
                page_old=a.page,
                page_new=b.page,
                similarity=pair.similarity,
                renamed=any(c.field == "title" for c in changes),
                context=context(b, True),
                status_old=_status_of(a)[0],
                status_new=_status_of(b)[0],
                changes=changes,
            )
        )
    for i, gone in enumerate(old):
        if i not in matched_old:
            result.append(
                ItemDiff(
                    kind=kind,
                    state=MatchState.REMOVED,
                    title_old=title(gone),
                    id_old=gone.id,
                    page_old=gone.page,
                    context=context(gone, False),
                    status_old=_status_of(gone)[0],
                )
            )
    return result


def _depth(goal: Goal, goals: dict[str, Goal]) -> int:
    depth, seen = 0, set()
    while goal.parent_id and goal.parent_id in goals and goal.parent_id not in seen:
        seen.add(goal.parent_id)
        goal = goals[goal.parent_id]
        depth += 1
    return depth


def goal_pairs(old: Report, new: Report, threshold: float) -> list[Pair]:
    """Goals pair within the same level of the hierarchy, parents before children;
    a child whose parent matched the other's parent ranks first."""
    old_by_id = {g.id: g for g in old.goals}
    new_by_id = {g.id: g for g in new.goals}
    old_index = {g.id: i for i, g in enumerate(old.goals)}
    new_index = {g.id: j for j, g in enumerate(new.goals)}
    depths = sorted(
        {_depth(g, old_by_id) for g in old.goals} | {_depth(g, new_by_id) for g in new.goals}
    )
    pairs: list[Pair] = []
    for depth in depths:
        olds = [g for g in old.goals if _depth(g, old_by_id) == depth]
        news = [g for g in new.goals if _depth(g, new_by_id) == depth]
        parent_pairs = {(old.goals[p.old].id, new.goals[p.new].id) for p in pairs}

        def bonus(
            i: int,
            j: int,
            olds: list[Goal] = olds,
            news: list[Goal] = news,
            parents: set[tuple[str, str]] = parent_pairs,
        ) -> float:
            key = (olds[i].parent_id, news[j].parent_id)
            return PARENT_BONUS if key in parents else 0.0

        def allowed(i: int, j: int, olds: list[Goal] = olds, news: list[Goal] = news) -> bool:
            return olds[i].level == news[j].level

        found = match_items(
            [g.title for g in olds], [g.title for g in news], threshold, bonus, allowed
        )
        pairs += [
            Pair(old_index[olds[p.old].id], new_index[news[p.new].id], p.similarity) for p in found
        ]
    return sorted(pairs, key=lambda p: p.old)


def goals_diff(old: Report, new: Report, threshold: float) -> tuple[list[ItemDiff], list[Pair]]:
    pairs = goal_pairs(old, new, threshold)
    titles = {
        True: {g.id: g.title for g in new.goals},
        False: {g.id: g.title for g in old.goals},
    }

    def context(goal: Goal, is_new: bool) -> str | None:
        return titles[is_new].get(goal.parent_id or "")

    return _diff(ItemKind.GOAL, old.goals, new.goals, pairs, context), pairs


def indicators_diff(
    old: Report, new: Report, threshold: float, goal_matches: Sequence[Pair]
) -> list[ItemDiff]:
    goal_ids = {(old.goals[p.old].id, new.goals[p.new].id) for p in goal_matches}
    pairs = match_items(
        [i.name for i in old.indicators],
        [i.name for i in new.indicators],
        threshold,
        bonus=lambda i, j: (
            PARENT_BONUS
            if (old.indicators[i].goal_id, new.indicators[j].goal_id) in goal_ids
            else 0.0
        ),
    )
    titles = {True: {g.id: g.title for g in new.goals}, False: {g.id: g.title for g in old.goals}}

    def context(item: Indicator, is_new: bool) -> str | None:
        return titles[is_new].get(item.goal_id or "")

    return _diff(ItemKind.INDICATOR, old.indicators, new.indicators, pairs, context)


def _ref_pairs(old: Report, new: Report) -> list[Pair]:
    """Assignments that share a printed ref; several under one ref ("RF8" with its
    activities) pair by title within the ref, every one of them (the ref decides)."""
    groups_old: dict[str, list[int]] = {}
    groups_new: dict[str, list[int]] = {}
    for i, a in enumerate(old.assignments):
        if a.ref:
            groups_old.setdefault(a.ref, []).append(i)
    for j, b in enumerate(new.assignments):
        if b.ref:
            groups_new.setdefault(b.ref, []).append(j)
    pairs = []
    for ref, olds in groups_old.items():
        news = groups_new.get(ref, [])
        found = match_items(
            [old.assignments[i].title for i in olds],
            [new.assignments[j].title for j in news],
            threshold=0.0,
        )
        pairs += [Pair(olds[p.old], news[p.new], p.similarity) for p in found]
    return pairs


def assignments_diff(old: Report, new: Report, threshold: float) -> list[ItemDiff]:
    """Assignments pair by their printed ref when both have one, else by title."""
    pairs = _ref_pairs(old, new)
    done_old, done_new = {p.old for p in pairs}, {p.new for p in pairs}
    rest_old = [i for i in range(len(old.assignments)) if i not in done_old]
    rest_new = [j for j in range(len(new.assignments)) if j not in done_new]
    found = match_items(
        [old.assignments[i].title for i in rest_old],
        [new.assignments[j].title for j in rest_new],
        threshold,
    )
    pairs += [Pair(rest_old[p.old], rest_new[p.new], p.similarity) for p in found]

    def context(item: Assignment, is_new: bool) -> str | None:
        return item.issuer or item.directed_to

    return _diff(ItemKind.ASSIGNMENT, old.assignments, new.assignments, pairs, context)

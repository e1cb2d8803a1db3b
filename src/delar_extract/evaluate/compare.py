"""Compare an extracted report with the expected one, per entity kind.

For each kind: how many expected items were *found* (matched to an extracted
item), how many of those were *right* (their checked fields equal), and how
many items of the kind the extractor *emitted* at all, so that precision
(right / emitted) counts what is wrong or invented as well as recall (right /
expected) counts what is missed.  Items
are matched by their printed names, tolerant to spacing and case, so a wrong
id or order does not hide a right extraction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from delar_extract.model import Report, Section, Table
from delar_extract.vocab import fold

T = TypeVar("T")
# Two names match when this similar (difflib ratio on folded text).
MATCH_RATIO = 0.9


@dataclass(frozen=True)
class KindScore:
    kind: str
    expected: int
    found: int
    right: int
    emitted: int = 0  # items of this kind in the extraction, matched or not

    @property
    def precision(self) -> float:
        """Right among what was emitted (1.0 when nothing was emitted nor expected)."""
        if not self.emitted:
            return 0.0 if self.expected else 1.0
        return self.right / self.emitted

    @property
    def recall(self) -> float:
        """Right among what was expected (1.0 when nothing was expected)."""
        return self.right / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def similar(a: str | None, b: str | None) -> float:
    """Similarity of two printed names, 0..1."""
    fa, fb = fold(a or ""), fold(b or "")
    if fa == fb:
        return 1.0
    return SequenceMatcher(None, fa, fb, autojunk=False).ratio()


def match(
    expected: Sequence[T], extracted: Sequence[T], name: Callable[[T], str | None]
) -> list[tuple[T, T | None]]:
    """Pair each expected item with its most similar unused extracted item."""
    used: set[int] = set()
    pairs: list[tuple[T, T | None]] = []
    for item in expected:
        best, best_score = None, MATCH_RATIO
        for index, candidate in enumerate(extracted):
            if index in used:
                continue
            score = similar(name(item), name(candidate))
            if score >= best_score:
                best, best_score = index, score
                if score == 1.0:
                    break
        if best is not None:
            used.add(best)
        pairs.append((item, extracted[best] if best is not None else None))
    return pairs


def _score(
    kind: str, pairs: list[tuple[T, T | None]], right: Callable[[T, T], bool], emitted: int
) -> KindScore:
    found = [(e, x) for e, x in pairs if x is not None]
    return KindScore(kind, len(pairs), len(found), sum(1 for e, x in found if right(e, x)), emitted)


def _document(expected: Report, extracted: Report) -> KindScore:
    e, x = expected.document, extracted.document
    checks = [
        similar(e.organisation, x.organisation) == 1.0,
        similar(e.body, x.body) == 1.0,
        e.report_type == x.report_type,
        e.year == x.year,
        e.period.start == x.period.start,
        e.period.end == x.period.end,
        similar(e.title, x.title) >= MATCH_RATIO,
    ]
    return KindScore("document", len(checks), len(checks), sum(checks), len(checks))


def _section_pairs(expected: Report, extracted: Report) -> list[tuple[Section, Section | None]]:
    return match(expected.sections, extracted.sections, lambda s: f"{s.number or ''} {s.title}")


def _sections(expected: Report, extracted: Report) -> KindScore:
    """A section is right when its page range is (kinds are scored apart: which
    kind a slide titled "Kundnöjdhet" has is a judgement, its pages are not)."""
    return _score(
        "sections",
        _section_pairs(expected, extracted),
        lambda e, x: (e.page_start, e.page_end) == (x.page_start, x.page_end),
        len(extracted.sections),
    )


def _section_kinds(expected: Report, extracted: Report) -> KindScore:
    return _score(
        "section_kinds",
        _section_pairs(expected, extracted),
        lambda e, x: e.kind == x.kind,
        len(extracted.sections),
    )


def _goals(expected: Report, extracted: Report) -> KindScore:
    titles_e = {g.id: g.title for g in expected.goals}
    titles_x = {g.id: g.title for g in extracted.goals}

    def right(e, x) -> bool:
        status_e = e.assessment.status if e.assessment else None
        status_x = x.assessment.status if x.assessment else None
        parent_ok = (
            similar(titles_e.get(e.parent_id or ""), titles_x.get(x.parent_id or "")) >= MATCH_RATIO
        )
        return status_e == status_x and e.level == x.level and parent_ok

    pairs = match(expected.goals, extracted.goals, lambda g: g.title)
    return _score("goals", pairs, right, len(extracted.goals))


def _value(v) -> float | None:
    return v.value if v is not None else None


def _indicators(expected: Report, extracted: Report) -> KindScore:
    def right(e, x) -> bool:
        status_e = e.assessment.status if e.assessment else None
        status_x = x.assessment.status if x.assessment else None
        values = all(
            _value(getattr(e, f)) == _value(getattr(x, f))
            for f in ("baseline", "target", "outcome")
        )
        return status_e == status_x and values

    return _score(
        "indicators",
        match(expected.indicators, extracted.indicators, lambda i: i.name),
        right,
        len(extracted.indicators),
    )


def _assignments(expected: Report, extracted: Report) -> KindScore:
    def right(e, x) -> bool:
        status_e = e.status.status if e.status else None
        status_x = x.status.status if x.status else None
        return status_e == status_x and e.due_date == x.due_date

    return _score(
        "assignments",
        match(expected.assignments, extracted.assignments, lambda a: a.title),
        right,
        len(extracted.assignments),
    )


def _table_key(table: Table) -> str:
    return " | ".join(r.label for r in table.rows[:6])


def _table_shapes(expected: Report, extracted: Report) -> KindScore:
    pairs = _table_pairs(expected, extracted)
    return _score(
        "table_shapes",
        pairs,
        lambda e, x: (
            (len(e.rows), len(e.columns), e.page_start, e.page_end)
            == (len(x.rows), len(x.columns), x.page_start, x.page_end)
        ),
        len(extracted.tables),
    )


def _table_pairs(expected: Report, extracted: Report) -> list[tuple[Table, Table | None]]:
    """Tables pair up when they start on the same page and their row labels agree."""
    used: set[str] = set()
    pairs: list[tuple[Table, Table | None]] = []
    for table in expected.tables:
        candidates = [
            t for t in extracted.tables if t.page_start == table.page_start and t.id not in used
        ]
        best = max(
            candidates, key=lambda t: similar(_table_key(t), _table_key(table)), default=None
        )
        if best is not None and similar(_table_key(best), _table_key(table)) >= 0.5:
            used.add(best.id)
            pairs.append((table, best))
        else:
            pairs.append((table, None))
    return pairs


_NUMERIC_KINDS = {"legend", "goals", "indicators", "assignments"}


def _table_cells(expected: Report, extracted: Report) -> KindScore:
    total = found = right = 0
    for e, x in _table_pairs(expected, extracted):
        if e.kind.value in _NUMERIC_KINDS:
            continue
        rows_x = match(e.rows, x.rows, lambda r: r.label) if x else [(r, None) for r in e.rows]
        for row_e, row_x in rows_x:
            for index, cell in enumerate(row_e.cells):
                total += 1
                if row_x is None or index >= len(row_x.cells):
                    continue
                found += 1
                cell_x = row_x.cells[index]
                right += fold(cell.text) == fold(cell_x.text) and cell.value == cell_x.value
    emitted = sum(
        len(row.cells)
        for table in extracted.tables
        if table.kind.value not in _NUMERIC_KINDS
        for row in table.rows
    )
    return KindScore("table_cells", total, found, right, emitted)


def _key_figures(expected: Report, extracted: Report) -> KindScore:
    pairs = []
    pool = list(extracted.key_figures)
    for figure in expected.key_figures:
        hit = next(
            (
                k
                for k in pool
                if k.value == figure.value and k.unit == figure.unit and k.page == figure.page
            ),
            None,
        )
        if hit is not None:
            pool.remove(hit)
        pairs.append((figure, hit))
    return _score(
        "key_figures", pairs, lambda e, x: e.period == x.period, len(extracted.key_figures)
    )


COMPARATORS: tuple[Callable[[Report, Report], KindScore], ...] = (
    _document,
    _sections,
    _section_kinds,
    _goals,
    _indicators,
    _assignments,
    _table_shapes,
    _table_cells,
    _key_figures,
)


def compare_reports(expected: Report, extracted: Report) -> list[KindScore]:
    """Scores of ``extracted`` against ``expected``, one per entity kind."""
    return [compare(expected, extracted) for compare in COMPARATORS]

"""Budget and figure tables: their kind, and the tables of those kinds finished.

The classification pass (:mod:`delar_extract.parsers.classify`) gives a table
that has no follow-up role the kind :func:`table_to_kind` finds by the
``[[table_kinds]]`` vocabulary (caption and header words, then row labels:
"Skatteintäkter" makes a result table), or ``other`` when it holds numbers at
all.  :class:`BudgetParser` gives the tables so claimed columns with measure
and period (:mod:`delar_extract.parsers.columns`), a unit from caption, header
or cells, and a caption as title.  A table with no numbers and no claim stays
``unknown``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.layout.tables import TableBlock
from delar_extract.model import Document, Table, TableKind
from delar_extract.parsers.claims import FOLLOW_UP_ROLES, TableClaim
from delar_extract.parsers.columns import (
    PeriodContext,
    is_accumulated,
    labels_to_columns,
    text_to_unit,
)
from delar_extract.vocab import fold, raw_vocabulary

# Lines this close above a table (points) may be its caption.
CAPTION_GAP = 45.0


@dataclass(frozen=True)
class KindRule:
    kind: TableKind
    caption: tuple[str, ...]
    rows: tuple[str, ...]


@dataclass(frozen=True)
class TableContext:
    """Text around a table: caption lines (nearest first) and headings on its page."""

    captions: tuple[Line, ...]
    headings: tuple[str, ...]
    header: str
    text_size: float = 0.0  # font size of most of the table's lines


@lru_cache(maxsize=1)
def kind_rules() -> tuple[KindRule, ...]:
    return tuple(
        KindRule(
            TableKind(item["kind"]),
            tuple(fold(w) for w in item["caption"]),
            tuple(fold(w) for w in item["rows"]),
        )
        for item in raw_vocabulary()["table_kinds"]
    )


def block_to_context(layout: LayoutDocument, block: TableBlock) -> TableContext:
    """Caption lines just above the table and the headings above it on its first page."""
    page = layout.pages[block.page_start - 1] if block.page_start <= len(layout.pages) else None
    box = block.boxes.get(block.page_start)
    captions: list[Line] = []
    if page is not None and box is not None:
        above = [ln for ln in page.lines if -1 <= box.top - ln.box.bottom <= CAPTION_GAP]
        captions = sorted(above, key=lambda ln: box.top - ln.box.bottom)
    headings = tuple(
        h.title
        for h in layout.headings
        if h.page == block.page_start and (box is None or h.box.bottom <= box.top + 1)
    )
    header = " ".join(" ".join(row) for row in block.header_texts())
    sizes = sorted(ln.size for row in block.rows for c in row if c is not None for ln in c.lines)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    return TableContext(tuple(captions), headings, header, size)


def _has_numbers(table: Table) -> bool:
    return any(c.value is not None for r in table.rows for c in r.cells)


def table_to_kind(table: Table, context: TableContext) -> TableKind:
    """The kind the vocabulary gives a table, ``other`` for any other numeric table."""
    caption = fold(
        " ".join([context.header, *context.headings, *(ln.text for ln in context.captions[:2])])
    )
    labels = fold(" ".join(r.label for r in table.rows))
    for rule in kind_rules():
        if any(w in caption for w in rule.caption) or any(w in labels for w in rule.rows):
            return rule.kind
    return TableKind.OTHER if _has_numbers(table) else TableKind.UNKNOWN


def table_to_unit(table: Table, context: TableContext) -> str | None:
    """Unit from the header, the caption, the page's headings, else "%" printed in the cells."""
    group_rows = [r.label for r in table.rows if all(c.value is None for c in r.cells)]
    for text in (
        context.header,
        *group_rows[:2],
        *(ln.text for ln in context.captions[:2]),
        *reversed(context.headings),
    ):
        unit = text_to_unit(text)
        if unit is not None:
            return unit
    numeric = [c.text for r in table.rows for c in r.cells if c.value is not None]
    if numeric and sum("%" in text for text in numeric) * 2 > len(numeric):
        return "%"
    return None


# A line this much larger than the table's text stands apart like a bold one.
CAPTION_SIZE_RATIO = 1.3


def _caption_title(context: TableContext) -> str | None:
    """The nearest bold or much larger line above the table, if any: a caption,
    not running text."""
    large = CAPTION_SIZE_RATIO * context.text_size if context.text_size else float("inf")
    bold = [ln for ln in context.captions if ln.bold or ln.size >= large]
    return bold[0].text.strip() if bold else None


def _period_context(document: Document, table: Table, context: TableContext) -> PeriodContext:
    end = document.period.end
    caption = " ".join([*context.headings, *(ln.text for ln in context.captions[:2])])
    labels = [c.label for c in table.columns]
    mostly_accumulated = sum(is_accumulated(label) for label in labels) * 2 > len(labels) > 0
    return PeriodContext(
        year=end.year if end else document.year,
        month=end.month if end else None,
        accumulated=is_accumulated(caption) or mostly_accumulated,
    )


def is_budget_role(kind: TableKind) -> bool:
    """Whether tables of ``kind`` are this parser's: a budget kind or ``other``."""
    return kind not in FOLLOW_UP_ROLES and kind != TableKind.UNKNOWN


class BudgetParser:
    """Budget and figure tables with typed columns."""

    def parse(
        self, layout: LayoutDocument, tables: Sequence[TableClaim], document: Document
    ) -> list[Table]:
        """The tables of ``tables`` claimed with a budget role (or ``other``),
        finished: unit, typed columns and title."""
        result = []
        for claim in tables:
            if not is_budget_role(claim.role):
                continue
            table = claim.table
            context = block_to_context(layout, claim.block)
            columns = labels_to_columns(
                [c.label for c in table.columns], _period_context(document, table, context)
            )
            result.append(
                table.model_copy(
                    update={
                        "unit": table_to_unit(table, context),
                        "title": table.title or _caption_title(context),
                        "columns": columns,
                    }
                )
            )
        return result

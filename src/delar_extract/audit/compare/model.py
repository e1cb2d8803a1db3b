"""The result of comparing two reports: pydantic models, so ``--format json`` has a schema.

Every value carries the page (and box) it was read from in its report, so an
auditor can find both sides of each change in the PDFs.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ItemKind(StrEnum):
    GOAL = "goal"
    INDICATOR = "indicator"
    ASSIGNMENT = "assignment"
    TABLE_ROW = "table_row"


class MatchState(StrEnum):
    MATCHED = "matched"
    ADDED = "added"
    REMOVED = "removed"


class ValueRef(_Model):
    """One side of a change: the value as printed and where it is."""

    text: str | None = Field(default=None, description="The value as printed (or the status).")
    value: float | None = Field(default=None, description="The number, when it is one.")
    page: int | None = Field(default=None, description="1-based page in its report.")
    bbox: list[float] | None = Field(
        default=None,
        description="[x0, top, x1, bottom] in PDF points, origin top left of the page.",
    )


class Change(_Model):
    """A field whose value differs between the two reports."""

    field: str = Field(
        description="What changed: 'title', 'status', 'due_date', 'outcome', a column key ..."
    )
    label: str = Field(description="The field for a person ('Utfall 2025 → Utfall 2021').")
    old: ValueRef | None = Field(default=None, description="Value in the old report.")
    new: ValueRef | None = Field(default=None, description="Value in the new report.")
    delta: float | None = Field(default=None, description="new − old, when both are numbers.")


class ItemDiff(_Model):
    """One goal, indicator, assignment or table row: matched, added or removed."""

    kind: ItemKind = Field(description="What the item is.")
    state: MatchState = Field(description="Matched in both reports, or only in one.")
    title_old: str | None = Field(default=None, description="Title or row label in the old.")
    title_new: str | None = Field(default=None, description="Title or row label in the new.")
    id_old: str | None = Field(
        default=None, description="Item id in the old report (a table row: its table's id)."
    )
    id_new: str | None = Field(
        default=None, description="Item id in the new report (a table row: its table's id)."
    )
    page_old: int | None = Field(default=None, description="Page of the item in the old.")
    page_new: int | None = Field(default=None, description="Page of the item in the new.")
    similarity: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Title similarity of a matched pair (1 = same normalised title).",
    )
    renamed: bool = Field(default=False, description="Matched with a different title.")
    context: str | None = Field(
        default=None, description="Parent goal, or table kind and title, for orientation."
    )
    status_old: str | None = Field(default=None, description="Normalised status in the old.")
    status_new: str | None = Field(default=None, description="Normalised status in the new.")
    changes: list[Change] = Field(
        default_factory=list, description="Fields that differ; empty for an unchanged pair."
    )

    @property
    def changed(self) -> bool:
        return self.state == MatchState.MATCHED and bool(self.changes)


class KindSummary(_Model):
    """Counts of one kind of item."""

    kind: ItemKind = Field(description="The kind counted.")
    old: int = Field(description="Items in the old report.")
    new: int = Field(description="Items in the new report.")
    matched: int = Field(description="Pairs found in both.")
    unchanged: int = Field(description="Matched pairs without any change.")
    changed: int = Field(description="Matched pairs with at least one change.")
    renamed: int = Field(description="Matched pairs whose title differs.")
    status_changed: int = Field(description="Matched pairs whose status differs.")
    added: int = Field(description="Only in the new report.")
    removed: int = Field(description="Only in the old report.")

    def counts(self) -> tuple[int, ...]:
        """The counts in the order every rendering shows them."""
        return (
            self.old,
            self.new,
            self.matched,
            self.unchanged,
            self.changed,
            self.renamed,
            self.status_changed,
            self.added,
            self.removed,
        )


class ReportRef(_Model):
    """One of the two compared reports."""

    file: str = Field(description="File name of the compared input.")
    source: str = Field(description="File name of the PDF the report was extracted from.")
    title: str | None = Field(default=None, description="The document's title as printed.")
    report_type: str = Field(description="Kind of report (delarsrapport, arsrapport ...).")
    year: int | None = Field(default=None, description="The year reported on.")
    period: str | None = Field(default=None, description="Period label as printed.")


class Comparison(_Model):
    """What changed from the OLD report to the NEW one."""

    old: ReportRef = Field(description="The OLD report (first argument).")
    new: ReportRef = Field(description="The NEW report (second argument).")
    threshold: float = Field(description="Least title similarity for a renamed item to match.")
    summary: list[KindSummary] = Field(description="Counts per item kind.")
    items: list[ItemDiff] = Field(
        description="Every item: matched pairs (changed or not), added, removed."
    )

    def of_kind(self, kind: ItemKind) -> list[ItemDiff]:
        return [item for item in self.items if item.kind == kind]


def comparison_schema() -> dict[str, object]:
    """JSON Schema of ``compare --format json`` (``schemas/compare.schema.json``)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://delar-extract.invalid/schemas/compare.schema.json",
        **Comparison.model_json_schema(mode="serialization"),
    }

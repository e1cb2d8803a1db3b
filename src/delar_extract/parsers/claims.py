"""What the classification pass hands the parsers: each table and text block
of a document once, by id, with its role.

A role is a :class:`~delar_extract.model.TableKind`: ``legend``, ``goals``,
``indicators``, ``assignments``, one of the budget kinds (``resultat``,
``driftredovisning``, ``investeringar`` …), ``other`` (numbers, no kind) or
``unknown``.  Each parser takes the claims of its roles and returns finished
objects; :meth:`Claims.report_tables` puts the report's tables together by id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from delar_extract.layout.objects import Line
from delar_extract.layout.tables import TableBlock
from delar_extract.model import Table, TableKind

FOLLOW_UP_ROLES = frozenset(
    {TableKind.LEGEND, TableKind.GOALS, TableKind.INDICATORS, TableKind.ASSIGNMENTS}
)
"""Roles of the follow-up part of a report; the others are budget and figure roles."""


@dataclass(frozen=True)
class TableClaim:
    """A table claimed with its role.

    ``table`` is the table's generic model (:func:`~delar_extract.parsers.tables.block_to_table`)
    with the role as its kind: what the report shows of a table no parser finishes further.
    """

    id: str
    block: TableBlock
    table: Table

    @property
    def role(self) -> TableKind:
        return self.table.kind


@dataclass(frozen=True)
class Field:
    """One labelled line of a list-form item ("Status: Pågår"): its column role
    (``status``, ``due`` …, as in ``[[assignment_columns]]``), the label as
    printed and the value, with the lines it was read from."""

    role: str
    label: str
    value: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class BlockClaim:
    """A run of text lines claimed as one item: a title and its labelled fields
    (an uppdrag written as a list or paragraph rather than a table row)."""

    id: str
    role: TableKind
    title: str  # as printed: bullet and fields removed, wrapped lines joined
    lines: tuple[Line, ...]  # every line of the block, the title's first
    fields: tuple[Field, ...]
    heading: str = ""  # the section heading above, which may name issuer and recipient

    def field(self, role: str) -> Field | None:
        """The first field of ``role``, if the item has one."""
        return next((f for f in self.fields if f.role == role), None)


@dataclass(frozen=True)
class Claims:
    """Every table of a document (layout order) and the text blocks claimed, each once."""

    tables: tuple[TableClaim, ...]
    follow_up: bool
    """Whether the document has a follow-up part: only then are goals,
    indicators and assignments read, and follow-up roles given."""
    blocks: tuple[BlockClaim, ...] = ()

    def of(self, *roles: TableKind) -> list[TableClaim]:
        """The tables claimed with one of ``roles``, in layout order."""
        return [claim for claim in self.tables if claim.role in roles]

    def get(self, table_id: str) -> TableClaim | None:
        return next((claim for claim in self.tables if claim.id == table_id), None)

    def blocks_of(self, role: TableKind) -> list[BlockClaim]:
        return [block for block in self.blocks if block.role == role]

    def claimed_lines(self) -> set[Line]:
        """The lines of the claimed blocks: a walk through the text leaves them
        to their block's parser."""
        return {line for block in self.blocks for line in block.lines}

    def report_tables(self, finished: Mapping[str, Table]) -> list[Table]:
        """The report's tables in layout order: each as a parser finished it,
        else as claimed."""
        return [finished.get(claim.id, claim.table) for claim in self.tables]

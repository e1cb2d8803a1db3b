"""Uppdrag written as lists or paragraphs (stub)."""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Document
from delar_extract.normalize.statuses import Palette, default_assignment_palette
from delar_extract.parsers.assignments import AssignmentResult
from delar_extract.parsers.claims import BlockClaim
from delar_extract.parsers.stream import ReadingOrder


def stream_to_blocks(layout: LayoutDocument, order: ReadingOrder) -> list[BlockClaim]:
    """The list-form uppdrag of a document."""
    return []


class AssignmentListParser:
    def __init__(self, palette: Palette | None = None) -> None:
        self.palette = palette or default_assignment_palette()

    def parse(
        self,
        layout: LayoutDocument,
        document: Document,
        blocks: Sequence[BlockClaim],
        first: int = 1,
    ) -> AssignmentResult:
        return AssignmentResult()

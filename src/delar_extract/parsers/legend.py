"""Legend tables ("Status | Färg") → the document's own colour palettes.

A report that colours its statuses usually says what the colours mean in a
small table: a label column ("Målet uppfylls helt", "Klar") and a colour
column whose header is "Färg" (vocabulary ``[status_marks] color_headers``)
and whose cells are filled, or hold an icon.  Each row whose label names a
status becomes a reference colour of that status, so colours are read through
the document's legend, whatever shades it uses; statuses the legend does not
name keep the default colours.  The classification pass
(:mod:`delar_extract.parsers.classify`) claims the legend tables; this parser
reads the palettes from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from delar_extract.layout.objects import Cell, LayoutDocument, TableBlock
from delar_extract.normalize.statuses import (
    Palette,
    assessment_from_text,
    assignment_from_text,
    default_assessment_palette,
    default_assignment_palette,
    legend_palette,
)
from delar_extract.parsers.claims import TableClaim
from delar_extract.parsers.status_marks import cell_fill, marks_in
from delar_extract.vocab import fold, load_status_vocabulary


@dataclass(frozen=True)
class Legends:
    """The palettes to read colours with."""

    assessment: Palette = field(default_factory=default_assessment_palette)
    assignment: Palette = field(default_factory=default_assignment_palette)


def color_column(table: TableBlock) -> int | None:
    """Index of the header cell that names a colour column ("Färg"), if any."""
    words = load_status_vocabulary().legend_color_headers
    for row in table.header_texts():
        for index, text in enumerate(row):
            folded = fold(text)
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words):
                return index
    return None


def _swatch(layout: LayoutDocument, cell: Cell | None) -> str | None:
    """Colour of a legend cell: its fill, else the first mark in it."""
    if cell is None or not 1 <= cell.page <= len(layout.pages):
        return None
    content = layout.pages[cell.page - 1].content
    fill = cell_fill(cell.box, content, pale=True)
    if fill is not None:
        return fill
    marks = [m for m in marks_in(cell.box, content) if m.color]
    return marks[0].color if marks else None


def table_to_entries(
    layout: LayoutDocument, table: TableBlock, column: int
) -> list[tuple[str, str]]:
    """(label, colour) of each legend row whose label names a status."""
    entries = []
    for row in table.rows[table.header_rows :]:
        color = _swatch(layout, row[column] if column < len(row) else None)
        labels = [c.text for i, c in enumerate(row) if i != column and c is not None and c.text]
        label = next(
            (t for t in labels if assessment_from_text(t) or assignment_from_text(t)), None
        )
        if color and label:
            entries.append((label, color))
    return entries


class LegendParser:
    """The palettes of a document's legend tables."""

    def parse(self, layout: LayoutDocument, tables: Sequence[TableClaim]) -> Legends:
        """Palettes from the legend tables among ``tables``."""
        entries: list[tuple[str, str]] = []
        for claim in tables:
            column = color_column(claim.block)
            if column is not None:
                entries.extend(table_to_entries(layout, claim.block, column))
        return Legends(
            assessment=legend_palette(entries, default_assessment_palette(), assessment_from_text),
            assignment=legend_palette(
                [(lb, c) for lb, c in entries if not assessment_from_text(lb)],
                default_assignment_palette(),
                assignment_from_text,
            ),
        )

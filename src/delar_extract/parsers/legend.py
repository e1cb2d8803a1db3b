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

A legend may also be text: marks, each followed by its label, two or more on
one line ("● Uppfyllt ● Delvis uppfyllt ● Ej uppfyllt") or one a line on two
or more lines in a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from delar_extract.layout.marks import cell_marks, line_marks
from delar_extract.layout.objects import LayoutDocument, Line, MarkShape
from delar_extract.layout.tables import Cell, TableBlock
from delar_extract.normalize.statuses import (
    Palette,
    assessment_from_text,
    assignment_from_text,
    default_assessment_palette,
    default_assignment_palette,
    legend_palette,
)
from delar_extract.parsers.claims import TableClaim
from delar_extract.parsers.status_marks import strip_glyphs
from delar_extract.vocab import fold, load_status_vocabulary

# A label in a legend line is short ("Delvis uppfyllt", "Målet uppfylls inte").
LINE_LABEL_WORDS = 6


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
    """Colour of a legend cell: its fill (a light grey one too, or the row's),
    else the first mark in it."""
    marks = [m for m in cell_marks(layout, cell, swatch=True) if m.color]
    fills = [m for m in marks if m.shape == MarkShape.FILL]
    return (fills or marks)[0].color if marks else None


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


def _names_status(text: str) -> bool:
    return bool(assessment_from_text(text) or assignment_from_text(text))


def line_to_entries(layout: LayoutDocument, line: Line) -> list[tuple[str, str]]:
    """(label, colour) pairs of a line: each coloured mark and the words after
    it up to the next mark, where they are a short status label.  Words before
    the first mark, or a pair whose words name no status, leave none."""
    marks = sorted((m for m in line_marks(layout, line) if m.color), key=lambda m: m.box.x0)
    if not marks or any(w.box.center_x < marks[0].box.x0 for w in line.words):
        return []
    entries = []
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        end = after.box.x0 if after is not None else line.box.x1 + 1
        words = [w.text for w in line.words if mark.box.x1 <= w.box.center_x < end]
        label = strip_glyphs(" ".join(words))
        if not label or len(label.split()) > LINE_LABEL_WORDS or not _names_status(label):
            return []
        entries.append((label, mark.color or ""))
    return entries


def lines_to_entries(layout: LayoutDocument, lines: list[Line]) -> list[tuple[str, str]]:
    """Legend entries of a page's text: a line of two or more pairs, or two or
    more lines in a row of one pair each.  One line of one pair is a status
    line (under a goal heading), not a legend."""
    entries: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for line in [*lines, None]:
        pairs = line_to_entries(layout, line) if line is not None else []
        if len(pairs) == 1:
            run.extend(pairs)
            continue
        if len(run) >= 2:
            entries.extend(run)
        run = []
        if len(pairs) >= 2:
            entries.extend(pairs)
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
        for page in layout.pages:
            entries.extend(lines_to_entries(layout, page.lines))
        return Legends(
            assessment=legend_palette(entries, default_assessment_palette(), assessment_from_text),
            assignment=legend_palette(
                [(lb, c) for lb, c in entries if not assessment_from_text(lb)],
                default_assignment_palette(),
                assignment_from_text,
            ),
        )

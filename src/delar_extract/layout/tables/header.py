"""Header rows of a table: which leading rows are column headers, and the
columns an upper header cell spans in a table without vertical rules."""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import Line
from delar_extract.layout.tables.alignment import RUN_GAP_EM
from delar_extract.layout.tables.model import Cell
from delar_extract.normalize.numbers import unit_of
from delar_extract.pdf.objects import Box, PageContent

# Two labels are set flush (left or right) when their edges are this close.
ALIGN_SLACK = 1.5


def is_header_row(row: Sequence[Cell | None], content: PageContent, first: bool) -> bool:
    """A header row is bold or shaded, and none of its cells is a plain number
    (but a year, in the first row)."""
    cells = [c for c in row if c is not None and c.lines]
    if not cells or (len(cells) < 2 and not first):
        # Below the first row, one cell across the table is a group row
        # ("Mål 1. ..."), not column headers.
        return False
    # Years label the columns of a first row ("2022 2023 2024"); other
    # figures make a body row.
    if any(_looks_numeric(c.text) and not (first and _is_year(c.text)) for c in cells):
        return False
    shaded = any(_is_shaded(c.box, content) for c in cells)
    return shaded or all(c.bold for c in cells)


def is_unit_caption(row: Sequence[Cell | None]) -> bool:
    """A header line that only names the unit ("Belopp i miljoner kronor")."""
    cells = [c for c in row if c is not None and c.lines]
    if len(cells) != 1 or len(cells[0].text.split()) > 6:
        return False
    # Money and percent captions only: "Antal ..." starts many a row label.
    return unit_of(cells[0].text) in {"mnkr", "mdkr", "tkr", "kr", "%"}


def _is_year(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) == 4 and stripped.isdigit() and stripped[:2] in ("19", "20")


def _looks_numeric(text: str) -> bool:
    stripped = text.replace(" ", "").replace("\u00a0", "").replace("\u2212", "-")
    return bool(stripped) and stripped.lstrip("+-").replace(",", "").replace(".", "").isdigit()


def _is_shaded(box: Box, content: PageContent) -> bool:
    for rect in content.rects:
        if rect.fill and rect.fill not in ("#FFFFFF",) and _covers(rect.box, box):
            return True
    return False


def _covers(outer: Box, inner: Box, slack: float = 1.5) -> bool:
    return (
        outer.x0 - slack <= inner.x0
        and outer.top - slack <= inner.top
        and outer.x1 + slack >= inner.x1
        and outer.bottom + slack >= inner.bottom
    )


def upper_header_spans(
    row: list[Cell | None], lower: Sequence[Sequence[Cell | None]]
) -> list[Cell | None]:
    """An upper header row of a table without vertical rules: a label set flush
    right with the labels below it heads the empty cells to its left ("Juli"
    over Utfall, Budget, Avvikelse), one set flush left the empty cells to its
    right.  The label becomes one cell across them, the others spanned.  A
    label that already spans columns is compared with the label below its
    last (flush right) or first (flush left) column."""
    out = list(row)
    claimed: set[int] = set()
    for flush_right in (True, False):
        for index, cell in enumerate(row):
            if cell is None or not cell.lines or index == 0 or index in claimed:
                continue
            last = index
            while last + 1 < len(row) and row[last + 1] is None:
                last += 1
            below = last if flush_right else index
            under = next(
                (c for r in lower if below < len(r) and (c := r[below]) is not None and c.lines),
                None,
            )
            if under is None:
                continue
            text = bounding_box(ln.box for ln in cell.lines)
            under_text = bounding_box(ln.box for ln in under.lines)
            edge = (text.x1, under_text.x1) if flush_right else (text.x0, under_text.x0)
            if abs(edge[0] - edge[1]) > ALIGN_SLACK:
                continue
            step = -1 if flush_right else 1
            end = index if flush_right else last
            while (
                0 < end + step < len(row) and _empty(row[end + step]) and end + step not in claimed
            ):
                end += step
            if end not in (index, last):
                _span(out, min(index, end), max(last, end), cell, claimed)
    return out


def join_cut_runs(row: list[Cell | None]) -> list[Cell | None]:
    """A header line that guessed column boundaries cut (a caption set across
    several figure columns, "Belopp i miljoner kronor", cut between two of its
    words) is one text run: its parts in neighbouring cells, no further apart
    on one baseline than words of one run, become one cell over those columns."""
    out = list(row)
    index = 0
    while index < len(out):
        cell = out[index]
        following = index + 1
        while following < len(out) and out[following] is None:
            following += 1
        neighbour = out[following] if following < len(out) else None
        if cell is not None and neighbour is not None and _one_run(cell, neighbour):
            out[index] = Cell(
                Box(
                    cell.box.x0,
                    min(cell.box.top, neighbour.box.top),
                    neighbour.box.x1,
                    max(cell.box.bottom, neighbour.box.bottom),
                ),
                _merge_lines(cell.lines + neighbour.lines),
                cell.page,
            )
            out[following] = None
            continue  # the joined cell may run on into the next one
        index = following
    return out


def _one_run(left: Cell, right: Cell) -> bool:
    """Does a line of ``left`` run on into a line of ``right`` on its baseline?"""
    return any(
        abs(a.box.top - b.box.top) < 2
        and b.box.x0 - a.box.x1 <= RUN_GAP_EM * max(a.size, b.size, 1.0)
        for a in left.lines
        for b in right.lines
    )


def _merge_lines(lines: Sequence[Line]) -> tuple[Line, ...]:
    """Lines on one baseline joined, left to right."""
    merged: list[Line] = []
    for line in sorted(lines, key=lambda ln: (ln.box.top, ln.box.x0)):
        last = merged[-1] if merged else None
        if last is not None and abs(last.box.top - line.box.top) < 2:
            box = bounding_box([last.box, line.box])
            merged[-1] = Line(last.words + line.words, box, last.page)
        else:
            merged.append(line)
    return tuple(merged)


def _empty(cell: Cell | None) -> bool:
    return cell is not None and not cell.lines


def _span(out: list[Cell | None], start: int, end: int, cell: Cell, claimed: set[int]) -> None:
    """``cell`` over the slots ``start``..``end``; a slot it spans already is None."""
    first, last = out[start], out[end]
    x0 = first.box.x0 if first is not None else cell.box.x0
    x1 = last.box.x1 if last is not None else cell.box.x1
    out[start] = Cell(Box(x0, cell.box.top, x1, cell.box.bottom), cell.lines, cell.page)
    for i in range(start + 1, end + 1):
        out[i] = None
    claimed.update(range(start, end + 1))

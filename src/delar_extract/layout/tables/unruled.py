"""Tables drawn without rules, found from text alignment.

Consecutive baselines that each hold two or more separated segments, whose
segments fall into the same column bands, form a table.  To keep side-by-side
prose out, a run counts only when a column is mostly numbers or its first row
is set in bold like a header.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import Line
from delar_extract.layout.tables.model import Cell, TableBlock
from delar_extract.pdf.objects import Box, PageContent

MIN_ROWS = 3
# Rows further apart than this many line heights end a run.
MAX_ROW_GAP = 2.2


def _baselines(lines: Sequence[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.box.top, ln.box.x0)):
        if rows and abs(rows[-1][0].box.center_y - line.box.center_y) < 0.5 * line.box.height:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(r, key=lambda ln: ln.box.x0) for r in rows]


def _runs(rows: list[list[Line]]) -> list[list[list[Line]]]:
    runs: list[list[list[Line]]] = []
    current: list[list[Line]] = []
    for row in rows:
        if len(row) >= 2:
            gap_ok = not current or (
                row[0].box.top - current[-1][0].box.bottom
                <= MAX_ROW_GAP * max(row[0].box.height, 1.0)
            )
            if not gap_ok and len(current) >= MIN_ROWS:
                runs.append(current)
            current = [*current, row] if gap_ok else [row]
        else:
            if len(current) >= MIN_ROWS:
                runs.append(current)
            current = []
    if len(current) >= MIN_ROWS:
        runs.append(current)
    return runs


def _column_bands(run: list[list[Line]]) -> list[tuple[float, float]]:
    spans = sorted((ln.box.x0, ln.box.x1) for row in run for ln in row)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1] + 1.0:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return [(a, b) for a, b in bands]


def _band_of(line: Line, bands: list[tuple[float, float]]) -> int:
    for index, (x0, x1) in enumerate(bands):
        if x0 - 1 <= line.box.center_x <= x1 + 1:
            return index
    return -1


def _numeric(text: str) -> bool:
    stripped = text.replace(" ", "").replace("\u00a0", "").replace("\u2212", "-").rstrip("%")
    return bool(stripped) and stripped.lstrip("+-").replace(",", "").isdigit()


def _plausible(grid: list[list[Cell | None]]) -> bool:
    n_cols = len(grid[0])
    if n_cols < 2:
        return False
    for col in range(1, n_cols):
        cells = [row[col] for row in grid[1:]]
        texts = [c.text for c in cells if c is not None and c.lines]
        if texts and sum(_numeric(t) for t in texts) >= 0.5 * len(texts):
            return True
    header = [c for c in grid[0] if c is not None and c.lines]
    return len(header) >= 2 and all(c.bold for c in header)


def _run_to_table(run: list[list[Line]], content: PageContent) -> TableBlock | None:
    bands = _column_bands(run)
    if len(bands) < 2:
        return None
    grid: list[list[Cell | None]] = []
    for row in run:
        cells: list[list[Line]] = [[] for _ in bands]
        for line in row:
            index = _band_of(line, bands)
            if index >= 0:
                cells[index].append(line)
        top = min(ln.box.top for ln in row)
        bottom = max(ln.box.bottom for ln in row)
        grid.append(
            [
                Cell(Box(x0, top, x1, bottom), tuple(lines), content.number)
                for (x0, x1), lines in zip(bands, cells, strict=True)
            ]
        )
    if not _plausible(grid):
        return None
    header = 1 if all(c is None or not c.lines or c.bold for c in grid[0]) else 0
    box = bounding_box(ln.box for row in run for ln in row)
    edges = {content.number: sorted({float(round(e)) for band in bands for e in band})}
    return TableBlock(
        grid, header, content.number, content.number, False, {content.number: box}, edges
    )


def find_unruled_tables(lines: Sequence[Line], content: PageContent) -> list[TableBlock]:
    """Tables among ``lines`` (text outside ruled tables) found from column alignment."""
    tables = []
    for run in _runs(_baselines(lines)):
        table = _run_to_table(run, content)
        if table is not None:
            tables.append(table)
    return tables

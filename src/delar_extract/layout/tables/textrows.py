"""Rows of a rows-only table from its text lines, where its rules do not
delimit every row.

A table ruled only under its header and over each total row (a common
financial style) has several text rows between two rules.  Rules delimit rows
only when every text line gets its own band; otherwise a band's rows come from
its text lines: a line whose text stands a row's pitch below the text above it
in the same column opens a row, a line closer than that continues a wrapped
cell.  The rules then only separate groups of rows.  Rows may also follow the
last rule (a total row ruled only above).  Every distance is in ems of the
line's own font size.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from delar_extract.layout.tables.alignment import band_size, row_runs, word_lines

Band = tuple[float, float]

# Baselines this many ems apart in one column are two rows; a wrapped cell's
# lines stand at the font's leading (about 1.2 em), padded rows further apart.
ROW_PITCH_EM = 1.5
# A row under the table's last rule starts this close below it (ems), and the
# rows after it follow at no more than this pitch.
BELOW_RULE_EM = 1.2
MAX_PITCH_EM = 2.0
# A body row opens with its label: a line starting this close (ems) to the
# table's left edge (an indented sub-row too).  Paragraphs of a comment cell
# stand a row's pitch apart as well, but not in the first column.
LABEL_REACH_EM = 3.0
# White this tall (ems) above a bold header row ruled below it: a new table.
# Rows padded to a pitch of 1.6 em have about 0.6 em between their texts.
GROUP_GAP_EM = 1.2
# A line set this much larger than the table is a heading, not a row.
LARGER = 1.12


def _middle(word: dict[str, Any]) -> float:
    return (word["top"] + word["bottom"]) / 2


def _opens_row(line: Sequence[dict[str, Any]], above: Sequence[dict[str, Any]]) -> bool:
    """Does ``line`` start a new row below the words ``above`` (of the same
    band)?  Each of its words is compared with the nearest word above it in
    its column: any one closer than a row's pitch continues a wrapped cell; a
    line with nothing above it in any column (a cell's text set lower, a
    bottom-aligned header) continues the row too."""
    pitch = ROW_PITCH_EM * band_size(line)
    gaps = []
    for word in line:
        tops = [v["top"] for v in above if v["x0"] < word["x1"] and word["x0"] < v["x1"]]
        if tops:
            gaps.append(word["top"] - max(tops))
    return bool(gaps) and min(gaps) >= pitch


def text_rows(band: Band, words: Sequence[dict[str, Any]], left: float | None = None) -> list[Band]:
    """``band`` cut into its text rows; itself when it holds one row.  With
    ``left`` (the table's left edge: body rows), a row opens only on a line
    starting in the first column; a header's rows open in any column."""
    lines = word_lines([w for w in words if band[0] <= _middle(w) <= band[1]])
    rows: list[list[dict[str, Any]]] = []
    for line in lines:
        labelled = left is None or line[0]["x0"] - left <= LABEL_REACH_EM * band_size(line)
        if rows and not (labelled and _opens_row(line, [w for row in rows for w in row])):
            rows[-1].extend(line)
        else:
            rows.append(list(line))
    if len(rows) < 2:
        return [band]
    cuts = [(max(w["bottom"] for w in a) + min(w["top"] for w in b)) / 2 for a, b in pairwise(rows)]
    return list(pairwise([band[0], *cuts, band[1]]))


def rows_of(bands: Sequence[Band], words: Sequence[dict[str, Any]], left: float) -> list[Band]:
    """Every body band cut into its text rows."""
    return [row for band in bands for row in text_rows(band, words, left)]


def rows_below(
    last_rule: float,
    floor: float,
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
    size: float,
) -> list[Band]:
    """Rows under the table's last rule, ruled only above (a total row): lines
    right below the rule, then at a row's pitch, each of two cells or more and
    set no larger than the table; ``floor`` is where the next rule or the page
    ends.  Running text, a caption or a note below ends them."""
    rows: list[Band] = []
    edge = last_rule
    lines = word_lines([w for w in words if last_rule < _middle(w) < floor])
    for line in lines:
        top = min(w["top"] for w in line)
        bottom = max(w["bottom"] for w in line)
        reach = BELOW_RULE_EM if not rows else MAX_PITCH_EM
        if top - edge > reach * size:
            break
        if any(float(w.get("size", 0) or 0) >= LARGER * size for w in line):
            break
        if len(row_runs(line, marks, (top, bottom))) < 2:
            break
        rows.append((top, bottom))
        edge = bottom
    if not rows:
        return []
    pad = rows[0][0] - last_rule
    out = [(last_rule, (rows[0][1] + rows[1][0]) / 2 if len(rows) > 1 else rows[0][1] + pad)]
    for index in range(1, len(rows)):
        below = (rows[index][1] + rows[index + 1][0]) / 2 if index + 1 < len(rows) else None
        out.append((out[-1][1], below if below is not None else rows[index][1] + pad))
    return out


def header_starts(
    bands: Sequence[Band],
    rule_tops: Sequence[float],
    words: Sequence[dict[str, Any]],
    marks: Sequence[dict[str, Any]],
) -> list[int]:
    """Indexes of rows that open a table of their own: a header row ruled only
    below it (bold, two cells or more, a rule right under it) standing after
    a wider white gap than the rows before it have.  Two tables of one width
    stacked this way share their rules' stack; a bold total row has no more
    white above it than any row."""
    starts = []
    for index in range(1, len(bands)):
        band = bands[index]
        inside = [w for w in words if band[0] <= _middle(w) <= band[1]]
        above = [w for w in words if bands[index - 1][0] <= _middle(w) <= bands[index - 1][1]]
        if not inside or not above or not all(w.get("bold") for w in inside):
            continue
        if not any(abs(band[1] - top) <= 1 for top in rule_tops):
            continue
        if len(row_runs(inside, marks, band)) < 2:
            continue
        white = min(w["top"] for w in inside) - max(w["bottom"] for w in above)
        if white >= GROUP_GAP_EM * band_size(inside):
            starts.append(index)
    return starts

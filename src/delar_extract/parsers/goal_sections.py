"""Goal sections: heading, status line, "Analys" prose, "Indikatorer".

Walks the document stream and tells a :class:`GoalSink` (the goal parser)
what it finds.  A line that stands out from the running text (bold, larger or
coloured) starts a goal when it is numbered like one ("Mål 4. …"), is the
title of a goal already known (from a summary table), or is followed by a
status (a label such as "Mål kommer delvis uppfyllas" and/or a coloured mark
right under it) or by an "Analys"/"Indikatorer" label.  Other larger lines
are headings that end the goals open so far.  Prose under a goal heading (with
or without an "Analys" label) is its analysis; the lines under "Indikatorer"
are its indicator list (also when ruled as a table); tables met on the way are
offered to the sink.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from delar_extract.layout.headings import TextStyle
from delar_extract.layout.lines import bounding_box
from delar_extract.layout.marks import line_marks, marks_below
from delar_extract.layout.objects import LayoutDocument, Line, Mark
from delar_extract.layout.reading_order import NumberedTable, StreamItem
from delar_extract.layout.tables import TableBlock
from delar_extract.model import Goal
from delar_extract.model.vocab import GoalLevel
from delar_extract.normalize.statuses import assessment_from_text
from delar_extract.parsers.indicators import is_indicator_label
from delar_extract.parsers.prose import join_text, lines_to_text
from delar_extract.vocab import fold, load_status_vocabulary

# A status line under a goal heading is short.
STATUS_LINE_WORDS = 10
# ... and right under it: a line or mark further below than this many heading
# line heights is something else (a chart's legend under its title).
STATUS_REACH = 3.0
# A cell of a table's header row is a word or a few.
HEADER_CELL_WORDS = 4
# Heading lines further apart than this share of their height are two headings.
HEADING_LINE_GAP = 0.9


class GoalSink(Protocol):
    def table(self, table: NumberedTable, current: str | None) -> bool: ...
    def known_goal(self, title: str) -> Goal | None: ...
    def section_goal(self, title: str, level: GoalLevel | None, heading: Line) -> Goal: ...
    def set_analysis(self, goal: Goal, analysis: str | None) -> None: ...
    def list_indicators(self, lines: Sequence[Line], goal: Goal | None) -> None: ...
    def close_area(self, heading: Line) -> None: ...
    def read_status(
        self, label: str | None, marks: Sequence[Mark], goal: Goal, page: int
    ) -> None: ...
    def area_open(self) -> bool: ...


def numbered_level(text: str) -> GoalLevel | None:
    """Level of a numbered goal heading ("Mål 4. …" → regionmål), if ``text`` is one."""
    folded = fold(text) + " "
    for level, pattern in load_status_vocabulary().goal_numbers:
        if pattern.match(folded):
            return GoalLevel(level)
    return None


def is_header_word(text: str) -> bool:
    """A column header left outside its table ("Prognos", "Delmål") is no goal."""
    vocab = load_status_vocabulary()
    folded = fold(text).rstrip(":")
    levels = {w for rule in vocab.goal_levels for w in rule.words}
    return folded in vocab.goal_status_headers or folded in levels


def is_analysis_label(text: str) -> bool:
    return fold(text).rstrip(":") in load_status_vocabulary().analysis_labels


def header_row_lines(lines: Sequence[Line], style: TextStyle) -> list[Line]:
    """Lines that are cells of a table's header row: short lines that stand out,
    two or more side by side on one row ("Status   Innebörd   Färg")."""
    cells = [
        ln for ln in lines if len(ln.text.split()) <= HEADER_CELL_WORDS and style.stands_out(ln)
    ]
    return [
        ln
        for ln in cells
        if any(
            other is not ln
            and other.page == ln.page
            and abs(other.box.top - ln.box.top) < 2
            and (other.box.x0 >= ln.box.x1 or other.box.x1 <= ln.box.x0)
            for other in cells
        )
    ]


def is_bullet_list(marks: Sequence[Mark], below: Sequence[Mark]) -> bool:
    """Whether a line's ``marks`` are list bullets: the line below has a mark
    of the same size in the same place."""
    return any(
        abs(m.box.x0 - o.box.x0) < 2 and abs(m.box.width - o.box.width) < 1
        for m in marks
        for o in below
    )


def is_plain_list(table: TableBlock) -> bool:
    """Whether a table can be a list of indicators: none of its rows below
    the first opens a goal's parts ("Analys", "Indikatorer"), which a table
    that swallowed whole goal sections (rules the layout did not see) does."""
    return not any(
        is_analysis_label(line.text) or is_indicator_label(line.text)
        for row in table.rows[1:]
        for cell in row
        if cell is not None
        for line in cell.lines
    )


def table_lines(table: TableBlock) -> list[Line]:
    """A table's text as list lines: per row, the words on one baseline in one
    line (a name and the status label printed right of it, as in an unruled
    list); rows that only name columns are left out."""
    lines: list[Line] = []
    for row in table.rows:
        cells = [line for cell in row if cell is not None for line in cell.lines]
        texts = [line.text for line in cells]
        if not cells or all(is_header_word(t) or is_indicator_label(t) for t in texts):
            continue
        baselines: list[list[Line]] = []
        for line in sorted(cells, key=lambda ln: (ln.page, ln.box.top, ln.box.x0)):
            last = baselines[-1][-1] if baselines else None
            if last is not None and last.page == line.page and abs(last.box.top - line.box.top) < 2:
                baselines[-1].append(line)
            else:
                baselines.append([line])
        for group in baselines:
            words = tuple(w for ln in sorted(group, key=lambda ln: ln.box.x0) for w in ln.words)
            lines.append(Line(words, bounding_box(ln.box for ln in group), group[0].page))
    return lines


def _same_style(a: Line, b: Line) -> bool:
    return (
        a.page == b.page
        and abs(a.size - b.size) < 0.3
        and a.bold == b.bold
        and {w.color for w in a.words} == {w.color for w in b.words}
        and 0 <= b.box.top - a.box.bottom < HEADING_LINE_GAP * max(a.box.height, 1.0)
    )


class SectionReader:
    """The walk through goal sections of one document."""

    def __init__(
        self,
        layout: LayoutDocument,
        style: TextStyle,
        sink: GoalSink,
        claimed: Collection[Line] = (),
    ) -> None:
        self.layout = layout
        self.style = style
        self.sink = sink
        self.claimed = claimed  # lines other parsers own
        self.header_cells = {
            ln for page in layout.pages for ln in header_row_lines(page.lines, style)
        }
        self.headings = {(h.page, round(h.box.top)) for h in layout.headings}
        self.goal: Goal | None = None
        self.mode: str | None = None  # "heading", "analysis", "indicators"
        self.buffer: list[Line] = []

    def run(self, stream: Sequence[StreamItem]) -> None:
        index = 0
        while index < len(stream):
            index = self._step(stream, index)
        self._flush()

    def _step(self, stream: Sequence[StreamItem], index: int) -> int:
        item = stream[index]
        if item.table is not None:
            self._flush()
            current = self.goal.id if self.goal else None
            if self.sink.table(item.table, current):
                self.mode = None
            elif (
                self.mode == "indicators"
                and self.goal is not None
                and is_plain_list(item.table.block)
            ):
                # A list under "Indikatorer" ruled as a table (rows-only hairlines):
                # its rows are the list's lines.
                self.buffer.extend(table_lines(item.table.block))
            return index + 1
        line = item.line
        assert line is not None
        if line in self.claimed:
            # An uppdrag written as a list is its parser's; it ends any goal section.
            self._flush()
            self.goal, self.mode = None, None
            return index + 1
        if line in self.header_cells:
            # The header of a table the layout did not see as one: no goal, no label.
            return index + 1
        if is_analysis_label(line.text) or is_indicator_label(line.text):
            self._flush()
            self.mode = "analysis" if is_analysis_label(line.text) else "indicators"
            return index + 1
        if numbered_level(line.text) or self.style.stands_out(line):
            after = self._heading(stream, index)
            if after is not None:
                return after
        if self.mode is not None:
            self.buffer.append(line)
        return index + 1

    def _heading(self, stream: Sequence[StreamItem], index: int) -> int | None:
        """Read a goal heading at ``index``; the index after it, or None if it is none."""
        lines = self._heading_lines(stream, index)
        end = index + len(lines)
        title = join_text(lines)
        if is_header_word(title):
            return None
        level = numbered_level(title)
        status = self._status_at(stream, end, lines[-1])
        structure = end < len(stream) and self._opens_section(stream[end])
        if level or self.sink.known_goal(title) or status or (structure and self._in_area()):
            self._flush()
            self.goal = self.sink.section_goal(title, level, lines[0])
            self.mode = "heading"
            # A mark on the heading's own row ("Mål 1 … ●") is its status too, but
            # no evidence that the heading is a goal (a heading may have a bullet).
            status = status or self._status_beside(lines)
            if status:
                label, marks, consumed = status
                self.sink.read_status(label, marks, self.goal, lines[-1].page)
                end += consumed
            return end
        first = lines[0]
        if self.style.is_larger(first) or (first.page, round(first.box.top)) in self.headings:
            self._flush()
            self.sink.close_area(first)
            self.goal, self.mode = None, None
            return end
        return None

    def _status_beside(self, lines: Sequence[Line]) -> tuple[None, list[Mark], int] | None:
        marks = [m for line in lines for m in line_marks(self.layout, line)]
        return (None, marks, 0) if marks else None

    def _in_area(self) -> bool:
        return self.goal is not None or self.sink.area_open()

    def _heading_lines(self, stream: Sequence[StreamItem], index: int) -> list[Line]:
        first = stream[index].line
        assert first is not None
        lines = [first]
        for item in stream[index + 1 :]:
            line = item.line
            if line is None or not _same_style(lines[-1], line) or self._is_label(line):
                break
            if numbered_level(line.text):
                break
            lines.append(line)
        return lines

    @staticmethod
    def _is_label(line: Line) -> bool:
        return is_analysis_label(line.text) or is_indicator_label(line.text)

    def _opens_section(self, item: StreamItem) -> bool:
        return item.line is not None and self._is_label(item.line)

    def _status_at(
        self, stream: Sequence[StreamItem], index: int, heading: Line
    ) -> tuple[str | None, list[Mark], int] | None:
        """Status right under a heading: (label, marks, lines used), or None.

        The marks are those drawn under the heading on no line's row, and those
        on the next line's row when that line is short (a status line)."""
        following = stream[index] if index < len(stream) else None
        nxt = following.line if following is not None else None
        reach = heading.box.bottom + STATUS_REACH * max(heading.box.height, 1.0)
        marks = [m for m in marks_below(self.layout, heading) if m.box.top <= reach]
        near = nxt is not None and nxt.page == heading.page and nxt.box.top <= reach
        if nxt is not None and near and not self._is_label(nxt):
            beside = line_marks(self.layout, nxt)
            below = self._next_line(stream, index)
            if beside and below and is_bullet_list(beside, line_marks(self.layout, below)):
                beside = []  # list bullets, not a status
            short = len(nxt.text.split()) <= STATUS_LINE_WORDS
            if short and (assessment_from_text(nxt.text) or beside):
                return nxt.text, marks + beside, 1
        return (None, marks, 0) if marks else None

    def _next_line(self, stream: Sequence[StreamItem], index: int) -> Line | None:
        """The line after the one at ``index``, if it comes next on the same page."""
        here = stream[index].line if index < len(stream) else None
        after = stream[index + 1].line if index + 1 < len(stream) else None
        same_page = here is not None and after is not None and after.page == here.page
        return after if same_page else None

    def _flush(self) -> None:
        if self.buffer:
            if self.mode == "indicators" and self.goal is not None:
                # An "Indikatorer" label outside any goal titles a chart, not a list.
                self.sink.list_indicators(self.buffer, self.goal)
            elif self.mode in ("heading", "analysis") and self.goal is not None:
                self.sink.set_analysis(self.goal, lines_to_text(self.buffer))
        self.buffer = []

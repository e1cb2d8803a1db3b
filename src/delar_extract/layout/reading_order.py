"""The document as one stream of text lines and tables, in reading order.

Parsers that follow a document's structure (a goal heading, its status line,
its "Analys", then its indicator table) need lines and tables interleaved;
the layout keeps them apart.  A table enters the stream on the page it starts,
before the first line below its top.
"""

from __future__ import annotations

from dataclasses import dataclass

from delar_extract.layout.headings import TextStyle, document_style
from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.layout.tables import TableBlock


@dataclass(frozen=True)
class NumberedTable:
    """A table of the layout with the id it has in the report ("table-3")."""

    id: str
    block: TableBlock


def layout_to_tables(layout: LayoutDocument) -> list[NumberedTable]:
    """The document's tables with their ids, in layout order: the one place ids are made."""
    return [NumberedTable(f"table-{i}", block) for i, block in enumerate(layout.tables, start=1)]


@dataclass(frozen=True)
class StreamItem:
    """A text line, or a table."""

    line: Line | None = None
    table: NumberedTable | None = None

    @property
    def page(self) -> int:
        return self.line.page if self.line is not None else -1


def layout_to_stream(layout: LayoutDocument) -> list[StreamItem]:
    """Lines and tables of the whole document in reading order."""
    tables = layout_to_tables(layout)
    starts: dict[int, list[tuple[float, int]]] = {}
    for index, table in enumerate(tables):
        box = table.block.boxes.get(table.block.page_start)
        top = box.top if box is not None else 0.0
        # The index only breaks ties of equal tops, in layout order.
        starts.setdefault(table.block.page_start, []).append((top, index))
    stream: list[StreamItem] = []
    for page in layout.pages:
        pending = sorted(starts.get(page.content.number, []))
        for line in page.lines:
            while pending and pending[0][0] <= line.box.top:
                stream.append(StreamItem(table=tables[pending.pop(0)[1]]))
            stream.append(StreamItem(line=line))
        stream.extend(StreamItem(table=tables[index]) for _, index in pending)
    return stream


@dataclass(frozen=True)
class ReadingOrder:
    """The stream and the running-text style of a document, built once and
    shared by the parsers that walk it (goals, assignments)."""

    items: list[StreamItem]
    style: TextStyle


def layout_to_reading_order(layout: LayoutDocument) -> ReadingOrder:
    """The document's stream of lines and tables, and its running-text style."""
    lines = [ln for page in layout.pages for ln in page.lines]
    return ReadingOrder(layout_to_stream(layout), document_style(lines, layout.body_size))

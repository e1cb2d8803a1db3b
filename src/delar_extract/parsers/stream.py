"""The document as one stream of text lines and tables, in reading order.

Parsers that follow a document's structure (a goal heading, its status line,
its "Analys", then its indicator table) need lines and tables interleaved;
the layout keeps them apart.  A table enters the stream on the page it starts,
before the first line below its top.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.layout.tables import TableBlock

# A line this much larger than the body text stands out as a heading.
HEADING_SIZE_STEP = 0.4


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
class TextStyle:
    """How the running text of a document looks, so headings can be told from it."""

    size: float
    color: str | None

    def stands_out(self, line: Line) -> bool:
        """Bold, larger or coloured unlike the running text."""
        colors = {w.color for w in line.words}
        return (
            line.bold
            or line.size > self.size + HEADING_SIZE_STEP
            or (self.color is not None and self.color not in colors)
        )

    def is_larger(self, line: Line) -> bool:
        return line.size > self.size + HEADING_SIZE_STEP


def document_style(layout: LayoutDocument) -> TextStyle:
    """Size and colour of most of the running text (tables excluded)."""
    colors: Counter[str | None] = Counter()
    for page in layout.pages:
        for line in page.lines:
            if abs(line.size - layout.body_size) < 0.3 and not line.bold:
                for word in line.words:
                    colors[word.color] += len(word.text)
    color = colors.most_common(1)[0][0] if colors else None
    return TextStyle(layout.body_size, color)


@dataclass(frozen=True)
class ReadingOrder:
    """The stream and the running-text style of a document, built once and
    shared by the parsers that walk it (goals, assignments)."""

    items: list[StreamItem]
    style: TextStyle


def layout_to_reading_order(layout: LayoutDocument) -> ReadingOrder:
    """The document's stream of lines and tables, and its running-text style."""
    return ReadingOrder(layout_to_stream(layout), document_style(layout))

"""Words → lines, in reading order.

Words whose vertical centres lie within a fraction of their height of each
other share a baseline; a horizontal gap much wider than a space splits a
baseline into separate lines, so that the cells of an unruled table or the
two columns of a slide are not glued into one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from delar_extract.layout.objects import Line
from delar_extract.pdf.objects import Box, Word

# Gap (in multiples of the font size) that ends a line segment.
SEGMENT_GAP = 2.0


def bounding_box(boxes: Iterable[Box]) -> Box:
    """Smallest box around ``boxes`` (at least one)."""
    items = list(boxes)
    return Box(
        min(b.x0 for b in items),
        min(b.top for b in items),
        max(b.x1 for b in items),
        max(b.bottom for b in items),
    )


def _baselines(words: Sequence[Word]) -> list[list[Word]]:
    """Group words into rows by vertical overlap, top to bottom."""
    rows: list[list[Word]] = []
    ref: Box | None = None  # the box of the last row's first tallest word
    for word in sorted(words, key=lambda w: (round(w.box.top, 1), w.box.x0)):
        box = word.box
        if ref is not None:
            tolerance = max(1.0, 0.5 * min(ref.height, box.height))
            if abs(box.center_y - ref.center_y) <= tolerance:
                rows[-1].append(word)
                if box.height > ref.height:
                    ref = box
                continue
        rows.append([word])
        ref = box
    return rows


def _split_segments(row: list[Word], gap: float) -> list[list[Word]]:
    row = sorted(row, key=lambda w: w.box.x0)
    segments = [[row[0]]]
    for word in row[1:]:
        previous = segments[-1][-1]
        if word.box.x0 - previous.box.x1 > gap * max(previous.size, word.size, 1.0):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def words_to_lines(words: Sequence[Word], page: int, gap: float = SEGMENT_GAP) -> list[Line]:
    """Group ``words`` into lines, top to bottom and left to right within a baseline."""
    lines = []
    for row in _baselines(words):
        for segment in _split_segments(row, gap):
            lines.append(Line(tuple(segment), bounding_box(w.box for w in segment), page))
    return lines


def order_lines(lines: Sequence[Line], page_width: float) -> list[Line]:
    """Reading order: full-width lines top to bottom; two text columns left then right.

    A page is read as two columns only when most of its lines sit clearly on
    one side of the page's middle; slides and tables keep top-to-bottom order.
    A line spanning the middle (a title, a wide caption) closes the columns
    above it: the columns between two spanning lines are read left, then
    right, and a title wrapped over two lines is not cut by a column.
    """
    middle = page_width / 2
    left = [ln for ln in lines if ln.box.x1 < middle - 2]
    right = [ln for ln in lines if ln.box.x0 > middle + 2]
    if not (
        len(lines) >= 12
        and len(left) + len(right) >= 0.9 * len(lines)
        and min(len(left), len(right)) >= 0.3 * len(lines)
    ):
        return sorted(lines, key=_key)
    sides = {id(ln): 0 for ln in left} | {id(ln): 1 for ln in right}
    ordered: list[Line] = []
    band: list[Line] = []
    for line in sorted(lines, key=_key):
        if id(line) in sides:
            band.append(line)
            continue
        ordered.extend(sorted(band, key=lambda ln: (sides[id(ln)], _key(ln))))
        band = []
        ordered.append(line)
    ordered.extend(sorted(band, key=lambda ln: (sides[id(ln)], _key(ln))))
    return ordered


def _key(line: Line) -> tuple[float, float]:
    return (round(line.box.top, 0), line.box.x0)

"""Uppdrag written as a list or as paragraphs, not as a table.

Many reports print each uppdrag as a title line followed by labelled lines::

    Ta fram en biblioteksplan för perioden 2026–2029
    Status: Pågår
    Slutdatum: 2025-12-31
    Ett förslag till biblioteksplan har varit på remiss …

A run of lines of the form "Label: value", whose labels are assignment column
words of the vocabulary (``[[assignment_columns]]``: status, slutdatum,
återrapportering, ansvarig …), is one uppdrag's fields; it is one only when a
status field holds a known assignment status (``[[assignment_labels]]``), so a
goal's "Bedömning: Uppfyllt" or prose with a colon is not taken.  The title is
the run of lines of one style right above the fields (or an "Uppdrag: …"
field); the prose after the fields, up to the next uppdrag's title or the next
heading, is its comment.  Issuer and recipient come from the heading above,
as for tables ("Uppdrag från kommunfullmäktige").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.model import Assignment, Document, ReportWarning
from delar_extract.normalize.dates import parse_date
from delar_extract.normalize.statuses import Palette, assignment_from_text
from delar_extract.parsers.assignments import heading_to_parties, split_title
from delar_extract.parsers.prose import lines_to_text
from delar_extract.parsers.status_marks import marks_in, read_assignment_status
from delar_extract.parsers.stream import StreamItem, TextStyle
from delar_extract.pdf.objects import Box
from delar_extract.vocab import fold, load_status_vocabulary, word_start_match

# The colon after a field's label ("Status: Pågår").
_COLON = re.compile(r"\s*:\s*")
# A field's label is at most this many words ("Klart senast").
MAX_LABEL_WORDS = 3
# A title longer than this many lines is prose, not a title.
MAX_TITLE_LINES = 4
# Lines further apart than this many line heights are not one block.
BLOCK_GAP = 1.6


@dataclass
class _Item:
    title: list[Line]
    fields: dict[str, tuple[str, Line]]  # role → (value, line)
    end: int  # stream index after the fields
    start: int  # stream index of the first title line


def _role(label: str) -> str | None:
    """The assignment column a field label names ("Slutdatum" → due), if any."""
    role = word_start_match(label, load_status_vocabulary().assignment_columns)
    return role if role is not None and fold(label).startswith(_role_words(role)) else None


def _fields(line: Line) -> list[tuple[str, str]]:
    """(role, value) of each "Label: value" of a line that starts with one
    ("Status: Pågår" or "Status: Pågår Slutdatum: 2025-12-31"); [] for other lines."""
    text = line.text.strip()
    cuts: list[tuple[int, int, str]] = []  # (label start, value start, role)
    for colon in _COLON.finditer(text):
        before = text[: colon.start()]
        words = before.split()
        for count in range(1, min(MAX_LABEL_WORDS, len(words)) + 1):
            label = " ".join(words[-count:])
            role = _role(label)
            if role is not None:
                cuts.append((before.rfind(words[-count]), colon.end(), role))
                break
    if not cuts or cuts[0][0] != 0:
        return []
    ends = [start for start, _, _ in cuts[1:]] + [len(text)]
    return [
        (role, text[value:end].strip()) for (_, value, role), end in zip(cuts, ends, strict=True)
    ]


def _field(line: Line) -> tuple[str, str] | None:
    """The first field of a "Label: value" line, or None."""
    found = _fields(line)
    return found[0] if found else None


def _role_words(role: str) -> tuple[str, ...]:
    rules = load_status_vocabulary().assignment_columns
    return tuple(w for rule in rules if rule.value == role for w in rule.words)


def _near(above: Line, below: Line) -> bool:
    gap = below.box.top - above.box.bottom
    return above.page == below.page and gap < BLOCK_GAP * max(above.box.height, 1.0)


def _same_look(a: Line, b: Line) -> bool:
    return (
        abs(a.size - b.size) < 0.3
        and a.bold == b.bold
        and {w.color for w in a.words} == {w.color for w in b.words}
    )


def _fields_at(stream: Sequence[StreamItem], index: int) -> tuple[dict[str, tuple[str, Line]], int]:
    """The labelled lines from ``index`` on: {role: (value, line)} and the index after."""
    fields: dict[str, tuple[str, Line]] = {}
    previous: Line | None = None
    while index < len(stream):
        line = stream[index].line
        found = _fields(line) if line is not None else []
        if line is None or not found or any(role in fields for role, _ in found):
            break
        if previous is not None and not _near(previous, line):
            break
        fields.update((role, (value, line)) for role, value in found)
        previous = line
        index += 1
    return fields, index


def _title_above(stream: Sequence[StreamItem], index: int, floor: int) -> tuple[list[Line], int]:
    """The run of same-looking lines right above ``index`` (not before ``floor``)."""
    lines: list[Line] = []
    position = index
    while position - 1 >= floor and len(lines) < MAX_TITLE_LINES:
        line = stream[position - 1].line
        if line is None or _field(line) is not None:
            break
        below = lines[0] if lines else stream[index].line
        if below is None or not _near(line, below) or (lines and not _same_look(line, lines[0])):
            break
        lines.insert(0, line)
        position -= 1
    return lines, position


def find_items(stream: Sequence[StreamItem]) -> list[_Item]:
    """Every uppdrag of the stream written as a title and labelled lines."""
    items: list[_Item] = []
    index, floor = 0, 0
    while index < len(stream):
        item = stream[index]
        if item.table is not None:
            floor = index + 1
            index += 1
            continue
        fields, after = _fields_at(stream, index)
        status = fields.get("status")
        if status is None or assignment_from_text(status[0]) is None:
            index += 1
            continue
        title, start = ([], index) if "title" in fields else _title_above(stream, index, floor)
        if title or "title" in fields:
            items.append(_Item(title, fields, after, start))
        index = floor = after
    return items


def _heading_before(stream: Sequence[StreamItem], index: int, style: TextStyle) -> Line | None:
    """The nearest line above ``index`` larger than the running text (a heading)."""
    for item in reversed(stream[:index]):
        if item.line is not None and style.is_larger(item.line):
            return item.line
    return None


def _comment(stream: Sequence[StreamItem], start: int, end: int, style: TextStyle) -> list[Line]:
    """Prose lines between an item's fields and the next item or heading."""
    lines = []
    for item in stream[start:end]:
        if item.line is None or style.is_larger(item.line):
            break
        lines.append(item.line)
    return lines


def stream_to_assignments(
    layout: LayoutDocument,
    stream: Sequence[StreamItem],
    style: TextStyle,
    palette: Palette,
    document: Document,
) -> tuple[list[Assignment], list[ReportWarning]]:
    """Uppdrag printed as lists in ``stream``, in document order (ids left to number)."""
    assignments: list[Assignment] = []
    warnings: list[ReportWarning] = []
    items = find_items(stream)
    for number, item in enumerate(items):
        following = items[number + 1].start if number + 1 < len(items) else len(stream)
        if item.title:
            title, ref, directed = split_title(item.title)
            first = item.title[0]
        else:
            value, first = item.fields["title"]
            title, ref, directed = value, None, None
        heading = _heading_before(stream, item.start, style)
        parties = heading_to_parties(heading.text if heading else "", document)
        label, status_line = item.fields["status"]
        content = layout.pages[status_line.page - 1].content
        band = Box(0, status_line.box.top - 1, content.width, status_line.box.bottom + 1)
        status, found = read_assignment_status(
            label, marks_in(band, content), palette, status_line.page, title
        )
        warnings.extend(found)
        due = item.fields.get("due") or item.fields.get("periodicity_due")
        comment = _comment(stream, item.end, following, style)
        inline = item.fields.get("comment")
        text = lines_to_text(comment) if comment else None
        assignments.append(
            Assignment(
                id="assignment-0",
                ref=ref,
                title=title,
                issuer=parties.issuer,
                directed_to=directed or parties.recipient,
                responsible=_value(item, "responsible"),
                status=status,
                comment=inline[0] or text if inline else text,
                periodicity=_value(item, "periodicity"),
                due_date=parse_date(due[0]) if due else None,
                page=first.page,
                bbox=first.box.as_list(),
            )
        )
    return assignments, warnings


def _value(item: _Item, role: str) -> str | None:
    found = item.fields.get(role)
    return found[0] or None if found else None

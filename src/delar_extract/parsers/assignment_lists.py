"""Uppdrag written as lists or paragraphs rather than tables.

An item is a title — a line that stands out (bold, larger, coloured), a list
item ("• …"), a heading, or the first sentence of a paragraph — followed by
labelled fields: "Status: Pågår", "Slutdatum: 2025-12-31", "Återrapportering:
Tertial 2", "Ansvarig: …", "Kommentar: …" (``[[assignment_fields]]``), one a
line or several on one line ("Status: Försenad. Slutdatum: 2025-09-30."),
then perhaps comment paragraphs without a label.  The title may start with a
reference ("Uppdrag 3:", "KF 2024-05", "(RF7)").

Precision: only text lines are read (the rows of tables never reach here).
Inside an uppdrag section (``[[section_kinds]]``: the nearest heading that is
not itself an item's title) an item needs a status or a due date; elsewhere it
needs both, with a status the vocabulary names.  :func:`stream_to_blocks` is
the recogniser the classification pass runs; :class:`AssignmentListParser`
turns the claimed blocks into assignments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from delar_extract.layout.marks import line_marks
from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.layout.reading_order import ReadingOrder
from delar_extract.model import Assignment, Document, ReportWarning, SectionKind, TableKind
from delar_extract.normalize.dates import parse_date
from delar_extract.normalize.statuses import (
    Palette,
    assignment_from_text,
    default_assignment_palette,
)
from delar_extract.parsers.assignments import (
    AssignmentResult,
    heading_to_parties,
    ref_to_issuer,
    split_code,
    split_due,
)
from delar_extract.parsers.claims import BlockClaim, Field
from delar_extract.parsers.prose import BULLETS, is_bullet, join_wrapped, lines_to_text
from delar_extract.parsers.status_marks import read_assignment_status
from delar_extract.sections.tree import inherit_kinds, section_kind
from delar_extract.vocab import fold, load_status_vocabulary

# A title is a phrase or a sentence, not a paragraph.
MAX_TITLE_WORDS = 40
MAX_TITLE_LINES = 4
# Lines closer than this share of a line's height are one paragraph.
LINE_GAP = 0.9
# A mark this far beside a status line is its colour.
# A code that starts a title: "KF 2024-05", "RF7", "KS-12".
_CODE = r"[A-ZÅÄÖ]{1,6}[ -]?\d{1,4}(?:[-/:.]\d{1,3})*"


@lru_cache(maxsize=1)
def _field_pattern() -> re.Pattern[str]:
    """A field label at a line's start or after a sentence's end, with its colon."""
    words = {w for rule in load_status_vocabulary().assignment_fields for w in rule.words}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.;!?]\s))(?P<label>{alternation})\s*:\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ref_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_status_vocabulary().assignment_ref_words)
    return re.compile(
        rf"^(?P<ref>(?:{words})\s*\d+[a-z]?(?:[.:]\d+)*|{_CODE})\s*[:.–—-]?\s+(?=\S)",
        re.IGNORECASE,
    )


def _field_role(label: str) -> str:
    folded = fold(label)
    rules = load_status_vocabulary().assignment_fields
    return next(rule.value for rule in rules if folded in rule.words)


def strip_bullet(text: str) -> str:
    """A list item's text without its bullet."""
    text = text.strip()
    return text.lstrip("".join(b.strip() for b in BULLETS)).strip() if is_bullet(text) else text


def split_fields(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    """(text before the first label, [(role, label, value)]) of a line.

    "Titel. Status: Försenad. Slutdatum: 2025-09-30." gives "Titel." and two fields."""
    matches = list(_field_pattern().finditer(text))
    if not matches:
        return text, []
    fields = []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        role = _field_role(match.group("label"))
        value = text[match.end() : end].strip()
        # A short value's full stop separates it from the next field ("Försenad.").
        value = value if role == "comment" else value.rstrip(" .;")
        fields.append((role, match.group("label"), value))
    return text[: matches[0].start()].strip(), fields


def split_ref(title: str) -> tuple[str, str | None]:
    """(title, ref) of a title that starts with a reference ("Uppdrag 3: Utreda …")."""
    match = _ref_pattern().match(title)
    if match is None:
        return title, None
    return title[match.end() :].strip(), match.group("ref").strip()


def _adjacent(above: Line, below: Line) -> bool:
    """Whether ``below`` continues the paragraph of ``above``."""
    gap = below.box.top - above.box.bottom
    return above.page == below.page and -1.0 <= gap < LINE_GAP * max(above.box.height, 1.0)


def _same_style(a: Line, b: Line) -> bool:
    """Lines of one heading: same size and weight."""
    return abs(a.size - b.size) < 0.3 and a.bold == b.bold


@dataclass
class _Item:
    """An item being read: its title, fields and the lines after them."""

    title: str
    title_lines: list[Line]
    fields: list[Field]
    kind: SectionKind
    heading: str
    extra: list[Line] = field(default_factory=list)  # lines after the fields

    def roles(self) -> set[str]:
        return {f.role for f in self.fields}

    def qualifies(self) -> bool:
        """Is the evidence enough for an uppdrag? (See the module's docstring.)"""
        words = len(self.title.split())
        if not 0 < words <= MAX_TITLE_WORDS:
            return False
        status = next((f.value for f in self.fields if f.role == "status"), "")
        named = assignment_from_text(status) is not None
        dated = any(f.role in ("due", "periodicity") and parse_date(f.value) for f in self.fields)
        if self.kind == SectionKind.UPPDRAG:
            return bool(status) or dated
        return named and dated

    def to_block(self, block_id: str) -> BlockClaim:
        """The claim, with the lines after the fields as comment (a labelled
        comment goes on into the lines right under it)."""
        fields = list(self.fields)
        paragraphs = (lines_to_text(self.extra) or "").split("\n\n") if self.extra else []
        paragraphs = [p for p in paragraphs if p]
        labelled = next((i for i, f in enumerate(fields) if f.role == "comment"), None)
        if labelled is not None:
            comment = fields[labelled]
            texts = [comment.value] if comment.value else []
            if paragraphs and _adjacent(comment.lines[-1], self.extra[0]):
                texts = [join_wrapped([*texts, paragraphs.pop(0)])]
            value = "\n\n".join([*texts, *paragraphs])
            fields[labelled] = Field("comment", comment.label, value, comment.lines)
        elif paragraphs:
            fields.append(Field("comment", "", "\n\n".join(paragraphs), tuple(self.extra)))
        lines = (*self.title_lines, *(ln for f in self.fields for ln in f.lines), *self.extra)
        unique = tuple(dict.fromkeys(lines))
        return BlockClaim(
            block_id, TableKind.ASSIGNMENTS, self.title, unique, tuple(fields), self.heading
        )


class _ListReader:
    """One walk through the stream, in reading order."""

    def __init__(self, layout: LayoutDocument, order: ReadingOrder) -> None:
        self.style = order.style
        self.items = order.items
        kinds = inherit_kinds([(h.level, section_kind(h.title)) for h in layout.headings])
        self.headings = {
            (h.page, round(h.box.top)): (kind, h.title)
            for h, kind in zip(layout.headings, kinds, strict=True)
        }
        self.kind = SectionKind.OTHER
        self.heading = ""
        self.pending: list[Line] = []  # lines that may be the next item's title
        self.current: _Item | None = None
        self.blocks: list[BlockClaim] = []

    def run(self) -> list[BlockClaim]:
        for index, item in enumerate(self.items):
            if item.line is None:
                self._close()
                self.pending = []
            else:
                self._line(item.line, index)
        self._close()
        return self.blocks

    def _heading_at(self, line: Line) -> tuple[SectionKind, str] | None:
        return self.headings.get((line.page, round(line.box.top)))

    def _line(self, line: Line, index: int) -> None:
        prefix, found = split_fields(strip_bullet(line.text))
        fields = [Field(role, label, value, (line,)) for role, label, value in found]
        if fields:
            self._fields(line, prefix, fields)
            return
        heading = self._heading_at(line)
        if heading is not None and not self._title_of_next(index):
            self._close()
            self.kind, self.heading = heading
            self.pending = []
            return
        stands_out = heading is not None or self.style.stands_out(line) or is_bullet(line.text)
        if self.current is not None and not stands_out:
            self.current.extra.append(line)
            return
        self._close()
        if self.pending and _adjacent(self.pending[-1], line) and not is_bullet(line.text):
            self.pending.append(line)
        else:
            self.pending = [line]

    def _title_of_next(self, index: int) -> bool:
        """Whether the line after the heading at ``index`` (and its wrapped
        lines) starts with a field: the heading is then an item's title."""
        above = self.items[index].line
        for item in self.items[index + 1 : index + 1 + MAX_TITLE_LINES]:
            line = item.line
            if line is None or above is None:
                return False
            prefix, found = split_fields(strip_bullet(line.text))
            if found:
                return not prefix
            if not (_adjacent(above, line) and _same_style(above, line)):
                return False
            above = line
        return False

    def _fields(self, line: Line, prefix: str, fields: list[Field]) -> None:
        current = self.current
        roles = {f.role for f in fields}
        if prefix and current is not None and not current.extra:
            last = current.fields[-1]
            if _adjacent(last.lines[-1], line):
                # "Slutdatum:" at a line's end, "2025-09-30. Kommentar: …" below.
                value = join_wrapped([last.value, prefix])
                value = value if last.role == "comment" else value.rstrip(" .;")
                current.fields[-1] = Field(last.role, last.label, value, (*last.lines, line))
                prefix = ""
        if not prefix and current is not None and not roles & current.roles():
            # More fields of the same item, perhaps after a comment paragraph.
            current.fields.extend(fields)
            return
        title_lines = list(self.pending)
        if prefix:
            # "Titel. Status: …": the title ends the paragraph the fields start in.
            if not (title_lines and _adjacent(title_lines[-1], line)):
                title_lines = []
            title = join_wrapped([*(ln.text for ln in title_lines), prefix])
            title_lines.append(line)
        elif title_lines:
            title = join_wrapped([ln.text for ln in title_lines])
        elif current is not None and current.extra:
            # No title standing out: the last paragraph after the previous item's
            # fields is this item's title.
            start = len(current.extra) - 1
            while start > 0 and _adjacent(current.extra[start - 1], current.extra[start]):
                start -= 1
            title_lines = current.extra[start:]
            del current.extra[start:]
            title = join_wrapped([ln.text for ln in title_lines])
        else:
            title = ""
        self._close()
        self.pending = []
        title = strip_bullet(title).rstrip(" .:")
        self.current = _Item(title, title_lines, fields, self.kind, self.heading)

    def _close(self) -> None:
        item, self.current = self.current, None
        if item is not None and item.qualifies():
            self.blocks.append(item.to_block(f"block-{len(self.blocks) + 1}"))


def stream_to_blocks(layout: LayoutDocument, order: ReadingOrder) -> list[BlockClaim]:
    """The uppdrag of a document written as lists or paragraphs, in reading order."""
    return _ListReader(layout, order).run()


class AssignmentListParser:
    """The assignments of the uppdrag claimed as list or paragraph blocks."""

    def __init__(self, palette: Palette | None = None) -> None:
        self.palette = palette or default_assignment_palette()

    def parse(
        self,
        layout: LayoutDocument,
        document: Document,
        blocks: Sequence[BlockClaim],
        first: int = 1,
    ) -> AssignmentResult:
        """One assignment per block, numbered from ``first``."""
        result = AssignmentResult()
        for block in blocks:
            assignment, warnings = self._assignment(
                layout, document, block, f"assignment-{first + len(result.assignments)}"
            )
            result.assignments.append(assignment)
            result.warnings.extend(warnings)
        return result

    def _assignment(
        self, layout: LayoutDocument, document: Document, block: BlockClaim, assignment_id: str
    ) -> tuple[Assignment, list[ReportWarning]]:
        title, ref = split_ref(block.title)
        title, code = split_code(title)
        ref = ref or code
        first = block.lines[0]
        status_field = block.field("status")
        if status_field is not None and status_field.value:
            marks = line_marks(layout, status_field.lines[0])
            status, warnings = read_assignment_status(
                status_field.value, marks, self.palette, status_field.lines[0].page, title
            )
        else:
            status, warnings = None, []
        periodicity, due_text = split_due(_value(block, "periodicity"))
        due_text = _value(block, "due") or due_text
        parties = heading_to_parties(block.heading, document)
        ref = _value(block, "ref") or ref
        assignment = Assignment(
            id=assignment_id,
            ref=ref,
            title=title,
            issuer=parties.issuer or ref_to_issuer(ref, document),
            directed_to=parties.recipient,
            responsible=_value(block, "responsible") or None,
            status=status,
            comment=_value(block, "comment") or None,
            periodicity=periodicity,
            due_date=parse_date(due_text) if due_text else None,
            page=first.page,
            bbox=first.box.as_list(),
        )
        return assignment, warnings


def _value(block: BlockClaim, role: str) -> str:
    found = block.field(role)
    return found.value if found is not None else ""

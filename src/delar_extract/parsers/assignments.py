"""Uppdrag and aktiviteter: every assignment table, whatever its column order.

A table is an assignment table when its header names a title column
("Uppdrag", "Aktivitet", "Initiativ") and a status, responsible or due-date
column (``[[assignment_columns]]`` in the vocabulary); a table without a
title word but with such columns takes its one unnamed text column as title
("Verksamhetsplan …").  Each body row is one assignment — rows broken across
pages were merged by the layout stage.  The title cell may carry a reference
("(RF7) …") and a "Riktas till …" line; the status comes from the printed
label (wrapped labels such as "Klar med / avvikelse" are one label), the
cell's colour, or both; "Periodicitet och slutdatum" splits into periodicity
and an ISO due date.  Who gave the uppdrag and to whom comes from the heading
above the table ("Uppdrag från fullmäktige till nämnd").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from delar_extract.layout.headings import TextStyle
from delar_extract.layout.marks import cell_marks
from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.layout.reading_order import ReadingOrder, StreamItem, layout_to_reading_order
from delar_extract.layout.tables import Cell, TableBlock
from delar_extract.model import Assignment, AssignmentStatus, Document, ReportWarning
from delar_extract.model.vocab import AssignmentStatusValue, Basis
from delar_extract.normalize.dates import parse_date
from delar_extract.normalize.statuses import Palette, default_assignment_palette
from delar_extract.parsers.claims import TableClaim
from delar_extract.parsers.prose import join_text, lines_to_text
from delar_extract.parsers.status_marks import read_assignment_status
from delar_extract.parsers.tables import header_labels
from delar_extract.vocab import (
    first_match,
    fold,
    load_status_vocabulary,
    load_vocabulary,
    word_start_match,
)

# "(RF7) Under 2025 ska …" or "… (RF7)": a short code in brackets.
_CODE = r"[A-ZÅÄÖ]{1,6}[ -]?\d{1,3}[a-z]?"
_REF = re.compile(rf"^\((?P<ref>{_CODE})\)\s*|\s*\((?P<end>{_CODE})\)$")
_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\s+[a-zåäö]+\.?\s+\d{4}\b", re.IGNORECASE)
# Sentence ends and bullets split commentary into statements.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s*[•▪]\s*")
# Roles that make a table with a title column an assignment table.
_DEFINING = {"status", "responsible", "due", "periodicity_due"}


def table_to_roles(table: TableBlock) -> dict[str, int] | None:
    """Column index of each role of an assignment table; None when it is not one."""
    if table.header_rows == 0:
        return None
    rules = load_status_vocabulary().assignment_columns
    labels = header_labels(table)
    roles: dict[str, int] = {}
    unnamed = []
    for index, label in enumerate(labels):
        role = word_start_match(label, rules) if label.strip() else None
        if role and role not in roles:
            roles[role] = index
        elif not role:
            unnamed.append(index)
    if not _DEFINING & set(roles):
        return None
    if "title" not in roles:
        # A legend's colour column ("Status | Färg") holds no titles.
        colours = load_status_vocabulary().legend_color_headers
        texts = [i for i in unnamed if labels[i].strip() and fold(labels[i]) not in colours]
        if len(texts) != 1 or "status" not in roles:
            return None
        roles["title"] = texts[0]
    return roles


@dataclass(frozen=True)
class Parties:
    """Issuer and recipient named by the heading above a table."""

    issuer: str | None = None
    recipient: str | None = None


def _resolve(words: str, document: Document) -> str | None:
    """The body a heading's words name ("fullmäktige" → "regionfullmäktige")."""
    words = words.strip(" .:,")
    if not words:
        return None
    name = word_start_match(words, load_status_vocabulary().assignment_bodies)
    return _resolve_name(name, words, document)


def _municipal_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_vocabulary().organisation_suffixes)


def _resolve_name(name: str | None, words: str, document: Document) -> str | None:
    """A body placeholder of the vocabulary ("{fullmaktige}") as this document's body."""
    organisation = fold(document.organisation or "")
    prefix = "region" if organisation.startswith("region") else ""
    # A city ("… stad") is a municipality: its council is kommunfullmäktige.
    prefix = "kommun" if any(w in organisation for w in _municipal_words()) else prefix
    if name == "{fullmaktige}":
        # A heading that names the council in full ("kommunfullmäktige") is taken as printed.
        printed = [w for w in words.split() if w.endswith("fullmäktige") and w != "fullmäktige"]
        return printed[0] if printed else f"{prefix}fullmäktige"
    if name == "{body}":
        return fold(document.body) if document.body else words
    if name == "{forvaltning}":
        return f"{prefix}förvaltningen"
    return words or None


def heading_to_parties(text: str, document: Document) -> Parties:
    """Issuer and recipient of "Uppdrag från X till Y" (or a "fullmäktigeuppdrag" heading)."""
    vocab = load_status_vocabulary()
    folded = fold(text)
    words = folded.split()
    starts = [i for i, w in enumerate(words) if w in vocab.party_from]
    if starts:
        rest = words[starts[0] + 1 :]
        cut = next((i for i, w in enumerate(rest) if w in vocab.party_to), len(rest))
        issuer = _resolve(" ".join(rest[:cut]), document)
        recipient = _resolve(" ".join(rest[cut + 1 :]), document) if cut < len(rest) else None
        return Parties(issuer, recipient)
    if any(w in folded for w in vocab.issuer_words):
        return Parties(_resolve("fullmäktige", document), None)
    return Parties()


def ref_to_issuer(ref: str | None, document: Document) -> str | None:
    """The issuer a reference code names ("RF7" → regionfullmäktige), if any."""
    if not ref:
        return None
    prefix = re.match(r"[A-ZÅÄÖ]+", ref)
    name = load_status_vocabulary().ref_issuers.get(prefix.group(0) if prefix else "")
    return _resolve_name(name, "", document) if name else None


def split_title(lines: Sequence[Line]) -> tuple[str, str | None, str | None]:
    """(title, ref, directed_to) of a title cell."""
    words = load_status_vocabulary().directed_to_words
    cut = next(
        (i for i, ln in enumerate(lines) if any(fold(ln.text).startswith(w) for w in words)),
        len(lines),
    )
    title = join_text(lines[:cut])
    directed = None
    if cut < len(lines):
        text = join_text(lines[cut:])
        word = next(w for w in words if fold(text).startswith(w))
        directed = text[len(word) :].strip() or None
    title, ref = split_code(title)
    return title, ref, directed


def split_code(title: str) -> tuple[str, str | None]:
    """A title without its bracketed reference code ("(RF7) …", "… (RF7)"), and the code."""
    match = _REF.search(title)
    if match is None:
        return title, None
    ref = match.group("ref") or match.group("end")
    return (title[: match.start()] + title[match.end() :]).strip(), ref


def split_due(text: str) -> tuple[str | None, str | None]:
    """(periodicity, date text) of "Tertial: aug, dec 2025-12-31"."""
    match = _DATE.search(text)
    if not match:
        return (text.strip() or None), None
    rest = (text[: match.start()] + text[match.end() :]).strip(" ,;")
    return (rest or None), match.group(0)


@dataclass
class AssignmentResult:
    assignments: list[Assignment] = field(default_factory=list)
    warnings: list[ReportWarning] = field(default_factory=list)


@dataclass(frozen=True)
class RowContext:
    """What every row of one assignment table shares."""

    palette: Palette
    parties: Parties
    document: Document
    commentary: Sequence[str] = ()  # sentences around the table that may name items


def _text(cell: Cell | None) -> str:
    return join_text(cell.lines) if cell is not None and cell.lines else ""


def row_to_assignment(
    layout: LayoutDocument,
    row: Sequence[Cell | None],
    roles: dict[str, int],
    context: RowContext,
    assignment_id: str,
) -> tuple[Assignment | None, list[ReportWarning]]:
    """One assignment from a table row; None when the row has no title."""

    def cell(role: str) -> Cell | None:
        index = roles.get(role)
        return row[index] if index is not None and index < len(row) else None

    title_cell = cell("title")
    if title_cell is None or not title_cell.lines:
        return None, []
    title, ref, directed = split_title(title_cell.lines)
    if not title:
        return None, []
    marks = cell_marks(layout, cell("status"))
    label = _text(cell("status")) or None
    status, warnings = read_assignment_status(label, marks, context.palette, title_cell.page, title)
    periodicity, due = split_due(_text(cell("periodicity_due")))
    due = _text(cell("due")) or due
    comment = cell("comment")
    assignment = Assignment(
        id=assignment_id,
        ref=_text(cell("ref")) or ref,
        title=title,
        issuer=context.parties.issuer or ref_to_issuer(ref, context.document),
        directed_to=directed or context.parties.recipient,
        responsible=_text(cell("responsible")) or None,
        status=cue_status(title, status, context.commentary),
        comment=lines_to_text(comment.lines) if comment is not None else None,
        periodicity=_text(cell("periodicity")) or periodicity,
        due_date=parse_date(due) if due else None,
        page=title_cell.page,
        bbox=title_cell.box.as_list(),
    )
    return assignment, warnings


def heading_before(stream: Sequence[StreamItem], index: int, style: TextStyle) -> str:
    """Text of the nearest line above ``index`` that stands out (its heading)."""
    for item in reversed(stream[:index]):
        if item.line is not None and style.stands_out(item.line):
            return item.line.text
    return ""


def table_to_commentary(layout: LayoutDocument, table: TableBlock) -> list[str]:
    """Sentences and bullet items of the text on the table's pages."""
    sentences: list[str] = []
    for number in range(table.page_start, table.page_end + 1):
        if 1 <= number <= len(layout.pages):
            text = " ".join(ln.text for ln in layout.pages[number - 1].lines)
            sentences.extend(s for s in _SENTENCE.split(text) if s.strip())
    return sentences


def cue_status(
    title: str, status: AssignmentStatus | None, sentences: Sequence[str]
) -> AssignmentStatus | None:
    """A colour-only status made precise by commentary that names the item
    ("… ligger efter plan såsom IA …"), where the colour agrees."""
    if status is None or status.basis != Basis.COLOR:
        return status
    vocab = load_status_vocabulary()
    name = re.compile(rf"(?<!\w){re.escape(fold(title))}(?!\w)")
    agrees = vocab.colour_agrees.get("assignment", {}).get(status.status.value, frozenset())
    for sentence in sentences:
        folded = fold(sentence)
        cue = first_match(folded, vocab.assignment_cues) if name.search(folded) else None
        if cue and cue in agrees:
            return status.model_copy(update={"status": AssignmentStatusValue(cue)})
    return status


class AssignmentParser:
    """The assignments of a document's uppdrag / aktivitet tables."""

    def __init__(self, palette: Palette | None = None) -> None:
        self.palette = palette or default_assignment_palette()

    def parse(
        self,
        layout: LayoutDocument,
        document: Document,
        tables: Sequence[TableClaim],
        order: ReadingOrder | None = None,
        first: int = 1,
    ) -> AssignmentResult:
        """One assignment per body row of each table of ``tables`` (claimed as
        assignment tables), numbered from ``first``."""
        result = AssignmentResult()
        order = order or layout_to_reading_order(layout)
        positions = {item.table.id: i for i, item in enumerate(order.items) if item.table}
        for claim in tables:
            table = claim.block
            roles = table_to_roles(table)
            if roles is None:
                continue
            heading = heading_before(order.items, positions.get(claim.id, 0), order.style)
            context = RowContext(
                self.palette,
                heading_to_parties(heading, document),
                document,
                table_to_commentary(layout, table),
            )
            for row in table.rows[table.header_rows :]:
                number = first + len(result.assignments)
                assignment, warnings = row_to_assignment(
                    layout, row, roles, context, f"assignment-{number}"
                )
                result.warnings.extend(warnings)
                if assignment is not None:
                    result.assignments.append(assignment)
        return result

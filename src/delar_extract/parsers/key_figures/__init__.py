"""Key figures from prose: "en positiv budgetavvikelse på 5 miljoner kronor" → budget_deviation.

The running text of each page is cut into statements (``statements``); each
statement's numbers become :class:`~delar_extract.model.KeyFigure` objects
where the words name them (``reading``), dated from the words around them
(``periods``), with names, units and modifier words from the vocabulary
(``vocabulary``, ``[[key_figures]]`` in ``genre.toml``).  A figure stated
again later in the document (a summary repeated in the body) is kept once,
where it is first stated.
"""

from __future__ import annotations

from collections.abc import Sequence

from delar_extract.layout.lines import bounding_box
from delar_extract.layout.objects import LayoutDocument
from delar_extract.model import Document, KeyFigure, ReportWarning
from delar_extract.parsers.key_figures.clauses import OWN, PART, SUB_UNIT, whose
from delar_extract.parsers.key_figures.periods import PeriodDefault
from delar_extract.parsers.key_figures.reading import Context, statement_figures
from delar_extract.parsers.key_figures.statements import (
    Statement,
    has_figures,
    is_label_line,
    page_statements,
)
from delar_extract.pdf.objects import Box, Word
from delar_extract.vocab import fold

__all__ = [
    "KeyFigureParser",
    "PeriodDefault",
    "drop_repeats",
    "sentence_to_figures",
    "span_to_box",
]


def document_context(document: Document) -> Context:
    """The document's period and the folded names of its own organisation and body."""
    names = [fold(n) for n in (document.organisation, document.body) if n]
    return Context(PeriodDefault.of(document), tuple(names))


def sentence_to_figures(
    sentence: str,
    page: int,
    default: PeriodDefault,
    *,
    leads: tuple[str, ...] = (),
    heading: str | None = None,
) -> list[KeyFigure]:
    """Every key figure of one sentence (with the lead-in lines and heading above it)."""
    statement = Statement(sentence, leads, heading, is_label_line(sentence))
    return [found.figure for found in statement_figures(statement, page, Context(default))]


class PartScope:
    """Whose figures the text is about, carried from sentence to sentence.

    A sentence about a part of the organisation makes the rest of its paragraph
    that part's when it says so plainly: a sub-unit word ("Verksamhetsområde
    Måltid har …") or a named subject stating figures ("Fritidsgårdarna har
    en positiv avvikelse på 4,4 miljoner kronor").  A paragraph that opens with
    a sub-unit ("Delområdet Kultur redovisar …") makes the rest of its section
    that part's, up to the next heading.  A sentence that names the
    organisation or body ends both; one whose subject says nothing
    ("Avvikelsen är ändå positiv …") stays in them.  Label lines keep
    their own reading.
    """

    def __init__(self) -> None:
        self.heading: str | None = None
        self.paragraph: tuple[int, int] | None = None
        self.in_paragraph = False
        self.in_section = False

    def part(self, statement: Statement, page: int, organisation: tuple[str, ...]) -> bool:
        """Whether ``statement`` (the next in reading order) is about a part."""
        if statement.heading is not None and statement.heading != self.heading:
            self.heading, self.in_section = statement.heading, False
        opens = (page, statement.paragraph) != self.paragraph
        if opens:
            self.paragraph, self.in_paragraph = (page, statement.paragraph), False
        if statement.label:
            return False
        verdict = whose(fold(statement.text), organisation)
        if verdict == OWN:
            self.in_paragraph = self.in_section = False
        elif verdict == SUB_UNIT or (verdict == PART and has_figures(statement.text)):
            self.in_paragraph = True
            self.in_section = self.in_section or (opens and verdict == SUB_UNIT)
        return verdict in (SUB_UNIT, PART) or (
            verdict is None and (self.in_paragraph or self.in_section)
        )


class KeyFigureParser:
    """Key figures from the running text of every page; ``warnings`` after
    :meth:`parse` hold the doubtful ones (``key-figure-doubtful``)."""

    def __init__(self) -> None:
        self.warnings: list[ReportWarning] = []

    def parse(self, layout: LayoutDocument, document: Document) -> list[KeyFigure]:
        """The document's key figures, each once, in reading order."""
        context = document_context(document)
        figures: list[KeyFigure] = []
        doubts: dict[int, str] = {}
        scope = PartScope()
        for page in layout.pages:
            words = [w for line in page.lines for w in line.words]
            cursor = 0
            for statement in page_statements(page, layout.headings):
                part = scope.part(statement, page.content.number, context.organisation)
                for found in statement_figures(statement, page.content.number, context, part=part):
                    box, cursor = span_to_box(words, found.span, cursor)
                    bbox = box.as_list() if box is not None else None
                    figure = found.figure.model_copy(update={"bbox": bbox})
                    if found.doubt:
                        doubts[id(figure)] = found.doubt
                    figures.append(figure)
        kept = drop_repeats(figures)
        self.warnings = [
            ReportWarning(
                code="key-figure-doubtful",
                message=f"key figure {f.name} = {f.value:g} {f.unit or ''}: {doubts[id(f)]}",
                page=f.page,
            )
            for f in kept
            if id(f) in doubts
        ]
        return kept


def drop_repeats(figures: Sequence[KeyFigure]) -> list[KeyFigure]:
    """The figures without repeats: a figure stated again (the same name, value,
    unit and period: a summary repeated in the body, a slide shown twice) is
    kept once, where the document first states it."""
    seen: set[tuple[str, float, str | None, str | None]] = set()
    kept: list[KeyFigure] = []
    for figure in figures:
        key = (figure.name, figure.value, figure.unit, figure.period)
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return kept


def span_to_box(words: Sequence[Word], span: str, cursor: int = 0) -> tuple[Box | None, int]:
    """Box of the words that print ``span`` (folded text), searched from ``cursor`` on,
    then from the start; with the index after them (the cursor for the next figure)."""
    target = "".join(span.split())
    if not target:
        return None, cursor
    folded = ["".join(fold(w.text).split()) for w in words]
    for start in (*range(cursor, len(words)), *range(min(cursor, len(words)))):
        joined = ""
        for end in range(start, len(words)):
            joined += folded[end]
            at = joined.find(target)
            if at >= 0:
                if at >= len(folded[start]):
                    break  # begins in a later word: found from that word's start instead
                return bounding_box(w.box for w in words[start : end + 1]), end + 1
            if len(joined) > len(target) + len(folded[start]):
                break
    return None, cursor

"""The expected extraction of a sample, written from the data it is drawn from.

Nothing here reads the PDF's text: the values come from the :class:`SampleDoc`
and the pages from where the renderer placed each element (WeasyPrint anchors,
see :mod:`delar_samples.anchors`).  The result is a contract
:class:`~delar_extract.model.Report`, so it is schema-valid by construction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from delar_extract.model import (
    Document,
    Period,
    Report,
    Section,
    SectionKind,
    Source,
)
from delar_samples.anchors import Placements
from delar_samples.context import Ctx
from delar_samples.expected_entities import EntityBuilder
from delar_samples.render import resolve_theme
from delar_samples.spec import Block, Bullets, Heading, Para, SampleDoc, Slide
from delar_samples.tables import printed_cell


@dataclass
class _SectionDraft:
    number: str | None
    title: str
    level: int
    kind: str
    start: object  # the spec object whose placement starts the section
    paragraphs: list[str] = field(default_factory=list)
    last: object | None = None  # last block of the section


def _walk(blocks: list[Block]) -> Iterator[Block]:
    """Blocks in document order, slides opened up after the slide itself."""
    for block in blocks:
        yield block
        if isinstance(block, Slide):
            yield from _walk(block.blocks)


def bullets_text(block: Bullets) -> str:
    """Bullet items as printed, one per line ("• text", "o text")."""
    marks = {0: "•", 1: "o"}
    return "\n".join(f"{marks.get(level, '-')} {text}" for level, text in block.items)


def _sections(doc: SampleDoc, placements: Placements) -> list[Section]:
    drafts: list[_SectionDraft] = []
    for block in _walk(doc.blocks):
        if isinstance(block, Heading):
            drafts.append(_SectionDraft(block.number, block.title, block.level, block.kind, block))
        elif isinstance(block, Slide):
            drafts.append(_SectionDraft(None, block.title, 1, block.kind, block))
        elif drafts:
            if isinstance(block, Para):
                drafts[-1].paragraphs.append(block.text)
            elif isinstance(block, Bullets):
                drafts[-1].paragraphs.append(bullets_text(block))
        if drafts:
            drafts[-1].last = block
    sections = []
    for index, draft in enumerate(drafts):
        start = placements.start_page(draft.start)
        # A section runs over its subsections, to the next heading at its level or above.
        closing = next(
            (i for i in range(index + 1, len(drafts)) if drafts[i].level <= draft.level),
            len(drafts),
        )
        last = drafts[closing - 1].last or drafts[closing - 1].start
        end = placements.end_page(last)
        sections.append(
            Section(
                number=draft.number,
                title=draft.title,
                level=draft.level,
                kind=SectionKind(draft.kind),
                page_start=start,
                page_end=max(start, end),
                text="\n\n".join(draft.paragraphs),
            )
        )
    return sections


def _document(doc: SampleDoc) -> Document:
    meta = doc.meta
    return Document(
        organisation=meta.organisation,
        body=meta.body,
        report_type=meta.report_type,  # type: ignore[arg-type]
        year=meta.year,
        period=Period(start=meta.period_start, end=meta.period_end, label=meta.period_label),  # type: ignore[arg-type]
        title=meta.title,
    )


def expected_report(
    doc: SampleDoc,
    pdf: bytes,
    page_count: int,
    placements: Placements,
    file: str | None = None,
    theme: str | None = None,
) -> Report:
    """The report a perfect extractor returns for the rendered ``doc``.

    ``file`` names the PDF when it is not ``<doc.name>.pdf`` (a variant rendering);
    ``theme`` is the one it was rendered in, whose figures are printed as the
    cells' text (None: the family's default).
    """
    ctx = Ctx(theme=resolve_theme(doc, theme))
    entities = EntityBuilder(placements, lambda text: printed_cell(text, ctx))
    for block in _walk(doc.blocks):
        entities.add_block(block)
    return Report(
        source=Source(
            file=file or f"{doc.name}.pdf",
            sha256=hashlib.sha256(pdf).hexdigest(),
            page_count=page_count,
            producer=placements.producer,
        ),
        document=_document(doc),
        sections=_sections(doc, placements),
        goals=entities.goals,
        indicators=entities.indicators,
        assignments=entities.assignments,
        tables=entities.tables,
        key_figures=entities.key_figures(doc.key_figures, doc.blocks),
    )


def write_expected_json(report: Report, out_dir: Path, name: str) -> Path:
    """Write ``<out_dir>/expected/<name>.json`` (same bytes as the extractor's writer)."""
    from delar_extract.io.writer import report_to_json, write_atomic

    path = out_dir / "expected" / f"{name}.json"
    write_atomic(path, report_to_json(report))
    return path

"""A status read from a region of a page: printed label, coloured mark, or both.

Follow-up reports print a status as words ("Mål kommer delvis uppfyllas",
"Klar med avvikelse"), as a coloured mark — a small raster icon (Stratsys
GIFs), a vector shape, a coloured glyph "●", a filled table cell — or as both.
:func:`marks_in` finds the marks in a region; :func:`read_assessment` and
:func:`read_assignment_status` turn label and marks into the contract's
status with its ``basis``.  Colours go through a :class:`Palette` (the
document's legend, else the default one).  A label that contradicts its colour
keeps the label's status and is reported (``status-label-colour-conflict``).
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from delar_extract.layout.objects import LayoutDocument
from delar_extract.layout.tables import Cell
from delar_extract.model import Assessment, AssignmentStatus, ReportWarning
from delar_extract.model.vocab import AssessmentStatus, AssignmentStatusValue, Basis
from delar_extract.normalize.colors import hex_to_rgb
from delar_extract.normalize.statuses import (
    Palette,
    assessment_from_text,
    assignment_from_text,
)
from delar_extract.pdf.objects import Box, PageContent
from delar_extract.vocab import load_status_vocabulary

# Marks are small: status icons and shapes print at about 6-20 pt.
MARK_MIN_SIZE = 3.0
MARK_MAX_SIZE = 40.0
# A filled rectangle is a cell's background when it covers this share of the cell.
CELL_COVER = 0.8


@dataclass(frozen=True)
class Mark:
    """A coloured status mark: where it is, its colour, its alt text if tagged."""

    box: Box
    color: str | None
    alt: str | None
    source: str  # "icon", "shape", "glyph" or "cell"


def _is_mark_sized(box: Box) -> bool:
    return (
        MARK_MIN_SIZE <= box.width <= MARK_MAX_SIZE and MARK_MIN_SIZE <= box.height <= MARK_MAX_SIZE
    )


def _is_pale(color: str) -> bool:
    """White, near-white tints and light greys: row shading, not a status."""
    r, g, b = (v / 255 for v in hex_to_rgb(color))
    _, saturation, value = colorsys.rgb_to_hsv(r, g, b)
    return value > 0.75 and saturation < 0.12


def _overlap(a: Box, b: Box) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    return max(width, 0.0) * max(height, 0.0)


def cell_fill(region: Box, content: PageContent, pale: bool = False) -> str | None:
    """Fill colour of the rectangle that paints ``region``'s background, if any.

    Pale tints are left out unless ``pale`` (a legend swatch may be light grey)."""
    area = max(region.width * region.height, 1.0)
    fill = None
    for rect in content.rects:
        if rect.fill is None or (not pale and _is_pale(rect.fill)) or rect.fill == "#FFFFFF":
            continue
        rect_area = rect.box.width * rect.box.height
        if _overlap(rect.box, region) >= CELL_COVER * area and rect_area <= 1.6 * area:
            fill = rect.fill  # the last painted one is on top
    return fill


def marks_in(region: Box, content: PageContent, *, cell: bool = False) -> list[Mark]:
    """Coloured marks whose centre lies in ``region``, top to bottom and left to right;
    with ``cell``, the region's background fill counts as a mark too (last)."""
    glyphs = load_status_vocabulary().status_glyphs
    marks: list[Mark] = []

    def inside(box: Box) -> bool:
        return region.contains_point(box.center_x, box.center_y, 1.0)

    for image in content.images:
        if inside(image.box) and _is_mark_sized(image.box) and (image.color or image.alt):
            marks.append(Mark(image.box, image.color, image.alt, "icon"))
    for shape in content.shapes:
        if inside(shape.box) and _is_mark_sized(shape.box) and shape.fill:
            marks.append(Mark(shape.box, shape.fill, None, "shape"))
    for word in content.words:
        if word.text.strip() in glyphs and word.color and inside(word.box):
            marks.append(Mark(word.box, word.color, None, "glyph"))
    marks.sort(key=lambda m: (round(m.box.top), m.box.x0))
    if cell:
        fill = cell_fill(region, content)
        if fill is not None:
            marks.append(Mark(region, fill, None, "cell"))
    return marks


def cell_marks(layout: LayoutDocument, row: Sequence[Cell | None], index: int) -> list[Mark]:
    """Marks in cell ``index`` of a table row.  Its background counts only when the
    row's other cells are not painted the same (then it is row shading)."""
    cell = row[index] if index < len(row) else None
    if cell is None or not 1 <= cell.page <= len(layout.pages):
        return []
    content = layout.pages[cell.page - 1].content
    marks = marks_in(cell.box, content, cell=True)
    if marks and marks[-1].source == "cell":
        others = [
            cell_fill(c.box, content)
            for i, c in enumerate(row)
            if i != index and c is not None and c.page == cell.page
        ]
        if marks[-1].color in others:
            marks.pop()
    return marks


def strip_glyphs(text: str | None) -> str | None:
    """``text`` without status glyphs and surrounding space; None when nothing is left."""
    if text is None:
        return None
    glyphs = load_status_vocabulary().status_glyphs
    kept = " ".join(w for w in text.split() if w not in glyphs)
    return kept or None


@dataclass(frozen=True)
class _Reading:
    status: str
    label: str | None
    basis: Basis
    color: str | None
    conflict: str | None  # the colour's own status when the label contradicts it


def _read(
    label: str | None,
    marks: Sequence[Mark],
    palette: Palette,
    from_text: Callable[[str], str | None],
    kind: str,
) -> _Reading | None:
    label = strip_glyphs(label)
    text_status = from_text(label) if label else None
    alt = next((m.alt for m in marks if m.alt), None)
    alt_status = from_text(alt) if alt else None
    color = next((m.color for m in marks if m.color), None)
    color_status = palette.status_of(color) if color else None
    if text_status:
        agrees = load_status_vocabulary().colour_agrees.get(kind, {})
        agreeing = agrees.get(color_status or "", frozenset({color_status}))
        conflict = color_status if color_status and text_status not in agreeing else None
        basis = Basis.TEXT_COLOR if color_status else Basis.TEXT
        return _Reading(text_status, label, basis, color if color_status else None, conflict)
    if alt_status:
        return _Reading(alt_status, label, Basis.ALT_TEXT, color, None)
    if color_status:
        basis = Basis.TEXT_COLOR if label else Basis.COLOR
        return _Reading(color_status, label, basis, color, None)
    return None


def _warnings(
    reading: _Reading | None, label: str | None, marks: Sequence[Mark], page: int | None, what: str
) -> list[ReportWarning]:
    if reading is not None and reading.conflict:
        return [
            ReportWarning(
                code="status-label-colour-conflict",
                message=f"{what}: label {reading.label!r} says {reading.status} but its "
                f"colour {reading.color} means {reading.conflict}; the label was kept",
                page=page,
            )
        ]
    colors = [m.color for m in marks if m.color]
    if reading is None and colors:
        return [
            ReportWarning(
                code="status-colour-unknown",
                message=f"{what}: colour {colors[0]} matches no status"
                + (f" and label {label!r} names none" if strip_glyphs(label) else ""),
                page=page,
            )
        ]
    return []


def read_assessment(
    label: str | None, marks: Sequence[Mark], palette: Palette, page: int | None, what: str
) -> tuple[Assessment | None, list[ReportWarning]]:
    """Assessment of a goal or indicator from its printed label and marks.

    ``what`` names the item in warnings."""
    reading = _read(label, marks, palette, assessment_from_text, "assessment")
    warnings = _warnings(reading, label, marks, page, what)
    if reading is None:
        return None, warnings
    assessment = Assessment(
        status=AssessmentStatus(reading.status),
        label=reading.label,
        basis=reading.basis,
        color=reading.color,
    )
    return assessment, warnings


def read_assignment_status(
    label: str | None, marks: Sequence[Mark], palette: Palette, page: int | None, what: str
) -> tuple[AssignmentStatus | None, list[ReportWarning]]:
    """Status of an uppdrag or aktivitet from its printed label and marks.

    A printed label that names no known status is kept with status ``unknown``."""
    reading = _read(label, marks, palette, assignment_from_text, "assignment")
    warnings = _warnings(reading, label, marks, page, what)
    if reading is None:
        label = strip_glyphs(label)
        if not label:
            return None, warnings
        unknown = AssignmentStatus(
            status=AssignmentStatusValue.UNKNOWN, label=label, basis=Basis.TEXT, color=None
        )
        return unknown, warnings
    status = AssignmentStatus(
        status=AssignmentStatusValue(reading.status),
        label=reading.label,
        basis=reading.basis,
        color=reading.color,
    )
    return status, warnings

"""A status from a printed label, the marks attached to it, or both.

Follow-up reports print a status as words ("Mål kommer delvis uppfyllas",
"Klar med avvikelse"), as a coloured mark — a small raster icon, a vector
shape, a coloured glyph "●", a filled table cell — or as both.  The layout
stage finds the marks and attaches them to cells and lines
(:mod:`delar_extract.layout.marks`); :func:`read_assessment` and
:func:`read_assignment_status` turn a label and its marks into the contract's
status with its ``basis``.  Colours go through a :class:`Palette` (the
document's legend, else the default one).  A label that contradicts its colour
keeps the label's status and is reported (``status-label-colour-conflict``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from delar_extract.layout.objects import Mark
from delar_extract.model import Assessment, AssignmentStatus, ReportWarning
from delar_extract.model.vocab import AssessmentStatus, AssignmentStatusValue, Basis
from delar_extract.normalize.statuses import (
    Palette,
    assessment_from_text,
    assignment_from_text,
)
from delar_extract.vocab import load_status_vocabulary


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

"""Status words and status colours → the contract's status values.

Words are matched through the vocabulary (``genre.toml``).  Colours are
matched against a :class:`Palette`: the document's own legend when it has one
("Status Färg"), else the default palette; the nearest reference colour wins
if it is near enough, so shades of green from another template still read as
green.  A legend's colours reach further than the defaults: the document says
what its colours mean, so a shade nearer to one legend entry than to any other
is that entry's status, whatever the default palette would make of it.  A
colour near no reference still reads by its hue (the pale green, yellow and
red tints of spreadsheet cell styles), when it has one.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from delar_extract.normalize.colors import hex_to_rgb
from delar_extract.vocab import first_match, fold, load_vocabulary

# Largest distance (0..1 scale, see _distance) at which a colour still matches
# a default reference colour, and a legend's.
MAX_COLOR_DISTANCE = 0.25
MAX_LEGEND_DISTANCE = 0.45
# A colour near no reference still reads by its hue alone (a pale "good"/"bad"
# tint of a spreadsheet's cell styles) when it has a hue: this saturated, this
# bright, and within this share of the hue circle of a reference's hue.
MIN_HUE_SATURATION = 0.15
MIN_HUE_VALUE = 0.3
MAX_HUE_DISTANCE = 15 / 360


def assessment_from_text(text: str) -> str | None:
    """Assessment status printed in ``text`` ("Mål kommer delvis uppfyllas"), or None.

    A label that is only a dash or dots ("-", "..") says there is no value: no_data."""
    vocabulary = load_vocabulary()
    if fold(text) in vocabulary.no_data_marks:
        return "no_data"
    return first_match(text, vocabulary.assessment_labels)


def assignment_from_text(text: str) -> str | None:
    """Assignment status printed in ``text`` ("Klar med avvikelse"), or None."""
    return first_match(text, load_vocabulary().assignment_labels)


def is_assignment_label(text: str) -> bool:
    """True when all of ``text`` is a status label (not a sentence mentioning one)."""
    folded = fold(text)
    return assignment_from_text(folded) is not None and len(folded.split()) <= 5


def _distance(a: str, b: str) -> float:
    """Perceptual-enough distance between two colours, 0 (same) .. ~1."""
    ra, ga, ba = (v / 255 for v in hex_to_rgb(a))
    rb, gb, bb = (v / 255 for v in hex_to_rgb(b))
    ha, sa, va = colorsys.rgb_to_hsv(ra, ga, ba)
    hb, sb, vb = colorsys.rgb_to_hsv(rb, gb, bb)
    if sa < 0.2 or sb < 0.2:
        # Greys: hue is meaningless; compare saturation and brightness.
        return abs(sa - sb) + abs(va - vb) * 0.5
    dh = min(abs(ha - hb), 1 - abs(ha - hb)) * 2  # 0..1
    return dh * 1.5 + abs(sa - sb) * 0.3 + abs(va - vb) * 0.3


def _hue(color: str, saturation: float = MIN_HUE_SATURATION) -> float | None:
    """Hue of ``color`` (0..1), or None when it is too grey or dark to have one."""
    r, g, b = (v / 255 for v in hex_to_rgb(color))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    return h if s >= saturation and v >= MIN_HUE_VALUE else None


@dataclass(frozen=True)
class Palette:
    """Reference colours per status; built from a legend or the default vocabulary."""

    references: Mapping[str, tuple[str, ...]]
    from_legend: bool = False
    # Statuses whose references are the legend's own colours.
    legend_statuses: frozenset[str] = frozenset()

    def status_of(self, color: str) -> str | None:
        """The status whose reference colour is nearest to ``color``, among those
        near enough (a legend's colours reach further than the defaults)."""
        # A colour with a hue (a pale green tint too) is never a grey reference's.
        coloured = _hue(color) is not None
        best: tuple[float, str] | None = None
        for status, colors in self.references.items():
            reach = MAX_LEGEND_DISTANCE if status in self.legend_statuses else MAX_COLOR_DISTANCE
            for reference in colors:
                if coloured and _hue(reference) is None:
                    continue
                d = _distance(color, reference)
                if d <= reach and (best is None or d < best[0]):
                    best = (d, status)
        return best[1] if best is not None else self._status_by_hue(color)

    def _status_by_hue(self, color: str) -> str | None:
        """The status of the reference nearest in hue, if near enough (coloured
        references only: a grey one has no hue)."""
        hue = _hue(color)
        if hue is None:
            return None
        best: tuple[float, str] | None = None
        for status, colors in self.references.items():
            for reference in colors:
                other = _hue(reference, saturation=0.2)
                if other is None:
                    continue
                d = min(abs(hue - other), 1 - abs(hue - other))
                if d <= MAX_HUE_DISTANCE and (best is None or d < best[0]):
                    best = (d, status)
        return best[1] if best is not None else None


def default_assessment_palette() -> Palette:
    return Palette(load_vocabulary().assessment_palette)


def default_assignment_palette() -> Palette:
    return Palette(load_vocabulary().assignment_palette)


def legend_palette(
    entries: Mapping[str, str] | Iterable[tuple[str, str]],
    fallback: Palette,
    status_of_label: Callable[[str], str | None] | None = None,
) -> Palette:
    """Palette from a legend: (label text, colour) pairs.  Labels are mapped to
    statuses by ``status_of_label`` (default: the assessment, then the assignment
    vocabulary); statuses the legend does not name keep the fallback colours."""
    pairs = entries.items() if isinstance(entries, Mapping) else entries
    references: dict[str, tuple[str, ...]] = {}
    for label, color in pairs:
        status = (
            status_of_label(label)
            if status_of_label
            else assessment_from_text(label) or assignment_from_text(label)
        )
        if status:
            references[status] = (*references.get(status, ()), color)
    if not references:
        return fallback
    named = frozenset(references)
    for status, colors in fallback.references.items():
        references.setdefault(status, colors)
    return Palette(references, from_legend=True, legend_statuses=named)

"""Render context: the theme choices every block renderer consults."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import overload

from delar_samples.anchors import AnchorRegistry
from delar_samples.spec import Status, StatusStyle

# A space between digit groups: "1 031" → the space before "031".
_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
# A leading sign of a figure ("-63", "- 100", "–5"), not a lone dash.
_LEADING_MINUS = re.compile(r"^[-\u2013](?=\s?\d)")


@dataclass(frozen=True)
class Theme:
    """A visual template for one document family.

    ``status_style`` and ``ruling`` are overrides: None keeps what each block
    asks for, a value forces it everywhere (this is how variants of the same
    data are produced without touching the data modules). ``palette`` repaints
    status colours (markers, filled cells and legend swatches alike, so legend
    and statuses still agree); ``minus`` and ``thousands`` reprint the figures
    of data tables ("-1 031" → "−1\u202f031") without changing their values.
    """

    name: str
    family: str
    stylesheets: tuple[str, ...]  # file names in delar_samples/themes/
    page_label: str  # CSS ``content`` value of the page-number margin box
    status_style: StatusStyle | None = None
    ruling: str | None = None
    summary_rowspan: bool = True  # regionmål cell spans its delmål rows
    running_header: bool = True  # decks print only a footer
    palette: tuple[tuple[str, str], ...] = ()  # ("#RRGGBB" in the data, "#RRGGBB" drawn)
    minus: str | None = None  # sign printed before negative figures (None: as in the data)
    thousands: str | None = None  # printed between digit groups (None: as in the data)


@dataclass(frozen=True)
class Ctx:
    """What block renderers need besides the block itself."""

    theme: Theme
    anchors: AnchorRegistry = field(default_factory=AnchorRegistry)
    # Autofit level per slide (keyed by ``id()`` of the Slide): 0 = the deck's
    # normal sizes, higher = smaller text and charts, as PowerPoint shrinks an
    # overfull slide. Filled in by :func:`delar_samples.render.render`.
    fit: dict[int, int] = field(default_factory=dict)

    def style(self, requested: StatusStyle) -> StatusStyle:
        """Return the status style to draw: the theme override or the block's own."""
        return self.theme.status_style or requested

    def ruling(self, requested: str) -> str:
        """Return the table ruling to draw: the theme override or the block's own."""
        return self.theme.ruling or requested

    def color(self, color: str) -> str:
        """Return the colour to draw for a data colour (the theme may repaint it)."""
        return dict(self.theme.palette).get(color.upper(), color)

    @overload
    def status(self, status: Status) -> Status: ...
    @overload
    def status(self, status: None) -> None: ...
    @overload
    def status(self, status: Status | None) -> Status | None: ...
    def status(self, status: Status | None) -> Status | None:
        """Return ``status`` with its colour repainted by the theme's palette."""
        if status is None or not status.color or not self.theme.palette:
            return status
        return replace(status, color=self.color(status.color))

    def figure(self, text: str) -> str:
        """Return a printed figure in the theme's minus sign and digit grouping."""
        if self.theme.thousands is not None:
            text = _GROUP_SPACE.sub(self.theme.thousands, text)
        if self.theme.minus is not None:
            text = _LEADING_MINUS.sub(self.theme.minus, text)
        return text

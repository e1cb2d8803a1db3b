"""Render context: the theme choices every block renderer consults."""

from __future__ import annotations

from dataclasses import dataclass, field

from delar_samples.anchors import AnchorRegistry
from delar_samples.spec import StatusStyle


@dataclass(frozen=True)
class Theme:
    """A visual template for one document family.

    ``status_style`` and ``ruling`` are overrides: None keeps what each block
    asks for, a value forces it everywhere (this is how variants of the same
    data are produced without touching the data modules).
    """

    name: str
    family: str
    stylesheets: tuple[str, ...]  # file names in delar_samples/themes/
    page_label: str  # CSS ``content`` value of the page-number margin box
    status_style: StatusStyle | None = None
    ruling: str | None = None
    summary_rowspan: bool = True  # regionmål cell spans its delmål rows
    running_header: bool = True  # decks print only a footer


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

"""What the pdf stage hands on: plain, immutable page objects.

Every later stage works on these, never on pdfplumber objects, so the backend
can be swapped without touching layout or parsers.  Coordinates are PDF points
with the origin at the top-left of the (rotated) page, like pdfplumber's.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2

    def as_list(self) -> list[float]:
        """The contract's bbox: [x0, top, x1, bottom] rounded to 0.01 pt."""
        return [round(self.x0, 2), round(self.top, 2), round(self.x1, 2), round(self.bottom, 2)]

    def contains_point(self, x: float, y: float, slack: float = 0.5) -> bool:
        return (
            self.x0 - slack <= x <= self.x1 + slack and self.top - slack <= y <= self.bottom + slack
        )


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    font: str
    size: float
    bold: bool
    color: str | None  # fill colour of the glyphs, '#RRGGBB'
    confidence: float | None = None  # OCR confidence 0..1; None for a text layer


@dataclass(frozen=True)
class Rect:
    """A filled or stroked rectangle (cell backgrounds, table rules, legend swatches)."""

    box: Box
    fill: str | None
    stroke: str | None


@dataclass(frozen=True)
class Segment:
    """A straight line segment (table rules)."""

    box: Box
    stroke: str | None


@dataclass(frozen=True)
class Shape:
    """A curve or path, e.g. a vector status circle; ``fill`` is its colour."""

    box: Box
    fill: str | None
    stroke: str | None
    # The path's points in display space: its axis-aligned steps act as table
    # rules (a cell drawn as one path).  Empty when unknown (scans).
    points: tuple[tuple[float, float], ...] = ()
    curved: bool = False  # drawn with Bézier segments (a circle rather than a polygon)
    alt: str | None = None  # alt text from the structure tree (tagged PDFs)


@dataclass(frozen=True)
class Image:
    """A raster image with its placement and, for small ones, its dominant colour."""

    box: Box
    pixel_width: int
    pixel_height: int
    color: str | None  # dominant non-neutral colour of small icons, else None
    alt: str | None = None  # alt text from the structure tree (tagged PDFs)


@dataclass(frozen=True)
class TableGrid:
    """Cell geometry of a table found from its rules (a lattice); ``None`` marks a
    spanned cell.  The layout stage also builds them for tables ruled by rows only."""

    box: Box
    rows: tuple[tuple[Box | None, ...], ...]
    ruled: bool  # True when found from vertical and horizontal rules


@dataclass(frozen=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    rotation: int
    words: tuple[Word, ...]
    rects: tuple[Rect, ...] = ()
    segments: tuple[Segment, ...] = ()
    shapes: tuple[Shape, ...] = ()
    images: tuple[Image, ...] = ()
    tables: tuple[TableGrid, ...] = ()
    char_count: int = 0
    notes: tuple[str, ...] = field(default=())  # backend remarks, e.g. 'image-only'
    # The visible part of the page (the PDF crop box) in the same coordinates;
    # None when it is the whole media box.
    crop_box: Box | None = None
    # The page's box in display space (pdfplumber's ``page.bbox``): it starts
    # off the origin when the media box does.  None: (0, 0, width, height).
    box: Box | None = None

    @property
    def page_box(self) -> Box:
        """The page's box in display space."""
        return self.box if self.box is not None else Box(0.0, 0.0, self.width, self.height)

    @property
    def is_landscape(self) -> bool:
        return self.width > self.height

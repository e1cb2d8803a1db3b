"""Reading order and text style now live in the layout stage
(:mod:`delar_extract.layout.reading_order`, :mod:`delar_extract.layout.headings`);
this module only re-exports them for parsers not yet moved over."""

from __future__ import annotations

from delar_extract.layout.headings import HEADING_SIZE_STEP, TextStyle
from delar_extract.layout.reading_order import (
    ReadingOrder,
    StreamItem,
    layout_to_reading_order,
    layout_to_stream,
    table_of,
)

__all__ = [
    "HEADING_SIZE_STEP",
    "ReadingOrder",
    "StreamItem",
    "TextStyle",
    "layout_to_reading_order",
    "layout_to_stream",
    "table_of",
]

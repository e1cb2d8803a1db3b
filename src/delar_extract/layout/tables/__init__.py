"""Tables as the layout stage sees them: one model, found three ways.

* :mod:`.model` — cells with their boxes and spans, rows, header rows;
* :mod:`.ruled` — a grid (from the page's rules, or from :mod:`.rows`) filled
  with words, its header rows found (:mod:`.header`);
* :mod:`.rows` — tables ruled by rows only, rows from their rules or text
  lines (:mod:`.stacks`, :mod:`.textrows`), columns from text alignment
  (:mod:`.alignment`);
* :mod:`.unruled` — tables drawn without rules, columns from text alignment;
* :mod:`.figures` — lattices that are charts, not tables;
* :mod:`.stitch` — tables continued across pages, stitched into one.
"""

from delar_extract.layout.tables.figures import (
    chart_extents,
    drop_figures,
    is_figure,
    split_figures,
)
from delar_extract.layout.tables.model import (
    Cell,
    HeaderNode,
    TableBlock,
    cell_edges,
    joined_label,
    lines_outside,
    table_box_on,
    words_in,
)
from delar_extract.layout.tables.rows import find_row_ruled
from delar_extract.layout.tables.ruled import grid_to_table
from delar_extract.layout.tables.stitch import continues, stitch
from delar_extract.layout.tables.unruled import find_unruled_tables

__all__ = [
    "Cell",
    "HeaderNode",
    "TableBlock",
    "cell_edges",
    "chart_extents",
    "continues",
    "drop_figures",
    "find_row_ruled",
    "find_unruled_tables",
    "grid_to_table",
    "is_figure",
    "joined_label",
    "lines_outside",
    "split_figures",
    "stitch",
    "table_box_on",
    "words_in",
]

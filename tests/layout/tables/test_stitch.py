"""Tables continued across pages: repeated headers dropped, broken rows merged."""

from __future__ import annotations

from itertools import pairwise

from delar_extract.layout.tables import Cell, cell_edges, continues, stitch
from delar_extract.pdf.objects import Box
from tests.parsers.builders import grid

EDGES = [50.0, 200.0, 300.0, 400.0]
HEADER = ["Enhet", "Utfall", "Budget"]


def test_a_continuation_loses_its_repeated_header_and_merges_a_broken_row() -> None:
    first = grid([HEADER, ["Vård och", "12", "14"]], EDGES, top=700, page=1)
    rest = grid(
        [HEADER, [None, "", ""], ["Skola", "7", "9"]],
        EDGES,
        top=60,
        page=2,
    )
    # the label's second line went on to the next page, in a row of its own
    # whose figure cells are empty
    rest.rows[1] = [
        grid([["omsorg"]], EDGES[:2], top=100, page=2).rows[0][0],
        *(Cell(Box(x0, 100, x1, 140), (), 2) for x0, x1 in pairwise(EDGES[1:])),
    ]
    assert continues(first, rest, gap_ok=True)
    table = stitch(first, rest)
    assert (table.page_start, table.page_end) == (1, 2)
    assert [[c.text if c else "" for c in row] for row in table.rows] == [
        HEADER,
        ["Vård och omsorg", "12", "14"],
        ["Skola", "7", "9"],
    ]
    assert sorted(table.edges) == [1, 2]
    assert cell_edges(table, 2) == [50.0, 200.0, 300.0, 400.0]


def test_other_columns_are_another_table() -> None:
    first = grid([HEADER, ["Vård", "12", "14"]], EDGES, top=700, page=1)
    other = grid([HEADER, ["Skola", "7", "9"]], [50.0, 150.0, 300.0, 400.0], top=60, page=2)
    assert not continues(first, other, gap_ok=True)
    assert not continues(first, first, gap_ok=True)  # not on the next page

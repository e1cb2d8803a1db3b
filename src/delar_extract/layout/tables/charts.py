"""Charts standing in a stack of rules: no rows of a rows-only table.

A bar chart drawn as vector paths has horizontal grid lines as wide as the
table under it on a slide, so its grid joins the table's stack of rules and
its axis labels and title would become the table's first rows.  What gives
it away is that its rules run through its drawings: a bar stands across
several grid lines, while a table's cell content (text, a fill, a status
mark) lies between two of its rules.  The chart's span reaches from the
first to the last rule its drawings cross; the bands in that span and the
band on each of its edges (the axis labels below, the title above) hold the
chart and its text, and separate the rows above from those below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from delar_extract.layout.tables.bands import Rule

Band = tuple[float, float]

# A rule runs through a drawing when it stands this far (pt) inside it: a
# cell's fill or mark ends on its rules, give or take the rule's width.
CROSS_SLACK = 1.5


def _crossed(drawing: dict[str, Any], rules: Sequence[Rule]) -> bool:
    """Does a rule run through ``drawing``?"""
    return any(
        drawing["top"] + CROSS_SLACK < top < drawing["bottom"] - CROSS_SLACK
        and x0 < drawing["x1"]
        and drawing["x0"] < x1
        for top, x0, x1 in rules
    )


def _span(drawing: dict[str, Any], rules: Sequence[Rule]) -> Band:
    """A crossed drawing's span: from the rule it stands on or under (its grid
    line or axis) to the one it reaches down to."""
    tops = [top for top, x0, x1 in rules if x0 < drawing["x1"] and drawing["x0"] < x1]
    above = [t for t in tops if t <= drawing["top"] + CROSS_SLACK]
    below = [t for t in tops if t >= drawing["bottom"] - CROSS_SLACK]
    return (max(above, default=drawing["top"]), min(below, default=drawing["bottom"]))


def chart_spans(rules: Sequence[Rule], drawings: Sequence[dict[str, Any]]) -> list[Band]:
    """Vertical spans of the charts among ``rules``: the drawings a rule runs
    through, each from the rule above it to the rule below (overlapping spans
    are one chart)."""
    spans: list[list[float]] = []
    for top, bottom in sorted(_span(d, rules) for d in drawings if _crossed(d, rules)):
        if spans and top <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], bottom)
        else:
            spans.append([top, bottom])
    return [(a, b) for a, b in spans]


def outside_charts(bands: Sequence[Band], spans: Sequence[Band]) -> list[list[Band]]:
    """``bands`` cut into runs that hold no chart: the bands inside a chart's
    span, and the band on each of its edges, go."""
    if not spans:
        return [list(bands)]
    inside = [any(a - 1 <= band[0] and band[1] <= b + 1 for a, b in spans) for band in bands]
    edge = [
        not inside[i] and ((i > 0 and inside[i - 1]) or (i + 1 < len(bands) and inside[i + 1]))
        for i in range(len(bands))
    ]
    runs: list[list[Band]] = [[]]
    for band, chart, on_edge in zip(bands, inside, edge, strict=True):
        if chart or on_edge:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(band)
    return [run for run in runs if run]

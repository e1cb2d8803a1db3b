"""``delar-extract compare``: what changed between two reports (e.g. two years).

:func:`compare_reports` gives a :class:`Comparison` (pydantic, so ``--format
json`` has a schema); :mod:`render_text` and :mod:`render_html` present it.
"""

from delar_extract.audit.compare.diff import compare_reports
from delar_extract.audit.compare.match import DEFAULT_THRESHOLD, similarity
from delar_extract.audit.compare.model import Comparison, ItemDiff, ItemKind, MatchState

__all__ = [
    "DEFAULT_THRESHOLD",
    "Comparison",
    "ItemDiff",
    "ItemKind",
    "MatchState",
    "compare_reports",
    "similarity",
]

"""Matching items of two reports one-to-one by title similarity.

Titles are normalised (case, punctuation, the goal number "Mål 4." and list
marks dropped) and scored with rapidfuzz: the better of the plain ratio and
the word-order-free ratio, 0..1.  Identical normalised titles pair first (in
order, so repeated labels pair up in sequence); the rest pair by a global
greedy assignment: the best-scoring pair above the threshold first, then the
next best among the items left.  A caller may add a bonus (same parent, same
table) that ranks candidates without changing the similarity shown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from delar_extract.vocab import fold

# Least similarity for two different titles to be the same item renamed.
DEFAULT_THRESHOLD = 0.7

_NUMBERING = re.compile(r"^(?:(?:mål|delmål|uppdrag)\s*)?\d+(?:\.\d+)*[.):]?\s+")
_NON_WORD = re.compile(r"[^\w%]+")


def normalise_title(text: str | None) -> str:
    """A title as matching compares it: folded, numbering and punctuation removed."""
    folded = fold(text or "")
    folded = _NUMBERING.sub("", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def similarity(a: str | None, b: str | None) -> float:
    """Similarity of two titles, 0..1 (1: the same normalised title)."""
    left, right = normalise_title(a), normalise_title(b)
    if not left or not right:
        return 1.0 if left == right else 0.0
    if left == right:
        return 1.0
    score = max(fuzz.ratio(left, right), fuzz.token_sort_ratio(left, right)) / 100
    return round(min(score, 0.999), 3)


@dataclass(frozen=True)
class Pair:
    old: int
    new: int
    similarity: float


def match_items(
    old: Sequence[str | None],
    new: Sequence[str | None],
    threshold: float = DEFAULT_THRESHOLD,
    bonus: Callable[[int, int], float] | None = None,
    allowed: Callable[[int, int], bool] | None = None,
) -> list[Pair]:
    """One-to-one pairs (indexes into ``old`` and ``new``), sorted by old index.

    ``allowed`` excludes pairs (another level of the hierarchy); ``bonus`` adds
    to the score used for ranking (not to the similarity reported).
    """
    ok = allowed or (lambda i, j: True)
    pairs: list[Pair] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    # 1. identical normalised titles, in document order
    waiting: dict[str, list[int]] = defaultdict(list)
    for j, title in enumerate(new):
        waiting[normalise_title(title)].append(j)
    for i, title in enumerate(old):
        queue = [j for j in waiting.get(normalise_title(title), []) if ok(i, j)]
        if queue:
            j = queue[0]
            waiting[normalise_title(title)].remove(j)
            pairs.append(Pair(i, j, 1.0))
            used_old.add(i)
            used_new.add(j)
    # 2. the rest by a global greedy assignment on similarity (+ bonus)
    candidates = []
    for i, a in enumerate(old):
        if i in used_old:
            continue
        for j, b in enumerate(new):
            if j in used_new or not ok(i, j):
                continue
            score = similarity(a, b)
            if score >= threshold:
                rank = score + (bonus(i, j) if bonus else 0.0)
                candidates.append((-rank, i, j, score))
    for _, i, j, score in sorted(candidates):
        if i not in used_old and j not in used_new:
            pairs.append(Pair(i, j, score))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs, key=lambda p: p.old)

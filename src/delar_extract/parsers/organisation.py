"""Organisation and body names from title-page lines, running headers and metadata.

An organisation is a prefix and the capitalised words after it ("Region Västra
Götaland", "Landstinget Dalarna") or capitalised words before a suffix ("Umeå
kommun", "Göteborgs Stad"), with the prefixes and suffixes from the genre's
vocabulary.  A name printed once with a word more ("Region Skåne
Uppföljning") loses to the form printed most often.  A body is a capitalised
word that begins with a body word ("Kommunstyrelsen") or ends with a body
suffix ("Kulturnämnden", "Socialförvaltningen"), or a lower-case body noun
after a capitalised adjective ("Tekniska nämnden").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from delar_extract.normalize.dates import month_number
from delar_extract.vocab import fold, load_vocabulary

_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü][\wÅÄÖåäö-]*")
# At most this many capitalised words make an organisation's name.
MAX_NAME_WORDS = 3


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _is_body_word(word: str) -> bool:
    folded = fold(_singular(word))
    vocabulary = load_vocabulary()
    return any(folded.startswith(w) for w in vocabulary.body_words) or any(
        folded.endswith(w) for w in vocabulary.body_suffixes
    )


def _singular(word: str) -> str:
    """A genitive ("Kulturnämndens", "Stadsdirektörens") without its "s"."""
    folded = fold(word)
    return word[:-1] if folded.endswith(("ens", "ets")) else word


def _stops_a_name(word: str) -> bool:
    """A word that is no part of a place name: a body, a report type, a month."""
    folded = fold(word)
    if not _capitalised(word) or _is_body_word(word) or month_number(word):
        return True
    return any(w in folded for rule in load_vocabulary().report_types for w in rule.words)


def _candidates(text: str) -> list[str]:
    vocabulary = load_vocabulary()
    words = [m.group(0) for m in _WORD.finditer(text)]
    found = []
    for index, word in enumerate(words):
        if word in vocabulary.organisation_prefixes:
            name = []
            for nxt in words[index + 1 : index + 1 + MAX_NAME_WORDS]:
                if _stops_a_name(nxt):
                    break
                name.append(nxt)
            if name:
                found.append(" ".join([word, *name]))
        elif fold(word) in vocabulary.organisation_suffixes and index:
            name = []
            for previous in reversed(words[max(0, index - MAX_NAME_WORDS + 1) : index]):
                if _stops_a_name(previous) or previous in vocabulary.organisation_prefixes:
                    break
                name.insert(0, previous)
            if name:
                found.append(" ".join([*name, word]))
    return found


def find_organisation(texts: Sequence[str], weights: Sequence[int] | None = None) -> str | None:
    """The organisation named most often in ``texts`` (each counted with its
    weight; ties go to the one named first)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for position, text in enumerate(texts):
        weight = weights[position] if weights else 1
        for name in _candidates(text):
            counts[name] += weight
            first.setdefault(name, position)
    # "Region Skånes delårsrapport": the genitive is the same name.
    for name in list(counts):
        if name.endswith("s") and name[:-1] in counts:
            counts[name[:-1]] += counts.pop(name)
    if not counts:
        return None
    return min(counts, key=lambda n: (-counts[n], first[n], len(n)))


def find_body(texts: Sequence[str], organisation: str | None) -> str | None:
    """The first body named in ``texts`` that is not part of the organisation."""
    for text in texts:
        words = [m.group(0) for m in _WORD.finditer(text)]
        for index, word in enumerate(words):
            if not _is_body_word(word):
                continue
            if _capitalised(word):
                name = _singular(word)
            elif index and _capitalised(words[index - 1]) and not _is_body_word(words[index - 1]):
                # "Tekniska nämnden": an adjective names the body.
                name = f"{words[index - 1]} {_singular(word)}"
            else:
                continue
            if organisation and name in organisation:
                continue
            return name
    return None

"""Run the evaluation over a samples folder."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from delar_extract.evaluate.compare import KindScore, compare_reports
from delar_extract.model import Report
from delar_extract.pipeline import extract


@dataclass(frozen=True)
class DocumentScore:
    name: str
    kinds: list[KindScore]


@dataclass
class EvalResult:
    documents: list[DocumentScore] = field(default_factory=list)

    def totals(self) -> dict[str, KindScore]:
        """Scores per kind summed over documents."""
        out: dict[str, KindScore] = {}
        for doc in self.documents:
            for k in doc.kinds:
                prev = out.get(k.kind, KindScore(k.kind, 0, 0, 0, 0))
                out[k.kind] = KindScore(
                    k.kind,
                    prev.expected + k.expected,
                    prev.found + k.found,
                    prev.right + k.right,
                    prev.emitted + k.emitted,
                )
        return out

    def overall(self) -> float:
        """Share of expected items extracted right, over all kinds and documents."""
        totals = self.totals().values()
        expected = sum(k.expected for k in totals)
        return sum(k.right for k in totals) / expected if expected else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": {
                d.name: {k.kind: _score_dict(k) for k in d.kinds} for d in self.documents
            },
            "totals": {k: _score_dict(v) for k, v in self.totals().items()},
            "overall": round(self.overall(), 4),
        }


def _score_dict(score: KindScore) -> dict[str, float | int]:
    return {
        "expected": score.expected,
        "found": score.found,
        "right": score.right,
        "emitted": score.emitted,
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }


def expected_path(samples: Path, pdf: Path) -> Path:
    """Golden of a sample PDF: its own when it has one (a rendering by another
    producer, whose pages differ), else its base's (``name__variant.pdf``)."""
    own = samples / "expected" / f"{pdf.stem}.json"
    return own if own.exists() else samples / "expected" / f"{pdf.stem.split('__')[0]}.json"


def evaluate_samples(samples: Path) -> EvalResult:
    """Extract every ``samples/*.pdf`` that has an expected JSON and score it."""
    result = EvalResult()
    for pdf in sorted(samples.glob("*.pdf")):
        golden = expected_path(samples, pdf)
        if not golden.exists():
            continue
        expected = Report.model_validate(json.loads(golden.read_text(encoding="utf-8")))
        result.documents.append(DocumentScore(pdf.stem, compare_reports(expected, extract(pdf))))
    return result

"""Evaluation: extract the samples and compare with their expected JSON."""

from delar_extract.evaluate.compare import KindScore, compare_reports
from delar_extract.evaluate.runner import DocumentScore, EvalResult, evaluate_samples

__all__ = ["DocumentScore", "EvalResult", "KindScore", "compare_reports", "evaluate_samples"]

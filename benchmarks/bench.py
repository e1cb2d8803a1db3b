"""Throughput and memory of the extractor, per stage.

    python benchmarks/bench.py                      # the samples
    python benchmarks/bench.py ../shared/corpus/*.pdf --repeat 1

Prints, per document, the seconds spent in the pdf stage (open, words,
graphics, table grids), in layout and in the rest of the pipeline, pages per
second, and at the end the totals and the process's peak resident memory.
Numbers, not assertions: the tests never time anything.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from delar_extract.errors import DelarError
from delar_extract.layout.assemble import pages_to_layout
from delar_extract.pdf.reader import iter_pages, open_pdf
from delar_extract.pipeline import layout_to_report

REPO = Path(__file__).resolve().parents[1]


def bench_one(path: Path) -> tuple[int, float, float, float]:
    """(pages, pdf seconds, layout seconds, rest seconds) for one document."""
    start = time.perf_counter()
    with open_pdf(path) as (info, plumber):
        pages = list(iter_pages(plumber))
    pdf_done = time.perf_counter()
    layout = pages_to_layout(pages)
    layout_done = time.perf_counter()
    layout_to_report(info, layout)
    end = time.perf_counter()
    return len(pages), pdf_done - start, layout_done - pdf_done, end - layout_done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: samples/*.pdf)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per document; best is kept")
    args = parser.parse_args(argv)
    pdfs = args.pdfs or sorted((REPO / "samples").glob("*.pdf"))
    header = (
        f"{'document':45} {'pages':>5} {'pdf s':>7} {'layout s':>8} {'rest s':>7} {'pages/s':>8}"
    )
    print(header)
    totals = [0, 0.0, 0.0, 0.0]
    for pdf in pdfs:
        try:
            runs = [bench_one(pdf) for _ in range(max(1, args.repeat))]
        except DelarError as exc:
            print(f"{pdf.name[:45]:45} error: {exc}")
            continue
        pages, t_pdf, t_layout, t_rest = min(runs, key=lambda r: r[1] + r[2] + r[3])
        total = t_pdf + t_layout + t_rest
        print(
            f"{pdf.name[:45]:45} {pages:5d} {t_pdf:7.2f} {t_layout:8.2f} {t_rest:7.2f}"
            f" {pages / total if total else 0:8.1f}"
        )
        for index, value in enumerate((pages, t_pdf, t_layout, t_rest)):
            totals[index] += value
    pages, t_pdf, t_layout, t_rest = totals
    elapsed = t_pdf + t_layout + t_rest
    print(
        f"{'TOTAL':45} {int(pages):5d} {t_pdf:7.2f} {t_layout:8.2f} {t_rest:7.2f}"
        f" {pages / elapsed if elapsed else 0:8.1f}"
    )
    if t_pdf:
        print(f"pdf stage alone: {pages / t_pdf:.1f} pages/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

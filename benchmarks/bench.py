"""Throughput and memory of the extractor, side by side with the floor and the peers.

    python benchmarks/bench.py                 # everything, writes benchmarks/RESULTS.md
    python benchmarks/bench.py --runs 5        # more runs per measurement (medians)
    python benchmarks/bench.py --quick         # our numbers only, no peers, no batch
    python benchmarks/bench.py --profile       # cProfile of one end-to-end pass on the samples

One go measures, on the samples and on a >= 500-page document made by
concatenating them (PDFium imports the pages):

* end to end (``extract``): pages per second, seconds per document, peak RSS;
* time against pages: the samples concatenated 1x, 2x and 4x (linear?);
* pages per second per stage (pdf, layout, the rest);
* the floor (pypdfium2 characters with their boxes) and the full PDFium read
  (characters with box, font, size, colour; paths with points; images);
* the peers a user would pick for tables: camelot lattice, camelot stream,
  pdfplumber ``extract_tables`` (when installed: ``pip install .[bench]``);
* ``delar-extract batch`` with 1 and 2 workers.

Every measurement runs in a fresh process (so its peak RSS is its own) and is
repeated; medians are reported.  Numbers, not assertions: the tests never time
anything.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import io
import multiprocessing as mp
import os
import platform
import pstats
import queue as queue_module
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples").glob("*.pdf"))
RESULTS = REPO / "benchmarks" / "RESULTS.md"


# --- what is measured (each runs in a child process) -------------------------


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def run_end_to_end(paths: list[Path], rest: bool = True) -> dict[str, float]:
    """extract() per document, with the time of each stage (``rest=False``:
    only the pdf and layout stages)."""
    from delar_extract.layout.assemble import pages_to_layout
    from delar_extract.pdf.reader import iter_pages, open_pdf
    from delar_extract.pipeline import layout_to_report

    t_pdf = t_layout = t_rest = 0.0
    per_doc = []
    for path in paths:
        start = time.perf_counter()
        with open_pdf(path) as (info, document):
            pages = list(iter_pages(document))
        pdf_done = time.perf_counter()
        layout = pages_to_layout(pages)
        layout_done = time.perf_counter()
        if rest:
            layout_to_report(info, layout)
        end = time.perf_counter()
        t_pdf += pdf_done - start
        t_layout += layout_done - pdf_done
        t_rest += end - layout_done
        per_doc.append(end - start)
    return {
        "pdf": t_pdf,
        "layout": t_layout,
        "rest": t_rest,
        "total": t_pdf + t_layout + t_rest,
        "per_doc": statistics.mean(per_doc),
    }


def run_floor(paths: list[Path]) -> dict[str, float]:
    """pypdfium2: every character with its box, nothing else."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    start = time.perf_counter()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for path in paths:
        doc = pdfium.PdfDocument(path)
        for page in doc:
            textpage = page.get_textpage()
            count = textpage.count_chars()
            textpage.get_text_range(0, count)
            for i in range(count):
                pdfium_c.FPDFText_GetCharBox(textpage.raw, i, left, right, bottom, top)
            textpage.close()
            page.close()
        doc.close()
    return {"total": time.perf_counter() - start}


def run_full_read(paths: list[Path]) -> dict[str, float]:
    """PDFium reading all we need (chars with box, font, size, colour; paths with
    colours and points, forms opened; images), without words, grids or renders."""
    import pypdfium2 as pdfium

    from delar_extract.pdf import pdfium as raw
    from delar_extract.pdf.graphics import read_graphics
    from delar_extract.pdf.text import read_chars

    start = time.perf_counter()
    for path in paths:
        doc = pdfium.PdfDocument(path)
        for page in doc:
            rotation, box = page.get_rotation(), page.get_mediabox()
            device, flip = raw.device_matrix(rotation, box), raw.flip_matrix(rotation, box)
            textpage = page.get_textpage()
            read_chars(raw.address(textpage.raw), device, flip, lambda name: False)
            textpage.close()
            read_graphics(raw.address(page.raw), raw.multiply(device, flip))
            page.close()
        doc.close()
    return {"total": time.perf_counter() - start}


def run_camelot(paths: list[Path], flavor: str) -> dict[str, float]:
    import logging
    import warnings

    import camelot

    logging.getLogger("camelot").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")  # "No tables found in table area" for every page
    start = time.perf_counter()
    for path in paths:
        camelot.read_pdf(str(path), pages="all", flavor=flavor)
    return {"total": time.perf_counter() - start}


def run_pdfplumber_tables(paths: list[Path]) -> dict[str, float]:
    import pdfplumber

    start = time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.close()
    return {"total": time.perf_counter() - start}


BATCH_COPIES = 4


def run_batch(paths: list[Path], workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for i, path in enumerate(paths):
            shutil.copyfile(path, inputs / f"{i:03d}_{path.name}")
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "delar_extract",
                "batch",
                str(inputs),
                "-o",
                str(Path(tmp) / "out"),
                "--workers",
                str(workers),
                "-q",
            ],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )
        elapsed = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = children.ru_utime + children.ru_stime
    return {"total": elapsed, "child_rss": children.ru_maxrss / 1024, "cpu": cpu}


# --- running them -------------------------------------------------------------


def _child(fn: Callable[..., dict[str, float]], args: tuple[Any, ...], queue: Any) -> None:
    try:
        start = time.process_time()
        result = fn(*args)
        result.setdefault("cpu", time.process_time() - start)
        result["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        queue.put(result)
    except Exception as exc:  # a peer that fails is reported, not fatal
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def measure(
    fn: Callable[..., dict[str, float]], *args: Any, runs: int = 3, limit: float = 300.0
) -> dict[str, Any]:
    """Medians over ``runs`` fresh processes; a run over ``limit`` seconds is stopped."""
    ctx = mp.get_context("spawn")
    results = []
    for _ in range(runs):
        queue = ctx.Queue()
        process = ctx.Process(target=_child, args=(fn, args, queue))
        process.start()
        try:
            result = queue.get(timeout=limit)
        except queue_module.Empty:
            result = {"error": f"did not finish in {limit:.0f} s"}
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
        if "error" in result:
            return result
        results.append(result)
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def concatenated(paths: list[Path], times: int, out: Path) -> Path:
    import pypdfium2 as pdfium

    target = pdfium.PdfDocument.new()
    for _ in range(times):
        for path in paths:
            source = pdfium.PdfDocument(path)
            target.import_pages(source)
            source.close()
    target.save(out)
    target.close()
    return out


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()},"
        f" Python {platform.python_version()}, load average at start {load:.2f}"
    )


def profile(paths: list[Path], top: int = 25) -> None:
    from delar_extract import extract

    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        extract(path)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    print(out.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs (default: samples/*.pdf)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--quick", action="store_true", help="our numbers only")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass and stop")
    parser.add_argument(
        "--limit",
        type=float,
        default=30.0,
        help="seconds before an end-to-end run on a concatenated document is stopped",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where RESULTS.md goes")
    args = parser.parse_args(argv)
    pdfs = args.pdfs or SAMPLES
    if args.profile:
        profile(pdfs)
        return 0
    started = time.time()
    machine = _machine()
    pages = sum(_pages(p) for p in pdfs)
    rows: list[tuple[str, int, dict[str, Any]]] = []

    def record(name: str, n_pages: int, result: dict[str, Any]) -> dict[str, Any]:
        rows.append((name, n_pages, result))
        if "error" in result:
            print(f"{name:42} error: {result['error']}", flush=True)
        else:
            print(
                f"{name:42} {n_pages:5d} pages {result['total']:7.2f} s"
                f" {n_pages / result['total']:7.1f} pages/s  CPU {result['cpu']:7.2f} s"
                f" {n_pages / result['cpu']:7.1f} pages/CPU-s  peak RSS {result['rss']:5.0f} MiB",
                flush=True,
            )
        return result

    e2e = record("delar-extract end to end", pages, measure(run_end_to_end, pdfs, runs=args.runs))
    floor = record(
        "floor: pypdfium2 chars with boxes", pages, measure(run_floor, pdfs, runs=args.runs)
    )
    full = record("pypdfium2 full read", pages, measure(run_full_read, pdfs, runs=args.runs))
    peers: dict[str, dict[str, Any]] = {}
    linear: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    batch: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, 2, 4):
            big = concatenated(pdfs, times, Path(tmp) / f"x{times}.pdf")
            n = _pages(big)
            staged = record(
                f"concatenated {times}x: pdf + layout",
                n,
                measure(run_end_to_end, [big], False, runs=1),
            )
            full_run = record(
                f"concatenated {times}x: end to end",
                n,
                measure(run_end_to_end, [big], runs=1, limit=args.limit),
            )
            linear.append((n, staged, full_run))
        if not args.quick:
            for name, fn, extra in (
                ("camelot lattice (tables only)", run_camelot, ("lattice",)),
                ("camelot stream (tables only)", run_camelot, ("stream",)),
                ("pdfplumber extract_tables (tables only)", run_pdfplumber_tables, ()),
            ):
                peers[name] = record(name, pages, measure(fn, pdfs, *extra, runs=1))
            # 20 files: a batch's fixed cost (starting the command and its
            # workers, about a second) is paid once, as in an archive's run of
            # thousands of files, not once per handful of documents.
            work = pdfs * BATCH_COPIES
            for workers in (1, 2):
                batch[workers] = record(
                    f"batch, {workers} worker(s), samples x{BATCH_COPIES}",
                    BATCH_COPIES * pages,
                    measure(run_batch, work, workers, runs=1),
                )
    write_results(
        args.out, machine, pages, len(pdfs), e2e, floor, full, peers, linear, batch, args.runs
    )
    print(f"wrote {args.out} in {time.time() - started:.0f} s")
    return 0


def write_results(
    out: Path,
    machine: str,
    pages: int,
    docs: int,
    e2e: dict[str, Any],
    floor: dict[str, Any],
    full: dict[str, Any],
    peers: dict[str, dict[str, Any]],
    linear: list[tuple[int, dict[str, Any], dict[str, Any]]],
    batch: dict[int, dict[str, Any]],
    runs: int,
) -> None:
    def rate(result: dict[str, Any], n: int = pages) -> str:
        return "error" if "error" in result else f"{n / result['total']:.1f}"

    lines = [
        "# Benchmark results",
        "",
        "Written by `python benchmarks/bench.py` (do not edit by hand).",
        "",
        f"- machine: {machine}",
        "- versions: "
        + ", ".join(
            f"{name} {_version(name)}"
            for name in ("delar-extract", "pypdfium2", "pdfplumber", "camelot-py", "pydantic")
        ),
        f"- input: the {docs} samples, {pages} pages; medians of {runs} runs in fresh processes"
        " (peers and the concatenations: 1 run)",
        "",
        "Seconds are wall-clock; CPU seconds are the process's own (user + system), which"
        " a busy machine disturbs less. The batch's CPU is its workers' total.",
        "",
        "| measurement | pages | seconds | pages/s | CPU s | pages/CPU-s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    table = [
        ("delar-extract end to end", pages, e2e),
        ("floor: pypdfium2 chars with boxes", pages, floor),
    ]
    table += [("pypdfium2 full read", pages, full)]
    table += [(name, pages, r) for name, r in peers.items()]
    for n, staged, full_run in linear:
        table += [(f"concatenated samples, {n} pages, one document: pdf + layout", n, staged)]
        table += [(f"concatenated samples, {n} pages, one document: end to end", n, full_run)]
    table += [
        (f"batch, {w} worker(s), samples x{BATCH_COPIES}", BATCH_COPIES * pages, r)
        for w, r in batch.items()
    ]
    for name, n, r in table:
        if "error" in r:
            lines.append(f"| {name} | {n} | error: {r['error']} | | | | |")
        else:
            lines.append(
                f"| {name} | {n} | {r['total']:.2f} | {rate(r, n)} | {r['cpu']:.2f}"
                f" | {n / r['cpu']:.1f} | {r['rss']:.0f} |"
            )
    if "error" not in e2e:
        t = e2e["total"]
        lines += [
            "",
            "Per stage (end to end on the samples):",
            "",
            "| stage | seconds | pages/s | share |",
            "|---|---:|---:|---:|",
        ]
        for stage in ("pdf", "layout", "rest"):
            lines.append(
                f"| {stage} | {e2e[stage]:.2f} | {pages / e2e[stage]:.1f} | {e2e[stage] / t:.0%} |"
            )
        lines += ["", f"Seconds per document (mean of the samples): {e2e['per_doc']:.2f}", ""]
        lines += ["Ratios and the issue's targets:", ""]
        c = e2e["cpu"]
        lines.append(
            f"- end to end: {pages / t:.1f} pages/s wall, {pages / c:.1f} pages per CPU-second"
            " (target >= 30 per core)"
        )
        if "error" not in floor:
            lines.append(
                f"- end to end vs the floor: {t / floor['total']:.1f}x wall,"
                f" {c / floor['cpu']:.1f}x CPU (target <= 6x)"
            )
        if "error" not in full:
            lines.append(
                f"- end to end vs the full read: {t / full['total']:.1f}x wall,"
                f" {c / full['cpu']:.1f}x CPU (target <= 2x)"
            )
        stream = peers.get("camelot stream (tables only)", {"error": "not run"})
        if "error" not in stream:
            lines.append(
                f"- vs camelot stream: {stream['total'] / t:.2f}x faster wall,"
                f" {stream['cpu'] / c:.2f}x CPU (target >= 1.2x)"
            )
        lines.append(f"- peak RSS end to end: {e2e['rss']:.0f} MiB (target <= 300 per worker)")
        staged_ok = [(n, r) for n, r, _ in linear if "error" not in r]
        if staged_ok:
            base_n, base = staged_ok[0]
            for what, key in (("CPU", "cpu"), ("wall", "total")):
                per = ", ".join(
                    f"{n} pages: {r[key] / base[key] * base_n / n:.2f}" for n, r in staged_ok
                )
                lines.append(
                    f"- linearity of pdf + layout ({what} time per page relative to {base_n}"
                    f" pages): {per} (1.00 = linear)"
                )
            lines.append(
                "- peak RSS, pdf + layout of the largest document:"
                f" {staged_ok[-1][1]['rss']:.0f} MiB"
            )
        full_ok = [(n, r) for n, _, r in linear if "error" not in r]
        if full_ok:
            base_n, base = full_ok[0]
            per = ", ".join(
                f"{n} pages: {r['total'] / base['total'] * base_n / n:.2f}" for n, r in full_ok
            )
            lines.append(f"- linearity end to end, time per page relative to {base_n} pages: {per}")
        for n, _, r in linear:
            if "error" in r:
                lines.append(f"- end to end on {n} pages: {r['error']}")
        if 1 in batch and 2 in batch and all("error" not in r for r in batch.values()):
            lines.append(
                f"- batch speed-up, 2 workers vs 1: {batch[1]['total'] / batch[2]['total']:.2f}x"
                f" (target >= 1.8x); workers' peak RSS {batch[2]['child_rss']:.0f} MiB"
            )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

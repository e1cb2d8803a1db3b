"""The ``delar-extract`` command: a thin layer over the library.

Data goes to stdout or files, logs and progress to stderr.  Exit status, the
same for every command: 0 success, 1 failure (an input that did not convert or
is missing, an invalid file, an unwritable output), 2 usage error, 130
interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import click

from delar_extract.audit import load_report
from delar_extract.audit.commands import run_check, run_compare
from delar_extract.batch import (
    BatchOptions,
    BatchProgress,
    PageProgress,
    PasswordBook,
    PasswordFileError,
    read_password_file,
    run_batch,
)
from delar_extract.errors import DelarError, OutputError
from delar_extract.evaluate import EvalResult, KindScore, evaluate_samples
from delar_extract.io.files import FORMATS, ExportFormat
from delar_extract.io.review import ReviewOptions, write_review
from delar_extract.io.schema import report_schema, schema_to_text
from delar_extract.io.validate import validate_file
from delar_extract.io.writer import ensure_writable_folder, valid_json, write_report
from delar_extract.pipeline import OCR_MODES, ExtractOptions, OcrMode, extract

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("delar_extract")
EXIT_INTERRUPTED = 130
STDOUT = Path("-")


def _configure_logging(verbose: int, quiet: bool, debug: bool) -> None:
    level = logging.DEBUG if debug or verbose > 1 else logging.INFO if verbose else logging.WARNING
    if quiet:
        level = logging.ERROR
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # pdfminer and fontTools talk a lot about harmless oddities of real PDFs.
    for noisy in ("pdfminer", "fontTools", "PIL", "camelot"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.ERROR)


def common_options(func: F) -> F:
    """-q/--quiet, -v/--verbose and --debug, shared by every command."""
    func = click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")(func)
    func = click.option("-v", "--verbose", count=True, help="More log output (-vv: debug).")(func)
    func = click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")(func)
    return func


def password_options(func: F) -> F:
    """--password (repeatable) and --passwords FILE, shared by extract and batch."""
    func = click.option(
        "--passwords",
        "passwords_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="File of PATTERN<TAB>PASSWORD lines: passwords per input path (glob).",
    )(func)
    func = click.option(
        "--password",
        "password",
        multiple=True,
        help="Password of encrypted PDFs; repeat it to try several.",
    )(func)
    return func


def _password_book(passwords: tuple[str, ...], passwords_file: Path | None) -> PasswordBook:
    try:
        entries = read_password_file(passwords_file) if passwords_file else ()
    except PasswordFileError as exc:
        raise click.BadParameter(str(exc), param_hint="--passwords") from exc
    return PasswordBook(common=passwords, entries=entries)


def _fail(message: str) -> NoReturn:
    """One error line on stderr and exit status 1."""
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _ensure_output(folder: Path) -> None:
    try:
        ensure_writable_folder(folder)
    except OutputError as exc:
        _fail(f"{exc} ({exc.code})")


def _output_targets(pdfs: tuple[Path, ...], output_dir: Path) -> list[tuple[Path, Path]]:
    """``(input, output)`` pairs; a file named twice is done once, and two inputs that
    would write the same output are refused before any work (no silent overwrite)."""
    by_target: dict[Path, Path] = {}
    pairs = []
    for pdf in pdfs:
        target = output_dir / f"{pdf.stem}.json"
        other = by_target.setdefault(target, pdf)
        if other is pdf:
            pairs.append((pdf, target))
        elif other.resolve() != pdf.resolve():
            raise click.UsageError(
                f"{other} and {pdf} would both be written to {target}; extract them "
                "into different folders, or use `batch`, which keeps their relative paths"
            )
    return pairs


class DelarGroup(click.Group):
    """The command group; Ctrl-C in any command ends it with status 130, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=DelarGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="delar-extract")
def cli() -> None:
    """Swedish follow-up reports (delårsrapporter, årsrapporter, ...) from PDF to JSON.

    \b
    Example:
        delar-extract extract samples/*.pdf -o output/
    """


@cli.command("extract")
@click.argument("pdfs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for the JSON files (<stem>.json per input); '-': stdout (one input).",
)
@password_options
@click.option(
    "--ocr",
    type=click.Choice(OCR_MODES),
    default="auto",
    show_default=True,
    help="OCR of scanned pages: auto = pages without a text layer, when the [ocr] "
    "extra and tesseract are installed; always = every page; never = none.",
)
@common_options
def extract_command(
    pdfs: tuple[Path, ...],
    output_dir: Path,
    password: tuple[str, ...],
    passwords_file: Path | None,
    ocr: str,
    quiet: bool,
    verbose: int,
    debug: bool,
) -> None:
    """Extract each PDF into OUTPUT/<stem>.json, validated and written atomically.

    An input that cannot be read gets one line on stderr naming the file and the
    reason; the exit status is then 1.  Two inputs with the same name are
    refused (use `batch`, which keeps relative paths).  `-o -` writes the JSON
    of a single input to stdout.  Use `batch` for whole folders.

    \b
    Example:
        delar-extract extract samples/000_delarsrapport_rs_2025_aug.pdf -o out/
    """
    _configure_logging(verbose, quiet, debug)
    to_stdout = output_dir == STDOUT
    if to_stdout and len(pdfs) > 1:
        raise click.UsageError("-o - writes one JSON document: give a single input")
    targets = _output_targets(pdfs, output_dir)
    book = _password_book(password, passwords_file)
    if not to_stdout:
        _ensure_output(output_dir)
    failures = 0
    for pdf, target in targets:
        progress = PageProgress(pdf, quiet=quiet)
        try:
            options = ExtractOptions(passwords=book.for_path(pdf), ocr=cast(OcrMode, ocr))
            report = extract(pdf, options, progress.page)
            if to_stdout:
                click.echo(valid_json(report), nl=False)
            else:
                write_report(report, target)
        except DelarError as exc:
            failures += 1
            click.echo(f"error: {pdf}: {exc}", err=True)
            if debug:
                log.exception("%s failed", pdf)
            continue
        except OSError as exc:  # the output folder went away or filled up meanwhile
            _fail(f"cannot write {target}: {exc.strerror or exc} (output-unwritable)")
        finally:
            progress.finish()
        if not quiet:
            where = "stdout" if to_stdout else target
            click.echo(f"{pdf} -> {where} ({len(report.warnings)} warnings)", err=True)
    if failures:
        sys.exit(1)


@cli.command("schema")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file."
)
def schema_command(output: Path | None) -> None:
    """Print the JSON Schema of the report format (generated from the models).

    \b
    Example:
        delar-extract schema -o schemas/report.schema.json
    """
    text = schema_to_text(report_schema())
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@cli.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output on stdout.")
@common_options
def validate_command(
    files: tuple[Path, ...], as_json: bool, quiet: bool, verbose: int, debug: bool
) -> None:
    """Check report JSON files against the schema; one line per error with its JSON path.

    Exit status 1 when any file is invalid.

    \b
    Example:
        delar-extract validate output/*.json
    """
    _configure_logging(verbose, quiet, debug)
    results: dict[str, list[dict[str, str]]] = {}
    for path in files:
        errors = validate_file(path)
        results[str(path)] = [{"path": e.path, "message": e.message} for e in errors]
        if not as_json:
            for error in errors:
                click.echo(f"{path}: {error.path}: {error.message}")
            if not errors and not quiet:
                click.echo(f"{path}: ok", err=True)
    if as_json:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
    if any(results.values()):
        sys.exit(1)


@cli.command("batch")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for <relative path>.json per input, manifest.jsonl and logs/.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Worker processes [default: cores]."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=300.0,
    show_default=True,
    help="Seconds per document before its worker is killed (code timeout).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=0),
    default=4096,
    show_default=True,
    help="Address-space limit per worker in MiB (0: none).",
)
@click.option("--force", is_flag=True, help="Convert every input again.")
@click.option("--retry-failed", is_flag=True, help="Convert inputs again that failed before.")
@click.option("--scheduler", metavar="ADDRESS", help="Run on a dask.distributed scheduler.")
@password_options
@click.option(
    "--ocr",
    type=click.Choice(OCR_MODES),
    default="auto",
    show_default=True,
    help="OCR of scanned pages (auto | always | never), as in extract.",
)
@common_options
def batch_command(
    paths: tuple[Path, ...],
    output_dir: Path,
    workers: int | None,
    timeout: float,
    max_memory: int,
    force: bool,
    retry_failed: bool,
    scheduler: str | None,
    password: tuple[str, ...],
    passwords_file: Path | None,
    ocr: str,
    quiet: bool,
    verbose: int,
    debug: bool,
) -> None:
    """Convert every PDF in PATHS (files and folders, recursively) in parallel workers.

    Writes OUTPUT/<relative path>.json per input and OUTPUT/manifest.jsonl (one
    line per input: status ok | partial | failed | skipped, the reason, pages,
    seconds, versions, time).  A rerun skips what converted, reruns failures
    only with --retry-failed and everything with --force.  Exit status 1 when
    any input is failed, a path is missing or no PDF is found; 130 on Ctrl-C.

    \b
    Example:
        delar-extract batch reports/ -o out/ --workers 4 --timeout 120
    """
    _configure_logging(verbose, quiet, debug)
    if output_dir == STDOUT:
        raise click.UsageError("batch writes a folder of files: -o - is for `extract`")
    options = BatchOptions(
        output_dir=output_dir,
        workers=workers,
        timeout=timeout,
        max_memory=max_memory * 1024 * 1024 or None,
        force=force,
        retry_failed=retry_failed,
        scheduler=scheduler,
        extract=ExtractOptions(ocr=cast(OcrMode, ocr)),
        passwords=_password_book(password, passwords_file),
    )
    try:
        result = run_batch(paths, options, progress=BatchProgress(quiet=quiet))
    except OutputError as exc:
        _fail(f"{exc} ({exc.code})")
    except DelarError as exc:
        _fail(str(exc))
    except OSError as exc:  # the manifest or a log could not be written
        _fail(
            f"cannot write {exc.filename or output_dir}: {exc.strerror or exc} (output-unwritable)"
        )
    sys.exit(result.exit_code)


@cli.command("review")
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The report JSON of PDF, to show instead of extracting the PDF again.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write [default: <pdf stem>.review.html here].",
)
@click.option("--password", default=None, help="Password of an encrypted PDF.")
@common_options
def review_command(
    pdf: Path,
    json_path: Path | None,
    output: Path | None,
    password: str | None,
    quiet: bool,
    verbose: int,
    debug: bool,
) -> None:
    """Write one self-contained HTML page to check an extraction against the PDF.

    Each page is shown as an image with every extracted item's box drawn on it
    (goals, indicators, assignments, tables and rows, and cells, values and key
    figures where they have a box); the side list holds all items by kind, and
    clicking an item highlights its box and shows its status, values, checks and
    warnings.  The page needs no network: open it in a browser or send it on.

    \b
    Example:
        delar-extract review samples/000_delarsrapport_rs_2025_aug.pdf -o review.html
    """
    _configure_logging(verbose, quiet, debug)
    target = output or Path(f"{pdf.stem}.review.html")
    source = json_path or pdf
    try:
        report = load_report(source, password)  # the JSON, or else the PDF extracted
        source = pdf
        write_review(report, pdf, target, ReviewOptions(password=password))
    except DelarError as exc:
        click.echo(f"error: {source}: {exc}", err=True)
        if debug:
            log.exception("%s failed", source)
        sys.exit(1)
    if not quiet:
        click.echo(f"{pdf} -> {target}", err=True)


@cli.command("eval")
@click.option(
    "--samples",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=Path("samples"),
    show_default=True,
    help="Folder with sample PDFs and expected/<name>.json.",
)
@click.option("--json", "as_json", is_flag=True, help="Scores as JSON on stdout.")
@common_options
def eval_command(samples: Path, as_json: bool, quiet: bool, verbose: int, debug: bool) -> None:
    """Extract every sample and compare with its expected JSON.

    For each document and entity kind: how many expected items there are, how many
    were found, and how many were right; then the totals and an overall score
    (right / expected over all kinds).

    \b
    Example:
        delar-extract eval --samples samples/
    """
    _configure_logging(verbose, quiet, debug)
    result = evaluate_samples(samples)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(_eval_table(result))
    if not result.documents:
        raise click.ClickException(f"no sample with an expected JSON in {samples}")


def _eval_table(result: EvalResult) -> str:
    kinds = list(result.totals())
    width = max(len(d.name) for d in result.documents) if result.documents else 10
    lines = ["right/found/expected".ljust(width) + "".join(f"  {k:>18}" for k in kinds)]

    def count_line(name: str, scores: dict[str, KindScore]) -> str:
        cells = "".join(
            f"  {f'{scores[k].right}/{scores[k].found}/{scores[k].expected}':>18}" for k in kinds
        )
        return name.ljust(width) + cells

    def rate_lines(prefix: str, totals: dict[str, KindScore], attrs: tuple[str, ...]) -> list[str]:
        return [
            f"{prefix} {'F1' if attr == 'f1' else attr}".ljust(width)
            + "".join(f"  {getattr(totals[k], attr):>18.3f}" for k in kinds)
            for attr in attrs
        ]

    # One block per group (the samples, then other renderings of their data),
    # each with its own total, so a variant's miss does not hide in the samples'.
    groups = result.groups()
    for group in groups:
        lines.extend(
            count_line(d.name, {k.kind: k for k in d.kinds})
            for d in result.documents
            if d.group == group
        )
        if len(groups) > 1:
            totals = result.totals(group)
            lines.append(count_line(f"TOTAL {group}", totals))
            lines.extend(rate_lines(f"TOTAL {group}", totals, ("precision", "recall")))
            lines.append("")
    lines.append(count_line("TOTAL", result.totals()))
    lines.extend(rate_lines("TOTAL", result.totals(), ("precision", "recall", "f1")))
    lines.append(
        f"overall: {result.overall():.1%} of expected items right "
        "(precision = right/emitted, recall = right/expected)"
    )
    return "\n".join(lines)


@cli.command("compare")
@click.argument("old", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="text: tables for the terminal; json: the documented structure; html: one page.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file."
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.7,
    show_default=True,
    help="Least title similarity for a renamed item to match.",
)
@click.option("--password", default=None, help="Password of encrypted PDFs.")
@common_options
def compare_command(
    old: Path,
    new: Path,
    fmt: str,
    output: Path | None,
    threshold: float,
    password: str | None,
    quiet: bool,
    verbose: int,
    debug: bool,
) -> None:
    """Compare two reports (JSON or PDF): goals, indicators, assignments, table rows.

    Items are matched by title (renamed items by similarity, shown with it);
    the result lists what changed (status, values, due dates, numbers with
    deltas), what was added and what was removed, with pages in both reports.
    Format and fields: docs/compare.md.

    \b
    Example:
        delar-extract compare out/arsrapport_2021.json out/delarsrapport_2025.json \\
            --format html -o compare.html
    """
    _configure_logging(verbose, quiet, debug)
    reports = []
    for path in (old, new):
        try:
            reports.append((path, load_report(path, password)))
        except DelarError as exc:
            raise click.ClickException(f"{path}: {exc}") from exc
    run_compare(reports[0], reports[1], fmt, output, threshold)


@cli.command("check")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--all", "show_all", is_flag=True, help="List passed checks too.")
@click.option("--password", default=None, help="Password of encrypted PDFs.")
@common_options
def check_command(
    reports: tuple[Path, ...],
    show_all: bool,
    password: str | None,
    quiet: bool,
    verbose: int,
    debug: bool,
) -> None:
    """List the arithmetic and consistency checks of each report (JSON or PDF) with pages.

    Table checks (totals, sub-totals, column totals, avvikelse = utfall − budget,
    accumulated vs month) are run on the report's tables; warnings that say the
    document contradicts itself count as failed checks.  Exit status 1 when any
    check fails (or an input cannot be read).

    \b
    Example:
        delar-extract check out/*.json
    """
    _configure_logging(verbose, quiet, debug)
    failed = False
    for path in reports:
        try:
            report = load_report(path, password)
        except DelarError as exc:
            click.echo(f"error: {path}: {exc}", err=True)
            failed = True
            continue
        failed = run_check(report, path, show_all) or failed
    if failed:
        sys.exit(1)


@cli.command("export")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "fmt", type=click.Choice(FORMATS), required=True, help="Format to write.")
@click.option(
    "-o",
    "--output",
    "target",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder (csv, parquet) or file (xlsx, duckdb) to write.",
)
@click.option("--password", default=None, help="Password of encrypted PDFs.")
@common_options
def export_command(
    paths: tuple[Path, ...],
    fmt: str,
    target: Path,
    password: str | None,
    quiet: bool,
    verbose: int,
    debug: bool,
) -> None:
    """Export reports as tidy tables: one row per goal, indicator value, table cell, ...

    PATHS are report JSON files, folders of them (recursively) or PDFs (extracted
    first).  csv and parquet write a file per table into the OUTPUT folder; xlsx
    one workbook with a sheet per table; duckdb merges into the OUTPUT database
    (reports with the same sha256 are replaced, never duplicated) and adds views.
    The tables and their columns are in docs/tables.md.  parquet, xlsx and duckdb
    need the export extra: pip install "delar-extract[export]".

    \b
    Example:
        delar-extract export output/ --to duckdb -o reports.duckdb
    """
    _configure_logging(verbose, quiet, debug)
    # Imported here: it loads pandas, which no other command needs.
    from delar_extract.dataset import export as export_paths

    try:
        options = ExtractOptions(password=password)
        dataset = export_paths(paths, cast(ExportFormat, fmt), target, options)
    except DelarError as exc:
        if debug:
            log.exception("export failed")
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if not quiet:
        counts = ", ".join(f"{len(frame)} {name}" for name, frame in dataset.frames().items())
        click.echo(f"{target}: {counts}", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="delar-extract")

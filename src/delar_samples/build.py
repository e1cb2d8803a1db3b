"""Command line: render every data module in :mod:`delar_samples.docs` to PDF.

``python -m delar_samples build [--out DIR] [--only NAME] [--theme THEME]``
``python -m delar_samples variants [--out DIR] [--only NAME] [--producer reportlab]``
``python -m delar_samples scans [--samples DIR] [--out DIR]`` (see :mod:`delar_samples.scan`)

Each PDF is written with its expected extraction, ``DIR/expected/<name>.json``,
made from the same data (see :mod:`delar_samples.expected`). The variants
(:data:`VARIANTS`) go to ``DIR/variants/<name>__<theme>.pdf`` with an expected
JSON of their own pages, ``DIR/variants/expected/<name>__<theme>.json``; other
producers' renderings (``variants --producer chromium``, see
:mod:`delar_samples.producers`) to ``DIR/variants/<name>__<producer>-<theme>.pdf``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from delar_samples import docs as docs_package
from delar_samples.anchors import Placements
from delar_samples.expected import expected_report, write_expected_json
from delar_samples.render import THEMES, render
from delar_samples.spec import SampleDoc

# The same data in another template (DESIGN.md §5): (data module, theme of
# render.THEMES). Other fonts and sizes, other rulings, status as vector shape /
# coloured glyph instead of icon / cell fill, a repainted legend, other minus
# signs and thousands separators; the extraction must not change.
VARIANTS: tuple[tuple[str, str], ...] = (
    ("d000", "word-shapes"),
    ("d003", "slides-glyph"),
    ("d004", "slides-figures"),
    ("d004", "slides-minus"),
)


def discover() -> list[str]:
    """Return the names of the data modules (``d000`` ...) in sorted order."""
    return sorted(
        info.name
        for info in pkgutil.iter_modules(docs_package.__path__)
        if info.name.startswith("d") and not info.ispkg
    )


def load_docs(only: str | None = None) -> list[SampleDoc]:
    """Import each data module and call its ``build()``; report and skip failures.

    ``only`` matches a module name (``d003``) or a document name / its prefix.
    """
    loaded: list[SampleDoc] = []
    names = discover()
    by_module = only in names
    for name in [only] if by_module else names:
        try:
            module = importlib.import_module(f"{docs_package.__name__}.{name}")
            doc = module.build()
        except Exception as error:
            print(f"skip {name}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        if only and not by_module and not doc.name.startswith(only):
            continue
        loaded.append(doc)
    return loaded


def build(out_dir: Path, only: str | None = None, theme: str | None = None) -> list[Path]:
    """Render the selected documents into ``out_dir`` with their expected JSON.

    A themed variant (``theme`` given) is written as ``<name>__<theme>.pdf``, with
    its expected JSON (the same data, its own pages) as ``expected/<name>__<theme>.json``.
    """
    written: list[Path] = []
    for doc in load_docs(only):
        suffix = f"__{theme}" if theme else ""
        rendered = render(doc, theme=theme)
        written.append(write_rendering(doc, rendered, out_dir, f"{doc.name}{suffix}", theme))
    return written


class Rendering(Protocol):
    """What a producer hands back: the PDF and where each data object landed."""

    @property
    def pdf(self) -> bytes: ...
    @property
    def page_count(self) -> int: ...
    @property
    def placements(self) -> Placements: ...


def write_rendering(
    doc: SampleDoc, rendered: Rendering, out_dir: Path, name: str, theme: str | None = None
) -> Path:
    """Write ``out_dir/<name>.pdf`` and its expected JSON ``out_dir/expected/<name>.json``.

    Every producer writes its renderings here: the expected JSON is made from
    ``doc``'s data and the pages this rendering put its objects on, with the
    figures printed as ``theme`` prints them (None: the family's default).
    """
    path = out_dir / f"{name}.pdf"
    write_atomic_bytes(path, rendered.pdf)
    report = expected_report(
        doc, rendered.pdf, rendered.page_count, rendered.placements, path.name, theme
    )
    print(f"wrote {write_expected_json(report, out_dir, name)}")
    print(f"wrote {path}")
    return path


def build_variants(out_dir: Path, only: str | None = None) -> list[Path]:
    """Render the :data:`VARIANTS` (those of module ``only``, if given) into
    ``out_dir/variants``."""
    written: list[Path] = []
    for module, theme in VARIANTS:
        if only in (None, module):
            written.extend(build(out_dir / "variants", module, theme))
    return written


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file, so no half-written PDF is left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m delar_samples``; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m delar_samples")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="render the sample PDFs")
    build_cmd.add_argument("--out", type=Path, default=Path("samples"), help="output folder")
    build_cmd.add_argument("--only", help="module (d003) or document name to render")
    build_cmd.add_argument("--theme", choices=sorted(THEMES), help="override the family theme")
    variants_cmd = commands.add_parser(
        "variants",
        help="render the samples' variants into OUT/variants",
        description="Example: python -m delar_samples variants --out samples --only d003",
    )
    variants_cmd.add_argument("--out", type=Path, default=Path("samples"), help="output folder")
    variants_cmd.add_argument("--only", help="data module (d003) whose variants to render")
    variants_cmd.add_argument(
        "--producer",
        choices=("weasyprint", "chromium", "reportlab"),
        default="weasyprint",
        help="PDF producer: weasyprint renders the themed VARIANTS; chromium and reportlab "
        "render the samples with their own expected JSON",
    )
    scans_cmd = commands.add_parser(
        "scans",
        help="scanned renderings (image-only PDFs) of sample pages, for the OCR tests",
        description="Example: python -m delar_samples scans --samples samples --out samples/scans",
    )
    scans_cmd.add_argument("--samples", type=Path, default=Path("samples"), help="sample PDFs")
    scans_cmd.add_argument("--out", type=Path, default=Path("samples/scans"), help="output folder")
    args = parser.parse_args(argv)
    if args.command == "scans":
        from delar_samples.scan import build_scans

        written = build_scans(args.samples, args.out)
        for path in written:
            print(f"wrote {path}")
    elif args.command == "variants" and args.producer == "chromium":
        from delar_samples.producers.chromium import build_chromium

        written = build_chromium(args.out, args.only)
    elif args.command == "variants" and args.producer == "reportlab":
        from delar_samples.producers.reportlab import write_variants

        # The seeded samples only: the invented documents' blocks (list-form
        # uppdrag, scorecards) have no ReportLab flowables yet.
        seeded = [doc for doc in load_docs(args.only) if doc.seed]
        written = write_variants(args.out / "variants", seeded)
    elif args.command == "variants":
        written = build_variants(args.out, args.only)
    else:
        written = build(args.out, args.only, args.theme)
    return 0 if written else 1

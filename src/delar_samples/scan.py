"""Scanned renderings of sample pages: image-only PDFs for the OCR tests.

``python -m delar_samples scans [--samples DIR] [--out DIR]``

Old archives hold scans: a page printed, fed through a scanner and saved as an
image with no text layer.  :data:`SCANS` picks pages of the samples (prose with
headings, a legend and a goals table with coloured statuses, an assignments
table, budget tables with figures); each is rendered at :data:`DPI`, turned a
little (:data:`SKEW` degrees, either way), given sensor noise and a few specks,
and stored JPEG-compressed as one page of ``<name>__scan.pdf``, the page size
that of the original.  Everything random comes from a generator seeded with the
page, so the same samples give the same scans.
"""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

# (sample stem, 1-based pages) to scan.
SCANS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("000_delarsrapport_rs_2025_aug", (3, 5, 10)),
    ("004_manadsrapport_rd_2024_jul", (4, 8)),
)
DPI = 200
SKEW = (0.5, 1.0)  # degrees, the sign drawn too
NOISE = 5.0  # standard deviation of the pixel noise, in 0-255 units
SPECKS = 60  # dark dust specks per page
JPEG_QUALITY = 45
_EPOCH = time.gmtime(1767225600)  # 2026-01-01


def scan_name(stem: str) -> str:
    """File name of the scanned rendering of sample ``stem``."""
    return f"{stem}__scan.pdf"


def _rng(stem: str, page: int) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(f"{stem}:{page}".encode()))


def scan_page(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A scanner's view of a clean page image: skewed, softened, noisy, specked."""
    angle = float(rng.uniform(*SKEW)) * (1 if rng.random() < 0.5 else -1)
    turned = image.convert("RGB").rotate(
        angle, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255)
    )
    soft = turned.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(soft, dtype=np.float32)
    # Paper is never quite white, and the sensor adds grain.
    pixels = pixels * 0.96 + 4.0 + rng.normal(0.0, NOISE, pixels.shape[:2])[..., None]
    height, width = pixels.shape[:2]
    for _ in range(SPECKS):
        y, x = int(rng.integers(0, height - 3)), int(rng.integers(0, width - 3))
        size = int(rng.integers(1, 4))
        pixels[y : y + size, x : x + size] = rng.uniform(30, 120)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def scan_pdf(pdf: Path, pages: Sequence[int]) -> bytes:
    """An image-only PDF of the scanned ``pages`` (1-based) of ``pdf``."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for number in pages:
            page = document[number - 1]
            clean = page.render(scale=DPI / 72).to_pil()
            images.append(scan_page(clean, _rng(pdf.stem, number)))
            page.close()
    finally:
        document.close()
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        "PDF",
        save_all=True,
        append_images=images[1:],
        resolution=float(DPI),
        quality=JPEG_QUALITY,
        # Fixed dates: Pillow would stamp the current time, and scans must not change.
        creationDate=_EPOCH,
        modDate=_EPOCH,
    )
    return buffer.getvalue()


def build_scans(samples: Path, out_dir: Path) -> list[Path]:
    """Write the scanned renderings of :data:`SCANS` into ``out_dir``."""
    written = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for stem, pages in SCANS:
        target = out_dir / scan_name(stem)
        data = scan_pdf(samples / f"{stem}.pdf", pages)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        written.append(target)
    return written

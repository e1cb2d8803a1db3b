"""Damaged files convert what can be read (issue 14, "Salvage damaged files")."""

from __future__ import annotations

from pathlib import Path

import pytest

from delar_extract.errors import InputError
from delar_extract.pdf.reader import iter_pages, open_pdf
from delar_extract.pdf.salvage import rebuild

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.pdf"))


def _cut(path: Path, fraction: float, tmp_path: Path) -> Path:
    data = path.read_bytes()
    out = tmp_path / f"cut_{path.name}"
    out.write_bytes(data[: int(len(data) * fraction)])
    return out


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_a_download_cut_before_its_cross_reference_stream_converts_whole(
    path: Path, tmp_path: Path
) -> None:
    """The samples keep every dictionary in one object stream before the
    cross-reference stream; PDFium alone cannot open them once that is cut off."""
    with open_pdf(path) as (_, document):
        expected = [len(p.words) for p in iter_pages(document)]
    with open_pdf(_cut(path, 0.97, tmp_path)) as (info, document):
        words = [len(p.words) for p in iter_pages(document)]
    assert info.repaired
    assert words == expected


def test_a_cut_inside_the_object_stream_keeps_the_objects_before_the_cut(tmp_path: Path) -> None:
    path = REPO / "samples" / "000_delarsrapport_rs_2025_aug.pdf"
    with open_pdf(_cut(path, 0.8, tmp_path)) as (info, document):
        pages = list(iter_pages(document))
    assert info.repaired
    assert len(pages) == info.page_count >= 1
    assert all(p.words for p in pages)


def test_a_file_cut_before_any_page_survives_fails_clearly(tmp_path: Path) -> None:
    path = REPO / "samples" / "000_delarsrapport_rs_2025_aug.pdf"
    with pytest.raises(InputError) as caught, open_pdf(_cut(path, 0.3, tmp_path)):
        pass
    assert caught.value.code == "damaged"
    assert "\n" not in str(caught.value)


def test_rebuild_finds_nothing_in_bytes_without_objects() -> None:
    assert rebuild(b"%PDF-1.7\n%garbage with no objects at all\n") is None


def test_an_object_stream_with_a_damaged_index_yields_no_objects() -> None:
    """Found by the mutation campaign: a flipped byte in an object stream's
    index ("12 0 13 2903a") used to end in an internal error."""
    from delar_extract.pdf.salvage import _unpack

    good = b"<< /Type /ObjStm /N 2 /First 10 >>\nstream\n12 0 13 7 <<>>    <<>>\nendstream"
    assert set(_unpack(good)) == {12, 13}
    damaged = good.replace(b"13 7", b"13 7a")
    assert _unpack(damaged) == {}

"""Rules drawn dot by dot (Chromium prints a CSS dotted border as one small
filled square per dot) are joined into the one line a dashed stroke is."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from delar_extract.layout.marks import content_to_marks
from delar_extract.pdf.graphics import Graphics, PathItem, join_dotted_rules
from delar_extract.pdf.page import read_page
from tests.conftest import SAMPLES
from tests.pdf.test_page import _pdf, _read, _stream

GREY = "#8C8C8C"


def _square(x: float, y: float, size: float, color: str = GREY) -> PathItem:
    box = (x, y, x + size, y + size)
    pts = ((x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y))
    return PathItem("rect", box, pts, True, False, color, None)


def _circle(x: float, y: float, size: float, color: str = GREY) -> PathItem:
    box = (x, y, x + size, y + size)
    return PathItem("curve", box, ((x, y),), True, False, color, None, curved=True)


def _row_of(size: float, pitch: float, count: int, y: float = 100.0) -> list[PathItem]:
    return [_square(50 + i * pitch, y, size) for i in range(count)]


def test_a_run_of_small_squares_is_one_rule() -> None:
    dots = _row_of(0.75, 1.5, 40)
    joined = join_dotted_rules(Graphics(rects=dots))
    (rule,) = joined.lines
    assert joined.rects == []
    assert rule.kind == "line" and rule.stroke and rule.stroke_color == GREY
    assert rule.bbox == (50.0, 100.375, 50 + 39 * 1.5 + 0.75, 100.375)


def test_round_dots_down_a_page_are_one_vertical_rule() -> None:
    dots = [_circle(200.0, 50 + i * 4.0, 2.0) for i in range(12)]
    joined = join_dotted_rules(Graphics(curves=dots))
    (rule,) = joined.lines
    assert joined.curves == []
    assert rule.bbox == (201.0, 50.0, 201.0, 50 + 11 * 4.0 + 2.0)


def test_two_dotted_rules_and_the_solid_one_between_stay_three() -> None:
    solid = PathItem("line", (50, 120, 300, 120), ((50, 120), (300, 120)), False, True, None, GREY)
    dots = _row_of(0.75, 1.5, 30, y=100) + _row_of(0.75, 1.5, 30, y=140)
    joined = join_dotted_rules(Graphics(lines=[solid], rects=dots))
    assert sorted(line.bbox[1] for line in joined.lines) == [100.375, 120, 140.375]


def test_status_squares_and_specks_are_no_rule() -> None:
    status = _row_of(8.0, 20.0, 10)  # mark-sized, far apart for their size
    spaced = _row_of(1.0, 5.0, 20, y=200)  # gaps of four dot sizes
    short = _row_of(0.75, 1.5, 5, y=300)  # too few
    specks = _row_of(0.02, 0.03, 20, y=400)  # float dust, no visible rule
    # dots of two colours in turn: each colour's dots far apart for their size
    other = [_square(50 + i * 1.5, 500, 0.5, "#FF0000" if i % 2 else GREY) for i in range(20)]
    graphics = Graphics(rects=status + spaced + short + specks + other)
    assert join_dotted_rules(graphics) is graphics


def test_unevenly_spaced_dots_are_no_rule() -> None:
    gaps = [0.75, 2.2] * 8
    x, dots = 50.0, []
    for gap in gaps:
        dots.append(_square(x, 100, 0.75))
        x += 0.75 + gap
    graphics = Graphics(rects=dots)
    assert join_dotted_rules(graphics) is graphics


def _dotted_page(size: float, pitch: float, count: int) -> bytes:
    squares = b" ".join(
        b"%.2f 200 %.2f %.2f re" % (40 + i * pitch, size, size) for i in range(count)
    )
    content = b"0.55 0.55 0.55 rg " + squares + b" f"
    return _pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R >>",
            4: _stream(b"", content),
        }
    )


def test_a_page_reads_a_dotted_rule_as_a_segment_and_its_dots_as_no_marks(
    tmp_path: Path,
) -> None:
    # 3 pt squares are mark-sized: unjoined, each would be a grey status square
    page = _read(_dotted_page(3.0, 6.0, 30), tmp_path)
    (segment,) = page.segments
    assert page.rects == ()
    assert round(segment.box.x0, 2) == 40 and round(segment.box.x1, 2) == 40 + 29 * 6 + 3
    assert content_to_marks(page) == []


def test_chromiums_dotted_row_rules_are_segments() -> None:
    pdf = SAMPLES / "variants" / "000_delarsrapport_rs_2025_aug__chromium-word-shapes.pdf"
    document = pdfium.PdfDocument(pdf)
    try:
        page = read_page(document[3], 4)
    finally:
        document.close()
    assert not [r for r in page.rects if r.box.width < 2 and r.box.height < 2]
    dotted = [s for s in page.segments if s.box.width > 400]
    assert len(dotted) == 2 and {s.stroke for s in dotted} == {GREY}

"""What the PDFium reader finds on hand-made pages: alt text of tagged images,
icon colours, forms, rotation."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from delar_extract.pdf.objects import PageContent
from delar_extract.pdf.page import read_page


def _pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF of the given objects with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (dictionary, len(data)) + data + b"\nendstream"


def _tagged_icon_page(rotate: int = 0) -> bytes:
    red = b"\xcc\x20\x20" * 4  # a 2x2 red image
    content = b"/Figure <</MCID 0>> BDC q 12 0 0 12 50 100 cm /Im1 Do Q EMC"
    return _pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R"
            b" /MarkInfo << /Marked true >> >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] /Rotate %d"
            b" /Resources << /XObject << /Im1 4 0 R >> >> /Contents 6 0 R /StructParents 0 >>"
            % rotate,
            4: _stream(
                b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB"
                b" /BitsPerComponent 8",
                red,
            ),
            5: b"<< /Type /StructTreeRoot /K 7 0 R /ParentTree 8 0 R >>",
            6: _stream(b"", content),
            7: b"<< /Type /StructElem /S /Figure /P 5 0 R /Pg 3 0 R /Alt (Uppfyllt) /K 0 >>",
            8: b"<< /Nums [0 [7 0 R]] >>",
        }
    )


def _read(data: bytes, tmp_path: Path) -> PageContent:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    document = pdfium.PdfDocument(path)
    try:
        return read_page(document[0], 1)
    finally:
        document.close()


def test_a_tagged_icon_gets_its_alt_text_colour_and_place(tmp_path: Path) -> None:
    page = _read(_tagged_icon_page(), tmp_path)
    (image,) = page.images
    assert image.alt == "Uppfyllt"
    assert image.color is not None and image.color.startswith("#C")
    assert (image.pixel_width, image.pixel_height) == (2, 2)
    # 12 pt square at x 50, y 100 from the bottom of a 300 pt page.
    assert [round(v, 2) for v in image.box.as_list()] == [50.0, 188.0, 62.0, 200.0]


def test_a_rotated_page_reports_boxes_as_displayed(tmp_path: Path) -> None:
    page = _read(_tagged_icon_page(rotate=90), tmp_path)
    assert (page.width, page.height, page.rotation) == (300.0, 200.0, 90)
    (image,) = page.images
    # Turned a quarter clockwise: user y becomes x, user x becomes top.
    assert [round(v, 2) for v in image.box.as_list()] == [100.0, 50.0, 112.0, 62.0]


def test_rules_inside_a_form_xobject_are_found(tmp_path: Path) -> None:
    form = _stream(
        b"/Type /XObject /Subtype /Form /BBox [0 0 100 100]",
        b"0 0 1 RG 1 w 0 0 m 80 0 l S 10 10 30 20 re f",
    )
    data = _pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]"
            b" /Resources << /XObject << /Fm1 4 0 R >> >> /Contents 5 0 R >>",
            4: form,
            5: _stream(b"", b"q 1 0 0 1 20 40 cm /Fm1 Do Q"),
        }
    )
    page = _read(data, tmp_path)
    (segment,) = page.segments
    assert segment.stroke == "#0000FF"
    assert [round(v, 2) for v in segment.box.as_list()] == [20.0, 160.0, 100.0, 160.0]
    (rect,) = page.rects
    assert [round(v, 2) for v in rect.box.as_list()] == [30.0, 130.0, 60.0, 150.0]
    assert rect.fill == "#000000"


# A 10 pt circle of four Bézier curves at (50, 100), and a 10 pt triangle at (80, 100).
_CIRCLE = (
    b"55 100 m 57.76 100 60 102.24 60 105 c 60 107.76 57.76 110 55 110 c"
    b" 52.24 110 50 107.76 50 105 c 50 102.24 52.24 100 55 100 c f"
)
_TRIANGLE = b"80 100 m 90 100 l 85 110 l h f"


def test_vector_marks_keep_whether_they_are_curved_and_their_marked_alt_text(
    tmp_path: Path,
) -> None:
    content = (
        b"/Span <</Alt (Delvis uppfyllt)>> BDC 0.2 0.2 0.2 rg " + _CIRCLE + b" EMC"
        b" 0.8 0.1 0.1 rg " + _TRIANGLE
    )
    data = _pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            4: _stream(b"", content),
        }
    )
    page = _read(data, tmp_path)
    circle, triangle = sorted(page.shapes, key=lambda s: s.box.x0)
    assert (circle.curved, circle.alt, circle.fill) == (True, "Delvis uppfyllt", "#333333")
    assert (triangle.curved, triangle.alt, triangle.fill) == (False, None, "#CC1A1A")

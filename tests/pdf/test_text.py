"""Characters as PDFium reports them become text that can be written as UTF-8."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delar_extract.pdf.text import clean_text, unicode_char


@given(st.integers(min_value=0, max_value=0x10FFFF))
def test_every_code_point_pdfium_reports_encodes_as_utf8(code: int) -> None:
    # A damaged font map can report a lone surrogate (found by the mutation campaign).
    char = unicode_char(code)
    assert len(char) == 1
    char.encode("utf-8")
    if not 0xD800 <= code <= 0xDFFF:
        assert char == chr(code)


@given(st.text(alphabet=st.characters(codec=None, blacklist_categories=())))
def test_clean_text_encodes_and_keeps_what_was_valid(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")
    assert len(cleaned) == len(text)
    assert all(a == b or b == "\ufffd" for a, b in zip(text, cleaned, strict=True))


def test_clean_text_replaces_a_lone_surrogate() -> None:
    assert clean_text("Mål\udc05 1") == "Mål\ufffd 1"

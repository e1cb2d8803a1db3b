"""Every corpus file either opens or fails with a one-line InputError, as MANIFEST.tsv says."""

from __future__ import annotations

from pathlib import Path

import pytest

from delar_extract.errors import InputError
from delar_extract.pdf.reader import iter_pages, open_pdf
from tests.conftest import CORPUS, corpus_rows, require_corpus

ROWS = corpus_rows()


@pytest.mark.slow
@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_corpus_file_opens_or_fails_clearly(row: dict[str, str]) -> None:
    require_corpus()
    path = CORPUS / row["file"]
    if row["expect"] == "convert":
        with open_pdf(path) as (info, plumber):
            pages = list(iter_pages(plumber))
        assert info.page_count == len(pages) >= 1
        assert info.sha256 == row["sha256"]
    else:
        with pytest.raises(InputError) as caught, open_pdf(path) as (_, plumber):
            list(iter_pages(plumber))
        message = str(caught.value)
        assert message and "\n" not in message
        assert caught.value.code != "error"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read file"), open_pdf(tmp_path / "nope.pdf"):
        pass


def test_renamed_text_file_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("<!DOCTYPE html><html>404</html>", encoding="utf-8")
    with pytest.raises(InputError, match="not a PDF: the file is an HTML page"), open_pdf(path):
        pass


def test_wrong_password_is_reported(tmp_path: Path) -> None:
    require_corpus()
    path = CORPUS / "pdfplumber_password-example.pdf"
    with pytest.raises(InputError, match="password given is wrong"), open_pdf(path, "nope"):
        pass


def test_right_password_opens() -> None:
    require_corpus()
    with open_pdf(CORPUS / "pdfplumber_password-example.pdf", password="test") as (info, _):
        assert info.page_count >= 1

"""The review page's content: every box of the report is drawn where its bbox says."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from delar_extract.cli import cli
from delar_extract.errors import InputError
from delar_extract.io.review import load_report, review_html
from delar_extract.io.review_items import report_to_items
from tests.conftest import SAMPLES
from tests.samples_cache import sample_report

NAME = "000_delarsrapport_rs_2025_aug"
PDF = SAMPLES / f"{NAME}.pdf"


class _Boxes(HTMLParser):
    """The box divs, page figures and list entries of a review page."""

    def __init__(self) -> None:
        super().__init__()
        self.page: int | None = None
        self.boxes: list[dict[str, Any]] = []
        self.entries: dict[str, dict[str, str | None]] = {}
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("src", "href"):
            if a.get(name):
                self.urls.append(str(a[name]))
        classes = (a.get("class") or "").split()
        if tag == "figure" and "page" in classes:
            self.page = int(str(a["data-page"]))
        elif "box" in classes:
            style = dict(
                (k.strip(), float(v.strip().rstrip("%")))
                for k, v in (p.split(":") for p in str(a["style"]).split(";"))
            )
            self.boxes.append({"item": a["data-item"], "page": self.page, **style})
        elif "entry" in classes:
            self.entries[str(a["data-item"])] = a


def _parse(text: str) -> _Boxes:
    parser = _Boxes()
    parser.feed(text)
    return parser


def _bboxes(data: dict[str, Any]) -> list[tuple[str, int, list[float]]]:
    """(id, page, bbox) of every goal, indicator, assignment and table row with a bbox."""
    found = []
    for kind in ("goals", "indicators", "assignments"):
        found += [(x["id"], x["page"], x["bbox"]) for x in data[kind] if x.get("bbox")]
    for table in data["tables"]:
        for i, row in enumerate(table["rows"], start=1):
            if row.get("bbox"):
                found.append((f"{table['id']}/row-{i}", row["page"], row["bbox"]))
    return found


@pytest.fixture(scope="module")
def page_html() -> str:
    return review_html(sample_report(NAME), PDF)


def test_every_bbox_is_drawn_on_its_page_where_it_says(page_html: str) -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    parsed = _parse(page_html)
    pdf = pdfium.PdfDocument(PDF)
    sizes = {i + 1: pdf[i].get_size() for i in range(len(pdf))}
    expected = _bboxes(data)
    assert len(expected) >= 60  # 24 goals, 28 indicators, 8 assignments and the table rows
    drawn = {(b["item"], b["page"]): b for b in parsed.boxes}
    for key, page, (x0, top, x1, bottom) in expected:
        box = drawn[(key, page)]
        width, height = sizes[page]
        assert box["left"] == pytest.approx(100 * x0 / width, abs=1e-3)
        assert box["top"] == pytest.approx(100 * top / height, abs=1e-3)
        assert box["width"] == pytest.approx(100 * (x1 - x0) / width, abs=1e-3)
        assert box["height"] == pytest.approx(100 * (bottom - top) / height, abs=1e-3)
        assert key in parsed.entries
    # Besides the items' own boxes, only one box per table and page (the tables' extent).
    tables = {(t["id"], p) for t in data["tables"] for p in {r["page"] for r in t["rows"]}}
    assert len(parsed.boxes) == len(expected) + len(tables)


def test_page_is_self_contained(page_html: str) -> None:
    parsed = _parse(page_html)
    assert parsed.urls and all(url.startswith("data:image/jpeg;base64,") for url in parsed.urls)
    assert len(parsed.urls) == 19
    assert not re.search(r"(https?:)?//[\w.-]+\.\w+/", page_html.replace("data:", ""))
    assert "<link" not in page_html and "@import" not in page_html


def test_items_without_bbox_are_listed_with_their_page(page_html: str) -> None:
    report = sample_report(NAME)
    assert report.key_figures  # key figures have no box yet: listed with their page only
    parsed = _parse(page_html)
    for i, figure in enumerate(report.key_figures, start=1):
        entry = parsed.entries[f"key-figure-{i}"]
        assert entry["data-page"] == str(figure.page)
    assert not any(b["item"].startswith("key-figure-") for b in parsed.boxes)


def test_value_cell_and_key_figure_boxes_are_drawn_when_present() -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    data = copy.deepcopy(data)
    indicator = data["indicators"][0]
    indicator["outcome"] = {"period": "2025", "value": 3.0, "label": "3", "page": 5}
    indicator["outcome"]["bbox"] = [400.0, 150.0, 420.0, 160.0]
    table = data["tables"][2]
    table["rows"][0]["cells"][0].update(page=3, bbox=[300.0, 400.0, 340.0, 410.0])
    data["key_figures"][0]["bbox"] = [60.0, 100.0, 200.0, 112.0]
    groups = report_to_items(data)
    boxes = {i.key: i.boxes for items in groups.values() for top in items for i in top.walk()}
    assert [b.bbox for b in boxes[f"{indicator['id']}/outcome"]] == [(400.0, 150.0, 420.0, 160.0)]
    assert [b.page for b in boxes[f"{table['id']}/row-1/cell-1"]] == [3]
    assert [b.page for b in boxes["key-figure-1"]] == [data["key_figures"][0]["page"]]
    untouched = json.loads(sample_report(NAME).model_dump_json())
    plain = report_to_items(untouched)
    keys = {i.key for items in plain.values() for top in items for i in top.walk()}
    assert not any("/cell-" in k or "/outcome" in k for k in keys)


def test_warning_points_at_the_item_it_is_about() -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    table = data["tables"][2]
    data["warnings"] = [
        {"code": "table-total-mismatch", "message": f"{table['id']}: sum off", "page": 3},
        {"code": "no-text", "message": "the document has no extractable text", "page": None},
    ]
    groups = report_to_items(data)
    about, alone = groups["warnings"]
    assert about.target == table["id"] and alone.target is None
    table_item = next(i for i in groups["tables"] if i.key == table["id"])
    assert table_item.flagged
    assert ("warning", f"table-total-mismatch: {table['id']}: sum off") in table_item.details


def test_review_rejects_the_report_of_another_pdf() -> None:
    report = sample_report(NAME)
    source = report.source.model_copy(update={"sha256": "0" * 64, "file": "other.pdf"})
    other = report.model_copy(update={"source": source})
    with pytest.raises(InputError, match="not the PDF the report was extracted from"):
        review_html(other, PDF)


def test_cli_review_with_json_writes_the_page(tmp_path: Path) -> None:
    report_json = tmp_path / f"{NAME}.json"
    report_json.write_text(sample_report(NAME).model_dump_json(), encoding="utf-8")
    target = tmp_path / "review.html"
    args = ["review", str(PDF), "--json", str(report_json), "-o", str(target)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert load_report(report_json) == sample_report(NAME)
    assert _parse(target.read_text(encoding="utf-8")).boxes


def test_cli_review_bad_inputs_one_line_error_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0"}', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["review", str(PDF), "--json", str(bad), "-o", str(tmp_path / "x.html")]
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad}: not a report JSON: source: Field required"
    ]
    not_pdf = tmp_path / "scan.pdf"
    not_pdf.write_bytes(b"GIF89a....")
    result = CliRunner().invoke(cli, ["review", str(not_pdf), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {not_pdf}: not a PDF: the file is a GIF image"]
    assert not (tmp_path / "r.html").exists()


def test_failed_check_flags_its_table_and_the_rows_it_names() -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    table = next(t for t in data["tables"] if len(t["rows"]) > 3)
    labels = [r["label"] for r in table["rows"]]
    index = next(i for i, label in enumerate(labels) if labels.count(label) == 1 and label)
    label = labels[index]
    detail = f"row {label!r}: printed 5, computed 7, difference -2"
    table["checks"] = [
        {"rule": "row-total", "ok": True, "detail": "all rows add up"},
        {"rule": "deviation", "ok": False, "detail": detail},
    ]
    (item,) = [i for i in report_to_items(data)["tables"] if i.key == table["id"]]
    assert item.flagged
    assert ("check failed", f"deviation: {detail}") in item.details
    assert ("check ok", "row-total: all rows add up") in item.details
    flagged = [row.key for row in item.children if row.flagged]
    assert flagged == [f"{table['id']}/row-{index + 1}"]


def test_same_report_same_page(page_html: str) -> None:
    assert review_html(sample_report(NAME), PDF) == page_html

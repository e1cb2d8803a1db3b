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

from delar_extract.audit import load_report
from delar_extract.cli import cli
from delar_extract.errors import InputError
from delar_extract.io.review import review_html
from delar_extract.io.review_items import report_to_items
from delar_extract.io.review_page import review_document
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
    """(review key, page, bbox) of everything in the report JSON that has a bbox: goals,
    indicators and their values, assignments, table rows and cells, key figures."""
    found = []
    for kind in ("goals", "indicators", "assignments"):
        found += [(x["id"], x["page"], x["bbox"]) for x in data[kind] if x.get("bbox")]
    for ind in data["indicators"]:
        for name in ("baseline", "target", "outcome"):
            value = ind.get(name) or {}
            if value.get("bbox"):
                found.append((f"{ind['id']}/{name}", value["page"], value["bbox"]))
    for table in data["tables"]:
        for i, row in enumerate(table["rows"], start=1):
            if row.get("bbox"):
                found.append((f"{table['id']}/row-{i}", row["page"], row["bbox"]))
            for j, cell in enumerate(row["cells"], start=1):
                if cell.get("bbox"):
                    found.append((f"{table['id']}/row-{i}/cell-{j}", cell["page"], cell["bbox"]))
    for i, figure in enumerate(data["key_figures"], start=1):
        if figure.get("bbox"):
            found.append((f"key-figure-{i}", figure["page"], figure["bbox"]))
    return found


def _without_value_boxes(data: dict[str, Any]) -> dict[str, Any]:
    """The report JSON as written before values had boxes: no page or bbox on cells,
    indicator values and key figures' bbox."""
    data = copy.deepcopy(data)
    for table in data["tables"]:
        for row in table["rows"]:
            for cell in row["cells"]:
                cell.pop("page", None)
                cell.pop("bbox", None)
    for ind in data["indicators"]:
        for name in ("baseline", "target", "outcome"):
            if ind.get(name):
                ind[name].pop("page", None)
                ind[name].pop("bbox", None)
    for figure in data["key_figures"]:
        figure.pop("bbox", None)
    return data


@pytest.fixture(scope="module")
def page_html() -> str:
    return review_html(sample_report(NAME), PDF)


def test_every_bbox_is_drawn_on_its_page_where_it_says(page_html: str) -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    parsed = _parse(page_html)
    pdf = pdfium.PdfDocument(PDF)
    sizes = {i + 1: pdf[i].get_size() for i in range(len(pdf))}
    expected = _bboxes(data)
    # 24 goals, 28 indicators, 8 assignments, the table rows, cells and key figures
    assert len(expected) >= 150
    assert {k.split("-")[0] for k, _, _ in expected} >= {"goal", "indicator", "table", "key"}
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


def test_items_without_bbox_are_listed_with_their_page() -> None:
    data = _without_value_boxes(json.loads(sample_report(NAME).model_dump_json()))
    assert data["key_figures"]
    parsed = _parse(review_document(data, report_to_items(data), []))
    for i, figure in enumerate(data["key_figures"], start=1):
        entry = parsed.entries[f"key-figure-{i}"]
        assert entry["data-page"] == str(figure["page"])
    assert not parsed.boxes  # no page images given: nothing drawn, everything listed
    assert len(parsed.entries) > len(data["goals"]) + len(data["key_figures"])


def test_report_without_value_boxes_draws_item_and_row_boxes_only() -> None:
    with_values = json.loads(sample_report(NAME).model_dump_json())
    data = _without_value_boxes(with_values)
    groups = report_to_items(data)
    boxes = {i.key: i.boxes for items in groups.values() for top in items for i in top.walk()}
    assert not any("/cell-" in k or "/outcome" in k for k in boxes)
    assert not any(boxes[k] for k in boxes if k.startswith("key-figure-"))
    rows = [k for k, _, _ in _bboxes(data) if "/row-" in k]
    assert rows and all(boxes[k] for k in rows)
    # The same report with its value boxes: each becomes an item of its own.
    full = report_to_items(with_values)
    keys = {i.key for items in full.values() for top in items for i in top.walk() if i.boxes}
    assert {k for k, _, _ in _bboxes(with_values)} <= keys


def test_indicator_value_with_a_box_is_an_item_of_its_own() -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    indicator = data["indicators"][0]
    indicator["outcome"] = {"period": "2025", "value": 3.0, "label": "3", "page": 5}
    indicator["outcome"]["bbox"] = [400.0, 150.0, 420.0, 160.0]
    indicator["target"] = {"period": "2025", "value": 4.0, "label": "4", "page": None}
    groups = report_to_items(data)
    (item,) = [i for i in groups["indicators"] if i.key == indicator["id"]]
    assert [(c.key, c.boxes[0].bbox) for c in item.children] == [
        (f"{indicator['id']}/outcome", (400.0, 150.0, 420.0, 160.0))
    ]
    assert ("target", "'4' → 4 (2025)") in item.details


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

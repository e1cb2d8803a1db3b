"""The review page in a real browser: Debian's chromium, driven by Playwright.

Click an item in the side list: its box is highlighted, visible and on the
page image where the item's bbox says; click a box: its item is selected in
the list.  No request may leave the page.  Without /usr/bin/chromium the test
is skipped locally and fails in CI (CI=true), where the browser must exist.
REVIEW_SCREENSHOT=/tmp/shot.png saves a screenshot after the first click.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from delar_extract.io.review import ReviewOptions, render_pages, write_review
from delar_extract.io.review_items import report_to_items
from delar_extract.io.review_page import review_document
from tests.conftest import SAMPLES
from tests.samples_cache import sample_report

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
NAME = "000_delarsrapport_rs_2025_aug"
PDF = SAMPLES / f"{NAME}.pdf"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(
            f"{reason}: CI must provide it (apt-get install chromium; pip install playwright)"
        )
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def review_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("review") / f"{NAME}.review.html"
    write_review(sample_report(NAME), PDF, target)
    return target


@pytest.fixture
def page(browser: Any, review_file: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(review_file.as_uri())
    tab.requests = requests
    yield tab
    context.close()


def _rect(element: Any) -> dict[str, float]:
    return dict(element.evaluate("e => e.getBoundingClientRect().toJSON()"))


def _expected_rect(page: Any, number: int, bbox: list[float]) -> dict[str, float]:
    """Where ``bbox`` is on screen: the page image's rectangle, scaled from points."""
    width, height = pdfium.PdfDocument(PDF)[number - 1].get_size()
    image = _rect(page.locator(f"#page-{number} img"))
    sx, sy = image["width"] / width, image["height"] / height
    x0, top, x1, bottom = bbox
    return {
        "x": image["x"] + x0 * sx,
        "y": image["y"] + top * sy,
        "width": (x1 - x0) * sx,
        "height": (bottom - top) * sy,
    }


def test_clicking_an_item_highlights_its_box_where_the_bbox_says(page: Any) -> None:
    report = sample_report(NAME)
    indicator = next(i for i in report.indicators if i.bbox and i.page > 3)
    assert indicator.bbox is not None
    page.click(f'.entry[data-item="{indicator.id}"] > .pick')

    box = page.locator(f'.box[data-item="{indicator.id}"]')
    assert box.count() == 1
    assert "highlighted" in (box.get_attribute("class") or "").split()
    assert page.locator(".box.highlighted").count() == 1
    assert box.is_visible()
    rect = _rect(box)
    for key, value in _expected_rect(page, indicator.page, indicator.bbox).items():
        assert rect[key] == pytest.approx(value, abs=2), key
    # Scrolled into view and on top: the box itself is what is under its centre.
    centre = (rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2)
    assert 0 < centre[1] < 900
    on_top = page.evaluate("([x, y]) => document.elementFromPoint(x, y).dataset.item", centre)
    assert on_top == indicator.id
    details = page.locator(f'.entry[data-item="{indicator.id}"] > .details')
    assert details.is_visible()
    assert indicator.assessment is not None
    assert indicator.assessment.status.value in details.inner_text()
    card = page.locator(f"#page-{indicator.page} .card")  # the same details beside the box
    assert card.is_visible()
    assert indicator.name in card.inner_text()
    assert indicator.assessment.status.value in card.inner_text()

    if shot := os.environ.get("REVIEW_SCREENSHOT"):  # for a person to look at
        page.screenshot(path=shot)
    assert all(url.startswith(("file:", "data:")) for url in page.requests), page.requests


def test_clicking_a_box_selects_its_item_in_the_list(page: Any) -> None:
    report = sample_report(NAME)
    assignment = next(a for a in report.assignments if a.bbox)
    box = page.locator(f'.box[data-item="{assignment.id}"]')
    box.scroll_into_view_if_needed()
    box.click()
    entry = page.locator(f'.entry[data-item="{assignment.id}"]')
    assert "selected" in (entry.get_attribute("class") or "").split()
    assert entry.locator("> .details").is_visible()
    assert page.locator(".entry.selected").count() == 1
    assert "highlighted" in (box.get_attribute("class") or "").split()
    assert all(url.startswith(("file:", "data:")) for url in page.requests), page.requests


def test_a_table_row_opens_its_table_in_the_list(page: Any) -> None:
    report = sample_report(NAME)
    table = next(t for t in report.tables if len(t.rows) > 2 and t.rows[1].bbox)
    key = f"{table.id}/row-2"
    row_entry = page.locator(f'.entry[data-item="{key}"]')
    assert not row_entry.is_visible()  # rows are folded under their table
    box = page.locator(f'.box[data-item="{key}"]')
    box.scroll_into_view_if_needed()
    box.click(position={"x": 2, "y": 2})
    assert row_entry.is_visible()
    assert "selected" in (row_entry.get_attribute("class") or "").split()


def test_clicking_again_selects_the_box_beneath(page: Any) -> None:
    report = sample_report(NAME)
    assignment = next(a for a in report.assignments if a.bbox)
    box = page.locator(f'.box[data-item="{assignment.id}"]')
    box.scroll_into_view_if_needed()
    rect = _rect(box)
    x, y = rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2
    visited: list[str] = []
    for _ in range(8):
        page.mouse.click(x, y)
        selected = page.locator(".entry.selected")
        key = selected.get_attribute("data-item") or ""
        if key in visited:
            break
        visited.append(key)
        kind = next(c for c in (selected.get_attribute("class") or "").split() if c[:5] == "kind-")
        # Every box visited lies under the pointer.
        beneath = _rect(page.locator(f'.box.highlighted[data-item="{key}"]').first)
        assert beneath["x"] <= x <= beneath["x"] + beneath["width"], (key, kind)
        assert beneath["y"] <= y <= beneath["y"] + beneath["height"], (key, kind)
    # The uppdrag on top, then what lies beneath (its row and its table), then round again.
    assert visited[0] == assignment.id
    assert key == assignment.id
    kinds = {page.locator(f'.entry[data-item="{k}"]').get_attribute("class") for k in visited}
    assert any("kind-row" in c for c in kinds if c) and any(
        "kind-table" in c for c in kinds if c
    ), visited


def test_filter_keys_and_kind_toggles(page: Any) -> None:
    report = sample_report(NAME)
    page.fill("#filter", "barnrätt")
    shown = page.locator(".entry:visible")
    texts = [shown.nth(i).evaluate("e => e.textContent").lower() for i in range(shown.count())]
    assert texts and all("barnrätt" in t for t in texts)
    assert 0 < page.locator(".group > ul > .entry:visible").count() < 10
    indicator = next(i for i in report.indicators if "barnrätt" in i.name)
    assert page.locator(f'.entry[data-item="{indicator.id}"]').is_visible()
    page.fill("#filter", "")
    assert page.locator(".group > ul > .entry:visible").count() > 60

    first = page.locator(".entry[data-item] > .pick").first
    first.click()
    page.keyboard.press("j")
    second = page.locator(".entry.selected").get_attribute("data-item")
    assert second != report.goals[0].id and second == report.goals[1].id
    page.keyboard.press("k")
    assert page.locator(".entry.selected").get_attribute("data-item") == report.goals[0].id

    rows = page.locator(".box.kind-row")
    assert rows.first.is_visible()
    page.uncheck('.toggle input[data-kind="row"]')
    assert not rows.first.is_visible()
    key = rows.first.get_attribute("data-item")
    page.click(f'.entry[data-item="{key.split("/")[0]}"] > .pick')  # opens the table
    page.click(f'.entry[data-item="{key}"] > .pick')
    assert page.locator(f'.box[data-item="{key}"]').is_visible()  # selected: shown anyway


def test_only_flagged_shows_the_failed_check(browser: Any, tmp_path: Path) -> None:
    data = json.loads(sample_report(NAME).model_dump_json())
    table = next(t for t in data["tables"] if len(t["rows"]) > 3)
    labels = [r["label"] for r in table["rows"]]
    index = next(i for i, label in enumerate(labels) if labels.count(label) == 1 and label)
    detail = f"row {labels[index]!r}: printed 5, computed 7, difference -2"
    table["checks"] = [{"rule": "row-total", "ok": False, "detail": detail}]
    target = tmp_path / "flagged.html"
    pages = render_pages(PDF, ReviewOptions())
    target.write_text(review_document(data, report_to_items(data), pages), encoding="utf-8")

    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    tab.goto(target.as_uri())
    assert tab.locator("#flagged-count").inner_text() == "2 flagged"
    tab.check("#flagged-only")
    shown = tab.locator(".entry:visible")
    keys = [shown.nth(i).get_attribute("data-item") for i in range(shown.count())]
    row = f"{table['id']}/row-{index + 1}"
    assert keys == [table["id"], row]
    tab.click(f'.entry[data-item="{row}"] > .pick')
    box = tab.locator(f'.box[data-item="{row}"]')
    assert {"flagged", "highlighted"} <= set((box.get_attribute("class") or "").split())
    assert "printed 5, computed 7" in tab.locator(".card").inner_text()
    tab.uncheck("#flagged-only")
    assert tab.locator(".group > ul > .entry:visible").count() > 60
    tab.close()

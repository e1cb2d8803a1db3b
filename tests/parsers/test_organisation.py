"""Organisation and body from hand-built title pages, running headers and metadata."""

from __future__ import annotations

import pytest

from delar_extract.layout.objects import LayoutDocument
from delar_extract.parsers.metadata import layout_to_document
from delar_extract.parsers.organisation import find_body, find_organisation
from tests.parsers.builders import content, document, line


def _title_page(*texts: str, furniture: tuple[str, ...] = ()) -> LayoutDocument:
    """A first page with ``texts`` as lines, the first set large as a title."""
    lines = [
        line(text, 50, 100 + 40 * i, size=24 if i == 0 else 10) for i, text in enumerate(texts)
    ]
    layout = document([content(1)], [lines])
    layout.pages[0].furniture.extend(line(t, 50, 20, size=8) for t in furniture)
    return layout


@pytest.mark.parametrize(
    ("texts", "organisation", "body"),
    [
        (
            ("Delårsrapport augusti 2025", "Region Västra Götaland", "Kulturnämnden"),
            "Region Västra Götaland",
            "Kulturnämnden",
        ),
        (
            ("Verksamhetsberättelse 2024", "Tekniska nämnden", "Umeå kommun"),
            "Umeå kommun",
            "Tekniska nämnden",
        ),
        (("Årsredovisning 2023", "Göteborgs Stad"), "Göteborgs Stad", None),
        (
            ("Socialförvaltningens delårsrapport 2025", "Upplands Väsby kommun"),
            "Upplands Väsby kommun",
            "Socialförvaltningen",
        ),
        (("Landstinget Dalarna Årsredovisning 2019",), "Landstinget Dalarna", None),
    ],
)
def test_title_page_names(texts: tuple[str, ...], organisation: str, body: str | None) -> None:
    result = layout_to_document(_title_page(*texts))
    assert (result.organisation, result.body) == (organisation, body)


def test_running_header_names_the_organisation() -> None:
    layout = _title_page(
        "Delårsrapport per augusti 2025", furniture=("Region Jämtland Härjedalen",)
    )
    assert layout_to_document(layout).organisation == "Region Jämtland Härjedalen"


def test_metadata_names_what_the_pages_do_not() -> None:
    layout = _title_page("Delårsrapport per augusti 2025")
    result = layout_to_document(layout, ("Kulturnämnden", "Malmö stad"))
    assert (result.organisation, result.body) == ("Malmö stad", "Kulturnämnden")


def test_the_form_printed_most_often_wins() -> None:
    texts = ["Region Västerbotten Uppföljning", "Region Västerbotten", "Region Västerbottens mål"]
    assert find_organisation(texts) == "Region Västerbotten"


def test_a_body_inside_the_organisation_name_is_skipped() -> None:
    assert find_body(["Regionstyrelsen Region Skåne"], "Region Skåne") == "Regionstyrelsen"
    assert find_body(["Förvaltningsberättelse"], None) is None


def test_no_names_no_guess() -> None:
    assert find_organisation(["Delårsrapport per augusti 2025", "Varje år"]) is None
    assert find_body(["Delårsrapport per augusti 2025"], None) is None

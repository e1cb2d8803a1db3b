"""Documents that are not follow-up reports get no goals, indicators or assignments.

Strong evidence keeps them (a status legend, a table claimed by its header
words, a goal or assignment heading); short lines next to coloured shapes in a
seed-trial report are not enough.  And a year is not read from a bill number.
"""

from __future__ import annotations

import itertools

import pytest

from delar_extract.layout.assemble import pages_to_layout
from delar_extract.model import ReportType
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.parsers.followup import FollowUpParser
from delar_extract.parsers.metadata import find_year, layout_to_document
from delar_extract.pdf.reader import iter_pages, open_pdf
from tests.conftest import CORPUS, SAMPLES, extract_sample, require_corpus


def test_a_seed_trial_report_gets_no_goals_and_a_warning() -> None:
    require_corpus()
    report = extract_sample(CORPUS / "camelot_birdisland.pdf")
    assert report.document.report_type == ReportType.UNKNOWN
    assert (report.goals, report.indicators, report.assignments) == ([], [], [])
    assert "not-a-follow-up-report" in {w.code for w in report.warnings}


def test_the_year_is_not_read_from_a_bill_number() -> None:
    require_corpus()
    # The metadata reads the first three pages: "H.R.1904 ... Act of 2003".
    with open_pdf(CORPUS / "govdocs_477139.pdf") as (_info, plumber):
        layout = pages_to_layout(list(itertools.islice(iter_pages(plumber), 3)))
    assert layout_to_document(layout).year == 2003


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("H.R.1904 Healthy Forests Restoration Act of 2003", 2003),
        ("Dnr 2019/0042 Delårsrapport augusti 2025", 2025),
        ("SFS 2017:725 gäller från 2018", 2018),
        ("Beslut nr 2011, årsrapport 2021", 2021),
        ("Delårsrapport 2025-08-31", 2025),
        ("Verksamhetsberättelse (2024)", 2024),
        ("Tabell 3.1.2", None),
    ],
)
def test_find_year_takes_a_year_that_stands_as_one(text: str, year: int | None) -> None:
    assert find_year(text) == year


def test_a_follow_up_report_without_a_type_keeps_its_goals() -> None:
    # The mechanism, not a special case: take a real report, forget its type, and
    # its goals stay, because its legend, tables and headings are evidence enough.
    pdf = SAMPLES / "000_delarsrapport_rs_2025_aug.pdf"
    with open_pdf(pdf) as (_info, plumber):
        layout = pages_to_layout(list(iter_pages(plumber)))
    document = layout_to_document(layout).model_copy(update={"report_type": ReportType.UNKNOWN})
    claims = layout_to_claims(layout, document)
    followup = FollowUpParser().parse(layout, claims, document)
    expected = extract_sample(pdf)
    assert [g.title for g in followup.goals] == [g.title for g in expected.goals]
    assert len(followup.assignments) == len(expected.assignments)
    assert "not-a-follow-up-report" not in {w.code for w in followup.warnings}

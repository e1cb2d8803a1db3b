"""Indicators from indicator tables (any column order) and "Indikatorer" lists."""

from __future__ import annotations

from delar_extract.layout.objects import Line
from delar_extract.model.vocab import AssessmentStatus, Basis, Direction, Trend
from delar_extract.normalize.statuses import default_assessment_palette
from delar_extract.parsers.indicators import (
    list_to_indicators,
    table_to_columns,
    table_to_indicators,
    text_to_value,
)
from delar_extract.pdf.objects import Box
from tests.parsers.builders import content, document, dot, fill, grid, icon, line

PALETTE = default_assessment_palette()
HEADER = ["Indikator", "Utfall 2024", "Mål 2025", "Utfall 2025", "Måluppfyllelse", "Kommentarer"]
EDGES = [50.0, 200.0, 260.0, 320.0, 380.0, 460.0, 545.0]


def test_values_take_their_period_from_the_header() -> None:
    table = grid(
        [
            HEADER,
            ["Kundenkät CHR", "74,6 %", "Öka", "67,8", "Går ej att bedöma", "Reviderad enkät."],
            ["Sjukfrånvaro", ["3,5 %", "K: 4,0 %"], "Minska", "3,8%", "Oförändrat", ""],
            ["Ekonomiskt resultat", "+40 mnkr", "0 mnkr", "+34 mnkr", "Uppnått", ""],
        ],
        EDGES,
    )
    # Yellow behind "Oförändrat": the colour carries the assessment, the word the trend.
    page = content(rects=[fill(Box(380, 180, 460, 220), "#F2C500")])
    columns = table_to_columns(table)
    assert columns is not None
    parsed = table_to_indicators(document([page], tables=[table]), table, columns, PALETTE)
    survey, sick, result = (indicator for _, indicator in parsed.items)
    assert survey.baseline is not None and survey.target is not None and survey.outcome
    assert (survey.baseline.period, survey.baseline.value) == ("2024", 74.6)
    assert (survey.target.period, survey.target.value, survey.target.label) == ("2025", None, "Öka")
    assert (survey.outcome.period, survey.outcome.value) == ("2025", 67.8)
    assert survey.direction == Direction.INCREASE and survey.unit == "%"
    assert survey.assessment is not None
    assert survey.assessment.status == AssessmentStatus.NOT_ASSESSABLE
    assert survey.comment == "Reviderad enkät."
    assert sick.baseline is not None and sick.baseline.label == "3,5 %\nK: 4,0 %"
    assert sick.baseline.value == 3.5 and sick.direction == Direction.DECREASE
    assert sick.trend == Trend.UNCHANGED and sick.assessment is not None
    assert (sick.assessment.status, sick.assessment.basis) == (
        AssessmentStatus.PARTIALLY_FULFILLED,
        Basis.TEXT_COLOR,
    )
    assert result.unit == "mnkr" and result.target is not None and result.target.value == 0
    assert result.direction is None


def test_columns_in_another_order() -> None:
    header = ["Kommentar", "Måluppfyllelse", "Mål 2025", "Indikator", "Utfall 2025", "Utfall 2023"]
    table = grid(
        [header, ["", "Uppnått", "90", "Andel nöjda", "92", "80"]],
        EDGES,
    )
    columns = table_to_columns(table)
    assert columns is not None
    parsed = table_to_indicators(document([content()], tables=[table]), table, columns, PALETTE)
    (_, indicator), *_ = parsed.items
    assert indicator.name == "Andel nöjda"
    assert indicator.outcome is not None and indicator.baseline is not None
    assert (indicator.outcome.period, indicator.outcome.value) == ("2025", 92)
    assert (indicator.baseline.period, indicator.baseline.value) == ("2023", 80)


def test_chart_only_indicators_have_names_and_colours_but_no_values() -> None:
    table = grid(
        [["Måluppfyllelse", "Indikator", "Diagram"], ["", "Riskkonsumtion av alkohol", ""]],
        [50.0, 130.0, 400.0, 545.0],
    )
    page = content(shapes=[dot(55, 145, "#D7263D")])
    columns = table_to_columns(table)
    assert columns is not None
    parsed = table_to_indicators(document([page], tables=[table]), table, columns, PALETTE)
    (_, indicator), *_ = parsed.items
    assert (indicator.baseline, indicator.target, indicator.outcome) == (None, None, None)
    assert indicator.assessment is not None
    assert indicator.assessment.status == AssessmentStatus.NOT_FULFILLED


def test_legend_and_budget_tables_are_no_indicator_tables() -> None:
    legend = grid([["Regionmål", "Indikator", "Färg"]], [50.0, 100.0, 150.0, 200.0])
    budget = grid([["Mnkr", "Utfall", "Budget"]], [50.0, 100.0, 150.0, 200.0])
    assert table_to_columns(budget) is None
    # "Indikator" with only a colour column: the legend parser's, not ours.
    assert table_to_columns(legend) is None


def _with_label(name: str, label: str, top: float) -> Line:
    """A list line whose status label is printed at its end, set apart in grey."""
    head = line(name, 79, top)
    tail = line(label, head.box.x1 + 4, top, color="#404040")
    return Line(head.words + tail.words, Box(79, top, tail.box.x1, top + 10), 1)


def test_list_items_split_by_marks_and_by_printed_labels() -> None:
    lines = [
        line("Antal samhällsviktiga verksamheter som har tagit fram", 79, 100),
        line("kontinuitetsplaner.", 79, 112),
        line("Mängd köpt energi", 79, 130),
        _with_label("Utrett antal engångsmaterial", "Inga tillgängliga data", 148),
    ]
    page = content(images=[icon(55, 100, "#D02038"), icon(55, 130, "#A0A0A0")])
    parsed = list_to_indicators(document([page], [lines]), lines, PALETTE)
    names = [(i.name, i.assessment.status if i.assessment else None) for _, i in parsed.items]
    assert names == [
        (
            "Antal samhällsviktiga verksamheter som har tagit fram kontinuitetsplaner.",
            AssessmentStatus.NOT_FULFILLED,
        ),
        ("Mängd köpt energi", AssessmentStatus.NO_DATA),
        ("Utrett antal engångsmaterial", AssessmentStatus.NO_DATA),
    ]
    last = parsed.items[-1][1].assessment
    assert last is not None and (last.label, last.basis) == ("Inga tillgängliga data", Basis.TEXT)


def test_printed_values() -> None:
    value = text_to_value("1477 för RKs medarbetare\n30089 (jämförelse)", "2025")
    assert value is not None and value.value == 1477
    assert text_to_value("Nytt fr 2024", "2024") == text_to_value("Nytt fr 2024", "2024")
    new = text_to_value("Nytt fr 2024", "2024")
    assert new is not None and new.value is None
    assert text_to_value("", "2024") is None


def test_list_labels_printed_as_lines_of_their_own_right_of_the_names() -> None:
    lines = [
        line("Antal besök på stadsbiblioteket och filialerna", 88, 269),
        line("Uppfyllt", 405, 269, color="#404040"),
        line("Antal deltagare i kulturskolans verksamhet", 88, 286),
        line("Delvis uppfyllt", 405, 286, color="#404040"),
    ]
    parsed = list_to_indicators(document([content()], [lines]), lines, PALETTE)
    names = [(i.name, i.assessment.status if i.assessment else None) for _, i in parsed.items]
    assert names == [
        ("Antal besök på stadsbiblioteket och filialerna", AssessmentStatus.FULFILLED),
        ("Antal deltagare i kulturskolans verksamhet", AssessmentStatus.PARTIALLY_FULFILLED),
    ]

"""Goals from summary tables, goal sections and goal-grouped indicator tables."""

from __future__ import annotations

from delar_extract.layout.objects import LayoutDocument, Line
from delar_extract.layout.reading_order import layout_to_stream
from delar_extract.layout.tables import TableBlock
from delar_extract.model import Document, ReportType, TableKind
from delar_extract.model.vocab import AssessmentStatus, Basis, GoalLevel
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.parsers.goal_sections import numbered_level
from delar_extract.parsers.goals import GoalParser, GoalResult, summary_columns
from delar_extract.pdf.objects import Box
from tests.parsers.builders import content, document, dot, grid, icon, line
from tests.samples_cache import sample_report

HEADING = "#23395B"
DOC = Document(report_type=ReportType.DELARSRAPPORT)


def _goals(layout: LayoutDocument) -> GoalResult:
    return GoalParser().parse(layout, layout_to_claims(layout, DOC))


def _summary() -> TableBlock:
    return grid(
        [
            ["Regionmål", "Delmål", "Prognos"],
            [
                "Mål 1. Trygga uppväxtvillkor",
                "Implementera arbetssätt",
                "Mål kommer delvis uppfyllas",
            ],
            [None, "Påbörja arbete med en struktur", "Inga data"],
            ["Mål 2. Goda levnadsvillkor", "Stärka förmågan", "Mål kommer helt uppfyllas"],
        ],
        [50.0, 200.0, 400.0, 545.0],
    )


def _section_lines() -> list[Line]:
    return [
        line("Mål 1. Trygga uppväxtvillkor", 50, 320, size=11.5, bold=True, color=HEADING),
        line("Implementera arbetssätt", 50, 345, bold=True, color=HEADING),
        line("Mål kommer delvis uppfyllas", 66, 362),
        line("Analys", 50, 380, bold=True, color=HEADING),
        line("Utbildningen är under konstruktion.", 50, 396),
        line("Arbetet fortsätter under hösten.", 50, 408),
        line("Indikatorer", 56, 426, bold=True, color=HEADING),
        line("Antal medarbetare som gått utbildning", 79, 444),
        line("Andel chefer med plan", 79, 462),
    ]


def _parse(with_section: bool = True) -> GoalResult:
    table = _summary()
    marks = [icon(405, 125, "#F0C000"), icon(405, 165, "#A0A0A0"), icon(405, 205, "#38A050")]
    marks += [icon(51, 362, "#F0C000"), icon(56, 444, "#38A050"), icon(56, 462, "#D02038")]
    page = content(images=marks)
    lines = _section_lines() if with_section else []
    layout = document([page], [lines], [table])
    return _goals(layout)


def test_summary_table_gives_levels_parents_and_statuses() -> None:
    result = _parse(with_section=False)
    titles = [(g.title, g.level, g.parent_id) for g in result.goals]
    assert titles == [
        ("Mål 1. Trygga uppväxtvillkor", GoalLevel.REGIONMAL, None),
        ("Implementera arbetssätt", GoalLevel.DELMAL, "goal-1"),
        ("Påbörja arbete med en struktur", GoalLevel.DELMAL, "goal-1"),
        ("Mål 2. Goda levnadsvillkor", GoalLevel.REGIONMAL, None),
        ("Stärka förmågan", GoalLevel.DELMAL, "goal-4"),
    ]
    statuses = [g.assessment.status if g.assessment else None for g in result.goals]
    assert statuses == [
        None,
        AssessmentStatus.PARTIALLY_FULFILLED,
        AssessmentStatus.NO_DATA,
        None,
        AssessmentStatus.FULFILLED,
    ]
    assert result.goals[1].assessment is not None
    assert result.goals[1].assessment.basis == Basis.TEXT_COLOR


def test_a_goal_in_summary_and_section_is_one_goal_with_analysis_and_indicators() -> None:
    result = _parse()
    assert len(result.goals) == 5
    goal = result.goals[1]
    assert goal.analysis == "Utbildningen är under konstruktion. Arbetet fortsätter under hösten."
    assert [(i.name, i.goal_id) for i in result.indicators] == [
        ("Antal medarbetare som gått utbildning", "goal-2"),
        ("Andel chefer med plan", "goal-2"),
    ]
    assert [i.assessment.status for i in result.indicators if i.assessment] == [
        AssessmentStatus.FULFILLED,
        AssessmentStatus.NOT_FULFILLED,
    ]


def test_section_goal_without_summary_with_a_status_shape_and_prose() -> None:
    lines = [
        line("Hållbart samhälle", 50, 80, size=11.5, color=HEADING),
        line("Mål 1. Västerbotten har världens bästa hälsa", 50, 100, size=10.5, color=HEADING),
        line("En avsiktsförklaring är framtagen.", 50, 130),
    ]
    page = content(shapes=[dot(51, 114, "#F2C500")])
    result = _goals(document([page], [lines]))
    assert [(g.title, g.level) for g in result.goals] == [
        ("Mål 1. Västerbotten har världens bästa hälsa", GoalLevel.REGIONMAL)
    ]
    goal = result.goals[0]
    assert goal.assessment is not None and goal.assessment.basis == Basis.COLOR
    assert goal.analysis == "En avsiktsförklaring är framtagen."


def test_goal_grouped_indicator_table_makes_goals_of_its_group_rows() -> None:
    heading = line("Förvaltningens mål och indikatorer", 50, 40, size=20, bold=True)
    table = grid(
        [
            ["Indikator", "Utfall 2024", "Mål 2025", "Utfall 2025", "Måluppfyllelse", "Kommentar"],
            ["Ekonomi i balans", None, None, None, None, None],
            ["Ekonomiskt resultat", "+40 mnkr", "0 mnkr", "+34 mnkr", "Uppnått", "Bra"],
        ],
        [50.0, 200.0, 260.0, 320.0, 380.0, 460.0, 545.0],
    )
    layout = document([content()], [[heading]], [table])
    result = _goals(layout)
    assert [(g.title, g.level, g.parent_id) for g in result.goals] == [
        ("Ekonomi i balans", GoalLevel.FORVALTNINGSMAL, None)
    ]
    assert [(i.name, i.goal_id) for i in result.indicators] == [("Ekonomiskt resultat", "goal-1")]
    assert [c.role for c in layout_to_claims(layout, DOC).tables] == [TableKind.INDICATORS]


def test_summary_with_unnamed_area_and_status_columns() -> None:
    table = grid(
        [["", "Regionmål", ""], ["Hållbart samhälle", "Mål 1. Hälsa", ""]],
        [50.0, 150.0, 450.0, 545.0],
    )
    columns = summary_columns(table)
    assert columns is not None
    assert columns.goals == [(0, GoalLevel.MALOMRADE), (1, GoalLevel.REGIONMAL)]
    assert columns.status == 2


def test_numbered_goal_headings() -> None:
    assert numbered_level("Mål 4. Tillgänglig vård") == GoalLevel.REGIONMAL
    assert numbered_level("Delmål 2.1 Kortare väntetider") == GoalLevel.DELMAL
    assert numbered_level("Målet är att öka") is None


def test_stream_puts_tables_between_the_lines_around_them() -> None:
    table = grid([["A", "B"], ["1", "2"]], [50.0, 100.0, 150.0], top=200)
    lines = [line("före", 50, 150), line("efter", 50, 300)]
    stream = layout_to_stream(document([content()], [lines], [table]))
    items = [(i.line.text if i.line else i.table.id if i.table else None) for i in stream]
    assert items == ["före", "table-1", "efter"]


def test_sample_000_goal_hierarchy() -> None:
    report = sample_report("000_delarsrapport_rs_2025_aug")
    by_id = {g.id: g for g in report.goals}
    regional = [g for g in report.goals if g.level == GoalLevel.REGIONMAL]
    assert len(regional) == 7 and all(g.parent_id is None for g in regional)
    sub = [g for g in report.goals if g.level == GoalLevel.DELMAL]
    assert len(sub) == 17
    assert all(by_id[g.parent_id or ""].level == GoalLevel.REGIONMAL for g in sub)
    assert all(g.analysis for g in sub)


def test_box_is_kept() -> None:
    result = _parse(with_section=False)
    assert result.goals[0].bbox == Box(50, 140, 200, 180).as_list()


def test_a_chart_legend_far_below_a_bold_title_is_no_status() -> None:
    # A chart's title, the chart, then its legend: the legend's coloured glyphs
    # are no status of the title, so the title is no goal.
    title = line("Kostnader hyrpersonal per delområde", 50, 100, bold=True)
    for top, goals in ((250.0, []), (114.0, ["Kostnader hyrpersonal per delområde"])):
        legend = line("Delområde ● Primärvård ● Sjukhusvård", 50, top, size=8)
        page = content(words=[w for w in legend.words if w.text == "●"])
        result = _goals(document([page], [[title, legend]]))
        assert [g.title for g in result.goals] == goals


def test_a_table_header_left_outside_its_table_makes_no_goal_or_indicator() -> None:
    # "Status  Innebörd  Färg" side by side, a status word under "Status": the
    # header of a legend the layout did not see as a table, not a goal heading.
    lines = [
        line("Status", 50, 280, bold=True, color=HEADING),
        line("Innebörd", 110, 280, bold=True, color=HEADING),
        line("Färg", 340, 280, bold=True, color=HEADING),
        line("Uppnås", 50, 298),
        line("Målvärdet nås eller överträffas", 110, 298),
        line("Indikator", 50, 340, bold=True, color=HEADING),
        line("Utfall 2025", 300, 340, bold=True, color=HEADING),
        line("Andel nöjda patienter", 50, 358),
    ]
    result = _goals(document([content()], [lines]))
    assert (result.goals, result.indicators) == ([], [])


def test_a_slide_title_over_a_bulleted_list_is_no_goal() -> None:
    # Bullets drawn as shapes, one in the same place on each line: not a status.
    lines = [
        line("Tillgänglighet", 46, 33, size=20, bold=True),
        line("Vårdgarantin", 48, 70, size=12),
        line("Kollektivtrafiken", 48, 85, size=12),
        line("Regionstyrelsen", 48, 100, size=12),
    ]
    bullets = [dot(35, top + 2, "#202020") for top in (70, 85, 100)]
    result = _goals(document([content(shapes=bullets)], [lines]))
    assert result.goals == []
    # One mark beside the line under a heading is its status.
    result = _goals(document([content(shapes=bullets[:1])], [lines]))
    assert [g.title for g in result.goals] == ["Tillgänglighet"]

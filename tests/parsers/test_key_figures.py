"""Key figures from sentences and lines: one test per mechanism, on hand-built text."""

from __future__ import annotations

from delar_extract.layout.objects import Heading, LayoutPage, Line
from delar_extract.parsers.key_figures import PeriodDefault, drop_repeats, sentence_to_figures
from delar_extract.parsers.key_figures.periods import clues, resolve
from delar_extract.parsers.key_figures.reading import Context, statement_figures
from delar_extract.parsers.key_figures.statements import Statement, page_statements
from delar_extract.pdf.objects import Box, PageContent, Word

AUG_2025 = PeriodDefault(year=2025, month=8, full_year=False)
JUL_2024 = PeriodDefault(year=2024, month=7, full_year=False)


def _figures(
    sentence: str, default: PeriodDefault = AUG_2025, **context: object
) -> list[tuple[str, float, str | None, str | None]]:
    found = sentence_to_figures(sentence, 2, default, **context)  # type: ignore[arg-type]
    return [(f.name, f.value, f.unit, f.period) for f in found]


# ---- naming -------------------------------------------------------------------------


def test_budget_deviation_and_growth() -> None:
    assert _figures(
        "Regionstyrelsen redovisar efter andra tertialet en positiv budgetavvikelse på 5 miljoner "
        "kronor och en nettokostnadsutveckling på 5,8 procent."
    ) == [("budget_deviation", 5.0, "mnkr", "2025-08"), ("net_cost_growth", 5.8, "%", "2025-08")]


def test_synonyms_of_other_reports() -> None:
    assert _figures("Kommunens soliditet uppgår till 43 procent.") == [
        ("solidity", 43.0, "%", "2025-08")
    ]
    assert _figures("Balanskravsresultatet för kommunen uppgår till 12 mnkr.") == [
        ("balance_requirement_result", 12.0, "mnkr", "2025-08")
    ]
    assert _figures("Självfinansieringsgraden var 81 procent.") == [
        ("self_financing_ratio", 81.0, "%", "2025-08")
    ]


def test_unit_must_fit_the_names_kind() -> None:
    # "medarbetare" names a count; 71 procent is a share: the share's own cue names it.
    assert _figures(
        "Frisknärvaron (andel medarbetare som varit sjuka högst 5 dagar) har ökat till 71 procent."
    ) == [("healthy_presence_share", 71.0, "%", "2025-08")]
    # No name for money fits a percentage: nothing rather than a misnamed figure.
    assert _figures("Pensionsavgiften sänktes till 12,5 procent.") == []


def test_percentage_points_and_years_are_no_figures() -> None:
    assert _figures("Vårdgarantin: 59,5 % (-8,2%-enheter)") == [
        ("care_guarantee", 59.5, "%", "2025-08")
    ]
    assert _figures("Planen gäller 2024 och 2025.") == []


def test_a_label_line_takes_its_name_from_the_lead_in_and_keeps_its_label() -> None:
    figures = _figures("Förstabesök: 59,5 %", leads=("Vårdgarantiläget",))
    assert figures == [("care_guarantee_forstabesok", 59.5, "%", "2025-08")]
    # A sentence is no label line: its heading does not name it.
    assert _figures("Det blev 59,5 % till slut.", heading="Vårdgaranti") == []


def test_a_generic_word_keeps_the_printed_subject_as_name() -> None:
    assert _figures("Snitt för 2022 ligger på 35%, vilket är en liten minskning.") == [
        ("snitt för 2022", 35.0, "%", "2022")
    ]
    # "i snitt" says how a change was, not what changed.
    assert _figures("Befolkningen har vuxit med i snitt 0,66 % per år.") == []


# ---- changes, differences and parts ---------------------------------------------------


def test_change_names_its_own_subject_or_the_figure_before() -> None:
    assert _figures("Antalet anställda har ökat med 10 personer.") == [
        ("employees_change", 10.0, "st", "2025-08")
    ]
    assert _figures(
        "Nettokostnaderna uppgår till 2 661 miljoner kronor vilket är en ökning med 146 miljoner "
        "kronor eller 5,8 procent jämfört med föregående år."
    ) == [("net_costs", 2661.0, "mnkr", "2025-08"), ("net_costs_change", 146.0, "mnkr", "2025-08")]
    # A change of something no word names is left out, whatever the sentence is about.
    assert (
        _figures(
            "Den största budgetavvikelsen kommer från att besöken minskat med i "
            "storleksordningen 20 procent."
        )
        == []
    )


def test_relative_change_on_a_label_line() -> None:
    assert _figures(
        "Läkare: + 3,0 mkr ökning 2 %", leads=("Kostnader (Mkr)",), heading="Hyrpersonal"
    ) == [
        ("costs_lakare", 3.0, "mnkr", "2025-08"),
        ("costs_lakare_change", 2.0, "%", "2025-08"),
    ]


def test_difference_after_is_a_deviation() -> None:
    assert _figures(
        "Effekt för året uppgår till totalt 34 miljoner kronor vilket är 22 miljoner kronor "
        "mer än plan."
    ) == [
        ("effect_forecast", 34.0, "mnkr", "2025"),
        ("effect_deviation_forecast", 22.0, "mnkr", "2025"),
    ]
    figures = _figures("Ack juli: Totalt 13 % högre kostnader än plan 2024.", JUL_2024)
    assert figures == [("costs_deviation", 13.0, "%", "ack 2024-07")]


def test_breakdown_in_parentheses_is_named_as_a_part() -> None:
    figures = _figures("Vi hade 1 118 anställda (män: 490, kvinnor: 628) under året.")
    assert [(n, v) for n, v, _, _ in figures] == [
        ("employees", 1118.0),
        ("employees_man", 490.0),
        ("employees_kvinnor", 628.0),
    ]


def test_number_in_parentheses_counts_only_as_the_figure_in_another_unit() -> None:
    assert _figures("Avkastning 2024 ack juli: 10,7% (595 Mkr)", JUL_2024) == [
        ("pension_fund_return", 10.7, "%", "ack 2024-07"),
        ("pension_fund_return", 595.0, "mnkr", "ack 2024-07"),
    ]
    # The same unit again, or a unit the name cannot measure: a side note.
    assert [v for _, v, _, _ in _figures("Resultatet blev 34 mnkr (30 mnkr).")] == [34.0]
    assert [
        v
        for _, v, _, _ in _figures(
            "Inhyrd personal: Ökade kostnader med 0,8 mnkr för en tjänst (0,4 årsarbetare)."
        )
    ] == [0.8]


def test_varav_part_only_when_named() -> None:
    assert _figures(
        "Årets resultat uppgår till +34 mnkr, varav +17 mnkr avser utvecklingsmedel.",
    ) == [
        ("result", 34.0, "mnkr", "2025-08"),
        ("result_utvecklingsmedel", 17.0, "mnkr", "2025-08"),
    ]
    assert _figures("Antal rehabiliteringsärenden är 35, varav 26 är avslutade.") == [
        ("rehabilitation_cases", 35.0, None, "2025-08")
    ]
    assert [
        n for n, *_ in _figures("Vi hade 1 118 anställda, varav 1 023 är tillsvidareanställda.")
    ] == [
        "employees",
        "permanent_employees",
    ]


def test_a_parts_figure_is_not_the_reports() -> None:
    assert _figures("Delområdet redovisar ett överskott mot budget på 35 miljoner kronor.") == []
    assert _figures("Ledningsstaben har en positiv budgetavvikelse med 6,6 miljoner kronor.") == []
    assert _figures("Primärvård beställning har en positiv budgetavvikelse på 21 mnkr.") == []
    assert _figures("För Kultur och fritid prognosticeras ett underskott på 7 mnkr.") == []
    # The body's own subject, a figure word as subject, or a period after "för" stay.
    assert len(_figures("Kulturnämnden redovisar en budgetavvikelse på 4 mnkr.")) == 1
    assert len(_figures("Underskottet för Upphandlingen har ökat 0,8 mnkr.")) == 1
    assert len(_figures("Prognosen för året är ett överskott mot budget på 13 mnkr.")) == 1


def test_targets_impacts_and_superseded_forecasts_are_left_out() -> None:
    assert _figures("Avkastningsmål 3,5%/år reellt till år 2040") == []
    assert _figures("Ändringen belastar periodens resultat med 21 miljoner kronor.") == []
    assert _figures("Tidigare prognos visar på totalt underskott med ca 16 mkr") == []
    assert _figures("Projektet utgör 30 miljoner kronor utav årets investeringar.") == []


def test_value_compared_with_needs_its_period() -> None:
    assert _figures(
        "Frisknärvaron har ökat till 71 procent jämfört med 64 procent samma period föregående år."
    ) == [("healthy_presence_share", 71.0, "%", "2025-08")]


# ---- periods ------------------------------------------------------------------------


def test_sick_leave_without_unit_and_last_year() -> None:
    figures = _figures(
        "2024-06 ligger vi på totalt 5,5 inom regionen jämfört med ifjol 5,7.",
        heading="Sjukfrånvaro",
    )
    assert figures == [("sick_leave", 5.5, "%", "2024-06"), ("sick_leave", 5.7, "%", "2023-06")]


def test_forecast_and_negative_deviation() -> None:
    figures = _figures(
        "Investeringsutgifterna uppgår efter augusti till 547 miljoner kronor och för året "
        "prognosticeras ett utfall på 1 037 miljoner kronor vilket innebär en negativ avvikelse "
        "mot budget på 45 miljoner kronor."
    )
    assert [(v, p) for _, v, _, p in figures] == [
        (547.0, "2025-08"),
        (1037.0, "2025"),
        (-45.0, "2025"),
    ]


def test_period_ranges_and_corresponding() -> None:
    assert _figures("Måluppfyllelsen för perioden maj-aug visar ett utfall på 97,4%.")[0][3] == (
        "2025-05/2025-08"
    )
    assert _figures("Förbättring från tertial 1 där måluppfyllelsen låg på 93,7%.")[0][3] == (
        "2025-01/2025-04"
    )
    assert [
        p
        for *_, p in _figures(
            "Utfallet för juni och juli uppgår till 13,8 Mkr, motsvarande prognos uppgår till "
            "17,2 Mkr.",
            JUL_2024,
        )
    ] == ["2024-06/2024-07", "2024-06/2024-07"]
    assert _figures("Programmet överskrider budgeten över programperioden med 92 Mkr.") == [
        ("budget_overrun", 92.0, "mnkr", None)
    ]


def test_period_after_the_figure_and_from_the_lead_in() -> None:
    assert _figures("Sjukfrånvaron ligger på 4,68 procent i juni 2025.")[0][3] == "2025-06"
    # The lead-in dates the lines under it; a line's own year wins.
    assert _figures(
        "2023: - 212 mkr varav finansnetto + 79 mkr", JUL_2024, leads=("Resultat ack juli:",)
    ) == [
        ("result", -212.0, "mnkr", "ack 2023-07"),
        ("financial_net", 79.0, "mnkr", "ack 2023-07"),
    ]
    # "samma period" compares a period to date: the figure is accumulated.
    assert _figures(
        "Ssk/Barnmorsk: - 1,0 mkr", JUL_2024, leads=("Jmf samma period 2023", "Hyrpersonal")
    ) == [("hired_staff_cost_ssk_barnmorsk", -1.0, "mnkr", "ack 2024-07")]


def test_nearest_clue_wins() -> None:
    near = [clues("efter augusti till 547 miljoner kronor och för året prognosticeras")]
    assert resolve(near, AUG_2025, None, own=near[0]) == "2025"


# ---- statements and repeats -----------------------------------------------------------


def _line(text: str, top: float, x1: float) -> Line:
    box = Box(40.0, top, x1, top + 10.0)
    words = tuple(
        Word(
            w, Box(40.0 + 30.0 * i, top, 40.0 + 30.0 * i + 25.0, top + 10.0), "F", 10.0, False, None
        )
        for i, w in enumerate(text.split())
    )
    return Line(words=words, box=box, page=3)


def test_lines_broken_on_purpose_are_statements_with_their_lead_in() -> None:
    lines = [
        _line("Pensionsmedel", 20, 140),
        _line("Resultat ack juli:", 40, 160),
        _line("2024: - 100 mkr varav finansnetto + 100 mkr", 52, 260),
        _line("2023: - 212 mkr", 64, 150),
        _line("En mening som är lång nog att nå kanten och som", 90, 500),
        _line("fortsätter på nästa rad med 5 mnkr.", 102, 300),
    ]
    page = LayoutPage(
        content=PageContent(number=3, width=595, height=842, rotation=0, words=()),
        lines=lines,
        tables=[],
        furniture=[],
    )
    heading = Heading(None, "Pensionsmedel", 1, 3, Box(40, 20, 140, 30))
    statements = page_statements(page, [heading])
    assert [(s.text, s.leads[:1], s.heading) for s in statements] == [
        ("2024: - 100 mkr varav finansnetto + 100 mkr", ("Resultat ack juli:",), "Pensionsmedel"),
        ("2023: - 212 mkr", ("Resultat ack juli:",), "Pensionsmedel"),
        (
            "En mening som är lång nog att nå kanten och som fortsätter på nästa rad med 5 mnkr.",
            (),
            "Pensionsmedel",
        ),
    ]
    assert [s.label for s in statements] == [True, True, False]


def test_a_figure_stated_again_is_kept_where_first_stated() -> None:
    once = sentence_to_figures(
        "Personalomsättningen är ca 11 procent, en mindre ökning.", 7, AUG_2025
    )
    again = sentence_to_figures("Personalomsättningen ligger på 11 procent.", 12, AUG_2025)
    other = sentence_to_figures("Personalomsättningen ligger på 12 procent.", 12, AUG_2025)
    kept = drop_repeats([*once, *again, *other])
    assert [(f.name, f.value, f.page) for f in kept] == [
        ("staff_turnover", 11.0, 7),
        ("staff_turnover", 12.0, 12),
    ]


def test_a_label_line_of_only_how_needs_its_subject_from_the_heading() -> None:
    assert _figures("Rikssnitt 52 %", heading="NKI för augusti") == [
        ("customer_satisfaction_index_rikssnitt", 52.0, "%", "2025-08")
    ]
    assert _figures("• Rikssnittet, 0,05 %", heading="Regionala utsikter") == []


def test_a_colon_ends_a_lead_in_line_not_a_wrapped_prose_line() -> None:
    lines = [
        _line("Vi hade i genomsnitt 1 118 personer anställda, varav 12 (män:", 40, 500),
        _line("5, kvinnor: 7) i staben.", 52, 200),
    ]
    page = LayoutPage(
        content=PageContent(number=3, width=595, height=842, rotation=0, words=()),
        lines=lines,
        tables=[],
        furniture=[],
    )
    assert len(page_statements(page, [])) == 1


def test_kommun_annual_report_sentences() -> None:
    year = PeriodDefault(year=2024, month=12, full_year=True)
    assert _figures(
        "Sjukfrånvaron uppgick till 6,9 procent, vilket är en minskning med 0,4 procentenheter.",
        year,
    ) == [("sick_leave", 6.9, "%", "2024")]
    assert _figures("Antalet årsarbetare ökade med 35 till 3 980.", year) == [
        ("full_time_equivalents", 3980.0, "årsarbetare", "2024")
    ]
    assert _figures("Skattesatsen är oförändrad, 21,99 kronor.", year) == [
        ("tax_rate", 21.99, "kr", "2024")
    ]
    assert _figures("Kommunen hade 52 340 invånare vid årsskiftet.", year) == [
        ("population", 52340.0, "st", "2024")
    ]


def test_a_figure_named_only_by_its_heading_is_doubtful() -> None:
    context = Context(AUG_2025)
    by_heading = statement_figures(
        Statement("Västerbotten 53 %", heading="NKI för augusti", label=True), 14, context
    )
    assert [(f.figure.name, f.doubt is not None) for f in by_heading] == [
        ("customer_satisfaction_index_vasterbotten", True)
    ]
    by_lead = statement_figures(
        Statement("Förstabesök: 59,5 %", leads=("Vårdgarantiläget",), label=True), 23, context
    )
    assert [f.doubt for f in by_lead] == [None]


def test_for_the_year_is_a_forecast_only_in_an_interim_report() -> None:
    sentence = "Effekt för året uppgår till 34 miljoner kronor."
    assert _figures(sentence) == [("effect_forecast", 34.0, "mnkr", "2025")]
    annual = PeriodDefault(year=2021, month=12, full_year=True)
    assert _figures(sentence, annual) == [("effect", 34.0, "mnkr", "2021")]

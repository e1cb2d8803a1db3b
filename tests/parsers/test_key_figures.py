"""Key figures from sentences."""

from __future__ import annotations

from delar_extract.parsers.key_figures import PeriodDefault, drop_repeats, sentence_to_figures

AUG_2025 = PeriodDefault(year=2025, month=8, full_year=False)


def _figures(
    sentence: str, default: PeriodDefault = AUG_2025
) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.name, f.value, f.unit, f.period) for f in sentence_to_figures(sentence, 2, default)]


def test_budget_deviation_and_growth() -> None:
    assert _figures(
        "Regionstyrelsen redovisar efter andra tertialet en positiv budgetavvikelse på 5 miljoner "
        "kronor och en nettokostnadsutveckling på 5,8 procent."
    ) == [("budget_deviation", 5.0, "mnkr", "2025-08"), ("net_cost_growth", 5.8, "%", "2025-08")]


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
    assert figures[0][0] == "investments"


def test_sick_leave_without_unit_and_last_year() -> None:
    figures = _figures("2024-06 ligger vi på totalt 5,5 inom regionen jämfört med ifjol 5,7.")
    assert [(n, v, u, p) for n, v, u, p in figures] == [
        ("sick_leave", 5.5, "%", "2024-06"),
        ("sick_leave", 5.7, "%", "2023-06"),
    ]


def test_years_and_percentage_points_are_no_figures() -> None:
    assert _figures("Förstabesök: 59,5 % (-8,2%-enheter)") == [
        ("care_guarantee", 59.5, "%", "2025-08")
    ]
    assert _figures("Planen gäller 2024 och 2025.") == []


def test_unit_must_fit_the_names_kind() -> None:
    # "medarbetare" names a count; 71 procent is a share: the share's own cue names it.
    assert _figures(
        "Frisknärvaron (andel medarbetare som varit sjuka högst 5 dagar) har ökat till 71 procent."
    ) == [("healthy_presence_share", 71.0, "%", "2025-08")]
    # No name for money fits a percentage: nothing rather than a misnamed figure.
    assert _figures("Pensionsavgiften sänktes till 12,5 procent.") == []
    assert _figures("Avtalen gäller för omkring 1,2 miljoner anställda.") == []


def test_breakdown_in_parentheses_is_named_as_a_part() -> None:
    figures = _figures("Vi hade 1 118 anställda (män: 490, kvinnor: 628) under året.")
    assert [(n, v) for n, v, _, _ in figures] == [
        ("employees", 1118.0),
        ("employees_man", 490.0),
        ("employees_kvinnor", 628.0),
    ]


def test_unlabelled_number_in_parentheses_is_no_figure() -> None:
    assert _figures("Avkastning juli: 10,7% (595 Mkr)") == [
        ("pension_fund_return", 10.7, "%", "2025-07")
    ]


def test_difference_after_mer_an_is_a_deviation() -> None:
    assert _figures(
        "Effekt för året uppgår till totalt 34 miljoner kronor vilket är 22 miljoner kronor "
        "mer än plan."
    ) == [
        ("effect_forecast", 34.0, "mnkr", "2025"),
        ("effect_deviation_forecast", 22.0, "mnkr", "2025"),
    ]


def test_change_after_okning_med_is_no_level() -> None:
    assert _figures("Antalet anställda har ökat med 10 personer.") == [
        ("employees_change", 10.0, "st", "2025-08")
    ]


def test_value_compared_with_needs_its_period() -> None:
    # "jämfört med 64 procent samma period föregående år": the period follows, unread.
    assert _figures(
        "Frisknärvaron har ökat till 71 procent jämfört med 64 procent samma period föregående år."
    ) == [("healthy_presence_share", 71.0, "%", "2025-08")]


def test_sub_units_figure_is_not_the_reports() -> None:
    assert _figures("Delområdet redovisar ett överskott mot budget på 35 miljoner kronor.") == []
    assert _figures("Ledningsstaben har en positiv budgetavvikelse med 6,6 miljoner kronor.") == []


def test_naming_word_after_a_later_number_names_that_one_only() -> None:
    # "Målet" is no vocabulary word: the 100 % gets no name from "måluppfyllelsen"
    # past the 3 %, which is the figure that word follows.
    figures = _figures("Målet 100% lika med 3% ökad måluppfyllelsen under tertialet.")
    assert [(n, v) for n, v, _, _ in figures] == [("goal_attainment", 3.0)]


def test_sentence_printed_twice_gives_its_figure_once() -> None:
    sentence = "Personalomsättningen är ca 11 procent, en mindre ökning."
    once = sentence_to_figures(sentence, 7, AUG_2025)
    again = [f.model_copy(update={"page": 12}) for f in once]
    other = sentence_to_figures("Personalomsättningen ligger på 11 procent.", 12, AUG_2025)
    kept = drop_repeats([*once, *again, *other])
    assert [(f.name, f.value, f.page) for f in kept] == [
        ("staff_turnover", 11.0, 7),
        ("staff_turnover", 11.0, 12),  # another sentence: no repeat
    ]

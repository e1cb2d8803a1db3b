"""Key figures from sentences."""

from __future__ import annotations

from delar_extract.parsers.key_figures import PeriodDefault, sentence_to_figures

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

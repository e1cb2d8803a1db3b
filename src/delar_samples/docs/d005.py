"""Sample 005: a region's delårsrapport January–August in a balanced-scorecard layout.

Not rendered from a seed: the content is invented in the genre's vocabulary for
a body none of the other samples has (a whole region, no nämnd), to measure the
extractor on a template it was not built on.  What differs from 000-004:

* Goals are strategiska mål under four perspectives (Medborgare och patient,
  Verksamhet och process, Medarbetare, Ekonomi): an overview table
  "Perspektiv | Strategiskt mål | Bedömning", then per perspective a table
  "Indikator | Målvärde 2025 | Utfall jan–aug 2025 | Status" grouped by goal.
* Statuses are the words "Uppnås", "Uppnås delvis", "Uppnås ej" beside a
  small vector circle, in shades of the document's own legend (not the
  samples' traffic lights).
* Uppdrag have the columns "Uppdrag | Status | Slutdatum | Återrapportering",
  statuses "Pågår", "Genomförd", "Ej påbörjad", "Försenad" printed in a filled cell.
* Figures use U+2212 as minus and a no-break space between digit groups.
* A perspective is a ``malomrade`` goal (it carries no status of its own); a
  strategiskt mål is a ``regionmal`` (the council's level).

Totals add up: every total row is the sum of the rows above it, and every
avvikelse is utfall − budget.
"""

from __future__ import annotations

from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Block,
    Column,
    DataTable,
    Goal,
    GoalSummaryTable,
    HeaderCell,
    Heading,
    Indicator,
    IndicatorTable,
    IndicatorValue,
    KeyFigure,
    Legend,
    LegendEntry,
    Meta,
    Para,
    Row,
    SampleDoc,
    Status,
)

GREEN = "#2BA84A"
AMBER = "#F5B800"
RED = "#E02D2D"
GREY = "#9B9B9B"

UPPNAS = Status("fulfilled", label="Uppnås", color=GREEN)
DELVIS = Status("partially_fulfilled", label="Uppnås delvis", color=AMBER)
UPPNAS_EJ = Status("not_fulfilled", label="Uppnås ej", color=RED)

PAGAR = Status("ongoing", label="Pågår", color=AMBER)
GENOMFORD = Status("completed", label="Genomförd", color=GREEN)
EJ_PABORJAD = Status("not_started", label="Ej påbörjad", color=GREY)
FORSENAD = Status("delayed", label="Försenad", color=RED)

INDICATOR_HEADER = ["Indikator", "Målvärde 2025", "Utfall jan–aug 2025", "Status"]
MINUS = "\u2212"
NBSP = "\u00a0"

S_RESULT = "Periodens resultat uppgår till 158 miljoner kronor."
S_FORECAST = "Prognosen för helåret är ett resultat på 120 miljoner kronor."
S_GROWTH = (
    "Nettokostnadsutvecklingen uppgår till 4,4 procent jämfört med samma period föregående år."
)
S_SICK = "Sjukfrånvaron uppgick till 6,4 procent i juli 2025."


def _value(text: str, value: float | None) -> IndicatorValue:
    return IndicatorValue(period="2025", value=value, text=text)


def _ind(name: str, target: str, outcome: str, status: Status) -> Indicator:
    """An indicator with a printed target and outcome ("80 %", "43 215")."""
    unit = "%" if target.endswith("%") else None

    def number(text: str) -> float:
        return float(text.rstrip(" %").replace(NBSP, "").replace(" ", "").replace(",", "."))

    return Indicator(
        name=name,
        status=status,
        unit=unit,
        target=_value(target, number(target)),
        outcome=_value(outcome, number(outcome)),
    )


def _goal(title: str, status: Status, *indicators: Indicator) -> Goal:
    return Goal(title=title, level="regionmal", status=status, indicators=list(indicators))


def _perspectives() -> list[Goal]:
    """The four perspectives with their strategiska mål and indicators."""
    return [
        Goal(
            title="Medborgare och patient",
            level="malomrade",
            children=[
                _goal(
                    "Vården är tillgänglig och jämlik",
                    DELVIS,
                    _ind(
                        "Andel besök i primärvården med medicinsk bedömning inom tre dagar",
                        "85 %",
                        "88 %",
                        UPPNAS,
                    ),
                    _ind(
                        "Andel patienter som fått första besök i specialiserad vård inom 90 dagar",
                        "80 %",
                        "67 %",
                        UPPNAS_EJ,
                    ),
                ),
                _goal(
                    "Invånarna har förtroende för hälso- och sjukvården",
                    UPPNAS,
                    _ind(
                        "Andel invånare med förtroende för hälso- och sjukvården",
                        "65 %",
                        "66 %",
                        UPPNAS,
                    ),
                    _ind("Andel patienter som rekommenderar mottagningen", "90 %", "91 %", UPPNAS),
                ),
            ],
        ),
        Goal(
            title="Verksamhet och process",
            level="malomrade",
            children=[
                _goal(
                    "Vården är säker och av god kvalitet",
                    DELVIS,
                    _ind("Vårdrelaterade infektioner per 100 vårdtillfällen", "5,0", "5,6", DELVIS),
                    _ind(
                        "Andel utskrivningsklara patienter som skrivs ut inom tre dagar",
                        "90 %",
                        "84 %",
                        DELVIS,
                    ),
                ),
                _goal(
                    "Digitala vårdtjänster används i större utsträckning",
                    UPPNAS,
                    _ind("Antal digitala vårdbesök", f"40{NBSP}000", f"43{NBSP}215", UPPNAS),
                    _ind("Andel ärenden via 1177 som besvaras inom en dag", "95 %", "96 %", UPPNAS),
                ),
            ],
        ),
        Goal(
            title="Medarbetare",
            level="malomrade",
            children=[
                _goal(
                    "Regionen är en attraktiv arbetsgivare",
                    DELVIS,
                    _ind("Sjukfrånvaro", "6,0 %", "6,4 %", DELVIS),
                    _ind("Personalomsättning", "9,0 %", "8,1 %", UPPNAS),
                ),
                _goal(
                    "Beroendet av inhyrd personal minskar",
                    UPPNAS_EJ,
                    _ind("Kostnad för inhyrd personal, mnkr", "35", "58", UPPNAS_EJ),
                    _ind("Andel inhyrd personal av personalkostnaden", "2,0 %", "3,1 %", UPPNAS_EJ),
                ),
            ],
        ),
        Goal(
            title="Ekonomi",
            level="malomrade",
            children=[
                _goal(
                    "Ekonomin är i balans",
                    UPPNAS,
                    _ind(
                        "Resultat i procent av skatteintäkter och statsbidrag",
                        "1,0 %",
                        "1,6 %",
                        UPPNAS,
                    ),
                    _ind("Nettokostnadsutveckling", "4,0 %", "4,4 %", DELVIS),
                ),
                _goal(
                    "Investeringar finansieras med egna medel",
                    DELVIS,
                    _ind("Självfinansieringsgrad av investeringar", "100 %", "87 %", DELVIS),
                ),
            ],
        ),
    ]


def _figure(text: str) -> str:
    """A figure as the report prints it: U+2212 minus, no-break group space."""
    return text.replace("-", MINUS).replace(" ", NBSP)


def _row(line: str, total: bool = False) -> Row:
    label, *cells = (part.strip() for part in line.split("|"))
    return Row(label, [_figure(c) for c in cells], is_total=total, bold=total)


def _result_table() -> DataTable:
    return DataTable(
        title="Resultaträkning",
        kind="resultat",
        unit="mnkr",
        caption="Belopp i miljoner kronor",
        ruling="rules",
        header_rows=[
            [
                HeaderCell(""),
                HeaderCell("Utfall jan–aug 2025"),
                HeaderCell("Utfall jan–aug 2024"),
                HeaderCell("Budget 2025"),
                HeaderCell("Prognos 2025"),
            ]
        ],
        columns=[
            Column("Utfall jan–aug 2025", "utfall", "ack 2025-08"),
            Column("Utfall jan–aug 2024", "utfall", "ack 2024-08"),
            Column("Budget 2025", "budget", "2025"),
            Column("Prognos 2025", "prognos", "2025"),
        ],
        rows=[
            _row("Verksamhetens intäkter | 1 412 | 1 356 | 2 080 | 2 110"),
            _row("Verksamhetens kostnader | -6 218 | -5 962 | -9 310 | -9 402"),
            _row("Avskrivningar | -188 | -176 | -290 | -286"),
            _row("Verksamhetens nettokostnader | -4 994 | -4 782 | -7 520 | -7 578", total=True),
            _row("Skatteintäkter | 3 642 | 3 498 | 5 436 | 5 468"),
            _row("Generella statsbidrag och utjämning | 1 516 | 1 420 | 2 236 | 2 251"),
            _row("Finansiella intäkter | 54 | 61 | 40 | 71"),
            _row("Finansiella kostnader | -60 | -71 | -96 | -92"),
            _row("Periodens resultat | 158 | 126 | 96 | 120", total=True),
        ],
    )


def _operations_table() -> DataTable:
    return DataTable(
        title="Driftredovisning per nämnd",
        kind="driftredovisning",
        unit="mnkr",
        caption="Nettokostnader, belopp i miljoner kronor",
        ruling="rules",
        header_rows=[
            [
                HeaderCell("Nämnd"),
                HeaderCell("Budget jan–aug 2025"),
                HeaderCell("Utfall jan–aug 2025"),
                HeaderCell("Avvikelse"),
                HeaderCell("Budget 2025"),
                HeaderCell("Prognos 2025"),
                HeaderCell("Prognosavvikelse"),
            ]
        ],
        columns=[
            Column("Budget jan–aug 2025", "budget", "ack 2025-08"),
            Column("Utfall jan–aug 2025", "utfall", "ack 2025-08"),
            Column("Avvikelse", "avvikelse", "ack 2025-08"),
            Column("Budget 2025", "budget", "2025"),
            Column("Prognos 2025", "prognos", "2025"),
            Column("Prognosavvikelse", "avvikelse", "2025"),
        ],
        rows=[
            _row("Regionstyrelsen | -412 | -398 | 14 | -618 | -605 | 13"),
            _row("Hälso- och sjukvårdsnämnden | -4 236 | -4 331 | -95 | -6 354 | -6 489 | -135"),
            _row("Regionala utvecklingsnämnden | -198 | -191 | 7 | -297 | -290 | 7"),
            _row("Patientnämnden | -4 | -4 | 0 | -6 | -6 | 0"),
            _row("Revisionen | -6 | -5 | 1 | -9 | -9 | 0"),
            _row("Summa nämnder | -4 856 | -4 929 | -73 | -7 284 | -7 399 | -115", total=True),
        ],
    )


def _assignments() -> AssignmentTable:
    def row(title: str, status: Status, due: str, report: str) -> Assignment:
        return Assignment(title=title, status=status, due_date=due, periodicity=report)

    return AssignmentTable(
        header=["Uppdrag", "Status", "Slutdatum", "Återrapportering"],
        columns=["title", "status", "due", "report"],
        issuer="regionfullmäktige",
        status_style="cell",
        rows=[
            row(
                "Ta fram en regional plan för kompetensförsörjning inom hälso- och sjukvården",
                PAGAR,
                "2025-12-31",
                "Delårsrapport och årsredovisning",
            ),
            row(
                "Utreda förutsättningarna för en gemensam akutmottagning för barn",
                GENOMFORD,
                "2025-06-30",
                "Delårsrapport",
            ),
            row(
                "Införa digitala vårdmöten vid samtliga hälsocentraler",
                FORSENAD,
                "2025-09-30",
                "Delårsrapport och årsredovisning",
            ),
            row(
                "Revidera riktlinjerna för investeringar i medicinteknisk utrustning",
                EJ_PABORJAD,
                "2026-03-31",
                "Årsredovisning",
            ),
            row(
                "Genomföra en översyn av regionens lokalförsörjningsplan",
                PAGAR,
                "2025-11-30",
                "Årsredovisning",
            ),
        ],
    )


def _legend() -> Legend:
    return Legend(
        title="Bedömning av strategiska mål och indikatorer",
        header=["Status", "Innebörd", "Färg"],
        entries=[
            LegendEntry("Uppnås", GREEN, "Målvärdet nås eller överträffas"),
            LegendEntry(
                "Uppnås delvis", AMBER, "Utvecklingen går mot målvärdet men når inte hela vägen"
            ),
            LegendEntry("Uppnås ej", RED, "Målvärdet nås inte och utvecklingen är negativ"),
        ],
    )


_PERSPECTIVE_TEXT = {
    "Medborgare och patient": "Tillgängligheten i primärvården har förbättrats under perioden, medan "
    "väntetiderna till första besök i specialiserad vård fortsatt är för långa inom flera "
    "specialiteter. Förtroendet för vården ligger kvar på en hög nivå.",
    "Verksamhet och process": "Arbetet med patientsäkerhet har fokuserat på vårdrelaterade "
    "infektioner och samordnad utskrivning. Användningen av digitala vårdtjänster fortsätter att öka.",
    "Medarbetare": "Sjukfrånvaron har minskat något men ligger över målvärdet. Beroendet av inhyrd "
    "personal är fortsatt stort inom psykiatrin och delar av länssjukvården.",
    "Ekonomi": "Resultatet för perioden är bättre än budget, främst till följd av högre "
    "skatteintäkter. Nettokostnadsutvecklingen är något högre än målvärdet.",
}


def _goal_blocks(perspectives: list[Goal]) -> list[Block]:
    blocks: list[Block] = [
        Heading("Måluppfyllelse", 1, "2", "maluppfyllelse"),
        Para(
            "Regionfullmäktige har i regionplanen fastställt åtta strategiska mål fördelade på "
            "fyra perspektiv. Bedömningen per augusti är att tre mål uppnås, fyra uppnås delvis "
            "och ett uppnås ej."
        ),
        _legend(),
        GoalSummaryTable(
            header=["Perspektiv", "Strategiskt mål", "Bedömning"],
            goals=perspectives,
            status_style="shape",
        ),
    ]
    for number, perspective in enumerate(perspectives, start=1):
        blocks += [
            Heading(
                f"Perspektiv {perspective.title.lower()}",
                2,
                f"2.{number}",
                "maluppfyllelse",
                page_break_before=number == 1,
            ),
            Para(_PERSPECTIVE_TEXT[perspective.title]),
            IndicatorTable(
                header=INDICATOR_HEADER, goals=perspective.children, status_style="shape"
            ),
        ]
    return blocks


def _blocks() -> list[Block]:
    perspectives = _perspectives()
    return [
        Heading("Sammanfattning", 1, "1", "sammanfattning"),
        Para(f"{S_RESULT} {S_FORECAST}"),
        Para(S_GROWTH),
        Para(
            "Verksamheten har under perioden präglats av arbetet med att korta väntetiderna och "
            "minska beroendet av inhyrd personal. Flera av regionfullmäktiges uppdrag pågår "
            "enligt plan, medan införandet av digitala vårdmöten har försenats."
        ),
        *_goal_blocks(perspectives),
        Heading("Uppdrag", 1, "3", "uppdrag", page_break_before=True),
        Heading("Uppdrag från regionfullmäktige", 2, "3.1", "uppdrag"),
        Para(
            "Tabellen redovisar status för de uppdrag som regionfullmäktige har gett i "
            "regionplanen och som ska återrapporteras i delårsrapporten."
        ),
        _assignments(),
        Heading("Ekonomi", 1, "4", "ekonomi"),
        Heading("Resultaträkning", 2, "4.1", "driftredovisning"),
        Para(
            "Resultaträkningen visar utfallet för januari till augusti jämfört med samma period "
            "föregående år samt budget och prognos för helåret."
        ),
        _result_table(),
        Heading("Driftredovisning per nämnd", 2, "4.2", "driftredovisning"),
        Para(
            "Hälso- och sjukvårdsnämnden redovisar ett underskott, främst till följd av kostnader "
            "för inhyrd personal och köpt vård. Övriga nämnder redovisar överskott eller ett "
            "resultat i nivå med budget."
        ),
        _operations_table(),
        Heading("Medarbetare", 1, "5", "personal"),
        Para(
            f"{S_SICK} Arbetet med hälsofrämjande arbetsplatser och en tidig rehabilitering "
            "fortsätter."
        ),
    ]


def _key_figures() -> list[KeyFigure]:
    return [
        KeyFigure("result", 158.0, "mnkr", "2025-08", S_RESULT),
        KeyFigure("result_forecast", 120.0, "mnkr", "2025", S_FORECAST),
        KeyFigure("net_cost_growth", 4.4, "%", "2025-08", S_GROWTH),
        KeyFigure("sick_leave", 6.4, "%", "2025-07", S_SICK),
    ]


def build() -> SampleDoc:
    """Return the region's balanced-scorecard delårsrapport January–August 2025."""
    return SampleDoc(
        name="005_delarsrapport_region_2025_aug",
        seed="",
        family="word",
        theme="scorecard",
        meta=Meta(
            organisation="Region Jämtland Härjedalen",
            body=None,
            report_type="delarsrapport",
            year=2025,
            period_start="2025-01-01",
            period_end="2025-08-31",
            period_label="januari–augusti 2025",
            title="Delårsrapport januari–augusti 2025",
        ),
        title_page=[
            "Delårsrapport januari–augusti 2025",
            "Region Jämtland Härjedalen",
            "Diarienummer RS/1187/2025",
        ],
        header_text="Region Jämtland Härjedalen",
        footer_text="Delårsrapport januari–augusti 2025",
        blocks=_blocks(),
        key_figures=_key_figures(),
    )

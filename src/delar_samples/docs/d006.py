"""Sample 006: a kommun's årsredovisning 2024 (invented: "Sjöbacka kommun").

Not rendered from a seed: the content is invented in the genre's vocabulary
for a body none of the other samples has (a municipality), to measure the
extractor on a template it was not built on.  What differs from 000-004:

* Kommunfullmäktiges mål under målområden, assessed "God måluppfyllelse",
  "Delvis måluppfyllelse" or "Ej uppfyllt" with a coloured "●" before the
  words; nyckeltal per mål in a table "Nyckeltal | Utfall 2023 | Målvärde 2024 |
  Utfall 2024 | Bedömning" whose status is the coloured "●" alone, explained
  by the document's legend.
* Balanskravsutredning, resultaträkning and investeringsredovisning with
  decimal figures in mnkr ("38,4", "−1 060,2" printed with a hyphen-minus).
* Key figures in prose: invånare, skattesats, årets resultat, soliditet,
  nettoinvesteringar, sjukfrånvaro.
* A målområde is a ``malomrade`` goal without a status; a fullmäktige goal of
  a kommun is the contract's ``regionmal`` level (the council's goals).
* The balanskrav table is kind ``other``: the contract has no kind for it.
* Investment avvikelse is budget − utfall (positive = spent less), as
  municipalities print it; operating avvikelse is utfall − budget.

Totals add up throughout.
"""

from __future__ import annotations

from delar_samples.spec import (
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

GREEN = "#1F9D55"
YELLOW = "#F0B429"
RED = "#CF3A3A"

GOD = Status("fulfilled", label="God måluppfyllelse", color=GREEN)
DELVIS = Status("partially_fulfilled", label="Delvis måluppfyllelse", color=YELLOW)
EJ = Status("not_fulfilled", label="Ej uppfyllt", color=RED)
# Nyckeltal: the coloured glyph alone.
N_GREEN = Status("fulfilled", color=GREEN)
N_YELLOW = Status("partially_fulfilled", color=YELLOW)
N_RED = Status("not_fulfilled", color=RED)

NYCKELTAL_HEADER = ["Nyckeltal", "Utfall 2023", "Målvärde 2024", "Utfall 2024", "Bedömning"]

S_POPULATION = "Sjöbacka kommun hade den 31 december 2024 totalt 14 862 invånare."
S_TAX = "Skattesatsen var oförändrad och uppgick till 21,95 procent."
S_RESULT = "Årets resultat blev 38,4 miljoner kronor."
S_EQUITY = "Soliditeten inklusive hela pensionsåtagandet uppgick till 31,2 procent."
S_INVEST = "Nettoinvesteringarna uppgick till 96,3 miljoner kronor."
S_SICK = "Sjukfrånvaron bland kommunens medarbetare var 7,1 procent."


def _number(text: str) -> float:
    return float(text.rstrip(" %").replace(" ", "").replace(",", "."))


def _nyckeltal(name: str, before: str, target: str, outcome: str, status: Status) -> Indicator:
    return Indicator(
        name=name,
        status=status,
        unit="%" if outcome.endswith("%") else None,
        baseline=IndicatorValue("2023", _number(before), before),
        target=IndicatorValue("2024", _number(target), target),
        outcome=IndicatorValue("2024", _number(outcome), outcome),
    )


def _goal(title: str, status: Status, *indicators: Indicator) -> Goal:
    return Goal(title=title, level="regionmal", status=status, indicators=list(indicators))


def _goals() -> list[Goal]:
    return [
        Goal(
            title="Livskvalitet och trygghet",
            level="malomrade",
            children=[
                _goal(
                    "Invånarna känner sig trygga i hela kommunen",
                    DELVIS,
                    _nyckeltal(
                        "Andel invånare som känner sig trygga utomhus på kvällen",
                        "68 %",
                        "75 %",
                        "71 %",
                        N_YELLOW,
                    ),
                    _nyckeltal(
                        "Antal anmälda brott per 1 000 invånare", "62", "55", "58", N_YELLOW
                    ),
                ),
                _goal(
                    "Barn och unga har goda förutsättningar att lyckas i skolan",
                    GOD,
                    _nyckeltal(
                        "Andel elever i årskurs 9 som är behöriga till yrkesprogram",
                        "84,2 %",
                        "85 %",
                        "87,6 %",
                        N_GREEN,
                    ),
                    _nyckeltal(
                        "Andel elever som känner sig trygga i skolan",
                        "88 %",
                        "90 %",
                        "91 %",
                        N_GREEN,
                    ),
                ),
            ],
        ),
        Goal(
            title="Hållbar samhällsutveckling",
            level="malomrade",
            children=[
                _goal(
                    "Kommunen växer med fler bostäder och arbetstillfällen",
                    EJ,
                    _nyckeltal("Antal färdigställda bostäder", "74", "120", "58", N_RED),
                    _nyckeltal(
                        "Antal nystartade företag per 1 000 invånare", "4,1", "5,0", "3,8", N_RED
                    ),
                ),
                _goal(
                    "Kommunens klimatpåverkan minskar",
                    DELVIS,
                    _nyckeltal(
                        "Andel fossilfria fordon i kommunens fordonsflotta",
                        "41 %",
                        "60 %",
                        "52 %",
                        N_YELLOW,
                    ),
                    _nyckeltal(
                        "Energianvändning i kommunens lokaler, kWh per kvadratmeter",
                        "142",
                        "130",
                        "129",
                        N_GREEN,
                    ),
                ),
            ],
        ),
        Goal(
            title="Effektiv organisation",
            level="malomrade",
            children=[
                _goal(
                    "Kommunen är en attraktiv arbetsgivare",
                    DELVIS,
                    _nyckeltal("Hållbart medarbetarengagemang (HME)", "78", "80", "79", N_YELLOW),
                    _nyckeltal(
                        "Sjukfrånvaro, procent av arbetad tid", "7,6 %", "6,5 %", "7,1 %", N_RED
                    ),
                ),
                _goal(
                    "Kommunens ekonomi är långsiktigt hållbar",
                    GOD,
                    _nyckeltal(
                        "Årets resultat i procent av skatteintäkter och statsbidrag",
                        "1,2 %",
                        "2,0 %",
                        "3,5 %",
                        N_GREEN,
                    ),
                    _nyckeltal(
                        "Självfinansieringsgrad av investeringar", "78 %", "100 %", "86 %", N_YELLOW
                    ),
                ),
            ],
        ),
    ]


def _row(line: str, total: bool = False, level: int = 0) -> Row:
    label, *cells = (part.strip() for part in line.split("|"))
    return Row(label, cells, is_total=total, bold=total, level=level)


def _balanskrav() -> DataTable:
    return DataTable(
        title="Balanskravsutredning",
        kind="other",
        unit="mnkr",
        caption="Belopp i miljoner kronor",
        ruling="rules",
        header_rows=[[HeaderCell(""), HeaderCell("2022"), HeaderCell("2023"), HeaderCell("2024")]],
        columns=[Column(y, "utfall", y) for y in ("2022", "2023", "2024")],
        rows=[
            _row("Årets resultat enligt resultaträkningen | 21,7 | 12,9 | 38,4"),
            _row("Samtliga realisationsvinster | -1,2 | -0,4 | -3,1"),
            _row("Vissa realisationsvinster enligt undantagsmöjlighet | 0,0 | 0,0 | 0,0"),
            _row("Orealiserade förluster i värdepapper | 0,0 | 0,0 | 0,0"),
            _row("Årets resultat efter balanskravsjusteringar | 20,5 | 12,5 | 35,3", total=True),
            _row("Medel till resultatutjämningsreserv | 0,0 | 0,0 | -10,0"),
            _row("Medel från resultatutjämningsreserv | 0,0 | 0,0 | 0,0"),
            _row("Årets balanskravsresultat | 20,5 | 12,5 | 25,3", total=True),
        ],
    )


def _resultat() -> DataTable:
    return DataTable(
        title="Resultaträkning",
        kind="resultat",
        unit="mnkr",
        caption="Belopp i miljoner kronor",
        ruling="rules",
        header_rows=[
            [
                HeaderCell(""),
                HeaderCell("Utfall 2023"),
                HeaderCell("Utfall 2024"),
                HeaderCell("Budget 2024"),
                HeaderCell("Avvikelse"),
            ]
        ],
        columns=[
            Column("Utfall 2023", "utfall", "2023"),
            Column("Utfall 2024", "utfall", "2024"),
            Column("Budget 2024", "budget", "2024"),
            Column("Avvikelse", "avvikelse", "2024"),
        ],
        rows=[
            _row("Verksamhetens intäkter | 262,4 | 281,9 | 265,0 | 16,9"),
            _row("Verksamhetens kostnader | -1 238,6 | -1 297,3 | -1 289,5 | -7,8"),
            _row("Avskrivningar | -41,2 | -44,8 | -46,0 | 1,2"),
            _row(
                "Verksamhetens nettokostnader | -1 017,4 | -1 060,2 | -1 070,5 | 10,3", total=True
            ),
            _row("Skatteintäkter | 782,5 | 821,6 | 818,0 | 3,6"),
            _row("Generella statsbidrag och utjämning | 251,8 | 279,3 | 276,4 | 2,9"),
            _row("Verksamhetens resultat | 16,9 | 40,7 | 23,9 | 16,8", total=True),
            _row("Finansiella intäkter | 4,1 | 5,3 | 3,0 | 2,3"),
            _row("Finansiella kostnader | -8,1 | -7,6 | -9,5 | 1,9"),
            _row("Årets resultat | 12,9 | 38,4 | 17,4 | 21,0", total=True),
        ],
    )


def _investeringar() -> DataTable:
    return DataTable(
        title="Investeringsredovisning",
        kind="investeringar",
        unit="mnkr",
        caption="Belopp i miljoner kronor",
        ruling="rules",
        header_rows=[
            [
                HeaderCell("Projekt"),
                HeaderCell("Budget 2024"),
                HeaderCell("Utfall 2024"),
                HeaderCell("Avvikelse"),
            ]
        ],
        columns=[
            Column("Budget 2024", "budget", "2024"),
            Column("Utfall 2024", "utfall", "2024"),
            Column("Avvikelse", "avvikelse", "2024"),
        ],
        rows=[
            _row("Ny förskola i Norra Sjöbacka | 32,0 | 29,4 | 2,6"),
            _row("Renovering av simhallen | 18,5 | 21,2 | -2,7"),
            _row("Gator och vägar, beläggning | 12,0 | 11,3 | 0,7"),
            _row("VA-ledningar, förnyelse | 24,0 | 19,8 | 4,2"),
            _row("IT-investeringar | 6,5 | 5,1 | 1,4"),
            _row("Övriga investeringar | 10,0 | 9,5 | 0,5"),
            _row("Summa investeringar | 103,0 | 96,3 | 6,7", total=True),
        ],
    )


def _legend() -> Legend:
    return Legend(
        title="Bedömning av måluppfyllelse",
        header=["Bedömning", "Symbol"],
        entries=[
            LegendEntry("God måluppfyllelse", GREEN),
            LegendEntry("Delvis måluppfyllelse", YELLOW),
            LegendEntry("Ej uppfyllt", RED),
        ],
    )


def _blocks() -> list[Block]:
    goals = _goals()
    blocks: list[Block] = [
        Heading("Året i korthet", 1, "1", "sammanfattning"),
        Para(f"{S_POPULATION} {S_TAX}"),
        Para(f"{S_RESULT} {S_EQUITY} {S_INVEST}"),
        Para(
            "Året präglades av en fortsatt hög efterfrågan inom äldreomsorgen och av arbetet "
            "med att färdigställa den nya förskolan. Kommunen uppfyller balanskravet."
        ),
        Heading("Förvaltningsberättelse", 1, "2", "forvaltningsberattelse", page_break_before=True),
        Heading("Väsentliga händelser", 2, "2.1", "forvaltningsberattelse"),
        Para(
            "Kommunfullmäktige antog under våren en ny översiktsplan som pekar ut områden för "
            "bostäder och verksamheter fram till år 2040. Under hösten invigdes den renoverade "
            "simhallen efter ett års ombyggnad."
        ),
        Para(
            "Bostadsbyggandet har varit lägre än planerat till följd av höga räntor och "
            "byggkostnader, vilket har påverkat befolkningsutvecklingen."
        ),
        Heading("Uppföljning av kommunfullmäktiges mål", 2, "2.2", "maluppfyllelse"),
        Para(
            "Kommunfullmäktige har beslutat om sex mål inom tre målområden. Två mål bedöms ha "
            "god måluppfyllelse, tre delvis måluppfyllelse och ett mål är ej uppfyllt."
        ),
        _legend(),
        GoalSummaryTable(
            header=["Målområde", "Kommunfullmäktiges mål", "Bedömning"],
            goals=goals,
            status_style="glyph",
        ),
        Heading("Nyckeltal per mål", 3, None, "maluppfyllelse"),
        IndicatorTable(
            header=NYCKELTAL_HEADER,
            goals=[goal for area in goals for goal in area.children],
            status_style="glyph",
        ),
        Heading("Balanskravsresultat", 2, "2.3", "ekonomi", page_break_before=True),
        Para(
            "Enligt kommunallagen ska kommunens intäkter överstiga kostnaderna. Efter justering "
            "för realisationsvinster och avsättning till resultatutjämningsreserven uppfyller "
            "kommunen balanskravet."
        ),
        _balanskrav(),
        Heading("Resultaträkning", 1, "3", "driftredovisning"),
        _resultat(),
        Heading("Investeringsredovisning", 1, "4", "investeringar"),
        Para(
            "Investeringarna blev lägre än budgeterat, främst till följd av att delar av "
            "ledningsförnyelsen har skjutits till nästa år. Renoveringen av simhallen blev "
            "dyrare än beräknat."
        ),
        _investeringar(),
        Heading("Personal", 1, "5", "personal"),
        Para(f"{S_SICK} Frisknärvaron har ökat jämfört med föregående år."),
    ]
    return blocks


def _key_figures() -> list[KeyFigure]:
    return [
        KeyFigure("population", 14862.0, "st", "2024-12", S_POPULATION),
        KeyFigure("tax_rate", 21.95, "%", "2024", S_TAX),
        KeyFigure("result", 38.4, "mnkr", "2024", S_RESULT),
        KeyFigure("equity_ratio", 31.2, "%", "2024", S_EQUITY),
        KeyFigure("investments", 96.3, "mnkr", "2024", S_INVEST),
        KeyFigure("sick_leave", 7.1, "%", "2024", S_SICK),
    ]


def build() -> SampleDoc:
    """Return the kommun's årsredovisning 2024."""
    return SampleDoc(
        name="006_arsredovisning_kommun_2024",
        seed="",
        family="word",
        theme="municipal",
        meta=Meta(
            organisation="Sjöbacka kommun",
            body=None,
            report_type="arsredovisning",
            year=2024,
            period_start="2024-01-01",
            period_end="2024-12-31",
            period_label="2024",
            title="Årsredovisning 2024",
        ),
        title_page=[
            "Årsredovisning 2024",
            "Sjöbacka kommun",
            "Antagen av kommunfullmäktige 2025-04-24, § 38",
        ],
        header_text="Sjöbacka kommun – Årsredovisning 2024",
        footer_text="Årsredovisning 2024",
        blocks=_blocks(),
        key_figures=_key_figures(),
    )

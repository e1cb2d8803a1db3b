"""Sample 007: a nämnd's verksamhetsberättelse 2025 (invented: Kulturnämnden, "Ekedals stad").

Not rendered from a seed: the content is invented in the genre's vocabulary
for a body none of the other samples has (a municipal nämnd), to measure the
extractor on a template it was not built on.  What differs from 000-004:

* Nämndmål, each with a printed assessment "Uppfyllt", "Delvis uppfyllt" or
  "Ej uppfyllt" in words only (no colour), an "Analys" and indicators whose
  status is the same words.
* Uppdrag written as a list, not a table: a bold title line, then
  "Status: Pågår" and "Slutdatum: 2025-12-31" lines and a comment paragraph.
* Driftredovisning in tkr with the columns Budget, Utfall, Avvikelse, Prognos
  (the prognosis made at the second tertial), avvikelse = utfall − budget.
* The organisation is a "stad", the body a one-word "…nämnden".

Totals add up throughout.
"""

from __future__ import annotations

from delar_samples.spec import (
    Assignment,
    AssignmentList,
    Block,
    Column,
    DataTable,
    Goal,
    GoalSections,
    HeaderCell,
    Heading,
    Indicator,
    KeyFigure,
    Meta,
    Para,
    Row,
    SampleDoc,
    Status,
)

UPPFYLLT = Status("fulfilled", label="Uppfyllt")
DELVIS = Status("partially_fulfilled", label="Delvis uppfyllt")
EJ = Status("not_fulfilled", label="Ej uppfyllt")

PAGAR = Status("ongoing", label="Pågår")
GENOMFORD = Status("completed", label="Genomförd")
FORSENAD = Status("delayed", label="Försenad")
EJ_PABORJAD = Status("not_started", label="Ej påbörjad")

S_DEVIATION = "Kulturnämnden redovisar för 2025 ett överskott mot budget på 1 240 tusen kronor."
S_NET_COSTS = "Nettokostnaderna uppgick till 86 420 tusen kronor."
S_SICK = "Sjukfrånvaron var 5,2 procent."


def _goals() -> list[Goal]:
    return [
        Goal(
            title="Fler invånare tar del av kulturutbudet",
            level="namndmal",
            status=UPPFYLLT,
            analysis=[
                "Besöken på stadsbiblioteket och filialerna har ökat jämfört med föregående år, "
                "och kulturskolan har haft fler deltagare än någonsin. Sommarens evenemang i "
                "stadsparken lockade en bred publik."
            ],
            indicators=[
                Indicator("Antal besök på stadsbiblioteket och filialerna", status=UPPFYLLT),
                Indicator("Antal deltagare i kulturskolans verksamhet", status=UPPFYLLT),
            ],
        ),
        Goal(
            title="Barn och unga har tillgång till kultur i hela staden",
            level="namndmal",
            status=DELVIS,
            analysis=[
                "Arrangemangen för barn och unga har ökat, men alla skolor har ännu inte tagit "
                "emot insatser inom Skapande skola. Arbetet fortsätter under nästa år."
            ],
            indicators=[
                Indicator(
                    "Andel skolor som tagit emot insatser inom Skapande skola", status=DELVIS
                ),
                Indicator(
                    "Antal arrangemang för barn och unga på fritidsgårdar och bibliotek",
                    status=UPPFYLLT,
                ),
            ],
        ),
        Goal(
            title="Kulturmiljöer och konstsamlingar bevaras och tillgängliggörs",
            level="namndmal",
            status=EJ,
            analysis=[
                "Inventeringen av stadens konstsamling har inte kunnat slutföras då "
                "registreringssystemet byts ut. Arbetet återupptas när det nya systemet är på plats."
            ],
            indicators=[
                Indicator(
                    "Andel av konstsamlingen som är inventerad och digitalt registrerad",
                    status=EJ,
                )
            ],
        ),
    ]


def _council_assignments() -> AssignmentList:
    return AssignmentList(
        issuer="kommunfullmäktige",
        recipient="kulturnämnden",
        rows=[
            Assignment(
                "Ta fram en biblioteksplan för perioden 2026–2029",
                PAGAR,
                due_date="2025-12-31",
                comment=[
                    "Ett förslag till biblioteksplan har varit på remiss och bearbetas nu inför "
                    "beslut i nämnden."
                ],
            ),
            Assignment(
                "Utreda förutsättningarna för ett nytt kulturhus i centrala Ekedal",
                GENOMFORD,
                due_date="2025-06-30",
                comment=["Utredningen redovisades för kommunstyrelsen i juni."],
            ),
            Assignment(
                "Införa meröppna bibliotek i samtliga filialer",
                FORSENAD,
                due_date="2025-10-31",
                comment=[
                    "Två av fyra filialer har meröppet. Leveransen av passersystem till övriga "
                    "filialer har försenats."
                ],
            ),
            Assignment(
                "Samordna stadens offentliga konst i ett gemensamt program",
                EJ_PABORJAD,
                due_date="2026-06-30",
                comment=["Arbetet startar när inventeringen av konstsamlingen är klar."],
            ),
        ],
    )


def _own_assignments() -> AssignmentList:
    return AssignmentList(
        issuer="kulturnämnden",
        recipient="kulturförvaltningen",
        rows=[
            Assignment(
                "Se över taxor och avgifter i kulturskolan",
                GENOMFORD,
                due_date="2025-03-31",
                comment=["Nya taxor gäller från höstterminen."],
            ),
            Assignment(
                "Ta fram en handlingsplan för ökad tillgänglighet i stadens kulturlokaler",
                PAGAR,
                due_date="2026-03-31",
                comment=[
                    "En kartläggning av lokalerna pågår tillsammans med fastighetsförvaltningen."
                ],
            ),
        ],
    )


def _row(line: str, total: bool = False) -> Row:
    label, *cells = (part.strip() for part in line.split("|"))
    return Row(label, cells, is_total=total, bold=total)


def _drift() -> DataTable:
    return DataTable(
        title="Driftredovisning per verksamhet",
        kind="driftredovisning",
        unit="tkr",
        caption="Belopp i tusentals kronor",
        ruling="rules",
        header_rows=[
            [
                HeaderCell("Verksamhet"),
                HeaderCell("Budget"),
                HeaderCell("Utfall"),
                HeaderCell("Avvikelse"),
                HeaderCell("Prognos"),
            ]
        ],
        columns=[
            Column("Budget", "budget", "2025"),
            Column("Utfall", "utfall", "2025"),
            Column("Avvikelse", "avvikelse", "2025"),
            Column("Prognos", "prognos", "2025"),
        ],
        rows=[
            _row("Nämnd och förvaltningsledning | -4 850 | -4 712 | 138 | -4 800"),
            _row("Bibliotek | -31 200 | -30 640 | 560 | -30 900"),
            _row("Kulturskola | -24 380 | -24 910 | -530 | -24 700"),
            _row("Allmänkultur och evenemang | -12 630 | -11 948 | 682 | -12 200"),
            _row("Konst och kulturmiljö | -6 200 | -5 990 | 210 | -6 100"),
            _row("Fritidsgårdar | -8 400 | -8 220 | 180 | -8 350"),
            _row("Summa | -87 660 | -86 420 | 1 240 | -87 050", total=True),
        ],
    )


def _blocks() -> list[Block]:
    return [
        Heading("Sammanfattning", 1, "1", "sammanfattning"),
        Para(f"{S_DEVIATION} {S_NET_COSTS}"),
        Para(
            "Året har präglats av ett växande intresse för bibliotekens och kulturskolans "
            "verksamhet. Av nämndens tre mål är ett uppfyllt, ett delvis uppfyllt och ett ej "
            "uppfyllt."
        ),
        Heading("Verksamhetens utveckling", 1, "2", "verksamhet"),
        Para(
            "Stadsbiblioteket har utökat sina öppettider under helger, och kulturskolan har "
            "startat undervisning i två nya stadsdelar. Den offentliga konsten har fått en ny "
            "digital karta."
        ),
        Heading("Nämndens mål", 1, "3", "maluppfyllelse", page_break_before=True),
        Para(
            "Nämnden har för 2025 beslutat om tre mål som bidrar till kommunfullmäktiges "
            "inriktningsmål. Bedömningen görs på en tregradig skala: uppfyllt, delvis uppfyllt "
            "och ej uppfyllt."
        ),
        GoalSections(goals=_goals(), layout="stratsys", status_style="none"),
        Heading("Uppdrag", 1, "4", "uppdrag", page_break_before=True),
        Heading("Uppdrag från kommunfullmäktige", 2, "4.1", "uppdrag"),
        _council_assignments(),
        Heading("Nämndens egna uppdrag", 2, "4.2", "uppdrag"),
        _own_assignments(),
        Heading("Ekonomi", 1, "5", "ekonomi", page_break_before=True),
        Heading("Driftredovisning", 2, "5.1", "driftredovisning"),
        Para(
            "Överskottet förklaras främst av vakanta tjänster inom allmänkulturen och lägre "
            "lokalkostnader för biblioteken. Kulturskolan redovisar ett underskott till följd "
            "av fler elever än budgeterat."
        ),
        _drift(),
        Heading("Personal", 1, "6", "personal"),
        Para(f"{S_SICK} Förvaltningen har under året rekryterat två bibliotekarier."),
    ]


def _key_figures() -> list[KeyFigure]:
    return [
        KeyFigure("budget_deviation", 1240.0, "tkr", "2025", S_DEVIATION),
        KeyFigure("net_costs", 86420.0, "tkr", "2025", S_NET_COSTS),
        KeyFigure("sick_leave", 5.2, "%", "2025", S_SICK),
    ]


def build() -> SampleDoc:
    """Return Kulturnämnden's verksamhetsberättelse 2025."""
    return SampleDoc(
        name="007_verksamhetsberattelse_kulturnamnden_2025",
        seed="",
        family="word",
        theme="municipal",
        meta=Meta(
            organisation="Ekedals stad",
            body="Kulturnämnden",
            report_type="verksamhetsberattelse",
            year=2025,
            period_start="2025-01-01",
            period_end="2025-12-31",
            period_label="2025",
            title="Verksamhetsberättelse 2025",
        ),
        title_page=["Verksamhetsberättelse 2025", "Kulturnämnden", "Ekedals stad"],
        header_text="Ekedals stad – Kulturnämnden",
        footer_text="Verksamhetsberättelse 2025",
        blocks=_blocks(),
        key_figures=_key_figures(),
    )

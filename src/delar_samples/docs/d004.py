"""Sample 004: Region Västerbotten, Regiondirektörens månadsrapport juli 2024.

Renders seed ``004_577b276b1d364eb2.txt``, a PowerPoint deck that a converter
turned into markdown with HTML tables. Every markdown ``# ...`` is one landscape
slide; ``## ...`` / ``### ...`` inside a slide become subheading paragraphs,
or the title of the chart that follows them.

Choices made where the seed is silent or lossy:

* ``meta.body`` is "Regiondirektören": the title names the regional director as
  the issuer; the deck is not the report of a political body (it is presented to
  RS AU but covers the whole region).
* Tables keep their printed cells verbatim. The unit line "Belopp i miljoner
  kronor", printed inside the table under the column headers, is kept as a third
  header row; "(Mkr)" in a header means "mnkr", "(tkr)" in a slide title "tkr".
* Colour-only status cells are filled in. The deck's own legend ("Enligt plan /
  Delvis / Ej enligt/behöver stöd") is read as green = on_track, yellow =
  ongoing, red = delayed; no words are printed, so every label is None.
* The CLG verksamhetsplan table becomes an AssignmentTable (kind "aktivitet"):
  one responsible person, an activity and a colour status per row. The two
  portfolio tables (arrows, dots) are DataTables of kind "other": their marks
  rate four dimensions each (tid, kostnad, ...), not one assignment status.
* Line-wrap artefacts in table cells ("Ansv arig", "Patri k", "Elisab eth") are
  joined; the converter's generated image description and the tree/sort glyphs
  of the portfolio export ("▼ +", "▲") are dropped. The garbled two-row header
  of the regional hired-staff table is printed as one row of its six columns.
* Lists of figures that are also key figures (personnel cost growth, pension
  portfolio, liquidity, vårdgarantiläget) are paragraphs, because a KeyFigure's
  sentence must occur in a Para.
* Chart-only areas (three blank lines in the seed) are Chart blocks with
  invented series; an empty chart title means the slide title names the chart.
* The "Utvecklingsportföljen" image with its list (no slide title in the seed)
  is a slide of its own titled by the list's first item.
"""

from __future__ import annotations

from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Block,
    Bullets,
    Chart,
    Column,
    DataTable,
    HeaderCell,
    KeyFigure,
    Meta,
    Para,
    Row,
    SampleDoc,
    Slide,
    Status,
)

ON_TRACK = Status("on_track", None, "#3AA655")
ONGOING = Status("ongoing", None, "#F2C500")
DELAYED = Status("delayed", None, "#D7263D")

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _row(text: str, level: int = 0) -> Row:
    """Turn "label | cell | cell ..." into a Row (empty cells are kept as "")."""
    label, *cells = (part.strip() for part in text.split("|"))
    return Row(label, cells, level=level)


def _total(text: str, level: int = 0, bold: bool = True) -> Row:
    """A summing row; printed bold unless ``bold`` is False."""
    row = _row(text, level)
    row.is_total, row.bold = True, bold
    return row


def _header(text: str) -> list[HeaderCell]:
    """Turn "a | b | c*3" into header cells; "*n" gives the cell a colspan."""
    cells = []
    for part in text.split("|"):
        label, _, span = part.strip().partition("*")
        cells.append(HeaderCell(label, int(span) if span else 1))
    return cells


def _sub(text: str) -> Para:
    return Para(text, style="subheading")


def _paras(*texts: str) -> list[Block]:
    return [Para(text) for text in texts]


# --------------------------------------------------------------------------- agenda


AGENDA = Slide(
    "Regiondirektörens månadsrapport",
    [
        _sub("Ekonomi"),
        *_paras("Utfall t.om. Juli", "Medelförvaltningen"),
        _sub("Personal"),
        *_paras("Sjukfrånvaro", "Avtalsrörelse 2024"),
        _sub("Tillgänglighet"),
        *_paras("Vårdgaranti-kollektivtrafiken-upphandlings L/T"),
        _sub("Utvecklingsportföljer"),
        *_paras("Status CLG VP", "Digitalisering-fastighet"),
        _sub("Status Fullmäktigeuppgiften"),
        *_paras("Status minskad admin från 2023 och uppgiften 2024"),
        _sub("Övrigt"),
        *_paras("Sommaren , årshjul, ekonomisk prognos 2025 och aktuellt från RD nätverket"),
    ],
)

# --------------------------------------------------------------------------- ekonomi RS

RS_RESULT = DataTable(
    title=None,
    kind="driftredovisning",
    unit="mnkr",
    header_rows=[
        _header("Regionstyrelsen 2024 | Juli*3 | Ackumulerat Juli*3 | Helår 2024*3"),
        _header(
            " | Utfall | Budget | Budget- avvikelse | Ack utfall föreg. år | Ack utfall innev. år"
            " | Ack budget- avvikelse | Budget 2024 | Prognos utfall | Prognos budget- avvikelse"
        ),
        _header("Belopp i miljoner kronor | *9"),
    ],
    columns=[
        Column("Juli / Utfall", "utfall", "2024-07"),
        Column("Juli / Budget", "budget", "2024-07"),
        Column("Juli / Budget- avvikelse", "avvikelse", "2024-07"),
        Column("Ackumulerat Juli / Ack utfall föreg. år", "utfall", "ack 2023-07"),
        Column("Ackumulerat Juli / Ack utfall innev. år", "utfall", "ack 2024-07"),
        Column("Ackumulerat Juli / Ack budget- avvikelse", "avvikelse", "ack 2024-07"),
        Column("Helår 2024 / Budget 2024", "budget", "2024"),
        Column("Helår 2024 / Prognos utfall", "prognos", "2024"),
        Column("Helår 2024 / Prognos budget- avvikelse", "avvikelse", "2024"),
    ],
    rows=[
        _row(
            "Regionförvaltningen gemensamt | -63 | -67 | 4 | -558 | -574 | -23 | -924 | -974 | -50"
        ),
        _row(
            "Digitalisering och service | -51 | -54 | 3 | -586 | -630 | -56 | -1 031 | -1 131 | -100"
        ),
        _row("Regionledning | 0 | -1 | 0 | -9 | -8 | 2 | -17 | -16 | 2"),
        _row("Ledningsstaben | -2 | -2 | 1 | -26 | -29 | 2 | -54 | -53 | 1"),
        _row("Företagshälsan | 0 | 0 | 0 | -7 | -7 | 0 | -13 | -12 | 1"),
        _row("HR stab | -1 | -2 | 0 | -28 | -31 | -1 | -54 | -55 | -1"),
        _row("Kommunikationsstab | 0 | -1 | 0 | -9 | -9 | 0 | -16 | -16 | 0"),
        _row("Ekonomistab | -1 | -2 | 1 | -33 | -36 | 2 | -69 | -68 | 0"),
        _row("Smittskydd | -1 | 0 | 0 | -4 | -5 | -1 | -7 | -8 | -1"),
        _row("Primärvård beställning | -113 | -115 | 2 | -755 | -808 | 16 | -1 454 | -1 414 | 40"),
        _row("Tandvård beställning | -12 | -12 | 0 | -85 | -95 | 5 | -171 | -163 | 8"),
        _total(
            "Verksamhetens nettokostnader | -245 | -257 | 12 | -2 100 | -2 233 | -53 | -3 809"
            " | -3 910 | -101"
        ),
    ],
)

PERSONNEL_GROWTH = [
    ("2020: 6,4%", 6.4, "2020"),
    ("2021: 1,2%", 1.2, "2021"),
    ("2022: 1,2%", 1.2, "2022"),
    ("2023: 9,9%", 9.9, "2023"),
    ("2024 ack juli: 8,6%", 8.6, "ack 2024-07"),
]

EKONOMI_RS: list[Block] = [
    Slide("Ekonomi juli 2024", subtitle="Regionstyrelsen", kind="ekonomi"),
    Slide("Resultatrapport regionstyrelsen 2024", [RS_RESULT], kind="driftredovisning"),
    Slide(
        "Personalkostnad R12 – Regionstyrelsen",
        [
            Para("Exklusive BE 8510 externa pensionskostnader", style="caption"),
            Chart(
                "",
                kind="line",
                labels=["2020", "2021", "2022", "2023", "2024"],
                series=[[100.0, 106.4, 107.7, 109.0, 119.8], [100.0, 101.2, 107.0, 115.0, 121.0]],
            ),
            _sub("Årlig personalkostnadsökning:"),
            *_paras(*(text for text, _, _ in PERSONNEL_GROWTH)),
        ],
        kind="personal",
    ),
]

# --------------------------------------------------------------------------- ekonomi RV

RV_RESULT = DataTable(
    title=None,
    kind="resultat",
    unit="mnkr",
    header_rows=[
        _header("Region Västerbotten 2024 (Mkr) | Juli*4 | Helår | Prognos*2"),
        _header(
            " | Utfall 2307 | Utfall 2407 | Budget 2407 | Ack Avvikelse | Budget 2024 | Utfall"
            " | Avvikelse"
        ),
    ],
    columns=[
        Column("Juli / Utfall 2307", "utfall", "ack 2023-07"),
        Column("Juli / Utfall 2407", "utfall", "ack 2024-07"),
        Column("Juli / Budget 2407", "budget", "ack 2024-07"),
        Column("Juli / Ack Avvikelse", "avvikelse", "ack 2024-07"),
        Column("Helår / Budget 2024", "budget", "2024"),
        Column("Prognos / Utfall", "prognos", "2024"),
        Column("Prognos / Avvikelse", "avvikelse", "2024"),
    ],
    rows=[
        _row("Regionstyrelsen | -2 100 | -2 233 | -2 180 | -53 | -3 786 | -3 887 | -101"),
        _row(
            "Hälso- och sjukvårdsnämnd | -3 894 | -4 180 | -3 647 | -533 | -6 392 | -7 158 | -600"
        ),
        _row("Regionala utvecklingsnämnd | -255 | -251 | -248 | -4 | -427 | -437 | -10"),
        _row("Folkhögskolestyrelsen | -1 | -7 | -8 | 1 | -14 | -14 | 0"),
        _row("Patientnämnd | -3 | -4 | -4 | 0 | -7 | -7 | 0"),
        _row("Revision | -4 | -4 | -5 | 1 | -9 | -9 | 0"),
        _total(
            "Verksamhetens Nettokostnader | -6 256 | -6 679 | -6 091 | -588 | -10 634 | -11 511"
            " | -711"
        ),
        _row("Skatteintäkter | 4 481 | 4 654 | 4 693 | -39 | 8 045 | 7 987 | -58"),
        _row("Generella Statsbidrag | 1 485 | 1 770 | 1 593 | 176 | 2 732 | 3 043 | 145"),
        _total(
            "Summa Skatter och statsbidrag | 5 966 | 6 424 | 6 286 | 138 | 10 777 | 11 030 | 87"
        ),
        _total("Verksamhetens Resultat | -290 | -255 | 196 | -451 | 143 | -481 | -624"),
        _row("Finansiella likvidströmmar | -359 | -419 | -438 | 19 | -750 | -738 | 12"),
        _row("Finansiella värderingar | 438 | 574 | 99 | 475 | 170 | 392 | 222"),
        _total("Summa Finansnetto | 79 | 155 | -338 | 494 | -580 | -346 | 235"),
        _total("TOTAL | -212 | -100 | -143 | 43 | -437 | -827 | -390"),
    ],
)

RESULT_2024 = "2024: - 100 mkr varav finansnetto + 100 mkr"
RESULT_2023 = "2023: - 212 mkr varav finansnetto + 79 mkr"

EKONOMI_RV: list[Block] = [
    Slide("Ekonomi juli 2024", subtitle="Region Västerbotten", kind="ekonomi"),
    Slide(
        "Region Västerbottens resultat – 2024 och ack 2023",
        [
            Chart(
                "Region Västerbotten - Resultat inkl skatteintäkter, generella statsbidrag och "
                "finansnetto (Mkr)",
                labels=MONTHS[:7],
                series=[
                    [-40, -95, -150, -120, -160, -190, -212],
                    [-20, -60, -45, -80, -70, -130, -100],
                ],
            ),
            _sub("Resultat ack juli:"),
            Para(RESULT_2024),
            Para(RESULT_2023),
        ],
        kind="ekonomi",
    ),
    Slide(
        "Region Västerbotten: Resultat och budgetavvikelse inkl årsprognos 2024",
        [RV_RESULT],
        kind="ekonomi",
    ),
    Slide(
        "Verksamhetens nettokostnader - Budgetavvikelse (Mkr)",
        [Chart("", series=[[-53.0, -533.0, -4.0, 1.0, 0.0, 1.0]])],
        kind="ekonomi",
    ),
    Slide(
        "Nettokostnader Region Västerbotten per mån och R12",
        [
            Chart(
                "",
                labels=MONTHS,
                series=[
                    [880, 850, 900, 890, 910, 870, 860, 880, 900, 920, 910, 990],
                    [940, 910, 960, 950, 970, 930, 920],
                ],
                axis_labels=[
                    "● Kostnader föreg år ● Kostnader i år ● Kostnader R12 % (jmf R12 mot 1 år "
                    "tidigare R12 i %)"
                ],
            )
        ],
        kind="ekonomi",
    ),
    Slide(
        "Personalkostnader 2024 utfall och budget per mån jmf 2023 (Tkr)",
        [
            Chart(
                "",
                series=[
                    [510, 495, 520, 515, 530, 540, 560],
                    [500, 490, 505, 505, 515, 525, 545],
                    [470, 455, 480, 475, 490, 500, 515],
                ],
            )
        ],
        kind="personal",
    ),
]

# --------------------------------------------------------------------------- investeringar

INVESTMENTS = DataTable(
    title=None,
    kind="investeringar",
    unit="mnkr",
    header_rows=[
        _header(
            "Investeringar 2024, Mkr | Utfall Juli 2024 | Prognos 2024 | Årsbudget 2024"
            " | Prognos avvikelse"
        )
    ],
    columns=[
        Column("Utfall Juli 2024", "utfall", "ack 2024-07"),
        Column("Prognos 2024", "prognos", "2024"),
        Column("Årsbudget 2024", "budget", "2024"),
        Column("Prognos avvikelse", "avvikelse", "2024"),
    ],
    rows=[
        _row("Fastighet | 377 | 714 | 648 | -66"),
        _row("MT | 59 | 168 | 175 | 7"),
        _row("IT | 23 | 70 | 70 | 0"),
        _row("Hjälpmedel | 20 | 32 | 32 | 0"),
        _row("Verksamhetservice | 0 | 4 | 4 | 0"),
        _row("Regional utveckling | 1 | 1 | 1 | 0"),
        _total("Totalt | 479 | 989 | 930 | -59"),
    ],
)

TRAVEL_COSTS = DataTable(
    title=None,
    kind="resekostnader",
    unit="tkr",
    header_rows=[
        _header(
            "Minska resekostnader 15 % | Ack utfall 2024 | Ack Utfall 2023 | Ack plan 2024"
            " | Diff mot plan 2024 | Diff mot utfall 2023"
        )
    ],
    columns=[
        Column("Ack utfall 2024", "utfall", "ack 2024-07"),
        Column("Ack Utfall 2023", "utfall", "ack 2023-07"),
        Column("Ack plan 2024", "plan", "ack 2024-07"),
        Column("Diff mot plan 2024", "avvikelse", "ack 2024-07"),
        Column("Diff mot utfall 2023", "forandring", "ack 2024-07"),
    ],
    rows=[
        _row("1 Regionförvaltningen | 2 945 | 3 851 | 3 273 | -329 | -906"),
        _row("2 Hälso- och sjukvårdsförvaltningen | 26 320 | 26 029 | 22 125 | 4 196 | 291"),
        _row("3 Regionala utvecklingsförvaltningen | 1 762 | 1 981 | 1 684 | 78 | -219"),
        _row("4 Folkhögskoleförvaltningen | 457 | 726 | 617 | -160 | -269"),
        _row("5 Patientnämndsforvaltningen | 91 | 108 | 92 | -1 | -17"),
        _row("6 Revision | 30 | 85 | 72 | -42 | -55"),
        _total("Total | 31 605 | 32 781 | 27 864 | 3 741 | -1 176"),
    ],
)

TRAVEL_NOTE = (
    "Totalt för regionen 13 % högre kostnader än plan 2024 och 3,6 procent lägre "
    "än samma period 2023."
)

INVESTERINGAR: list[Block] = [
    Slide(
        "Investeringar ack juli 2024",
        [
            Chart(
                "Utfall investeringar juli per investeringsområde jämfört med budget 2024",
                labels=["Fastighet", "MT", "IT", "Hjälpmedel"],
                series=[[377, 59, 23, 20], [648, 175, 70, 32]],
            ),
            INVESTMENTS,
        ],
        kind="investeringar",
    ),
    Slide(
        "Uppdrag: Minska resekostnader med 15 % (2023 års utfall minska med 15 %) (tkr)",
        [
            Chart(
                "Resekostnader Utfall jmf plan -15%",
                series=[[2945, 26320, 1762, 457, 91, 30], [3273, 22125, 1684, 617, 92, 72]],
            ),
            TRAVEL_COSTS,
            Para("Ack juli: " + TRAVEL_NOTE),
        ],
        kind="uppdrag",
    ),
]

# --------------------------------------------------------------------------- kapitalförvaltning

ALLOCATION = DataTable(
    title=None,
    kind="pension",
    unit="%",
    header_rows=[_header("Tillgångsallokering | Portföljen | Normalvikt | Diff")],
    columns=[
        Column("Portföljen", "andel", "2024-07"),
        Column("Normalvikt", "normalvikt", "2024-07"),
        Column("Diff", "avvikelse", "2024-07"),
    ],
    rows=[
        _row("Aktier | 65,4% | 60,0% | 5,4%"),
        _row("-svenska aktier | 31,0% | 30,0% | 1,0%", level=1),
        _row("-utländska aktier | 34,4% | 30,0% | 4,4%", level=1),
        _row("Alternativa tillgångar | 0,0% | 20,0% | -20,0%"),
        _row("Räntor | 34,6% | 20,0% | 14,6%"),
        _row("kassa | 0,0% | 0,0% | 0,0%"),
    ],
)

RETURNS = DataTable(
    title=None,
    kind="pension",
    unit="%",
    header_rows=[_header("Avkastning | Portföljen | Jämförelseindex | Diff")],
    columns=[
        Column("Portföljen", "avkastning", None),
        Column("Jämförelseindex", "jamforelseindex", None),
        Column("Diff", "avvikelse", None),
    ],
    rows=[
        _row("Juli | 1,9% | 2,1% | -0,2%"),
        _row("YTD | 10,7% | 12,7% | -2,0%"),
        _row("12 mån | 13,9% | 16,8% | -3,0%"),
        _row("sen start 1/12 2023 | 13,9% | 16,8% | -3,0%"),
    ],
)

MARKET_VALUE = "Marknadsvärde juli: 6 186 Mkr"
RETURN_JULY = "Avkastning juli: 1,9%"
RETURN_YTD = "Avkastning 2024 ack juli: 10,7% (595 Mkr)"
CREDIT = "Checkräkningskredit 300 Mkr, ränta vid nyttjande 9,2%"
DEBT = "Låneskuld juli 2 220 Mkr. Snittränta låneskuld: 2,7%"

KAPITAL: list[Block] = [
    Slide("Uppföljning kapitalförvaltning juli 2024", kind="ekonomi"),
    Slide(
        "Status förundersökning/Tingsrätt",
        [
            Bullets(
                [
                    (
                        0,
                        "Polis och åklagare hanterar ärendet och Regionen blir inte informerad om "
                        "status. Regionen har begärt skadestånd.",
                    ),
                    (0, "Vet inte när ärendet tas upp i Tingsrätt."),
                    (
                        0,
                        "Anmält ärendet till försäkringsbolag, med möjlighet att erhålla ersättning "
                        "upp till 10 mkr.",
                    ),
                ]
            )
        ],
        kind="ekonomi",
    ),
    Slide(
        "Åtgärder för minskad risk i kapitalförvaltningen",
        [
            Bullets(
                [
                    (
                        0,
                        "Diskretionär förvaltning – anlita två större finansinstitut, deras interna "
                        "regelverk säkerställer minskad risk.",
                    ),
                    (
                        0,
                        "Internkontroll inom Ekonomistaben. Fler medarbetare är involverade i "
                        "kapitalförvaltning. Inplanerad information om välfärdsbrottslighet.",
                    ),
                    (0, "Förslag ny finanspolicy, där det bl a framgår:"),
                    (1, "Rådgivare och förvaltare ska vara godkända av finansinspektionen"),
                    (1, "Avkastningsmål 3,5%/år reall till år 2040"),
                    (1, "Normalportfölj med 60% aktiefonder 40% räntebärandefonder"),
                    (1, "Huvudplaceringar i indexnära fonder"),
                    (1, "Alternativa placeringar används främst för riskspridning"),
                    (1, "Riskanalys vid illikvida placeringar därefter beslut i RS"),
                    (1, "Begränsad investeringsandel i viss fond till max 20%"),
                ]
            )
        ],
        kind="ekonomi",
    ),
    Slide(
        "Pensionsmedelsportföljen juli 2024",
        [ALLOCATION, RETURNS, *_paras(MARKET_VALUE, RETURN_JULY, RETURN_YTD)],
        kind="ekonomi",
    ),
    Slide(
        "Likviditet och lån Region Västerbotten",
        [
            Chart(
                "",
                kind="line",
                labels=MONTHS[:7],
                series=[
                    [420, 310, 260, 380, 240, 300, 250],
                    [2020, 2020, 2120, 2120, 2220, 2220, 2220],
                ],
            ),
            Para(CREDIT),
            *_paras(
                "Likviditeten för tillfället god: Ca 200-300 Mkr",
                DEBT,
                "Prognos upplåningsbehov 2024: 200-400 Mkr",
                "Förfall lån i oktober 200 Mkr och november 120 mkr. Kommer troligtvis att "
                "refinansieras.",
            ),
        ],
        kind="ekonomi",
    ),
]

# --------------------------------------------------------------------------- personal


def _sick_leave(rows: str) -> DataTable:
    """A sick-leave table "PERIOD | 1-14 % | 15-180 % | 180+ % | Totalt", one row per month."""
    return DataTable(
        title=None,
        kind="sjukfranvaro",
        unit="%",
        header_rows=[_header("PERIOD | 1-14 % | 15-180 % | 180+ % | Totalt")],
        columns=[
            Column("1-14 %", "sjukfranvaro", None),
            Column("15-180 %", "sjukfranvaro", None),
            Column("180+ %", "sjukfranvaro", None),
            Column("Totalt", "sjukfranvaro", None),
        ],
        rows=[_row(line) for line in rows.strip().splitlines()],
    )


SICK_LEAVE_REGION = _sick_leave(
    """
2023-06 | 2,8 | 1,5 | 1,5 | 5,7
2023-07 | 2,7 | 1,5 | 1,5 | 5,7
2023-08 | 2,6 | 1,5 | 1,5 | 5,6
2023-09 | 2,5 | 1,5 | 1,5 | 5,6
2023-10 | 2,5 | 1,5 | 1,5 | 5,6
2023-11 | 2,6 | 1,5 | 1,5 | 5,6
2023-12 | 2,5 | 1,5 | 1,5 | 5,5
2024-01 | 2,5 | 1,5 | 1,5 | 5,5
2024-02 | 2,5 | 1,5 | 1,5 | 5,5
2024-03 | 2,5 | 1,6 | 1,5 | 5,5
2024-04 | 2,4 | 1,5 | 1,5 | 5,5
2024-05 | 2,4 | 1,6 | 1,5 | 5,5
2024-06 | 2,4 | 1,6 | 1,5 | 5,5
"""
)

SICK_LEAVE_RS = _sick_leave(
    """
2023-06 | 2,5 | 1,3 | 0,9 | 4,7
2023-07 | 2,5 | 1,4 | 0,9 | 4,8
2023-08 | 2,5 | 1,5 | 0,9 | 4,9
2023-09 | 2,4 | 1,5 | 1,0 | 4,9
2023-10 | 2,4 | 1,6 | 0,9 | 4,9
2023-11 | 2,5 | 1,5 | 0,9 | 4,9
2023-12 | 2,5 | 1,5 | 1,0 | 4,9
2024-01 | 2,5 | 1,4 | 1,0 | 4,9
2024-02 | 2,4 | 1,4 | 1,0 | 4,8
2024-03 | 2,4 | 1,4 | 1,0 | 4,8
2024-04 | 2,3 | 1,4 | 1,0 | 4,7
2024-05 | 2,3 | 1,4 | 1,1 | 4,8
2024-06 | 2,3 | 1,3 | 1,1 | 4,8
"""
)

SICK_REGION_SENTENCE = "2024-06 ligger vi på totalt 5,5 inom regionen jämfört med ifjol 5,7."
SICK_RS_SENTENCE = (
    "2024-06 ligger vi på totalt 4,8 inom Regionstyrelsens förvaltning (kvinnor 6,1 män 3,3) "
    "jämfört med ifjol 4,7."
)
SICK_STABLE = " Vi ser en fortsatt stabil nivå för sjukfrånvaron"


def _sick_chart(table: DataTable) -> Chart:
    """Line chart of the "Totalt" column of a sick-leave table."""
    totals = [float(row.cells[-1].replace(",", ".")) for row in table.rows]
    return Chart("", kind="line", labels=[row.label for row in table.rows], series=[totals])


PERSONAL: list[Block] = [
    Slide(
        "RS AU 2024-08-27",
        _paras("Sjukfrånvaro", "Förhandlingar VF-Arbetsgivare utifrån konflikten"),
        kind="personal",
    ),
    Slide(
        "Medarbetarnöjdhet, Sjukfrånvaro-frisknärvaro",
        [
            _sick_chart(SICK_LEAVE_REGION),
            SICK_LEAVE_REGION,
            Para("Analys/kommentar: " + SICK_REGION_SENTENCE + SICK_STABLE),
        ],
        kind="personal",
    ),
    Slide(
        "Sjukfrånvaro-frisknärvaro Regionstyrelsens förvaltning",
        [
            _sick_chart(SICK_LEAVE_RS),
            SICK_LEAVE_RS,
            Para("Analys/kommentar: " + SICK_RS_SENTENCE + SICK_STABLE),
        ],
        kind="personal",
    ),
    Slide(
        "Avtalsrörelse 2024",
        [
            Para(
                "SKR och Sobona förhandlade under våren om samtliga sex huvudöverenskommelser med "
                "Kommunal, Vårdförbundet, Läkarförbundet, Sveriges Lärare, Allmän Kommunal "
                "Verksamhet och AkademikerAlliansen. Avtalen gäller för omkring 1,2 miljoner "
                "anställda i kommuner och regioner."
            ),
            Bullets(
                [
                    (0, "Utvärdering efter avslutad konflikt med Kommunal samt Vårdförbundet"),
                    (0, "Inkomna tvister och pågående förhandlingar"),
                    (
                        0,
                        "Det nya avtalet har ett fokus på arbetsmiljö, arbetstid och "
                        "kompetensförsörjning.",
                    ),
                    (0, "Avtalsrörelsen 2025"),
                ]
            ),
        ],
        kind="personal",
    ),
]

# --------------------------------------------------------------------------- tillgänglighet

FIRST_VISITS = "Förstabesök: 59,5 % (-8,2%-enheter)"
TREATMENTS = "Åtgärder: 33,5 % (-7,1 %-enheter)"

TILLGANGLIGHET: list[Block] = [
    Slide(
        "Tillgänglighet",
        [
            _sub("Förändringar juni - juli 2024"),
            Para("Bup förstabesök och behandling ingår inte\ni vårdgarantiuppföljningen"),
            Para("Redovisning enligt SKR", style="lead"),
            _sub("Vårdgarantiläget"),
            *_paras(FIRST_VISITS, TREATMENTS),
            _sub("Totalt antal väntande (exkl. PvV/MoV)"),
            Bullets([(0, "Förstabesök: +833 (14 972)"), (0, "Åtgärder: +220 (9 970)")]),
            _sub("Antal väntande patienter längre än 90 dagar (exkl. PvV/MoV)"),
            Bullets(
                [
                    (0, "Förstabesök: +1 465 (läkarbesök +1 172, övriga yrkeskategorier +293)"),
                    (
                        0,
                        "Åtgärder: +842 (ex. kirurgi +183, utprovning HA +170, ögon +101, ÖNH +72)",
                    ),
                ]
            ),
            _sub("Antal väntande patienter längre än 365 dagar (exkl. PvV/MoV)"),
            Bullets(
                [
                    (0, "Förstabesök: -5 (läkarbesök -23, övriga yrkeskategorier +18)"),
                    (0, "Åtgärder: +76 (ex. utprovning HA +49, ÖNH +23)"),
                ]
            ),
            Para("Exklusive Bup", style="caption"),
            Chart(
                "Måluppfyllelse Vårdgaranti",
                kind="line",
                labels=["Juli 2023", "Jan", "Juli 2024"],
                series=[[70.0, 66.0, 62.0, 67.7, 59.5], [42.0, 40.0, 38.0, 40.6, 33.5]],
                axis_labels=["FÖRSTABESÖK (alla..", "ÅTGÄRD"],
            ),
            Para("Inklusive Bup", style="caption"),
            Chart(
                "Antal väntande patienter längre än 90 dagar",
                kind="line",
                series=[[5200, 5600, 6100, 5900, 7365], [3100, 3300, 3500, 3400, 4242]],
                axis_labels=["FÖRSTABESÖK (alla yrkeskat.)", "ÅTGÄRD"],
            ),
        ],
        kind="tillganglighet",
    ),
    Slide(
        "Sammanfattning kollektivtrafiken",
        [
            Bullets(
                [
                    (
                        0,
                        "Ingen ny/reviderad ekonomisk årsprognos finns då delårsrapporterna "
                        "levereras i andra hälften av september. Tidigare prognos visar på totalt "
                        "underskott med ca 16 mkr",
                    ),
                    (
                        0,
                        "Resandet med buss ökar, men regiontrafiken på längre sträckor fortfarande "
                        "på lägre nivåer än innan pandemin. Dock stora skillnader mellan olika "
                        "sträckor",
                    ),
                    (
                        0,
                        "Trygghet och nöjdhet med Länstrafiken ligger i topp bland Sveriges regioner",
                    ),
                    (
                        0,
                        "Resandet med tåg fortsätter öka, särskilt bra utveckling på sträckor som "
                        "omfattar Västerbotten",
                    ),
                    (
                        0,
                        "Kollektivtrafiken i Västerbotten är tillsammans med Jönköping de enda "
                        "regioner som har högre resande med kollektivtrafik jämfört med 2019 dvs. "
                        "innan pandemin",
                    ),
                ]
            ),
            Chart(
                "Arbetslöshet (%) juli 2024",
                series=[[4.9, 5.6, 6.1, 6.8, 7.4, 8.2, 8.9]],
            ),
            _sub("Arbetsmarknad"),
            Bullets(
                [
                    (0, "Stark jobbtillväxt, fortsatt hög efterfrågan på arbetskraft"),
                    (0, "Låg arbetslöshet och bedöms fortsatt minska"),
                    (0, "Tillgång till lämplig arbetskraft är fortsatt ett stort tillväxthinder"),
                ]
            ),
        ],
        kind="other",
    ),
    Slide(
        "Regionala utsikter inför 2025",
        [
            *_paras(
                "Arbetslösheten fortsätter minska i norra Sverige",
                "Fortsatt stora utmaningar med kompetensförsörjningen i norr",
                "Arbetslösheten ökar mest i storstadsområden och i söder",
            ),
            Chart(
                "Befolkningsutveckling senaste året, från halvåret 2024",
                series=[[1.06, 0.61, 0.37, 0.22, 0.05, -0.21, -0.48, -0.76]],
                axis_labels=["tillväxt, %"],
            ),
            _sub("Befolkningstillväxt:"),
            Bullets(
                [
                    (0, "Högst i Västerbotten, 1,06 %"),
                    (0, "Rikssnittet, 0,05 %"),
                    (0, "Lägst i Blekinge, -0,76 %"),
                    (0, "Endast 6 av 21 regioner ökar"),
                    (
                        0,
                        "De senaste tio åren har befolkningen i Västerbotten vuxit med i snitt "
                        "0,66 % per år",
                    ),
                ]
            ),
        ],
        kind="other",
    ),
    Slide(
        "Upphandlingsledtider, orderkö och pågående Augusti 2024",
        [
            Chart("Status Upphandling", series=[[142, 138, 131, 127], [96, 91, 88, 86]]),
            _sub("Månadens utveckling:"),
            _sub("Utveckling Augusti:"),
            *_paras(
                "Minskad ledtid med 9-10 dagar",
                "Bättre produktionsstyrning och utfördelning på upphandlare. Fler ärenden per "
                "person igång.",
                "Inventerar äldre behov för att se om dom kvarstår.",
                "Startat proaktiv kontakt med verksamheten på avtal som kommer löpa ut under 2025",
                "Startat upp nu i mitten på augusti ett annat arbetssätt i att hantera ärenden. "
                'Jobbar aktivt från att hantera "nya" uppdrag parallellt med kön (backloggen)',
            ),
            _sub("Planerade aktiviteter närmsta månaden:"),
            *_paras(
                "Färdigställa upphandlingsplanen",
                "Inskolning av 4st nya upphandlare som börjar i september.",
                "Inskolning av 2st nya strategiska inköpare som börjar i september.",
                "Stort fokus på att hantera beviljade MT investeringar.",
                "Etablera tätare kontakt med verksamheten (beställarna)",
            ),
        ],
        kind="other",
    ),
]

# --------------------------------------------------------------------------- portföljer

CLG_PLAN = AssignmentTable(
    header=[
        "Ansvarig",
        "Verksamhetsplan CLG, prioriterade gemensamma utifrån nämnds planer 2024",
        "Månadens aktivitet",
        "Status Enligt plan Delvis Ej enligt/behöver stöd",
    ],
    columns=["responsible", "title", "comment", "status"],
    status_style="cell",
    kind="aktivitet",
    rows=[
        Assignment(
            "Område: Stärka vår lednings och styrningsförmåga Delmål Gemensam "
            "verksamhetsstyrning är tydliggjord, förankrad och implementering pågår enligt "
            "delaktiviteterna",
            ON_TRACK,
            responsible="Ida",
            comment=["Uppföljning sker via ”fullmäktigeuppdragen”"],
        ),
        Assignment(
            "Område: Civil beredskap Delmål Regionens totala förmågeutveckling stärks genom "
            "förflyttning av den egna verksamhetens förmåga till civil beredskap genom "
            "genomförande av prioriterade aktiviteter",
            ONGOING,
            responsible="Ida",
            comment=[
                "Plan för förmågeutveckling är framtagen och presenterad - prioriterade "
                "aktiviteter fram till 2027. Nämndsövergripande aktiviteter:",
                Bullets(
                    [
                        (
                            0,
                            "Grundutbildning (webb) för samtliga medarbetare, 65% av mål 2024 "
                            "genomfört - andelen ökar främst inom HSF och RUF. Totalt antal: "
                            "1135st. Mål 2024 minst 1740 personer.",
                        ),
                        (
                            0,
                            "Kontinuitetsplaner för samhällsviktiga funktioner (0 av 4 inom RS, "
                            "4 av 8 inom HSF. , arbetet har startats upp i flera verksamheter. "
                            "Status är oförändrad sedan tertial 1 men arbetet pågår.",
                        ),
                    ]
                ),
            ],
        ),
        Assignment(
            "Område: Kompetensförsörjningen Delmål: Chefernas förutsättningar att leda är "
            "stärkta genom genomförande av delaktiviteterna",
            ON_TRACK,
            responsible="Kia",
            comment=[
                "Pågår aktiviteter utifrån framtagen prioritering, bl a med information om "
                "ledarskapsfilosofi och hur den kan nyttjas. Gällande utbildningsinsatser pågår "
                "Ledarutvecklingsprogrammet samt plan för utökade erbjudande till nätverkande "
                "och kunskapshöjning."
            ],
        ),
        Assignment(
            "Område: Tydlig och effektiv samverkanspartner. Delmål: Gemensam översyn av "
            "samverkansstrukturer med kommunerna är genomförd och plan för åtgärder är "
            "initierad.",
            ON_TRACK,
            responsible="Patrik",
            comment=[
                "Förvaltningsöverskridande arbetsgrupp jobbar med att sammanställa resultat av "
                "genomförda utvärderingar. Arbetsgruppen föreslår att formera en intern "
                "beredningsgrupp där tjänstepersoner från samverkansstrukturerna träffas i "
                "syfte att koordinera ärenden."
            ],
        ),
        Assignment(
            "Område: vår önskade kultur Delmål: Vår önskade kultur är känd och förankrad, "
            "plan för fokusområden är framtagna och systematiserade",
            ON_TRACK,
            responsible="Malin/Kia",
            comment=[
                "Vi har landat utgångspunkter för vår kultur och reviderat materialet. Fortsatt "
                "förankring i förvaltningsledning ska ske under året Information och material "
                "utifrån nuläget publiceras på intranätet. Ett tydligt delmål om att ta fram en "
                "handlingsplan för 2025 för fortsatt förankring och tydlighet i ägarskap och "
                "utveckling."
            ],
        ),
        Assignment(
            "Område: Stärka Nus som universitetssjukhus Delmål: Skapa förutsättningar för "
            "förflyttningen genom",
            ON_TRACK,
            responsible="Elisabeth",
            comment=["Uppföljningen av USV enheter visar att alla är nu godkända"],
        ),
    ],
)

_ARROWS = "→ | → | → | →"

DEVELOPMENT_PORTFOLIO = DataTable(
    title=None,
    kind="other",
    header_rows=[
        _header("Portfölj | Tid | Kostnad | Resultat | Resurser | Projektledare | Beställare")
    ],
    columns=[
        Column("Tid", "status", "2024-07"),
        Column("Kostnad", "status", "2024-07"),
        Column("Resultat", "status", "2024-07"),
        Column("Resurser", "status", "2024-07"),
        Column("Projektledare"),
        Column("Beställare"),
    ],
    rows=[
        _row(f"Utvecklingsportfölj | {_ARROWS} |  | "),
        _row(f"FVIS programmet | {_ARROWS} |  | "),
        _row(f"Beställning av Diabeteshjälpmedel | {_ARROWS} | Jim Johansson | Niklas Vilhelmsson"),
        _row(f"Digitala kallelser | {_ARROWS} | Andreas Viklund | Robert Wiksten"),
        _row(f"Externa remisser och svar | {_ARROWS} | Lillemor Bergsten | Karin Nygren"),
        _row(f"Flexibel arbetsplats | {_ARROWS} | Mikael Robertsson | Kia Ronnhed"),
        _row(
            f"Förenklad inloggning vårdssystem (SSO) | {_ARROWS} | Robert Wiksten"
            " | Nils-Petter Augustsson"
        ),
        _row("Införande av Patientnära analyserande |  |  |  |  | Extern IT | Ewa Lassén"),
        _row(f"Införande LifecareSP | {_ARROWS} | Anders Wink | Camilla Andersson"),
        _row("Införande MittVaccin |  |  |  |  | Hans Nilsson | Ragnberth Helleday"),
        _row(f"Resursplaneringssystem TESSA | {_ARROWS} | Mats Nordenback | Daniel Strömberg"),
        _row(f"Svevac | {_ARROWS} | Robert Wiksten | Yvonne Lundqvist"),
        _row(
            f"Systemstöd Centraliserat inköp, Logistik | {_ARROWS} | Ulrika Näslund"
            " | Mattias Norrman"
        ),
        _row(f"Säker digital kommunikation | {_ARROWS} | Robert Wiksten | Nils-Petter Augustsson"),
        _row("Ingen portfölj |  |  |  |  |  | "),
    ],
)

FVIS_BUDGET = DataTable(
    title="Fördelning per juli 2024 – Budget, prognos (P1), ack. utfall",
    caption="(FVIS-RF och FVIS-HSF – budgeterade områden och omprioriterade linjeresurser – mkr)",
    kind="programbudget",
    unit="mnkr",
    header_rows=[
        _header(
            "2024 helår (Mkr) | Budget | Prognos P1 | Diff prognos mot budget | Utfall ack juli"
            " | Ack utfall jämfört budget | Ack utfall jämfört prognos"
        )
    ],
    columns=[
        Column("Budget", "budget", "2024"),
        Column("Prognos P1", "prognos", "2024"),
        Column("Diff prognos mot budget", "avvikelse", "2024"),
        Column("Utfall ack juli", "utfall", "ack 2024-07"),
        Column("Ack utfall jämfört budget", "avvikelse", "ack 2024-07"),
        Column("Ack utfall jämfört prognos", "avvikelse", "ack 2024-07"),
    ],
    rows=[
        _row("Regionförvaltningen | 50 | 101 | -51 | 57 | 7 | -44"),
        _row("Hälso- och sjukvårdsförvaltningen | 25 | 29 | -4 | 20 | -5 | -9"),
        _total("Summa: Budgeterade områden | 75 | 130 | -55 | 77 | 2 | -53", bold=False),
        _row("Omprioriterade linjeresurser |  | 6 |  | 2 | 2 | -4"),
        _total("Summa: FVIS-programmet |  | 136 |  | 79 | 4 | -57", bold=False),
    ],
)

FVIS_MONTHS = (
    "Utfallet för juni och juli uppgår till 13,8 Mkr, motsvarande prognos uppgår till 17,2 Mkr."
)
FVIS_OVERRUN = (
    "Enligt den senaste prognosrevideringen överskrider FVIS-programmet budgeten över "
    "programperioden med 92 Mkr."
)

_DOT3 = "● | ● | ●"

PROPERTY_PORTFOLIO = DataTable(
    title=None,
    kind="other",
    header_rows=[
        _header("Projekt/fas | Projektnr | Projektledare | Status | Tid | Budget | Resurs")
    ],
    columns=[
        Column("Projektnr"),
        Column("Projektledare"),
        Column("Status", "status", "2024-07"),
        Column("Tid", "status", "2024-07"),
        Column("Budget", "status", "2024-07"),
        Column("Resurs", "status", "2024-07"),
    ],
    rows=[
        _row(
            "NUS By 4 och 10CDE ombyggnad vån 0 till 4 | 1 121 212 | Göran Isacson (...) | Pågår"
            f" | {_DOT3}"
        ),
        _row(f"Nus Norra Labutveckling | 1 121 217 | Malin Viklands (...) | Pågår | {_DOT3}"),
        _row(
            "NUS by 3A, Pl. 9 HPL Verksamhetslokaler för OP | 1 121 300 | Magnus Hägglun..."
            " | Pågår | ● | ● | "
        ),
        _row(f"Skellefteå nya vårdbyggnader | 1 122 105 | Fredrik Ahnorre (...) | Pågår | {_DOT3}"),
        _row(f"Ske by210 Parkeringshus nyb | 1 122 217 | Fredrik Ahnorre (...) | Pågår | {_DOT3}"),
        _row(
            "Ske by135 Ny reservkraft Partnering | 2 112 203 | Patrik Jälmlbrant ... | Pågår"
            f" | {_DOT3}"
        ),
    ],
)

PORTFOLJER: list[Block] = [
    Slide("Status utvecklingsportföljerna", [CLG_PLAN], kind="utveckling"),
    Slide(
        "Utvecklingsportföljen",
        [Bullets([(1, "Fastighetsportföljen"), (1, "Objektförvaltningen")])],
        kind="utveckling",
    ),
    Slide(
        "Sammanställning initiativ i utvecklingsportföljen – status Juli",
        [DEVELOPMENT_PORTFOLIO],
        kind="utveckling",
    ),
    Slide(
        "Status Program Framtidens VårdinformatiönsStöd (FVIS) JULI-24",
        [
            _sub("Information om aktuell riskbild i programmet"),
            _sub("TOTAL RISK - GUL"),
            *_paras(
                "Vi ser risker med att de nödvändiga förberedelser som ska ske i verksamheten "
                "kopplat till checklistan inte blir genomförda enligt tidplan, vilket kommer "
                "påverka möjlighet till en kontrollerad driftstart med minimerat "
                "produktionsbortfall.",
                "Det är fortsatt risk för leveransförseningar från Cambio och förseningar av "
                "Sussagemensamt arbete.",
                "Åtgärd: Nära dialog med HSD, RD för att säkerställa att aktiviteter i "
                "checklistan blir genomförda, där programmet stödjer verksamheterna och följer "
                "upp aktiviteterna.",
                "Fortsatt dialog med Cambio avseende leveranstidpunkter och med Sussa samverkan "
                "kring leveranser av gemensamma arbeten, t ex. Hälsoärende och TM2",
            ),
            _sub("Lägesbeskrivning FVIS-programmet"),
            *_paras(
                "Under perioden har projekten arbetat vidare med planerade aktiviteter och "
                "leveranser parallellt med att de reviderat sina tidplaner och prognoser i syfte "
                "att minska kostnader. Dialog har förts med Cambio för att få klarhet och "
                "utfästelser om leveranstidpunkter. Den planerade driftstarten i april 2025 "
                "innebär att vi ingår i planeringen för regionerna 7–9 och får våra leveranser "
                "efter det att Cambio har uppfyllt sina åtaganden för regionerna 1–6.",
                "Resursläget är fortsatt generellt bra inom programmet. Under hösten när "
                "programmet går in i en intensiv fas, kopplat till övergången till Cosmic, är "
                "verksamhetens deltagande och engagemang en viktig framgångsfaktor.",
            ),
            FVIS_BUDGET,
            Para(
                "Utfallet redovisas utifrån schabloner och kan därför avvika från det faktiska "
                "utfallet på månadsbasis. Schabloniserat utfall i förhållande till faktiskt "
                "utfall följs upp kontinuerligt och korrigeras vid boksluten.",
                style="small",
            ),
            _sub("Ekonomi: Analys och kommentarer"),
            *_paras(
                "Programmets månatliga lägesrapport rapporterar kostnadsutvecklingen utifrån den "
                "senaste gällande prognosen. Ny prognos (P1) började gälla från maj 2024. "
                "Arbetet med framtagande av P2 kommer att startas i augusti.",
                FVIS_MONTHS + " Antalet rapporterade timmar för perioden uppgår till drygt "
                "17 000 h, där motsvarande prognos uppgår till drygt 22 700 h. I juni inkom "
                "förlikningen från Cambio, 3, Mkr som fördelades på årets resterande månader. "
                "Den största differensen mellan prognos och utfall återfinns bland resurserna, "
                "därefter tilläggsbeställningarna.",
                FVIS_OVERRUN + " Programmets månatliga lägesrapport rapporterar "
                "kostnadsutvecklingen utifrån den senaste rapporterade prognosen.",
            ),
        ],
        kind="other",
    ),
    Slide(
        "Sammanställning initiativ i Fastighetsportföljen status, Juli",
        [PROPERTY_PORTFOLIO],
        kind="utveckling",
    ),
    Slide(
        "Objektens effekter (79st) 2024 och Regionmål",
        [Chart("Andel (%) av objektens effekter", kind="pie", series=[[38.0, 27.0, 21.0, 14.0]])],
        kind="maluppfyllelse",
    ),
]

# --------------------------------------------------------------------------- fullmäktigeuppdrag

COUNCIL_ASSIGNMENTS = AssignmentTable(
    header=["Rapport Ansvarig", "Uppdrag", "Status", "Kommentar/status"],
    columns=["responsible", "title", "status", "comment"],
    issuer="regionfullmäktige",
    status_style="cell",
    rows=[
        Assignment(
            "Fullmäktige: Identifiera och ta fram förslag på samordnade funktionella aktiviteter "
            "mellan förvaltningarna och i norra sjukvårdsregionen i syfte att minska "
            "administrativa kostnader",
            ON_TRACK,
            responsible="Johan",
            comment=[
                "Sprint 1 är genomförd , vi har identifierat några fler områden som vi behöver "
                "besluta om att gå vidare med . Inom NRF har vi haft en process omkring juridik "
                "och enats om att inte skapa en samlad resurs, kompetensen finns och kan delas "
                "vid behov."
            ],
        ),
        Assignment(
            "Fullmäktige: Formalisera arbetet med att minska hyrberoendet Målet -20% 4% av egna "
            "personalkostnader",
            ONGOING,
            responsible="Sara",
            comment=[
                "Minskningen av antal veckor mot 2023 är 7% , kostnader har ökat med 1% men "
                "ställt mot egen personalkostnaden är det en minskning med 5%. Jourersättningen "
                "har ökat och vårt tidigare avtal hade en bättre prissättning än det nya. Vi har "
                "en större minskning från april men lider av att de tre första månaderna var "
                "riktigt höga ställt mot 2023."
            ],
        ),
        Assignment(
            "Fullmäktige: Arbeta systematiskt utifrån ett etiskt perspektiv med prioriteringar "
            "för minskad vårdkonsumtion",
            ONGOING,
            responsible="Elisabeth",
            comment=[
                "Arbetet har kommit igång och ramarna börjar ta form. Stort intresse för "
                "området: Kloka kliniska val. Andra regioner visar på att nära tillgång till info "
                "om nytta jfr kostnader inför beslut kan öka medvetandet"
            ],
        ),
        Assignment(
            "Fullmäktige: Identifiera och initiera ett fokusarbete för att förbättra "
            "tillgängligheten vid valda enheter Målet är + 25 VP för opererande verksamheter på "
            "NUS och förbättrade tillgänglighetsiffror för ögon utprovning hörapparater med 20%",
            DELAYED,
            responsible="Elisabeth",
            comment=[
                "Antal VP ökade och såväl tillgängligheten innan konflikten med VF aktiverades, "
                "därefter har både antal VP och tillgängligheten försämrats till den lägsta nivån "
                "vi haft. Omstart av uppdraget och den viktigaste frågan är hur vi accelererar "
                "arbetet"
            ],
        ),
        Assignment(
            "Fullmäktige: Utveckla samspelet mellan sjukhusvården och primärvården i syfte att "
            "stödja omställningen till nära vård",
            ON_TRACK,
            responsible="Elisabeth",
            comment=[
                "Arbetsgrupp med representanter för hela länet samt referenspersoner från "
                "kommunerna är etablerad. Arbeta pågår. Förändringar i kommande beställning "
                "synkas med utfallet under hösten"
            ],
        ),
        Assignment(
            "Fullmäktige. Stärka vår ledning och styrning genom att tydliggöra och förankra "
            "verksamhetsstyrningens innehåll, starta upp implementering enligt identifierade "
            "delaktiviteter 2024",
            ON_TRACK,
            responsible="Ida",
            comment=[
                "Vi har haft en förankringsresan i respektive nämnd för att förklara vad vi "
                "lägger in i vår verksamhetsstyrning. På vårt intranät har vi samlat alla "
                "beskrivningar, verktyg och metoder för flödesförbättringar. Plan för 2025 "
                "framtagen"
            ],
        ),
    ],
)

HIRED_STAFF = DataTable(
    title=None,
    kind="inhyrd_personal",
    unit="mnkr",
    header_rows=[
        _header("Köp hyrpersonal - ack juli | Belopp i miljoner kronor*4"),
        _header(" | Utfall 2023 | Utfall 2024 | Förändring mkr | Förändring %"),
    ],
    columns=[
        Column("Belopp i miljoner kronor / Utfall 2023", "utfall", "ack 2023-07"),
        Column("Belopp i miljoner kronor / Utfall 2024", "utfall", "ack 2024-07"),
        Column("Belopp i miljoner kronor / Förändring mkr", "forandring", "ack 2024-07"),
        Column("Belopp i miljoner kronor / Förändring %", "forandring_procent", "ack 2024-07"),
    ],
    rows=[
        _row("Region Västerbotten |  |  |  | "),
        _row("Primärvård |  |  |  | "),
        _row("Läkare | -68,8 | -66,8 | -2,0 | -3%", level=1),
        _row("Sjuksköterska | -10,7 | -8,0 | -2,6 | -25%", level=1),
        _total("Summa Primärvård | -79 | -75 | -5 | -6%"),
        _row("Sjukhusvård |  |  |  | "),
        _row("Läkare | -57,9 | -62,9 | 5,0 | 9%", level=1),
        _row("Sjuksköterska | -26,8 | -28,4 | 1,7 | 6%", level=1),
        _total("Summa Sjukhusvård | -85 | -91 | 7 | 8%"),
        _total("TOTALT | -164 | -166 | 2 | 1%"),
    ],
)

NURSES = "Ssk/Barnmorsk: - 1,0 mkr minskning 3 %"
DOCTORS = "Läkare: + 3,0 mkr ökning 2 %"


def _region_row(text: str) -> Row:
    return _total(text) if text.startswith("Totalsumma") else _row(text)


HIRED_STAFF_REGIONS = DataTable(
    title="Utveckling per region och verksamhet samt andel hyrpersonal",
    caption="Halvår 1 2024 jämfört med halvår 1 2023",
    kind="inhyrd_personal",
    unit="%",
    # The deck wraps these long header cells; the line breaks keep the table on the slide.
    header_rows=[
        _header(
            "Regioner | Totalt Kostnad för\nhyrpersonal förändring\nmot föregående år"
            " | Primärvård | Specialiserad\npsykiatrisk vård | Specialiserad\nsomatisk vård"
            " | Övrig hälso- och\nsjukvård | Andel\nhyrpersonal"
        )
    ],
    columns=[
        Column(
            "Totalt Kostnad för hyrpersonal förändring mot föregående år",
            "forandring",
            "ack 2024-06",
        ),
        Column("Primärvård", "forandring", "ack 2024-06"),
        Column("Specialiserad psykiatrisk vård", "forandring", "ack 2024-06"),
        Column("Specialiserad somatisk vård", "forandring", "ack 2024-06"),
        Column("Övrig hälso- och sjukvård", "forandring", "ack 2024-06"),
        Column("Andel hyrpersonal", "andel", "ack 2024-06"),
    ],
    rows=[
        _region_row(line)
        for line in """
Blekinge | -6% | 1% | 55% | -11% | 0% | 8%
Dalarna | -26% | -29% | -9% | -35% | 0% | 3%
Gotland | -31% | -25% | -27% | -34% | 21% | 9%
Gävleborg | -23% | 3% | -51% | -34% | -12% | 9%
Halland | -31% | -91% | -20% | -21% | -43% | 3%
Jämtland Härjedalen | -6% | -10% | -7% | -6% | 1% | 12%
Jönköping | -27% | 4% | -16% | -66% | -28% | 3%
Kalmar | -23% | 16% | -6% | -43% | -18% | 5%
Kronoberg | -4% | 27% | 44% | -21% | 13% | 6%
Norrbottnen | -25% | -34% | -25% | -20% | 0% | 11%
Skåne | -47% | -2% | -86% | -65% | -57% | 1%
Stockholm | -58% | -38% | -33% | -73% | -41% | 1%
Sörmland | -44% | -20% | -51% | -51% | 32% | 4%
Uppsala | -30% | -22% | -8% | -33% | 0% | 4%
Värmland | -25% | -29% | 16% | -47% | 0% | 4%
Västerbotten | 1% | -5% | 5% | 3% | 30% | 4%
Västernorrland | -1% | -15% | 15% | -1% | 1297% | 15%
Västmanland | -32% | -31% | 0% | -50% | -19% | 6%
Västra Götaland | -37% | -29% | -46% | -39% | 0% | 2%
Örebro | -30% | -30% | -36% | -30% | 0% | 2%
Östergötland | -27% | -41% | -7% | -25% | -35% | 5%
Totalsumma | -28% | -19% | -19% | -34% | -29% | 3%
""".strip().splitlines()
    ],
)

UPPDRAG: list[Block] = [
    Slide("Fullmäktige uppdragen 2023-2024", kind="uppdrag"),
    Slide(
        "Uppdraget minskad administration, hur har det gått?",
        [
            Bullets(
                [
                    (0, "Kravet var att uppnå målbilden i juni"),
                    (1, "HSF 100%"),
                    (1, "RUN 100%"),
                    (1, "RS 109 %"),
                    (
                        0,
                        "Motsvarar 100 mkr eller 130 tjänster. Viktigt att komma ihåg är att det "
                        "är en mix mellan minskade kostnader och minskade tjänster.",
                    ),
                    (
                        0,
                        "En uppenbar risk är att vi i stort sett minskat antal tjänster men inte "
                        "administrationen och det behöver vi fortsätta jobba med.",
                    ),
                ]
            )
        ],
        kind="uppdrag",
    ),
    Slide(
        "Statusrapport fullmäktigeuppdraget",
        [
            COUNCIL_ASSIGNMENTS,
            Chart(
                "Kostnader hyrpersonal R12 delområde",
                kind="line",
                series=[[150, 146, 141, 137, 133, 130], [170, 172, 175, 178, 181, 183]],
                axis_labels=["Delområde ● 213 Primärvård verksamhet ● 214 Sjukhusvård verksamhet"],
            ),
        ],
        kind="uppdrag",
    ),
    Slide(
        "Region Västerbotten – Kostnader HSF hyrpersonal – 2024",
        [
            HIRED_STAFF,
            Para("Kostnader (Mkr)\nJmf samma period 2023", style="lead"),
            Para(NURSES, style="lead"),
            Para(DOCTORS, style="lead"),
            Chart(
                "Procentuell förändring av hyrkostnader halvår 1, 2024 och 2023",
                series=[[-6, -26, -31, -23, -31, -6, -27, -23, -4, -25, 1]],
            ),
            HIRED_STAFF_REGIONS,
        ],
        kind="personal",
    ),
]

# --------------------------------------------------------------------------- övrigt

OVRIGT: list[Block] = [
    Slide(
        "Sommaren",
        [
            Bullets(
                [
                    (0, "För alla förvaltningar utom HSF har sommaren varit en bra sommar."),
                    (
                        0,
                        "Utgångsläget inför sommaren med den pågående konflikten utmanade "
                        "schemaläggningen men i stort sett har det varit en normalt jobbig sommar.",
                    ),
                    (
                        0,
                        "Inom kirurgi, ortopedi och medicin har det varit många överbeläggningar "
                        "och tidvis mycket hårt tryck.",
                    ),
                    (0, "Samarbetet i länet har fungerat bra och man har hjälps åt i alla delar."),
                    (
                        0,
                        "Normal sommarutvärdering sker efter sista perioden och återrapporteras "
                        "till HSN",
                    ),
                ]
            )
        ],
    ),
    Slide(
        "Årshjul för systematisk omvärldsanalys och strategisk planering",
        [Chart("", kind="pie", series=[[1.0] * 12])],
    ),
    Slide(
        "Aktuellt från RD nätverket",
        _paras(
            "Avtalsrörelsen",
            "Hyrbemanning, uppföljning av avtal samt kostnadsutveckling",
            "Nära vård (gemensamt med HSD-nätverket)",
            "Vårdöverenskommelser 2025",
            "Produktivitet och effektivitet",
        ),
    ),
    Slide(
        "Förflyttningar",
        [
            Para("Från medlemmarna i fokus"),
            Para("till medlemmarnas fokus", style="lead"),
            Para("Från snack"),
            Para("till verkstad", style="lead"),
            Para("Från så har vi alltid gjort"),
            Para("till så har vi aldrig gjort", style="lead"),
            _sub("Vad"),
            _sub("Hur"),
        ],
    ),
    Slide("Nytta och effekt"),
    Slide("Frågor"),
]

# --------------------------------------------------------------------------- key figures


def _key_figures() -> list[KeyFigure]:
    """Figures stated in the slides' prose; each sentence is a Para's text or part of it."""
    growth = [
        KeyFigure("Personalkostnadsökning Regionstyrelsen", value, "%", period, text)
        for text, value, period in PERSONNEL_GROWTH
    ]
    figures = [
        KeyFigure("Resultat Region Västerbotten", -100, "mnkr", "ack 2024-07", RESULT_2024),
        KeyFigure("Finansnetto Region Västerbotten", 100, "mnkr", "ack 2024-07", RESULT_2024),
        KeyFigure("Resultat Region Västerbotten", -212, "mnkr", "ack 2023-07", RESULT_2023),
        KeyFigure("Finansnetto Region Västerbotten", 79, "mnkr", "ack 2023-07", RESULT_2023),
        KeyFigure("Resekostnader högre än plan 2024", 13, "%", "ack 2024-07", TRAVEL_NOTE),
        KeyFigure("Resekostnader lägre än samma period 2023", 3.6, "%", "ack 2024-07", TRAVEL_NOTE),
        KeyFigure("Pensionsmedel marknadsvärde", 6186, "mnkr", "2024-07", MARKET_VALUE),
        KeyFigure("Pensionsmedel avkastning", 1.9, "%", "2024-07", RETURN_JULY),
        KeyFigure("Pensionsmedel avkastning", 10.7, "%", "ack 2024-07", RETURN_YTD),
        KeyFigure("Pensionsmedel avkastning", 595, "mnkr", "ack 2024-07", RETURN_YTD),
        KeyFigure("Checkräkningskredit", 300, "mnkr", "2024-07", CREDIT),
        KeyFigure("Ränta vid nyttjande av checkräkningskredit", 9.2, "%", "2024-07", CREDIT),
        KeyFigure("Låneskuld", 2220, "mnkr", "2024-07", DEBT),
        KeyFigure("Snittränta låneskuld", 2.7, "%", "2024-07", DEBT),
        KeyFigure("Sjukfrånvaro regionen", 5.5, "%", "2024-06", SICK_REGION_SENTENCE),
        KeyFigure("Sjukfrånvaro regionen", 5.7, "%", "2023-06", SICK_REGION_SENTENCE),
        KeyFigure(
            "Sjukfrånvaro Regionstyrelsens förvaltning", 4.8, "%", "2024-06", SICK_RS_SENTENCE
        ),
        KeyFigure(
            "Sjukfrånvaro Regionstyrelsens förvaltning, kvinnor",
            6.1,
            "%",
            "2024-06",
            SICK_RS_SENTENCE,
        ),
        KeyFigure(
            "Sjukfrånvaro Regionstyrelsens förvaltning, män", 3.3, "%", "2024-06", SICK_RS_SENTENCE
        ),
        KeyFigure(
            "Sjukfrånvaro Regionstyrelsens förvaltning", 4.7, "%", "2023-06", SICK_RS_SENTENCE
        ),
        KeyFigure("Vårdgaranti förstabesök", 59.5, "%", "2024-07", FIRST_VISITS),
        KeyFigure("Vårdgaranti åtgärder", 33.5, "%", "2024-07", TREATMENTS),
        KeyFigure("FVIS utfall juni och juli", 13.8, "mnkr", "2024-06/2024-07", FVIS_MONTHS),
        KeyFigure("FVIS prognos juni och juli", 17.2, "mnkr", "2024-06/2024-07", FVIS_MONTHS),
        KeyFigure(
            "FVIS överskridande av budget över programperioden", 92, "mnkr", None, FVIS_OVERRUN
        ),
        KeyFigure(
            "Hyrpersonal sjuksköterska/barnmorska, förändring", -1.0, "mnkr", "ack 2024-07", NURSES
        ),
        KeyFigure("Hyrpersonal sjuksköterska/barnmorska, minskning", 3, "%", "ack 2024-07", NURSES),
        KeyFigure("Hyrpersonal läkare, förändring", 3.0, "mnkr", "ack 2024-07", DOCTORS),
        KeyFigure("Hyrpersonal läkare, ökning", 2, "%", "ack 2024-07", DOCTORS),
    ]
    return [*growth, *figures]


def build() -> SampleDoc:
    """Return the structured data of the July 2024 regional director's report."""
    return SampleDoc(
        name="004_manadsrapport_rd_2024_jul",
        seed="004_577b276b1d364eb2.txt",
        family="slides",
        meta=Meta(
            organisation="Region Västerbotten",
            body="Regiondirektören",
            report_type="manadsrapport",
            year=2024,
            period_start="2024-07-01",
            period_end="2024-07-31",
            period_label="juli 2024",
            title="Regiondirektörens månadsrapport",
        ),
        title_page=["Regiondirektörens månadsrapport", "Region Västerbotten", "Juli 2024"],
        header_text="Regiondirektörens månadsrapport juli 2024",
        footer_text="Region Västerbotten",
        blocks=[
            AGENDA,
            *EKONOMI_RS,
            *EKONOMI_RV,
            *INVESTERINGAR,
            *KAPITAL,
            *PERSONAL,
            *TILLGANGLIGHET,
            *PORTFOLJER,
            *UPPDRAG,
            *OVRIGT,
        ],
        key_figures=_key_figures(),
    )

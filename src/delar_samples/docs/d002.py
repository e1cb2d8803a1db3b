"""Region Västerbotten: presentation deck, augusti 2022 (landscape slides).

Renders seed ``002_cb81d641b5ca56e3.txt``.  The deck is mostly charts; only
the chart text that leaked into the seed (axis ticks, data labels, legends,
category names) is printed, as ``Chart.labels`` / ``Chart.axis_labels``.
Charts whose text did not survive get an unlabelled picture.

Choices:

* Title slide: the first page of the seed ("Region Västerbotten /
  Verksamhetens resultat och budgetavvikelse – ack aug 2022") is the closest
  thing to a title; it becomes the title slide and the document title, and
  the same page is kept as the first content slide with its chart.
* Period: the deck is a point-in-time report "augusti 2022", so the period is
  the month 2022-08-01..2022-08-31 (its economic figures are "ack aug", i.e.
  January–August, but the deck names the month).
* Portfolio status: the seed keeps only the commentary of the portfolio
  slides; the status overview itself was a picture.  The initiatives the
  commentary names are drawn as a small AssignmentTable ("Initiativ |
  Status", coloured "●" glyphs, no printed status words) because each row is
  an item with a status, which is what an assignment row is; a DataTable
  would have no numbers to hold.  "Inga röda status" means no red: the
  initiatives "efter plan" (IA, Förenklad inloggning, Systemstöd MDR,
  Framtidens intranät) are yellow, delayed; "Vikande effekthemtagning inom
  främst IA" is yellow, delayed; "Tessa och digitala kallelser ökar" is
  green, on_track.  Fastighetsportföljen names no projects, so it has no
  table.
* The Norrtåg slide occurs twice in the deck and is kept twice; its key
  figures are listed once.
"""

from __future__ import annotations

from typing import Literal

from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Block,
    Bullets,
    Chart,
    KeyFigure,
    Meta,
    Para,
    SampleDoc,
    Slide,
    Status,
)

GREEN = "#3AA655"
YELLOW = "#F2C500"

TITLE = "Verksamhetens resultat och budgetavvikelse – ack aug 2022"
SOCIALSTYRELSEN = "Sveriges kunskapsmyndighet för vård och omsorg"
ANALYSIS = "Sammanfattande analys och kommentarer:"
DEVIATIONS = "Avvikelser att följa upp och planerade åtgärder:"

PUNCTUALITY_15 = "Punktlighet inom 15 minuter 89%"
PUNCTUALITY_5 = "Punktlighet inom 5 minuter 78%"
ATTAINMENT_T2 = "Måluppfyllelsen för perioden maj-aug visar ett utfall på 97,4%."
ATTAINMENT_T1 = "Det innebär en förbättring från tertial 1 där måluppfyllelsen låg på 93,7%."
REMINDER_AVERAGE = (
    "Snitt för 2022 ligger på 35%, vilket är en liten minskning i förhållande till föregående år."
)

# Antal väntande längre än 90 dagar, Aug 2021 .. Aug 2022 (13 months).
WAITING_FIRST_VISIT = [
    "5 137", "5 295", "3 978", "3 251", "3 756", "4 705", "4 857",
    "4 569", "4 477", "4 510", "5 321", "6 866", "8 376",
]  # fmt: skip
WAITING_TREATMENT = [
    "3 625", "3 294", "2 744", "2 513", "2 865", "3 123", "3 082",
    "3 031", "2 836", "2 882", "3 186", "3 808", "4 673",
]  # fmt: skip
WAITING_TICKS = [
    "0",
    "1 000",
    "2 000",
    "3 000",
    "4 000",
    "5 000",
    "6 000",
    "7 000",
    "8 000",
    "9 000",
]


def _number(text: str) -> float:
    """Parse a printed number with space as thousands separator."""
    return float(text.replace(" ", "").replace(",", "."))


def _picture(
    title: str, kind: Literal["bar", "line", "pie"] = "bar", series: list[list[float]] | None = None
) -> Chart:
    """A chart whose printed text was lost: the picture only, with its title."""
    return Chart(title=title, kind=kind, series=series or [[3.0, 5.0, 4.0, 6.0, 5.5]])


def _initiative(title: str, status: str, color: str) -> Assignment:
    """One portfolio initiative with a colour-only status."""
    return Assignment(title=title, status=Status(status=status, color=color))


def _portfolio_table(rows: list[Assignment]) -> AssignmentTable:
    return AssignmentTable(
        header=["Initiativ", "Status"],
        columns=["title", "status"],
        rows=rows,
        status_style="glyph",
        kind="aktivitet",
    )


def _divider(title: str, items: list[str], kind: str) -> Slide:
    """A section divider slide: title and a dash list of topics."""
    return Slide(title=title, blocks=[Bullets([(0, item) for item in items])], kind=kind)


def _socialstyrelsen(title: str, blocks: list[Block], subtitle: str | None = None) -> Slide:
    """A Socialstyrelsen slide: content, then the agency's footer line."""
    blocks = [*blocks, Para(SOCIALSTYRELSEN, style="small")]
    return Slide(title=title, blocks=blocks, subtitle=subtitle, kind="other")


def _economy_slides() -> list[Slide]:
    return [
        Slide(
            title=TITLE,
            subtitle="Region Västerbotten",
            blocks=[_picture(TITLE)],
            kind="ekonomi",
        ),
        Slide(
            title="Verksamhetens nettokostnader – augusti 2022",
            subtitle="Region Västerbotten",
            blocks=[_picture("Verksamhetens nettokostnader – augusti 2022", "line")],
            kind="ekonomi",
        ),
        Slide(
            title="Region Västerbotten – Omställningsplan Effekt ack augusti Mkr",
            blocks=[_picture("Omställningsplan Effekt ack augusti Mkr")],
            kind="ekonomi",
        ),
        Slide(
            title="Investeringar ack augusti 2022",
            blocks=[_picture("Investeringar ack augusti 2022")],
            kind="investeringar",
        ),
        Slide(
            title="Budget 2023-2026",
            blocks=[
                _picture("Budget 2023-2026", "line", [[1.0, 2.5, 4.0, 3.0]]),
                Bullets(
                    [
                        (0, "Kraftigt ökade pensionskostnader år 2023-2024."),
                        (0, "Förklaras främst av den höga inflationen."),
                        (
                            0,
                            "Det nya pensionsavtalet bidrar med omkring 25 procent av de "
                            "ökade kostnaderna för kommuner och regioner (Annika Wallenskog)",
                        ),
                    ]
                ),
            ],
            kind="ekonomi",
        ),
    ]


def _portfolio_slides() -> list[Slide]:
    property_portfolio = Slide(
        title="Status Fastighetsportföljen",
        blocks=[
            Para(ANALYSIS, style="subheading"),
            Bullets([(0, "Inga röda status rapporteringar")]),
            Para(DEVIATIONS, style="subheading"),
            Bullets(
                [
                    (0, "Vissa entreprenörer har personal utmaningar"),
                    (
                        0,
                        "Under året har osäkerheter kring prognos för 2022 påtalats. "
                        "Osäkerheterna härleds till omvärldsfaktorer samt resurssättning. "
                        "Det synliggörs nu i en avvikelse i prognos, mot årsbudget. Denna "
                        "avvikelse beror på tidsförskjutningar, främst inom ännu ej påbörjade "
                        "projekt.",
                    ),
                ]
            ),
        ],
        kind="utveckling",
    )
    delivery = Slide(
        title="Status leverans Utvecklingsportföljen",
        blocks=[
            _portfolio_table(
                [
                    _initiative(name, "delayed", YELLOW)
                    for name in (
                        "IA",
                        "Förenklad inloggning",
                        "Systemstöd MDR",
                        "Framtidens intranät",
                    )
                ]
            ),
            Para(ANALYSIS, style="subheading"),
            Bullets(
                [
                    (0, "Inga röda status avvikelser har rapporteras"),
                    (0, "Flera initiativ har resursutmaningar."),
                    (
                        0,
                        "Några initiativ ligger efter plan såsom IA, Förenklad inloggning, "
                        "Systemstöd MDR samt Framtidens intranät.",
                    ),
                ]
            ),
            Para(DEVIATIONS, style="subheading"),
            Bullets(
                [
                    (
                        0,
                        "Resursutmaningar avseende utvecklare, verksamhetsresurser samt byten "
                        "av projektledare påverkar framdrift. Flera avrop av konsulter pågår. "
                        "Jobba parallellt med dom aktiviteter som går samt planera om utifrån "
                        "rådande förutsättningar.",
                    ),
                    (
                        0,
                        "För Framtidens service når inte indikatorer kring intelligent "
                        "automation når inte upp till förväntan. Ett dokument med förslag för "
                        "att uppnå ursprunglig prognos på 200.000 arbetstimmar samt 30.000 "
                        "administrativa arbetstimmar är framtagen under juni.",
                    ),
                    (
                        0,
                        "Handläggningstiden hos Inera påverkar tidplan för genomförandet. "
                        "Erfarenhetsuppbyggnad kring planering för Ineraärenden "
                        "hanteringstid behöver etableras.",
                    ),
                ]
            ),
        ],
        kind="utveckling",
    )
    effect = Slide(
        title="Status effekt Utvecklingsportföljen",
        blocks=[
            _portfolio_table(
                [
                    _initiative("IA", "delayed", YELLOW),
                    _initiative("Tessa", "on_track", GREEN),
                    _initiative("Digitala kallelser", "on_track", GREEN),
                ]
            ),
            Para(ANALYSIS, style="subheading"),
            Bullets(
                [
                    (0, "Vikande effekthemtagning inom främst IA."),
                    (0, "Tessa och digitala kallelser ökar."),
                    (
                        0,
                        "Fortsatta ”actions” för att vidta åtgärder för att möjliggöra "
                        "effekthemtagning enligt plan. Arbete med kandidater som "
                        "Hälsodigitalen, digitalsignering e-avrop.",
                    ),
                ]
            ),
            Para(DEVIATIONS, style="subheading"),
            Bullets(
                [
                    (
                        0,
                        "Arbete med nya genombrott idéer för IA samt med andra kandidater "
                        "för att nå önskad effekt pågår.",
                    ),
                    (0, "Saknar återkoppling kring utlovat material för Digitalsignering e-avrop."),
                ]
            ),
        ],
        kind="utveckling",
    )
    return [
        Slide(title="Status fastighet och utvecklingsportföljen", kind="utveckling"),
        property_portfolio,
        delivery,
        effect,
    ]


def _waiting_chart() -> Chart:
    """The one chart whose data labels survived: waiting > 90 days, 13 months."""
    return Chart(
        title="Alla yrkeskategorier",
        kind="line",
        labels=["Aug 2021", "Feb 2022", "Aug 2022"],
        series=[
            [_number(text) for text in WAITING_FIRST_VISIT],
            [_number(text) for text in WAITING_TREATMENT],
        ],
        axis_labels=[
            *WAITING_TICKS,
            *WAITING_FIRST_VISIT,
            *WAITING_TREATMENT,
            "FÖRSTABESÖK",
            "ÅTGÄRD",
        ],
    )


def _norrtag_slide(text: str) -> Slide:
    return Slide(
        title="Norrtåg punktlighet",
        blocks=[
            Para(text),
            Para(PUNCTUALITY_15, style="lead"),
            Para(PUNCTUALITY_5, style="lead"),
            Para("Infrastrukturstörningar är det största problemet"),
        ],
        kind="tillganglighet",
    )


NORRTAG_TEXT = (
    "Punktligheten under juli månad har varit lägre än vad den brukar vara under denna "
    "månad. Problemen är framför allt kopplade till infrastruktur i Norrbotten och "
    "kapacitetsproblem vid Boden station."
)


def _accessibility_slides() -> list[Slide]:
    return [
        _divider(
            "Tillgänglighet",
            ["Vårdgarantin", "Kollektivtrafiken NKI,trygghet och punktlighet", "Regionstyrelsen"],
            "tillganglighet",
        ),
        Slide(
            title="Måluppfyllelse Vårdgaranti 0-90 dagar",
            blocks=[
                Chart(
                    title="Måluppfyllelse Vårdgaranti 0-90 dagar",
                    kind="line",
                    series=[[82.0, 80.0, 78.0, 75.0, 70.0], [70.0, 68.0, 66.0, 63.0, 60.0]],
                    axis_labels=["FÖRSTABESÖK", "ÅTGÄRD"],
                ),
                Para(
                    "Fr 2021 baseras måluppfyllelsen av vårdgarantin för åtgärd på alla "
                    "väntande 0-90 dagar till operationer, utprovning av hörapparat samt "
                    "barnpsykiatrisk och vuxenpsykiatrisk behandling"
                ),
            ],
            kind="tillganglighet",
        ),
        Slide(
            title="Antal väntande längre än 90 dagar alla yrkeskategorier",
            blocks=[_waiting_chart(), Para("HSF-staben/ls", style="small")],
            kind="tillganglighet",
        ),
        Slide(
            title="NKI för augusti",
            subtitle="(allmänhet och kunder)",
            blocks=[
                Chart(
                    title="Länstrafiken(Buss)",
                    labels=["Västerbotten", "Rikssnitt"],
                    series=[[53.0, 52.0]],
                ),
                Para("Västerbotten 53 %", style="lead"),
                Para("Rikssnitt 52 %", style="lead"),
                Para("Målet är högre än rikssnittet"),
            ],
            kind="tillganglighet",
        ),
        _norrtag_slide(NORRTAG_TEXT),
        Slide(
            title="Mål för sammanslagningen 2022-2025",
            subtitle="Förbättrad tillgänglighet för organisationens serviceflöden 3%",
            blocks=[
                Chart(
                    title="Indikatorer",
                    labels=[
                        "Fastighet",
                        "Inköp",
                        "IT/MT",
                        "Servicecenter",
                        "Intern Service",
                        "VO totalt",
                    ],
                    series=[[100.0, 96.0, 95.0, 97.0, 98.0, 97.4]],
                ),
                Para("Målet 100% lika med 3% ökad tillgänglighet mot 2021", style="small"),
                Para(
                    "En tydlig förbättring av måluppfyllelsen under tertial2. "
                    f"{ATTAINMENT_T2} {ATTAINMENT_T1} Fastighet håller en stabil hög nivå i "
                    "övrigt visar samtliga övriga verksamheter en betydande förbättring under "
                    "tertial 2. Sammantaget beror detta på förkortade ledtider inom inköp, "
                    "kortare svarstider inom Fastighet och CIMT och bra leveranskapacitet "
                    "inom Internservice och Servicecenter."
                ),
            ],
            kind="tillganglighet",
        ),
    ]


def _customer_slides() -> list[Slide]:
    return [
        _divider("Kundnöjdhet", ["Patientnämnden", "Folkhögskolan"], "verksamhet"),
        Slide(
            title="Patientnämnden/verksamhetens inkomna-avslutade ärenden(kvalitet)",
            blocks=[
                Chart(
                    title="Ärenden 2016-2022 (Antagande för återstoden av 2022).",
                    series=[
                        [9.0, 9.5, 10.0, 12.0, 10.5, 10.0, 9.0],
                        [8.5, 9.0, 9.5, 11.5, 10.5, 9.5, 8.5],
                    ],
                    axis_labels=["Registrerade", "Avslutade"],
                ),
                Para("Kommentar:", style="subheading"),
                Para(
                    "Av föregående bild kan utläsas en minskning av registrerade och "
                    "avslutade ärenden mellan åren 2019 och 2022."
                ),
                Para(
                    "Om även åren 2016-2018 läggs till framgår att 2019 var ett år med "
                    "ovanligt många ärenden."
                ),
                Para(
                    "Volymen för 2022 är en uppskattning och bygger på antagandet att antal "
                    "ärenden i huvudsak följer första halvårets volym i relation till 2021."
                ),
            ],
            kind="verksamhet",
        ),
        Slide(
            title="Påminnelse procent (kvalitet)",
            blocks=[
                Chart(
                    title="Påminnelse - andel av ärenden där yttrande begärts 2022",
                    series=[[38.0, 36.0, 34.0, 35.0, 33.0, 36.0, 35.0, 34.0]],
                ),
                Para("Kommentar:", style="subheading"),
                Para(
                    "När Patientnämnden begär ett yttrande från vården skall vården svara "
                    "inom fyra veckor. Om inte svar inkommit efter fyra veckor skickas "
                    "påminnelser enligt en speciell rutin, den så kallade "
                    "eskaleringsprincipen."
                ),
                Para(REMINDER_AVERAGE),
            ],
            kind="verksamhet",
        ),
        _norrtag_slide(NORRTAG_TEXT),
    ]


def _guideline_slide() -> Slide:
    return Slide(
        title="Flexibel arbetsplats- riktlinje för distansarbete",
        blocks=[
            Para(
                "Riktlinje för distansarbete syftar till att beskriva och tydliggöra "
                "inriktningar, ansvar och vad som gäller vid distansarbete. Riktlinjen "
                "gäller för hela Region Västerbotten."
            ),
            Para(
                "Möjlighet till distansarbete är en del i regionens arbete för att främja "
                "nya arbetssätt för medarbetare med arbetsuppgifter som kan utföras på "
                "distans."
            ),
            Para("Distansarbete är frivilligt för medarbetaren och ska godkännas av närmsta chef"),
            Bullets(
                [
                    (
                        0,
                        "Inriktningen är att planerat distansarbete kan uppgå till maximalt "
                        "50 procent av medarbetarens totala arbetstid. Arbetssätt och platser "
                        "där arbetet utförs kan variera med verksamheters och medarbetares "
                        "uppdrag och arbetsuppgifter.",
                    ),
                    (
                        0,
                        "Ordinarie arbetsplats är inom Region Västerbottens lokaler och "
                        "arbetsplatserna kan delas med andra som också arbetar på distans. Som "
                        "medarbetare kan man inte ha både distansmix och fast arbetsplats.",
                    ),
                    (
                        0,
                        "Vid distansarbete skrivs en överenskommelse mellan medarbetare och "
                        "närmaste chef",
                    ),
                ]
            ),
            Para("Innehåll i riktlinjen:", style="subheading"),
            Bullets(
                [
                    (0, "Villkor och avtal"),
                    (0, "Tillgänglighet och arbetsuppgifter under distansarbete"),
                    (0, "Ledigheter"),
                    (0, "Försäkringar"),
                    (0, "Utrustning på distansarbetsplatsen"),
                    (0, "Arbetsmiljö"),
                    (0, "Hantering av handlingar"),
                    (0, "Hantering av personuppgifter och sekretessbelagd information"),
                    (0, "Resor och skatteregler"),
                ]
            ),
        ],
        kind="personal",
    )


def _zone_slides() -> list[Slide]:
    why = Slide(
        title="Varför zonindelning",
        blocks=[
            Bullets(
                [
                    (0, "Önskemål om ”hemvist”"),
                    (0, "Utplacering av fasta arbetsplatser och fysiskt vet var de sitter."),
                ]
            ),
            Para("Principen för utplacering av zoner har byggt på:", style="subheading"),
            Bullets(
                [
                    (0, "Enkätsvar om Fasta och Flexiplatser"),
                    (0, "Presenterade beroenden av varandras funktioner"),
                    (0, "Publik verksamhet"),
                ]
            ),
        ],
        kind="personal",
    )
    principle = Slide(
        title="Principen i en ZON",
        blocks=[
            Chart(
                title="Principen i en ZON",
                kind="pie",
                labels=["Fasta arbetsplatser", "Flexibla", "Mötets lokaler", "Tysta rum"],
                series=[[30.0, 40.0, 20.0, 10.0]],
            ),
            Para(
                "Innan mitten av oktober ska varje chef frågat upp vilka medarbetare som "
                "avser teckna överenskommelse för distansmix. Därefter kommer man utifrån "
                "totala beräkningen utforma zoner och antal fasta arbetsplatser."
            ),
            Para(
                "Ska vi följa riktlinjen och principen innebär det att alla politiker "
                "hamnar inom kategorin distansmix och ska verka inom ”blått” område i den "
                "befintliga ”zonen” som ni sitter idag."
            ),
            Para("Peter kommer ta frågan vidare tillsammans med gruppledarna"),
        ],
        kind="personal",
    )
    return [why, principle]


def _employee_slides() -> list[Slide]:
    next_steps = Slide(
        title="Flexibel arbetsplats Region Västerbotten",
        subtitle="Vad händer nu?",
        blocks=[
            Para("September:", style="subheading"),
            Para(
                "Alla frågor och synpunkter samlas nu in för hantering i delprojektet och "
                "för hantering i verksamheten."
            ),
            Para(
                "Information och dialog med chefer och medarbetare under september, både "
                "via möten , information på intranätet/teamsyta, frågor och svar."
            ),
            Para(
                "Riskbedömning omflyttning inom RH görs med deltagare från samtliga berörda "
                "enheter samt skyddsombud. Riskbedömning inflyttning gjord inom RUF-RS. "
                "Riskbedömning projekt flexibel arbetsplats gjord och samverkad i CSG."
            ),
            Para("November: omflyttning inom Regionens Hus"),
            Para("December : inflyttning från Norrlandsgatan"),
        ],
        kind="personal",
    )
    evaluation = Slide(
        title="Utvärdering samverkansavtalet",
        blocks=[
            Para(
                "Vi har genomfört en omfattande utvärdering av samverkansavtalet "
                "tillsammans med chefer, olika samverkansnivåer och fackliga parter."
            ),
            Para(
                "Slutsatserna är att på VSG nivå(verksamhetschef) fungerar samverkan "
                "generellt bra. Synpunkter har framkommit från fackliga parter att vi "
                "saknar VSG nivå för staber (direktörer) och områdeschefer."
            ),
            Para(
                "Från arbetsgivarsidan är vi tveksamma till att lägga till en nivå eftersom "
                "det tar mycket mer resurser utan istället utveckla nuvarande FSG nivå "
                "bättre, resonemang pågår."
            ),
            Para(
                "De fackliga parter önskar en djupare involvering innan vi bestämt en "
                "förändring och vi diskuterar formerna."
            ),
            Para(
                "Vi har haft principiell diskussion om vi verkligen ska ha ett "
                "samverkansavtal eller inte eftersom vi hamnar så fort i MBL förfarande. Det "
                "har varit en respektfull dialog och vi landade att fördjupa förståelsen för "
                "själva samverkan och respekt för våra olika roller."
            ),
            Para("En handlingsplan är framtagen"),
        ],
        kind="personal",
    )
    return [
        _divider(
            "Medarbetarnöjdhet",
            ["Flexibelarbetsplats", "Utvärdering samverkansavtalet"],
            "personal",
        ),
        Slide(title="Flexibel arbetsplats", kind="personal"),
        _guideline_slide(),
        *_zone_slides(),
        next_steps,
        evaluation,
    ]


def _civil_defence_tasks() -> list[Slide]:
    prefix = "De civilområdesansvariga länsstyrelserna"
    tasks = Bullets(
        [
            (
                0,
                f"{prefix} ska inom civilområdet verka för länsöverskridande samordning av "
                "länsstyrelsernas planering och förberedelser för fredstida krissituationer.",
            ),
            (
                0,
                "Vid fredstida krissituationer som berör flera län inom civilområdet ska den "
                "civilområdesansvariga länsstyrelsen ha förmåga att utgöra en gemensam "
                "funktion för stöd till länsstyrelsernas hantering av krisen.",
            ),
            (
                0,
                f"{prefix} har ett geografiskt områdesansvar för sitt område när det gäller "
                "civilt försvar. Ansvaret avser uppgifter inför och vid höjd beredskap.",
            ),
            (
                0,
                f"{prefix} ska inför höjd beredskap inom civilområdet verka för att "
                "totalförsvaret under höjd beredskap har en enhetlig inriktning",
            ),
        ]
    )
    tasks_continued = Bullets(
        [
            (
                0,
                f"{prefix} ska, som högsta civila totalförsvarsmyndighet inom civilområdet, "
                "verka för att största möjliga försvarseffekt uppnås vid höjd beredskap.",
            ),
            (
                0,
                f"{prefix} ska vid höjd beredskap ge länsstyrelserna inom civilområdet "
                "vägledning i fråga om inriktning och prioritering av länsstyrelsernas "
                "verksamhet i syfte att uppnå en samordning av försvarsansträngningarna och "
                "största möjliga försvarseffekt.",
            ),
            (
                0,
                f"{prefix} ska vid höjd beredskap på alla sätt försöka upprätthålla "
                "förbindelse med regeringen, relevanta myndigheter, länsstyrelser inom "
                "civilområdet och med övriga civilområdesansvariga länsstyrelser",
            ),
            (
                0,
                "En länsstyrelse som är civilområdesansvarig får ta över ansvaret för "
                "kommunal räddningstjänst inom sitt civilområde. Om en räddningsinsats även "
                "innefattar statlig räddningstjänst ska den övertagande länsstyrelsen "
                "ansvara för att räddningsinsatserna samordnas.",
            ),
        ]
    )
    return [
        Slide(
            title="Uppgifter",
            subtitle="(Förordning (2022:525) om civilområdesansvariga länsstyrelser, "
            "Förordning om ändring i förordningen (2003:789) om skydd mot olyckor",
            blocks=[tasks],
        ),
        Slide(title="Tack frågor?"),
        Slide(title="Uppgifter, forts", blocks=[tasks_continued]),
    ]


CIVIL_AREAS = [
    (
        "Norra civilområdet (Norrbottens län)",
        "Jämtlands län, Norrbottens län, Västerbottens län, Västernorrlands län",
    ),
    (
        "Mellersta civilområdet (Örebro län)",
        "Dalarnas län, Gävleborgs län, Uppsala län, Södermanlands län, Västmanlands län, "
        "Örebro län, Värmlands län",
    ),
    ("Östra civilområdet (Stockholms län)", "Stockholms län, Gotlands län"),
    ("Sydöstra civilområdet (Östergötlands län)", "Östergötlands län, Jönköpings län, Kalmar län"),
    ("Västra civilområdet (Västra Götalands län)", "Västra Götalands län, Hallands län"),
    ("Södra civilområdet (Skåne län)", "Skåne län, Kronobergs län, Blekinge län"),
]


def _civil_defence_slides() -> list[Slide]:
    areas: list[Block] = []
    for name, counties in CIVIL_AREAS:
        areas += [Para(name, style="subheading"), Para(counties)]
    return [
        _divider("Övrigt", ["Ny myndighetsstruktur för krisberedskap och civilt försvar"], "other"),
        Slide(
            title="Ny myndighetsstruktur för krisberedskap och civilt försvar",
            subtitle="- Sektorn hälsa, vård och omsorg",
            blocks=[Para("22-09-16", style="small")],
        ),
        _socialstyrelsen(
            "Bakgrund",
            [
                Bullets(
                    [
                        (0, "Utredningen om civilt försvar (Ju2018:05)"),
                        (0, "Struktur för ökad motståndskraft (SOU 2021:25)"),
                        (0, "En ny myndighetsstruktur för civilt försvar och krisberedskap"),
                        (0, "Träder ikraft den 1 oktober 2022."),
                    ]
                )
            ],
        ),
        _socialstyrelsen(
            "Utgångspunkter för den nya strukturen",
            [
                Bullets(
                    [
                        (
                            0,
                            "Det civila försvaret ska bygga på strukturer och processer som "
                            "används inom krisberedskapen",
                        ),
                        (0, "Den svenska förvaltningsmodellen"),
                        (0, "Ansvarsprincipen"),
                    ]
                )
            ],
        ),
        _socialstyrelsen(
            "Uppgifter för beredskapsmyndigheter",
            [
                Bullets(
                    [
                        (
                            0,
                            "Ska ha god förmåga att motstå hot och risker, förebygga "
                            "sårbarheter, hantera fredstida krissituationer och genomföra "
                            "sina uppgifter vid höjd beredskap.",
                        ),
                        (
                            0,
                            "Verka för att övriga berörda utvecklar sin förmåga i dessa avseenden.",
                        ),
                        (0, "Särskilt samverka med andra som är berörda."),
                        (
                            0,
                            "Även särskilt samverka med Försvarsmakten avseende behovet av "
                            "stöd till det militära försvaret.",
                        ),
                    ]
                )
            ],
        ),
        _socialstyrelsen(
            "Uppgifter för sektorsansvarig myndighet",
            [
                Bullets(
                    [
                        (
                            0,
                            "Leda arbetet med att samordna åtgärder inför och vid fredstida "
                            "krissituationer och höjd beredskap.",
                        ),
                        (
                            0,
                            "Driva på arbetet, stödja beredskapsmyndigheterna samt verka för "
                            "att uppgifter och roller tydliggörs.",
                        ),
                        (
                            0,
                            "Verka för att de åtgärder som beredskapsmyndigheterna inom "
                            "beredskapssektorn vidtar är samordnande med andra berörda.",
                        ),
                        (
                            0,
                            "Verka för att samverkan med näringslivet sker i den utsträckning "
                            "det behövs.",
                        ),
                    ]
                )
            ],
        ),
        _socialstyrelsen(
            "Sektorn hälsa vård och omsorg",
            [
                Para("Sektorsansvarig myndighet:", style="subheading"),
                Bullets([(0, "Socialstyrelsen (även beredskapsmyndighet)")]),
                Para("Beredskapsmyndigheter:", style="subheading"),
                Bullets(
                    [
                        (0, "E-hälsomyndigheten"),
                        (0, "Folkhälsomyndigheten"),
                        (0, "Läkemedelsverket"),
                    ]
                ),
            ],
        ),
        Slide(title="Sex Civilområden bildas den 1 oktober", blocks=areas),
        *_civil_defence_tasks(),
    ]


def _key_figures() -> list[KeyFigure]:
    return [
        KeyFigure("punctuality_within_15_min", 89, "%", "2022-07", PUNCTUALITY_15),
        KeyFigure("punctuality_within_5_min", 78, "%", "2022-07", PUNCTUALITY_5),
        KeyFigure("nki_vasterbotten", 53, "%", "2022-08", "Västerbotten 53 %"),
        KeyFigure("nki_national_average", 52, "%", "2022-08", "Rikssnitt 52 %"),
        KeyFigure(
            "service_accessibility_goal_attainment", 97.4, "%", "2022-05/2022-08", ATTAINMENT_T2
        ),
        KeyFigure(
            "service_accessibility_goal_attainment", 93.7, "%", "2022-01/2022-04", ATTAINMENT_T1
        ),
        KeyFigure("reminder_share_average", 35, "%", "2022", REMINDER_AVERAGE),
    ]


def build() -> SampleDoc:
    """Return the Region Västerbotten presentation deck of augusti 2022."""
    slides = [
        *_economy_slides(),
        *_portfolio_slides(),
        *_accessibility_slides(),
        *_customer_slides(),
        *_employee_slides(),
        *_civil_defence_slides(),
    ]
    return SampleDoc(
        name="002_presentation_2022_aug",
        seed="002_cb81d641b5ca56e3.txt",
        family="slides",
        meta=Meta(
            organisation="Region Västerbotten",
            body=None,
            report_type="presentation",
            year=2022,
            period_start="2022-08-01",
            period_end="2022-08-31",
            period_label="augusti 2022",
            title=TITLE,
        ),
        title_page=[TITLE, "Region Västerbotten", "augusti 2022"],
        header_text="Region Västerbotten",
        footer_text="Region Västerbotten – augusti 2022",
        blocks=list(slides),
        key_figures=_key_figures(),
    )

"""Region Västmanland, Regionkontoret: Verksamhetsberättelse 2025 (landscape slides).

Renders seed ``003_f3a19cbbc7dd40cc.txt``.  The seed has no title slide; the
title slide is reconstructed from the organisation, the body and the report
type ("Verksamhetsberättelse 2025").

Choices for what the text extraction lost:

* Indicator statuses are drawn as coloured cells ("cell" style) carrying the
  printed words as label: "Negativt/inte uppnått" and "Negativt" red
  (not_fulfilled), "Går ej att bedöma" grey (not_assessable), "Uppnått" green
  (fulfilled).  "Trend: positiv / Måluppfyllelse: inte uppnått" is red
  (not_fulfilled) with trend positive.  "Oförändrat" (sick leave, 3,7 % →
  3,8 %) is yellow, partially_fulfilled, trend unchanged.  The "-" cell of the
  e-handel indicator ("Går ej att mätta än") is grey, no_data.
* Uppdrag and Aktiviteter statuses are printed words only ("none" style); no
  colour is invented for them.
* The baseline column is whatever "Utfall <year>" the header prints, so two
  tables have baseline period "2022" (the template's stale header) and the
  others "2024".
* The goal "Regionkontorets tjänster/processer är effektiva och håller god
  kvalitet" continues over two slides; each slide carries its own Goal with
  the same title (the spec has no continuation marker).
* The "Nr" column of the Aktiviteter tables holds RF references or a printed
  category ("Inriktning HR"); both are kept in ``Assignment.ref`` as printed,
  words split by hyphenation re-joined ("Inriktning digitalisering").
* Slides whose tables/charts were images in the source (Nyckeltalsuppföljning,
  Medarbetare, Ekonomi på centrumnivå, Kostnadsutveckling, Investeringar) get
  an unlabelled chart image.
"""

from __future__ import annotations

from typing import Final, Literal

from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Block,
    Bullets,
    Chart,
    Column,
    DataTable,
    Goal,
    HeaderCell,
    Indicator,
    IndicatorTable,
    IndicatorValue,
    KeyFigure,
    Meta,
    Para,
    Row,
    SampleDoc,
    Slide,
    Status,
)

GREEN = "#3AA655"
YELLOW = "#F2C500"
RED = "#D7263D"
GREY = "#A0A0A0"

GOAL_LEVEL: Final = "forvaltningsmal"
HEADER_2022 = [
    "Indikator",
    "Utfall 2022",
    "Mål 2025",
    "Utfall 2025",
    "Utveckling/ Måluppfyllelse",
    "Kommentarer",
]
HEADER_2024 = [
    "Indikator",
    "Utfall 2024",
    "Mål 2025",
    "Utfall 2025",
    "Utveckling/ Måluppfyllelse",
    "Kommentarer",
]
TEMPLATE_NOTE = (
    "Gör en rubrik för respektive mål och gör tabell för respektive måls indikatorer. "
    "Kommentera alla men extra fokus på de indikatorer som är gula eller röda."
)

# Printed indicator assessment → (status, cell colour).
INDICATOR_STATUS: dict[str, tuple[str, str]] = {
    "Negativt/inte uppnått": ("not_fulfilled", RED),
    "Negativt": ("not_fulfilled", RED),
    "Trend: positiv Måluppfyllelse: inte uppnått": ("not_fulfilled", RED),
    "Går ej att bedöma": ("not_assessable", GREY),
    "Oförändrat": ("partially_fulfilled", YELLOW),
    "Uppnått": ("fulfilled", GREEN),
    "-": ("no_data", GREY),
}

# Printed assignment status → contract status.
ASSIGNMENT_STATUS: dict[str, str] = {
    "Planenligt": "on_track",
    "Genomfört": "completed",
    "Genomförd": "completed",
    "Delvis genomfört": "partially_completed",
}

UPPDRAG_HEADER = ["Uppdrag", "Ansvarig", "Status", "Kommentar"]
UPPDRAG_COLUMNS = ["title", "responsible", "status", "comment"]
AKTIVITET_HEADER = ["Nr", "Aktivitet", "Ansvarig", "Status", "Kommentar"]
AKTIVITET_COLUMNS = ["ref", "title", "responsible", "status", "comment"]


def _assessment(label: str) -> Status:
    """Return the cell status for a printed Måluppfyllelse text."""
    status, color = INDICATOR_STATUS[label]
    return Status(status=status, label=label, color=color)


def _value(text: str, period: str, value: float | None = None) -> IndicatorValue:
    return IndicatorValue(period=period, value=value, text=text)


def _indicator(
    name: str,
    values: tuple[IndicatorValue, IndicatorValue, IndicatorValue],
    assessment: str,
    comment: str,
    unit: str | None = None,
    trend: Literal["positive", "negative", "unchanged"] | None = None,
) -> Indicator:
    """Build one indicator row: (baseline, target, outcome) and its assessment."""
    baseline, target, outcome = values
    return Indicator(
        name=name,
        status=_assessment(assessment),
        unit=unit,
        baseline=baseline,
        target=target,
        outcome=outcome,
        trend=trend,
        comment=comment,
    )


def _assignment(
    ref: str | None, title: str, responsible: str, status: str, comment: str
) -> Assignment:
    """Build one Uppdrag/Aktivitet row; ``status`` is the printed word."""
    return Assignment(
        title=title,
        status=Status(status=ASSIGNMENT_STATUS[status.strip()], label=status),
        ref=ref,
        responsible=responsible,
        comment=[comment],
    )


def _uppdrag_slide(rows: list[Assignment]) -> Slide:
    table = AssignmentTable(
        header=UPPDRAG_HEADER,
        columns=UPPDRAG_COLUMNS,
        rows=rows,
        issuer="regionfullmäktige",
        recipient="regionstyrelsen",
        status_style="none",
        kind="uppdrag",
    )
    return Slide(title="Uppdrag", blocks=[table], kind="uppdrag")


def _aktivitet_slide(rows: list[Assignment]) -> Slide:
    table = AssignmentTable(
        header=AKTIVITET_HEADER,
        columns=AKTIVITET_COLUMNS,
        rows=rows,
        status_style="none",
        kind="aktivitet",
    )
    return Slide(title="Aktiviteter", blocks=[table], kind="uppdrag")


def _image_slide(title: str, comments: list[str], kind: str, picture: bool = True) -> Slide:
    """A slide whose table/chart was an image: chart picture, then "Kommentarer".

    ``picture=False`` leaves the picture out where it would push the comments
    onto a second page.
    """
    blocks: list[Block] = (
        [Chart(title=title, kind="bar", series=[[4.0, 6.0, 5.0, 7.0]])] if picture else []
    )
    blocks.append(Para("Kommentarer", style="subheading"))
    blocks.extend(Para(text) for text in comments)
    return Slide(title=title, blocks=blocks, kind=kind)


# --- Inledning ------------------------------------------------------------------

RESULT_SENTENCE = (
    "Årets ekonomiska resultat uppgår till +34 mnkr, varav +17 mnkr avser "
    "regionövergripande utvecklingsmedel."
)
OWN_RESULT_SENTENCE = (
    "Det egna positiva resultatet på +17 mnkr är främst en effekt av vakanser, där "
    "pensionsavgångar och föräldraledigheter har hanterats med befintliga resurser, "
    "lägre pensionsavgift samt allmän kostnadsrestriktivitet."
)

YEAR_IN_BRIEF = [
    "Arbetet har genomförts enligt förvaltningsplanen och RKs verksamhetsplaner. Även "
    "om det finns utmaningar ser vi en stabil och framåtriktad utveckling i "
    "verksamheterna. Många av de insatser som genomförts har redan haft en positiv "
    "effekt, även om detta ännu inte fullt ut återspeglas i de nuvarande mätetalen",
    RESULT_SENTENCE + " " + OWN_RESULT_SENTENCE,
    "Samtliga centrumbildningar arbetar aktivt med utvecklande medarbetarskap, och "
    "flera hälsoteam har startats under året.",
    "Centrumbildningarna arbetar vidare med att utveckla arbetssätt i den egna "
    "organisationen, över gränserna inom förvaltningen samt tillsammans med andra "
    "förvaltningar, inte minst kopplat till arbetet med hälso- och sjukvården 2029.",
    "Inom området minskad administration har arbetet med en gemensam "
    "utlämningsfunktion för allmänna handlingar gett resultat. Inom Centrum för "
    "ekonomi har arbetet med robotisering av processer och översyn av förvaltningens "
    "arbetssätt lett till att flera processer har tagits bort eller digitaliserats. "
    "Intresset för AI är stort inom förvaltningen, och under året har arbetet "
    "påbörjats med att ta fram en utbildning för att öka medvetenheten kring "
    "möjligheter och begränsningar inom området.",
    "Under 2025 har ett omfattande arbete inom området informationssäkerhet "
    "påbörjats, där regionstaben och förvaltningen för digitaliseringsstöd har "
    "tydliggjort en struktur för det fortsatta arbetet. Arbetet med civilt försvar "
    "och välfärdsbrottslighet pågår och omfattar samtliga förvaltningar i regionen. "
    "CIFU har under 2025 fortsatt att stärka sin roll, och viktiga "
    "utvecklingsinsatser har gjorts inom forskningsinfrastrukturen, bland annat "
    "genom införandet av nya anslagsformer såsom stimulansbidrag.",
]

FUTURE_AND_CHALLENGES = [
    "Det oroliga världsläget fortsätter att påverka, och vi behöver fortsatt arbeta "
    "aktivt med att förbereda vår organisation så att den kan fungera både i kris och "
    "i vardag. Detta innebär ett stort behov av samverkan mellan förvaltningarna för "
    "att täcka regionens behov och säkerställa en trygg miljö för dem vi är till för "
    "– våra patienter, besökare, resenärer samt våra medarbetare.",
    "Inom CIFU Utbildning intensifieras samverkan med länets kommuner för "
    "omställningen till framtidens hälso- och sjukvård. Samtidigt kvarstår "
    "utmaningar i att nå ut med kommunikation om lärande, att stärka stödet för nya "
    "medarbetare samt att förankra och implementera resurskrävande nya "
    "lärandemetoder.",
    "Efterfrågan på främst akut kommunikationsstöd i allmänhet och "
    "förändringskommunikation i synnerhet ökar kontinuerligt. Det innebär en löpande "
    "prioritering av Centrum för kommunikations uppdrag, vilket gör att nödvändigt "
    "utvecklingsarbete kring kommunikationsverksamheten och regionens kanaler "
    "behöver genomföras parallellt.",
    "Utvecklingen av regionens arbete med välfärdsbrottslighet kräver samarbete och "
    "fortsatt integrering av arbetssätt i befintliga processer för samtliga "
    "förvaltningar, både för att arbeta förebyggande och för att kunna identifiera "
    "misstänkta fall kopplade till våra verksamheter.",
    "Ett intensivt arbete tillsammans med Inköp/Region Sörmland pågår för att skapa "
    "ännu bättre affärer genom fler samordnade upphandlingar. Styrningen och "
    "medvetenheten kring inköpsprocesser, roller och ansvar behöver stärkas i "
    "organisationen, inklusive kravställning och uppföljning.",
    "Det är fortsatt högt tryck på utlämning av allmänna handlingar, på ärenden som "
    "rör utlämning av patientjournaler samt på ärenden till patientnämnden.",
]


def _intro_slide() -> Slide:
    # The slide is dense: its prose is set in the small style so it fits one page.
    blocks: list[Block] = [Para("Året i korthet", style="subheading")]
    blocks.extend(Para(text, style="small") for text in YEAR_IN_BRIEF)
    blocks.append(Para("Framtid och utmaningar", style="subheading"))
    blocks.extend(Para(text, style="small") for text in FUTURE_AND_CHALLENGES)
    return Slide(title="Inledning", blocks=blocks, kind="sammanfattning")


# --- Förvaltningens mål och indikatorer ----------------------------------------------

GOAL_STAKEHOLDERS = "Regionkontorets intressenter är nöjda och trygga"
GOAL_EFFICIENT = "Regionkontorets tjänster/processer är effektiva och håller god kvalitet"
GOAL_STAFF = "Engagerade medarbetare med rätt kompetens"
GOAL_ECONOMY = "Ekonomi i balans"


def _indicator_slide_1() -> Slide:
    stakeholders = Goal(
        title=GOAL_STAKEHOLDERS,
        level=GOAL_LEVEL,
        indicators=[
            _indicator(
                "Kundenkät CHR",
                (
                    _value("74,6 %", "2022", 74.6),
                    _value("Öka", "2025"),
                    _value("67,8", "2025", 67.8),
                ),
                "Går ej att bedöma",
                "Enkätfrågorna har reviderats och är inte helt jämförbara. Vid jämförelse "
                "av likvärdiga frågor uppnås ett värde på 74,8.",
                unit="%",
            )
        ],
    )
    efficient = Goal(
        title=GOAL_EFFICIENT,
        level=GOAL_LEVEL,
        indicators=[
            _indicator(
                "Antal vetenskapliga publikationer från regionen",
                (_value("129", "2024", 129), _value("Öka", "2025"), _value("116", "2025", 116)),
                "Negativt/inte uppnått",
                "Inom den normala årsvariationen och CIFU har inte haft någon förväntan om "
                "ökning i och med oförändrade kurser, samt övrig arbetsbelastningen inom "
                "regionens verksamheter. Svårt att få ut beviljad forskningstid.",
            ),
            _indicator(
                "Antal kliniska studier",
                (_value("175", "2024", 175), _value("Öka", "2025"), _value("155", "2025", 155)),
                "Negativt/inte uppnått",
                "Ur ett längre perspektiv ser CIFU en vikande trend med färre kliniska prövningar.",
            ),
            _indicator(
                "Antal medarbetare som medverkar i vetenskapligt arbete",
                (_value("240", "2024", 240), _value("Öka", "2025"), _value("227", "2025", 227)),
                "Negativt/inte uppnått",
                "47 % män, 53 % kvinnor. Vikande trend med färre medarbetare som medverkar "
                "i vetenskapligt arbete ute i verksamheterna, dock har något fler "
                "förordnanden via CIFU.",
            ),
        ],
    )
    return Slide(
        title="Förvaltningens mål och indikatorer",
        blocks=[
            IndicatorTable(header=HEADER_2022, goals=[stakeholders], note=TEMPLATE_NOTE),
            IndicatorTable(header=HEADER_2024, goals=[efficient]),
        ],
        kind="maluppfyllelse",
    )


def _indicator_slide_2() -> Slide:
    efficient = Goal(
        title=GOAL_EFFICIENT,
        level=GOAL_LEVEL,
        indicators=[
            _indicator(
                "Hållbara inköp och resurseffektivitet: antal arbetsprocesser eller "
                "materialflöden som utvecklas till mer cirkulära",
                (_value("1", "2024", 1), _value("Öka", "2025"), _value("0", "2025", 0)),
                "Negativt/inte uppnått",
                "Ingen sådan process har identifierats på regionkontoret. Diskussioner "
                "pågår regionövergripande kring plastanvändning i regionens verksamheter. "
                "Arbetet med cirkularitet ingår också i de hållbarhetskrav som ställs vid "
                "upphandlingar.",
            ),
            _indicator(
                "Andel samordnade upphandlingar Region Västmanland och Sörmland",
                (
                    _value("Nytt fr 2024", "2024"),
                    _value("30%", "2025", 30),
                    _value("24%", "2025", 24),
                ),
                "Trend: positiv Måluppfyllelse: inte uppnått",
                "Vi ser en positiv trend där andelen har ökat sedan 2023 (12%) och 2024 "
                "(20%). Vi ser också en ökad kurva för samordnade upphandlingar under "
                "innevarande år och när vi blickar framåt för de upphandlingar som ligger "
                "i plan så ser det ut som att vi kan nå en högre andel under nästa år 2026.",
                unit="%",
                trend="positive",
            ),
            _indicator(
                "Andel inköp som görs i e-handel (i SEK)",
                (_value("Nytt fr 2024", "2024"), _value("Öka", "2025"), _value("-", "2025")),
                "-",
                "Går ej att mätta än men återkommer till delårsrapport 2026. För nuvarande "
                'kan vi följa "Antal elektroniska beställningar i belopp i kr (inkl '
                'logistik, läkemedel)": 530 861 217 SEK under 2024 och 542 825 833 Sek '
                "under 2025",
            ),
            _indicator(
                "Klimat: CO2 utsläpp från tjänsteresor och transporter minskar",
                (
                    _value("28900", "2024", 28900),
                    _value("Minska", "2025"),
                    _value(
                        "1477 för RKs medarbetare\n30089 (jämförelse utfall 2024)", "2025", 1477
                    ),
                ),
                "Negativt",
                "Förtydligande: data går ej att ta fram för RKs medarbetare specifikt 2024. "
                "I mättningen Ingår även regionens revisorer, förtroendevalda samt "
                "reseersättning till stödpersoner via patientnämnden.\n"
                "2025: året visar en positiv trend med tydligt minskade flygresor, men "
                "också en ökning av användning av egen bil.",
            ),
        ],
    )
    return Slide(
        title="Förvaltningens mål och indikatorer",
        blocks=[IndicatorTable(header=HEADER_2024, goals=[efficient])],
        kind="maluppfyllelse",
    )


def _indicator_slide_3() -> Slide:
    staff = Goal(
        title=GOAL_STAFF,
        level=GOAL_LEVEL,
        indicators=[
            _indicator(
                "Hållbart medarbetarengagemang",
                (_value("79,8", "2022", 79.8), _value("Öka", "2025"), _value("76", "2025", 76)),
                "Negativt/inte uppnått",
                "Pulsmätning har genomförts hösten -25 och presenterats för förvaltningens "
                "chefer. Arbetet med identifierade åtgärder kommer att hanteras av "
                "verksamheterna.",
            ),
            _indicator(
                "Sjukfrånvaro",
                (
                    _value("3,5 %\nK: 4,0 %\nM: 1,2 %", "2022", 3.5),
                    _value("Minska", "2025"),
                    _value("3,8%\nK: 4,3%\nM: 1,4%", "2025", 3.8),
                ),
                "Oförändrat",
                "Den totala sjukfrånvaron 2024 var 3,7%.",
                unit="%",
                trend="unchanged",
            ),
        ],
    )
    economy = Goal(
        title=GOAL_ECONOMY,
        level=GOAL_LEVEL,
        indicators=[
            _indicator(
                "Ekonomiskt resultat",
                (
                    _value("+40 mnkr", "2024", 40),
                    _value("0 mnkr", "2025", 0),
                    _value("+34 mnkr", "2025", 34),
                ),
                "Uppnått",
                "Varav +17 mnkr avser regionövergripande medel.",
                unit="mnkr",
            )
        ],
    )
    return Slide(
        title="Förvaltningens mål och indikatorer",
        blocks=[
            IndicatorTable(header=HEADER_2022, goals=[staff]),
            IndicatorTable(header=HEADER_2024, goals=[economy]),
        ],
        kind="maluppfyllelse",
    )


# --- Uppdrag ---------------------------------------------------------------------

UPPDRAG_1 = [
    _assignment(
        "RF2",
        "Under 2025 ska RS och HSN fortsätta arbetet med tandvården samt utveckla "
        "tandvårdens roll i att upptäcka ohälsa, sjukdomar och våldsutsatthet.",
        "CHR/HSF",
        "Planenligt",
        "Centrum för HR stöttar HSN i kompetensförsörjningsarbetet utifrån ordinarie "
        "process och behov.",
    ),
    _assignment(
        "RF7",
        "Under 2025 ska regionstyrelsen och samtliga nämnder prioritera digital teknik "
        "och metoder som minskar administrativ tid och dämpar kostnadsutvecklingen.",
        "Samtliga CB",
        "Genomfört",
        "Tre nya processer inom fakturahantering har robotiserats, bland annat delar av "
        "administrationen för glasögonbidrag. Den egenutvecklade finans-appen för "
        "digitalt affärsflöde sparar tid och skapar säkrare processer i "
        "finanssamarbetet med Region Sörmland och Region Örebro län. Regionens "
        "delårsrapportering har minskats från två till ett tillfälle på "
        "verksamhetsnivå. Även omfånget för budgetförutsättningar och den ekonomiska "
        "långtidsprognosen har reducerats. Generativ AI har använts vid remissvar och i "
        "riskanalyser för intern kontroll med mera. Upphandling av AI-kontering av "
        "leverantörsfakturor har initierats, men ytterligare utredning av IT-säkerhet "
        "krävs för att möjliggöra korrekt kravställning.",
    ),
    _assignment(
        "RF8",
        "Under 2025 ska regionstyrelsen stärka det systematiska arbetet med att "
        "förebygga och upptäcka våld i nära relationer, sexuellt våld och "
        "hedersproblematik samt starta ett regionövergripande arbete kring anpassning "
        "till klimatförändringar kopplat till hälso- och sjukvården.",
        "Regionstaben",
        "Planenligt",
        "Arbetssätt och stödmaterial för att ställa frågor om våld i medarbetarsamtal har "
        "utvecklats tillsammans med CHR. Arbetssättet kommer att prövas under hösten "
        "2025 inom RK, Vuxenpsykiatrin och Ungdomsmottagningen. RD har fattat beslut "
        "som möjliggör att medarbetare kan söka stöd på arbetstid vid våld i nära "
        "relationer. För att underlätta implementeringen av ett systematiskt arbetssätt "
        "inom hälso- och sjukvårdens och tandvårdens verksamheter har en arbetsgrupp "
        "tagit fram ett stödpaket med material riktat till chefer, vårdpersonal och "
        "patienter. BVC har under året implementerat ett systematiskt arbetssätt för att "
        "identifiera och hantera våld i nära relationer. Frågor om våld i nära "
        "relationer har även integrerats i seniorhälsovårdsprogrammet.",
    ),
]

UPPDRAG_2 = [
    _assignment(
        "RF9",
        "Regionstyrelsen ska under 2025 vidta ytterligare åtgärder för att uppnå Region "
        "Västmanlands mål för kris- och katastrofmedicinsk beredskap.",
        "Regionstaben",
        "Planenligt",
        "Arbetet med civilt försvar har strukturerats under perioden och fokus har lagts "
        "på att bland annat etablera grunden för ett omsättningslager, ta fram en "
        "krigsorganisation, delta i relevanta övningar samt föra dialog med samtliga "
        "förvaltningar inför framtagandet av en regionövergripande plan för beredskap "
        "och höjd beredskap.",
    ),
    _assignment(
        "RF10",
        "Under 2025 ska regionstyrelsen verka för att öka andelen externfinansiering och "
        "samverkan med akademi och näringsliv i pågående och framtida forsknings- och "
        "innovationsprojekt.",
        "CIFU",
        "Planenligt",
        "CIFU har förstärkt kapaciteten för extern finansiering genom rekrytering av en "
        "expertrådgivare samt genom stimulansbidrag som skapar utrymme för att arbeta "
        "fram större externa ansökningar. Innovation har under året stöttat och drivit "
        "flera ansökningar om extern finansiering i samverkan med verksamheter och "
        "externa aktörer, bland annat AI-relaterade satsningar och projekt för kliniska "
        "studier. CIFU har även erbjudit kommunerna deltagande i chefs- och "
        "färdighetsutbildningar till självkostnadspris och genomfört "
        "språkombudsutbildning (VoC) för både kommuner och regionens förvaltningar.",
    ),
    _assignment(
        "RF11",
        "Under 2025 ska regionstyrelsen och samtliga nämnder vidta åtgärder för att öka "
        "andelen egen personal och fortsätta öka frisknärvaron.",
        "Samtliga CB",
        "Planenligt",
        "Det bedrivs ett proaktivt arbete med friskfaktorer för att hålla sjukfrånvaron "
        "på en fortsatt låg nivå, både ute på arbetsplatserna, i hälsoteamen och i "
        "enskilda samtal mellan chef och medarbetare. Arbetet med Utvecklande "
        "medarbetarskap har påbörjats inom samtliga centrumbildningar.",
    ),
    _assignment(
        "RF12",
        "Under 2025 ska regionstyrelsen och samtliga nämnder vidta åtgärder för att "
        "sänka regionens kostnadsnivå och hålla nere kostnadsutvecklingstakten så att "
        "regionens underskott minskar.",
        "CE",
        "Genomfört",
        "Arbetet sker löpande inom samtliga centrumbildningar. Pensionsavgångar har inte "
        "återbesatts. Regionens rapportering har minskats från två till en "
        "delårsrapport på verksamhetsnivå. Under året har, utöver "
        "ekonomichefsgruppen, controllers använts för att sprida central ekonomisk "
        "information i organisationen. Gemensamma presentationer och talmanus har "
        "tagits fram för att säkerställa ett enhetligt budskap. Ett controllerteam har "
        "bildats för att säkerställa kontinuitet i stödet till regionens verksamheter. "
        "En uppföljning av utbildningsinsatsen Coachande controller har genomförts för "
        "att bedöma om ytterligare insatser behövs.",
    ),
]

# --- Aktiviteter -----------------------------------------------------------------

INRIKTNING_EKONOMI = "Inriktning hållbarhet/ekonomi"
INRIKTNING_TRYGGHET = "Inriktning Trygghet säkerhet"

AKTIVITETER_1 = [
    _assignment(
        "Mål Regionkontorets intressenter är nöjda och trygga",
        "CK ska utveckla kompetensområdet ”påverkanskommunikation” för att ytterligare "
        "positionera Region Västmanland som aktör inför beslut på exempelvis nationell "
        "nivå.",
        "CK/RUF",
        "Planenligt",
        "Centrum för kommunikation har sedan årets början, genom konkreta uppdrag, "
        "byggt upp kompetens och strukturer inom området påverkanskommunikation. Ett "
        "samarbete med RUF har etablerats, och 40 % av en resurs från Centrum för "
        "kommunikation har avsatts för detta arbete.",
    ),
    _assignment(
        "RF2",
        "CHR kommer att stötta HSN i det strategiska arbetet med kompetensförsörjning "
        "inom tandvård.",
        "CHR",
        "Planenligt",
        "Centrum för HR stöttar HSN i kompetensförsörjningsarbetet utifrån ordinarie "
        "process och behov.",
    ),
    _assignment(
        "RF2",
        "Arbetet med att upptäcka våld görs inom ramen för insatserna kopplade till RF8.",
        "Regionstaben",
        "Planenligt",
        "Se kommentar under RF8",
    ),
    _assignment(
        "Inriktning HR",
        "Åtgärder som skapar förutsättningar för ett förlängt arbetsliv för seniora "
        "medarbetare ska tas fram, beslutas och planeras för.",
        "CHR",
        "Delvis genomfört",
        "Kartläggning utifrån chefsperspektivet har genomförts. Arbetet kommer fortsätta "
        "och intensifieras under planperioden.",
    ),
    _assignment(
        "RF7",
        "Inventera processer inom Regionkontoret som kan effektiviseras genom till ex. "
        "automatisering (RPA) med hjälp av robotisering/AI",
        "Samtliga CB",
        "Genomfört",
        "Tre nya processer inom fakturahantering har robotiserats bland annat delar av "
        "administrationen av glasögonbidrag. Den egenutvecklade finans-appen för "
        "digitalt affärsflöde sparar tid och skapar säkrare processer i "
        "finanssamarbetet med Region Sörmland och Region Örebro län. Generativ AI har "
        "använts vid remissvar och i riskanalyser för intern kontroll med mera. "
        "Upphandling av AI-kontering av leverantörsfakturor har initierats, men "
        "ytterligare utredning av IT-säkerhet krävs för att möjliggöra korrekt "
        "kravställning.",
    ),
    _assignment(
        "RF7",
        "Identifiera områden med pappershantering och minimera dessa (ex: införande av "
        "digital arvodeshantering, digital justering av protokoll samt Platinas "
        "möteshantering i sin helhet)",
        "Samtliga CB",
        "Delvis genomfört",
        "CHR: Identifiering av flera områden har genomförts och vissa justeringar har "
        "gjorts, exempelvis införandet av digitala webbformulär i stället för "
        "pappersblanketter. CE: Digitalisering av plusgirounderlag och kassarapporter "
        "har genomförts. Enheten har deltagit i en pilot för digital signering av "
        "utbetalningsunderlag från CIFU. Ett digitalt formulär för avskrivning av "
        "kundfordran har tagits fram och flödet för återbetalningar till FTV AB har "
        "digitaliserats. Dessutom har underlag för extern debitering digitaliserats.",
    ),
]

AKTIVITETER_2 = [
    _assignment(
        "RF7",
        "Genomföra en systematisk genomgång av nuvarande arbetsmoment, processer, "
        "rutiner och dokumentationsmetoder för att identifiera sådant som är ineffektivt "
        "eller inte längre relevant.",
        "Samtliga CB",
        "Delvis genomfört",
        "Arbetet sker löpande. Inventeringen av arbetsprocesser är delvis genomförd inom "
        "samtliga centrumbildningar. CE: En förenklad fakturering av röntgenkostnader "
        "till vårdcentraler har införts genom ekonomiska sammanställningar. "
        "Kartläggningen av acceleratorbokningar som genomförs i regionen har påbörjats. "
        "De åtgärder som hittills genomförts utifrån kartläggningen minskar den "
        "administrativa tiden samtidigt som kvalitativ redovisning säkerställs. Vidare "
        "har förändrade redovisningsprinciper för bärbara datorer införts, vilket leder "
        "till minskad administration.",
    ),
    _assignment(
        "Inriktning digitalisering",
        "Inleda ett sammanhållet arbete med FDS kopplat till AI med fokus på "
        "ansvarsfördelning och användningsområden inom RV.",
        "Regionstaben/CIFU/FDS",
        "Genomfört",
        "En regionövergripande riktlinje har tagits fram tillsammans med flera "
        "vägledningar för den bedömningsprocess som utgår från AI-förordningens "
        "regelverk. Inom forskningen pågår ett fortsatt utvecklingsarbete i samverkan "
        "med Juridik och säkerhet, FDS samt det mellansvenska utlämningsnätverket för "
        "hälsodata. Fokus ligger på att etablera fungerande rutiner för utlämning av "
        "journaldata till forskning. Ett ESF-projekt har beviljats med inriktning på "
        "regionövergripande AI-utbildning.",
    ),
    _assignment(
        "RF8",
        "Identifiera och prioritera insatser som behövs för att ha beredskap för "
        "klimatförändringarnas hälsoeffekter.",
        "Regionstaben/FSF/HSF",
        "Genomfört",
        "Kartläggningen har genomförts i samverkan med beredskapsfunktionen och "
        "presenterats för styrgruppen. Fokusområden och planering inför 2026 har även "
        "godkänts av styrgruppen.",
    ),
    _assignment(
        "RF8",
        "Stärka det systematiska arbetet genom utbildning och stödmaterial till HSF med "
        "utgångspunkt i Socialstyrelsens föreskrifter och allmänna råd om våld i nära "
        "relationer.",
        "Regionstaben/HSF",
        "Planenligt",
        "Arbetssätt och stödmaterial för att ställa frågor om våld i medarbetarsamtal har "
        "utvecklats tillsammans med CHR. Arbetssättet kommer att prövas under hösten "
        "2025 inom RK, Vuxenpsykiatrin och Ungdomsmottagningen. RD har fattat beslut "
        "som möjliggör för medarbetare att söka stöd på arbetstid vid våld i nära "
        "relationer. För att underlätta implementeringen av ett systematiskt arbetssätt "
        "inom hälso- och sjukvårdens samt tandvårdens verksamheter har en arbetsgrupp "
        "tagit fram ett stödpaket med material riktat till chefer, vårdpersonal och "
        "patienter. BVC har under året implementerat ett systematiskt arbetssätt för att "
        "identifiera och hantera våld i nära relationer. Frågor om våld i nära "
        "relationer har också integrerats i seniorhälsovårdsprogrammet. Samverkan "
        "utifrån ett våldsutövarperspektiv mellan Vuxenpsykiatrin, polisen och "
        "socialtjänsten har stärkts under året.",
    ),
]

AKTIVITETER_3 = [
    _assignment(
        INRIKTNING_EKONOMI,
        "Tillsammans med Region Sörmland öka andel samordnade upphandlingar.",
        "Regionstaben/CE",
        "Genomfört",
        "Gemensam upphandling av e-handelssystem har påbörjats och regionerna tittar "
        "också på ev gemensam upphandling av ekonomisystem. Initierade upphandlingar "
        "inom ekonomiområdet har stämts av med redovisningschef i Region Sörmland.",
    ),
    _assignment(
        "Inriktning hållbarhet/Ekonomi",
        "Tillsammans med Region Sörmland säkra rutiner för avtalsuppföljning.",
        "Regionstaben/CE",
        "Delvis genomfört",
        "I regionens internkontroll för 2025 sker stickprovsgranskning inom området "
        "avtalsuppföljning. Arbetet hos Inköp Sörmland kommer att stärkas via anställning "
        "av en avtalskontroller som började sin tjänst under Q3.",
    ),
    _assignment(
        INRIKTNING_EKONOMI,
        "Tillsammans med Region Sörmland utveckla vidare arbetet med kategoristyrning och "
        "säkra ett effektivt stöd från sakområdena (hållbarhet, energi, "
        "informationssäkerhet, beredskap med mera)",
        "Regionstaben",
        "Delvis genomfört",
        "Arbetet pågår och flera team har organiserats inom Inköp med fokus på IT, "
        "medicinteknik (MT) och vårdtjänster. Två möten om samordning av "
        "stödfunktionerna i Region Västmanland har genomförts, med särskilt fokus på den "
        "gemensamma upphandlingsplanen. Det har tyvärr funnits vakanser inom Inköp under "
        "2025, vilket har påverkat det utvecklingsarbete som behöver bedrivas inom "
        "området.",
    ),
    _assignment(
        INRIKTNING_EKONOMI,
        "Tillsammans med varuförsörjningen påbörja ett arbete för en optimering av "
        "Region Västmanlands sortiment, med fokus på kemikalier (inkl. säkring av "
        "utfasning och ersättning) och Minskningslistan",
        "Regionstaben/FSF/HSF",
        "Delvis genomfört",
        "Diskussioner pågår tillsammans med de övriga regioner som ingår i "
        "varuförsörjningen. Arbetet genomförs delvis genom den kemikaliesamordnare som "
        "är anställd inom varuförsörjningen, men uppdraget behöver även hanteras på en "
        "övergripande nivå. En plan kommer att tas fram under 2026.",
    ),
    _assignment(
        INRIKTNING_EKONOMI,
        "Utvärdera varuförsörjningen enligt samverkansavtalet tillsammans med andra "
        "regioner i samarbetet",
        "Regionstaben",
        "Genomfört",
        "Utvärderingen har genomförts och presenterats för regiondirektörerna samt för "
        "beredningsgruppen för varuförsörjningen. Utvecklingsområden kopplade till "
        "styrning och kommunikation har identifierats, och dessa kommer att hanteras i "
        "det fortsatta arbetet under 2026.",
    ),
]

AKTIVITETER_4 = [
    _assignment(
        "Inriktning hållbarhet/Ekonomi",
        "Identifiera kriterier som ska integreras i befintlig investeringsprocess för att "
        "säkra hållbara investeringar",
        "Regionstaben/CE",
        "Genomfört",
        "När investeringar prioriteras bedöms nyttan ur hållbarhetsperspektiven (social, "
        "ekologisk och ekonomisk).",
    ),
    _assignment(
        "RF9",
        "Region Västmanland ska genomföra en slutövning (Mareld) kopplat till "
        "katastrofmedicinsk omhändertagande vid CBRNE-händelser.",
        "Regionstaben",
        "Genomfört",
        "Övningen genomfördes i maj 2025, och utvärderingen är färdigställd. Slutsatserna "
        "från rapporten kommer att tas om hand och ligga till grund för det fortsatta "
        "arbetet under 2026.",
    ),
    _assignment(
        INRIKTNING_TRYGGHET,
        "Stärka samarbetet med Regionfastigheter i syfte att få framdrift i "
        "byggandsmässig robusthet",
        "Regionstaben/FSF",
        "Delvis genomfört",
        "Arbetet pågår och är långsiktigt. Under Q4 2025 har verksamhet och beredskap "
        "rekryterat en samordnare med fokus på robusthetsfrågor som kommer att kunna "
        "stötta i detta arbete.",
    ),
    _assignment(
        INRIKTNING_TRYGGHET,
        "Planeringen av regionens beredskap sker i samverkan med Länsstyrelsen och länets "
        "kommuner genom deltagandet i gemensamma övningar",
        "Regionstaben",
        "Planenligt",
        "Regionen deltar aktivt i övningar med Länsstyrelsen och länets kommuner.",
    ),
    _assignment(
        INRIKTNING_TRYGGHET,
        "Deltagande i andra aktörers aktiviteter. T.ex. övning, utbildning och planering.",
        "Regionstaben",
        "Planenligt",
        "Regionen är en del av den framtagna övning- och utbildningsplanen som "
        "Länsstyrelsen tillsammans med region, kommuner och övriga aktörer i U-sam "
        "jobbar utifrån.",
    ),
    _assignment(
        INRIKTNING_TRYGGHET,
        "Ta fram en struktur för ett samordnat förebyggande arbete mot "
        "välfärdsbrottslighet och systematisera arbetssätten",
        "Regionstaben",
        "Planenligt",
        "En handlingsplan har tagits fram och en styrgrupp för arbetet är etablerad. En "
        "arbetsgrupp med representanter från CHR, CE, Inköp, HSF och regionstaben "
        "träffas löpande, och arbetet med crime proofing har påbörjats. Stramare villkor "
        "och utökade kontroller vid utbetalning av glasögonbidrag har införts. Arbetets "
        "fokus ligger på att integrera välfärdsbrottslighetsarbetet i det dagliga "
        "arbetet.",
    ),
]

AKTIVITETER_5 = [
    _assignment(
        "RF10",
        "Påbörja utbildningsprogram och det administrativa stödet för ansökningar av externa medel",
        "CIFU",
        "Planenligt",
        "CIFU har förstärkt stödet för externa ansökningar genom att rekrytera en "
        "expertrådgivare samt genom att CIFU Forskning erbjuder rådgivning i planering "
        "av studier, etikansökningar och extern finansiering. Under året har även "
        "seminarier genomförts för olika målgrupper, med både strategiskt och praktiskt "
        "fokus, inklusive exempel på hur AI kan användas för att stärka "
        "ansökningsprocessen.",
    ),
    _assignment(
        "RF10",
        "Slutföra kartläggningen av befintliga test och innovationsmiljöer och starta "
        "minst ett nytt pilotprojekt inom en test/innovationsmiljö inom RV",
        "CIFU",
        "Delvis genomfört",
        "En initial sammanställning av externa test- och innovationsmiljöer har tagits "
        "fram. Flera testuppdrag har genomförts där företagslösningar har matchats mot "
        "verksamheters behov, och både Hjälpmedelcentrum och KTC pekas ut som piloter "
        "för att proaktivt utveckla sin kapacitet som testmiljöer.",
    ),
    _assignment(
        "Inriktning utbildning",
        "Erbjuda kommunerna i länet att delta i KTC utbildningar som erbjuds via "
        "Kompetensplatsen och ta fram en modell för ersättning av kostnaderna. "
        "Undersöka möjlighet att skapa gemensamma utbildningar där utbildarna är "
        "personal från både region och kommun.",
        "CIFU",
        "Planenligt",
        "Kommunerna erbjuds deltagande i utbildningar både online och fysiskt. En modell "
        "för ersättning baserad på självkostnadspris finns på plats, och ett pågående "
        "arbete inom nätverk syftar till att stärka möjligheterna för gemensamma "
        "utbildningar. Detta inkluderar dialog om att använda varandras personal som "
        "utbildare.",
    ),
    _assignment(
        "RF11",
        "Stötta verksamheter i sitt SAM arbete genom bildandet och utveckling av "
        "befintliga hälsoteam inom förvaltningen tillsammans med Regionhälsan.",
        "Alla CB",
        "Planenligt",
        "Strukturen för Hälsoteam används på flera enheter även om det i vissa fall inte "
        "är kompletta med skyddsombud.",
    ),
    _assignment(
        "RF11",
        "Erbjuda verksamheterna utbildning i utvecklande medarbetarskap",
        "CHR",
        "Genomförd",
        "Utvecklande medarbetarskap lanserades i mars. Introduktionsutbildning för "
        "medarbetare finns på plats och utbildningar erbjuds även chefer – både med och "
        "utan hälsoteam – i att leda arbetet med Utvecklande medarbetarskap.",
    ),
]

AKTIVITETER_6 = [
    _assignment(
        "RF12",
        "Identifiera samverkansmöjlighet som kan leda till lägre personal- och "
        "lokalbehov och implementera lämplig samverkan internt (inom RK och RV) och med "
        "andra Regioner",
        "Samtliga CB",
        "Delvis genomfört",
        "Gemensam översyn med Region Sörmland är genomförd gällande lön och systemstöd. "
        "Inga nya områden har identifierats kring ekonomi.",
    ),
    _assignment(
        "RF12",
        "Utreda hur ett centralt ägarskap av regionens möbler skulle kunna organiseras i "
        "samverkan med HSF och NAV",
        "Regionstaben/CE/FSF",
        "Delvis genomfört",
        "Förenklad förstudie framtagen. Diskussion om syftet med centralt ägande har "
        "förts på koncernledningen i december. Fortsättning följer under januari 2026.",
    ),
    _assignment(
        "RF12",
        "Upprätta en gemensam utlämningsfunktion på förvaltningen som stöd i hantering "
        "av allmänna handlingar",
        "Regionstaben",
        "Genomfört",
        "Funktionen är permanent sedan årsskiftet och har vidareutvecklats med fler "
        "handlingstyper. Arbetet drivs i samverkan med Juridik, Informationssäkerhet och "
        "Regionkansliet. Förvaltningarna har informerats om arbetssättet, som "
        "underlättar för regionens chefer och medarbetare.",
    ),
    _assignment(
        "Inriktning ekonomi",
        "Säkra metodiken och utbildning kopplat till effekthemtagning inom förvaltningen",
        "CE",
        "Genomfört",
        "Projektkontoret har medverkat vid RK-chefsmöte för information om modeller för "
        "verksamhetsutveckling samt effekthemtagning.",
    ),
]

# --- Personal, ekonomi -------------------------------------------------------------

HIRED_STAFF_SENTENCE = (
    "Inhyrd personal: Ökade kostnader med 0,8 mnkr för att ersätta vakant tjänst "
    "arbetsmiljöingenjör (0,4 årsarbetare) och deltidsforskande psykolog (0,5 "
    "årsarbetare) hos Regionhälsan."
)
REHAB_SENTENCE = (
    "Antal rehabiliteringsärenden är 35, jämfört med 42 föregående år, varav 26 är avslutade."
)
DEVIATIONS_SENTENCE = "Antal rapporterade arbetsmiljöavvikelser är 9, jämfört med 23 föregående år."
WORKED_TIME_SENTENCE = (
    "Den arbetade tiden har minskat motsvarande 7 årsarbetare. Det beror främst på "
    "vakanser och en indragen tjänst."
)
CENTRE_SENTENCE = (
    "Underskottet för Upphandlingen har ökat 0,8 mnkr och underskottet för "
    "Varuförsörjningen har ökat 0,9 mnkr jämfört med 2024."
)


def _effect_table() -> DataTable:
    header = ["Aktivitet/projekt", "Tidplan", "Beräknad effekt", "Realiserad effekt", "Kommentar"]
    rows = [
        Row(
            "Begränsa glasögonbidrag", ["2025", "0,4 mnkr", "0,4 mnkr", "Striktare regler införda"]
        ),
        Row(
            "Ej återbesatt pensionsavgång inom Centrum för ekonomi",
            ["Maj 2025", "1,4 mnkr", "0,9 mnkr", "Helårseffekt uppnås 2026"],
        ),
        Row(
            "Minskat antal controllers på Controllerservice",
            ["2024", "1,6 mnkr", "1,6 mnkr", "Neddragning under 2024 ger helårseffekt 2025"],
        ),
        Row(
            "Vakanser på Juridik/Informationssäkerhet, Säkerhet och beredskap samt Hållbarhet",
            [
                "2025",
                "3,5 mnkr",
                "5,1 mnkr",
                "Vakanser på verksamhet har uppstått under året p.g.a. långa "
                "rekryteringsprocesser, vilket påverkar möjligheter att ge stöd till "
                "regionens förvaltningar och hårda prioriteringar har gjorts",
            ],
        ),
    ]
    return DataTable(
        title=None,
        kind="effekthemtagning",
        header_rows=[[HeaderCell(text) for text in header]],
        columns=[
            Column("Tidplan", measure="other"),
            Column("Beräknad effekt", measure="prognos"),
            Column("Realiserad effekt", measure="utfall"),
            Column("Kommentar", measure="other"),
        ],
        rows=rows,
        unit="mnkr",
    )


def _economy_slide() -> Slide:
    blocks: list[Block] = [
        Para("Årets resultat +34 mnkr", style="lead"),
        Para("Årets resultat jämfört med budget", style="subheading"),
        Para("Tillgängliga medel för forskning och innovation +2 mnkr"),
        Para("Regionövergripande utvecklingsmedel +15 mnkr"),
        Para("varav centrala medel för IT-utveckling +9 mnkr"),
        Para("Lägre personalkostnader +17 mnkr"),
        Para("Årets resultat jämfört med förgående år", style="subheading"),
        Para(
            "Skillnaden mellan årets och föregående års resultat beror främst på lägre "
            "pensionsavgift 2025."
        ),
        Para("Kommentarer", style="subheading"),
        Bullets(
            [
                (
                    0,
                    "Stora delar av stödverksamheterna inom ekonomi, HR samt "
                    "Utbildningsenheten är ramfinansierade från 2025.",
                ),
                (0, "Pensionsavgiften sänkt från 25,59 % 2024 till 12,52 % 2025."),
                (
                    0,
                    "Onyttjade medel för IT-utveckling (PU) beror främst på att nytt "
                    "läkemedelslager finansierats med statsbidrag.",
                ),
            ]
        ),
    ]
    return Slide(title="Ekonomi", blocks=blocks, kind="ekonomi")


def _cost_slide() -> Slide:
    blocks: list[Block] = [
        Chart(title="Kostnadsutveckling", kind="bar", series=[[100.0, 93.0]]),
        Para("Kommentarer", style="subheading"),
        Bullets(
            [
                (0, "Total bruttokostnadsutveckling -7 %"),
                (0, "Färre inskrivna asylsökande medför lägre sjukvårdskostnader."),
                (0, "Lägre sociala avgifter till följd av sänkt pensionsavgift."),
            ]
        ),
    ]
    return Slide(title="Kostnadsutveckling", blocks=blocks, kind="ekonomi")


INVESTMENT_COMMENTS = [
    "Utbildningsenheten (KTC) har investerat 0,2 mnkr i HLR-dockor och kommer att nyttja "
    "resterande 0,1 mnkr till HLR-dockor 2026. Det avser övningsutrusning för "
    "vårdpersonal.",
    "Regionhälsan har investerat i maskiner till Hälsolyften för 0,3 mnkr av budget på "
    "0,5 mnkr från år 2023.",
    "Regionhälsan har avropat 0,1 mnkr till instrument för andningsskydd, vilket är nytt "
    "lagkrav 2025, som kommer att köpas in 2026. Det medför att det inte finns några "
    "övriga kvarvarande medel att överföra till 2026.",
]


def _slides() -> list[Slide]:
    return [
        _intro_slide(),
        _indicator_slide_1(),
        _indicator_slide_2(),
        _indicator_slide_3(),
        _uppdrag_slide(UPPDRAG_1),
        _uppdrag_slide(UPPDRAG_2),
        _aktivitet_slide(AKTIVITETER_1),
        _aktivitet_slide(AKTIVITETER_2),
        _aktivitet_slide(AKTIVITETER_3),
        _aktivitet_slide(AKTIVITETER_4),
        _aktivitet_slide(AKTIVITETER_5),
        _aktivitet_slide(AKTIVITETER_6),
        _image_slide(
            "Nyckeltalsuppföljning",
            [
                HIRED_STAFF_SENTENCE,
                "Resor: Något ökade resekostnader i samband med kurser och konferenser 0,1 ,mnkr.",
                "Antal anställda: Jämfört med december 2024 har antal anställda ökat med "
                "1 motsvarande period 2025. Det är en blandning av en indragen tjänst i "
                "samband med en pensionsavgång samt förändringar av tillfälliga vakanser.",
                "Representation: Kostnaderna är i nivå med föregående år.",
            ],
            "personal",
            picture=False,
        ),
        _image_slide(
            "Medarbetare",
            [
                "Sjukfrånvaron har ökat något jämfört med 2024.",
                "Verksamheterna har aktiva hälsoteam som bidrar till arbetsmiljöarbetet. "
                "Utvecklande Medarbetarskap har påbörjats inom de flesta verksamheter.",
                REHAB_SENTENCE,
                DEVIATIONS_SENTENCE,
            ],
            "personal",
        ),
        _image_slide("Medarbetare", [WORKED_TIME_SENTENCE], "personal"),
        Slide(title="Ekonomisk effekthemtagning", blocks=[_effect_table()], kind="ekonomi"),
        _economy_slide(),
        _image_slide("Ekonomi på centrumnivå", [CENTRE_SENTENCE], "ekonomi"),
        _cost_slide(),
        _image_slide("Investeringar", INVESTMENT_COMMENTS, "investeringar"),
    ]


def _key_figures() -> list[KeyFigure]:
    def figure(name: str, value: float, unit: str | None, sentence: str) -> KeyFigure:
        return KeyFigure(name=name, value=value, unit=unit, period="2025", sentence=sentence)

    return [
        figure("result", 34, "mnkr", RESULT_SENTENCE),
        figure("result_regional_development_funds", 17, "mnkr", RESULT_SENTENCE),
        figure("result_own", 17, "mnkr", OWN_RESULT_SENTENCE),
        # "Årets resultat +34 mnkr" (Ekonomi) states the result again: listed once, above.
        figure(
            "result_vs_budget_research_innovation",
            2,
            "mnkr",
            "Tillgängliga medel för forskning och innovation +2 mnkr",
        ),
        figure(
            "result_vs_budget_regional_development_funds",
            15,
            "mnkr",
            "Regionövergripande utvecklingsmedel +15 mnkr",
        ),
        figure(
            "result_vs_budget_it_development",
            9,
            "mnkr",
            "varav centrala medel för IT-utveckling +9 mnkr",
        ),
        figure("result_vs_budget_personnel_costs", 17, "mnkr", "Lägre personalkostnader +17 mnkr"),
        figure("hired_staff_cost_increase", 0.8, "mnkr", HIRED_STAFF_SENTENCE),
        figure("rehabilitation_cases", 35, None, REHAB_SENTENCE),
        figure("work_environment_deviations", 9, None, DEVIATIONS_SENTENCE),
        figure("worked_time_decrease", 7, "årsarbetare", WORKED_TIME_SENTENCE),
        figure("deficit_increase_upphandlingen", 0.8, "mnkr", CENTRE_SENTENCE),
        figure("deficit_increase_varuforsorjningen", 0.9, "mnkr", CENTRE_SENTENCE),
    ]


def build() -> SampleDoc:
    """Return the Regionkontoret 2025 verksamhetsberättelse as slides."""
    return SampleDoc(
        name="003_verksamhetsberattelse_rk_2025",
        seed="003_f3a19cbbc7dd40cc.txt",
        family="slides",
        meta=Meta(
            organisation="Region Västmanland",
            body="Regionkontoret",
            report_type="verksamhetsberattelse",
            year=2025,
            period_start="2025-01-01",
            period_end="2025-12-31",
            period_label="2025",
            title="Verksamhetsberättelse 2025",
        ),
        title_page=["Verksamhetsberättelse 2025", "Regionkontoret", "Region Västmanland"],
        header_text="Region Västmanland – Regionkontoret",
        footer_text="Verksamhetsberättelse 2025",
        blocks=list(_slides()),
        key_figures=_key_figures(),
    )

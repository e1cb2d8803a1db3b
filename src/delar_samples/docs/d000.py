"""Sample 000: Region Västerbotten, Regionstyrelsen, Delårsrapport per augusti 2025.

Renders seed ``000_15cf15814cfe9c7c.txt``, a Stratsys-style export: numbered
headings, two "Status Färg" legends, the goal summary table "Regionmål | Delmål |
Prognos", per-delmål follow-up (Analys, Indikatorer), two uppdrag tables, the
"Analys av orsak och förslag till åtgärder" table and economy prose.

Choices for what the seed text lost:

* Legends: the colour cells are empty in the seed; the usual traffic lights are
  used (helt green, delvis yellow, inte red).
* Delmål: the forecast words are printed ("Mål kommer helt/delvis uppfyllas",
  "Inga data") and map directly; Inga data gets a grey icon.  Four helt and
  four delvis, as sections 1 and 2.2 say.
* Indicators (icon only in the seed): indicators of an "Inga data" delmål are
  no_data (grey icon); the one printing "Inga tillgängliga data" keeps that
  label and has no icon.  Indicators of assessed delmål follow the delmål's
  forecast, except under the civil-preparedness delmål, where the prose says
  continuity planning has lagged: kontinuitetsplaner red, training green.
* Uppdrag: the printed words map directly (Klar med avvikelse → orange,
  Pågående → yellow, Klar → green).  The "Stärka vår ledning och styrning"
  analysis, which ran onto the next page in the original, is kept whole.
* "Riktas till …" under each uppdrag title is stored as ``directed_to``
  without the words "Riktas till".
* "Analys av orsak och förslag till åtgärder" is a text table: a DataTable of
  kind "other" whose row label is the Avvikelseområde cell and whose two cells
  are the analysis and the action; list lines inside a cell are joined by "\\n".
* Section kinds: unnumbered sub-headings take the kind of the numbered section
  they sit in, except the uppdrag headings (kind "uppdrag").
"""

from __future__ import annotations

from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Block,
    Bullets,
    Column,
    DataTable,
    Goal,
    GoalSections,
    GoalSummaryTable,
    HeaderCell,
    Heading,
    Indicator,
    KeyFigure,
    Legend,
    LegendEntry,
    Meta,
    Para,
    Row,
    SampleDoc,
    Status,
)

GREEN = "#3AA655"
YELLOW = "#F2C500"
ORANGE = "#F28C28"
RED = "#D7263D"
GREY = "#A0A0A0"

SEED = "000_15cf15814cfe9c7c.txt"

# Forecast statuses of the delmål, words as printed in the "Prognos" column.
HELT = Status("fulfilled", label="Mål kommer helt uppfyllas", color=GREEN)
DELVIS = Status("partially_fulfilled", label="Mål kommer delvis uppfyllas", color=YELLOW)
INGA_DATA = Status("no_data", label="Inga data", color=GREY)

# Indicator statuses: icon only (no printed words) unless stated.
IND_FULFILLED = Status("fulfilled", color=GREEN)
IND_PARTIAL = Status("partially_fulfilled", color=YELLOW)
IND_NOT = Status("not_fulfilled", color=RED)
IND_NO_DATA = Status("no_data", color=GREY)
IND_NO_DATA_TEXT = Status("no_data", label="Inga tillgängliga data")

# Assignment statuses, words as printed under the icon.
KLAR = Status("completed", label="Klar", color=GREEN)
KLAR_MED_AVVIKELSE = Status("completed_with_deviation", label="Klar med avvikelse", color=ORANGE)
PAGAENDE = Status("ongoing", label="Pågående", color=YELLOW)

TERTIAL = "Tertial: aug, dec"
YEAR_END = "2025-12-31"

# Sentences that carry key figures (each occurs verbatim in a Para below).
S_SUMMARY_RESULT = "Regionstyrelsen redovisar efter andra tertialet en positiv budgetavvikelse på 5 miljoner kronor och en nettokostnadsutveckling på 5,8 procent."
S_SUMMARY_FORECAST = "Prognosen för året är ett överskott mot budget på 13 miljoner kronor."
S_SUMMARY_INVEST = "Investeringsutgifterna uppgår efter augusti till 547 miljoner kronor och för året prognosticeras ett utfall på 1 037 miljoner kronor vilket innebär en negativ avvikelse mot budget på 45 miljoner kronor."
S_SUMMARY_SICK = "Sjukfrånvaroutvecklingen inom Regionstyrelsen fortsätter att minska och uppgår i juni 2025 till 4,68 procent."
S_EMPLOYEES_CHANGE = "Vid en jämförelse med föregående år per den 31 augusti har antalet anställda inom regionstyrelsen ökat med 10 personer."
S_NET_COSTS = "Regionstyrelsens nettokostnader uppgår per augusti 2025 till 2 661 miljoner kronor vilket är en ökning med 146 miljoner kronor eller 5,8 procent jämfört med föregående år."

# The steering steps are printed twice: in a delmål analysis and in an uppdrag.
STEERING_INTRO = "Uppdraget består av ett antal delaktiviteter som har genomförts under året och kommer fortsätta kommande år."
STEERING_STEPS = Bullets(
    [
        (
            0,
            "Inriktning för den verksamhetsgemensamma styrningen är presenterad i arbetsutskotten för förvaltningarna. Samsynsarbete pågår över förvaltningsgränserna.",
        ),
        (1, "Pågående: Kartläggningsarbete över befintliga styrsystem/modeller."),
        (
            0,
            "Regionförvaltningens identitetsarbete (styrning på verksamhetsnivå) för ledningsgrupper stabsnivå klar inom regionstyrelsens förvaltning.",
        ),
        (
            1,
            "Pågående: Inom hälsosjukvårdsförvaltning, Länssjukvårdsområde 2 och Närsjukvårdsområde Skellefteå",
        ),
        (
            0,
            "Workshop av dom olika planeringsstegen genomförd på övergripande nivåer av intressenter. Resultat sammanställt och presenterat för förvaltningsgemensamt nätverk för inspel till utveckling.",
        ),
        (
            1,
            "Nästa steg (pausat): Utforska det verksamhetsnära perspektivet, dock är ett nytt planeringsgränssnitt i närtid på gång i Stratsys, vilket vi behöver utvärdera inför kommande information till verksamheter.",
        ),
        (
            0,
            "Områden för uppföljning, analys och styrning framtagna och pilottestats i Närsjukvårdsområde Skellefteå.",
        ),
        (
            1,
            "Pågående: Prototyp i Stratsys framtagen, möjliga integrationer, data och fakta för en sammanhållen uppföljning undersöks -Kvalitet i grunduppdraget",
        ),
        (
            0,
            "Verktyg och metoder framtagna, presenterade och tillgängliga på regionens intranät, nu kompletterat med förändringsledning. Praktiseras av Utvecklingsstödet och andra i utvalda pågående arbeten.",
        ),
        (1, "Pågående: Kunskapshöjande insats under ledardagen och kommunikationsinsatser."),
    ]
)


def _indicators(status: Status, *names: str) -> list[Indicator]:
    """Indicators that share one status (icon only)."""
    return [Indicator(name=name, status=status) for name in names]


def _delmal(
    title: str, status: Status, analysis: list[str | Bullets], indicators: list[Indicator]
) -> Goal:
    return Goal(
        title=title, level="delmal", status=status, analysis=analysis, indicators=indicators
    )


def _regionmal(title: str, *children: Goal) -> Goal:
    return Goal(title=title, level="regionmal", children=list(children))


def _goal_1() -> Goal:
    return _regionmal(
        "Mål 1. Trygga uppväxtvillkor",
        _delmal(
            "Implementera strukturerade arbetssätt med barnrättsperspektiv inom regionstyrelsens verksamheter",
            DELVIS,
            [
                "Utbildningen är fortfarande under konstruktion. Arbete med implementeringsplan pågår. Förhoppningen är att utbildningen, vilken skapas i Lärande region, är färdig för implementering i slutet av året."
            ],
            _indicators(IND_PARTIAL, "Antal medarbetare som gått utbildning om barnrätt"),
        ),
        _delmal(
            "Påbörja arbete med att ta fram en struktur för att stödja medarbetare och chefer vid våld i nära relation",
            HELT,
            [
                "En struktur i form av information till chefer och medarbetare är framtagen och finns publicerad på intranätet. Fortsatt implementering kommer att behövas liksom att eventuellt revidera materialet när SKR reviderar sitt stödmaterial."
            ],
            _indicators(IND_FULFILLED, "Arbete påbörjat med att ta fram en struktur"),
        ),
    )


def _goal_2() -> Goal:
    return _regionmal(
        "Mål 2. Goda levnadsvillkor",
        _delmal(
            "Regionens totala förmågeutveckling stärks och en förflyttning sker av den egna verksamhetens förmåga till civil beredskap",
            DELVIS,
            [
                "Det finns två komplicerande faktorer som gör att kontinuitetshaneringen inte fortskrider såsom önskvärt inom regionstyrelsens förvaltning. I ett tidigare beslut efter genomförd risk- och sårbarhetsanalys (RSA) definierades Inköp och logistik som en verksamhet som skulle kontinuitetshantera under föregående år. Efter detta beslut har en omorganisering gjorts vilket skapade otydlighet kring vilka delar som skulle fortsätta arbetet med kontinuitetshanteringen. I analysarbetet med RSA så framgick inte tydligt vilka stabers frågor och perspektiv som respektive representant i gruppen skulle ansvara för. Detta sammantaget har inneburit att kontinuitetshantering i viss mån inte skett inom verksamheter där det ska genomföras."
            ],
            _indicators(
                IND_NOT,
                "Antal samhällsviktiga verksamheter som har tagit fram kontinuitetsplaner.",
            )
            + _indicators(
                IND_FULFILLED,
                "Antal medarbetare inom regionstyrelsens förvaltning som har gått introduktionsutbildning civil beredskap",
            ),
        ),
        _delmal(
            "Regionstyrelsen stärker förmåga och förutsättningar för prioriterade hälsofrämjande insatser",
            INGA_DATA,
            ["Inväntar årsvis uppföljning av aktivitet."],
            _indicators(
                IND_NO_DATA, "Påbörja information och spridning av verktyget levnadsvanestöd"
            ),
        ),
    )


def _goal_3() -> Goal:
    return _regionmal(
        "Mål 3. Ett attraktivt och hållbart Västerbotten",
        _delmal(
            "Stärka arbetsgivarkommunikationen internt, kommunikationen om universitetssjukvården och regionens samlade uppdrag enligt handlingsplanen för Region Västerbottens varumärke",
            HELT,
            [
                "För att stärka den interna arbetsgivarkommunikationen har ett underlag tagits fram i samverkan med HR och kommunikationsstaben. En WS har hållits i CLG med förslag på utkast till handlingsplan med prioriterade områden med positiv feedback om fortsatt utveckling enligt riktning i underlag.",
                "För att stärka Nus varumärke fortsätter kommunikationen om Norrlands universitetssjukvårds uppdrag inom vård, forskning och utbildning pågår aktiviteter enligt plan. Den senaste varumärkesmätningen visade att kännedomen ökat och årets mediaanalys visar att nyheter inom området når ut.",
                "Fortsätt utveckla och stärka regionens arbetsgivarerbjudande enligt handlingsplanen.",
                "Fortsatt utveckla kommunikationen om hela uppdraget, hälsa, vård och utveckling",
            ],
            _indicators(
                IND_FULFILLED,
                "Varumärkesmätning: Anseendeindex",
                "Ta fram en handlingsplan för att stärka den interna arbetsgivarkommunikationen",
            ),
        ),
        _delmal(
            "Region Västerbotten har en effektiv, tydlig och tillitsfull roll både som part och facilitator i samverkan med kommunerna i Västerbotten",
            INGA_DATA,
            ["Inväntar uppföljning av aktiviteter, vilket görs årsvis."],
            _indicators(
                IND_NO_DATA,
                "Befintliga GAP i våra samverkansstrukturer är tydliggjorda och åtgärder för förbättringar pågår",
            ),
        ),
    )


def _goal_4() -> Goal:
    return _regionmal(
        "Mål 4. Tillgänglig vård med god kvalitet och kontinuitet",
        _delmal(
            "Gemensam verksamhetsstyrning är implementerad till verksamhetschefsnivå på NUS och pågår för resterande verksamheter",
            DELVIS,
            [STEERING_INTRO, STEERING_STEPS],
            _indicators(
                IND_PARTIAL,
                "Antal ledningsgrupper som beskrivit sin identitet enligt identitetsmaterial",
            ),
        ),
        _delmal(
            "Förbättrad tillgänglighet och delaktighet genom användarvänliga digitala tjänster",
            HELT,
            [
                "Ett fortsatt fokus under perioden har varit att skala upp det befintliga genom att öka användningen av det utbud av verksamhetsstöd som redan finns, utbudskatalogen är källan för att ta del av det som finns.",
                "En positiv trend är att invånarna allt mer söker sig till, och väljer, digitala kanaler. Grundorsaken om det har att göra med låg tillgänglighet i telefon eller är ett eget val kan analysen inte ge svar på. Största andelen utförda digitala vårdmöten genomförs av personalen på 1177 direkt Västerbotten.",
            ],
            _indicators(
                IND_FULFILLED,
                "Antal interna och externa digitala möten",
                "Antal digitala vårdbesök",
                "Användandet av självservice (alla e-tjänster)",
            ),
        ),
        _delmal(
            "Justering av beställning primärvård, ersättningsmodell och förändrad uppföljningsplan hälsoval primärvård är genomförd.",
            INGA_DATA,
            [
                "Arbetet fortlöper som planerat enligt framtaget årshjul. Nya inriktningar och principer är beslutade och fastställda i början på året och en förankringsperiod med dialog kring dessa genomförs med ledningsfunktioner under våren. Genomgång har även skett i samrådet i maj. I dagsläget finns ingen risk till förseningar utan ny beställning, ersättningsmodell och uppföljningsplan implementeras 2026."
            ],
            _indicators(
                IND_NO_DATA,
                "Justering av beställning primärvård, ersättningsmodell och förändrad uppföljningsplan hälsoval primärvård är genomförd.",
            ),
        ),
    )


def _goal_5() -> Goal:
    return _regionmal(
        "Mål 5. Goda arbetsplatser och attraktiva arbetsgivare",
        _delmal(
            "Chefernas förutsättningar att leda är stärkta och stärkt medarbetarskap",
            INGA_DATA,
            [
                "Arbete pågår med chefers förutsättningar enligt plan. Fokus just nu är att arbeta fram ett förslag på nytt upplägg kring chefsutbildning."
            ],
            _indicators(
                IND_NO_DATA,
                "Hållbart medarbetarengagemang för chefer ska öka",
                "Hållbart medarbetarengagemang för medarbetare ska öka",
            ),
        ),
        _delmal(
            "Vår kultur är känd och förankrad i samtliga verksamheter. Handlingsplan är framtagen och implementering har påbörjats",
            DELVIS,
            [
                "En arbetsgrupp som leds av HR tillsammans med kommunikation ska ta fram en handlingsplan för att förankra kulturens betydelse för ledning och styrning i organisationen. Aktiviteterna ska bygga på redan etablerade strukturer inom styrning och ledning samt ledarskap och medarbetarskap. En del av arbetet är att visualisera hur kulturen påverkar dessa områden. En WS har hållits i CLG utifrån arbetsgruppens förslag på riktning framåt och nuläget."
            ],
            _indicators(IND_PARTIAL, "Handlingsplan är framtagen och implementering påbörjad"),
        ),
    )


def _goal_6() -> Goal:
    return _regionmal(
        "Mål 6. En hållbar miljö- och klimatregion",
        _delmal(
            "Vår verksamhet minskar resursanvändning och klimatpåverkan",
            INGA_DATA,
            ["Inväntar uppföljning på aktiviteter, vilket görs årsvis."],
            _indicators(
                IND_NO_DATA,
                "Miljökrav ställs i prioriterade upphandlingar",
                "Klimatutsläpp från tjänsteresor",
                "Lokalyta som regionen äger och hyr ska inte ökas till år 2030 i jämförelse med 2020",
                "Mängd köpt energi",
            )
            + _indicators(
                IND_NO_DATA_TEXT,
                "Utrett antal engångsmaterial som är möjliga/ej möjliga att byta till flergångsmaterial",
            ),
        ),
        _delmal(
            "Region Västerbotten minskar användning av farliga ämnen",
            INGA_DATA,
            ["Inväntar mer data, vilket kommer med uppföljning av aktiviteter årsvis."],
            _indicators(
                IND_NO_DATA,
                "Produkter har identifierats för möjlig utfasning med förslag på ersättningsprodukter.",
            ),
        ),
        _delmal(
            "Region Västerbotten anpassar sig till ett förändrat klimat",
            INGA_DATA,
            ["Inväntar uppföljning av aktivitet, vilket görs årsvis."],
            _indicators(IND_NO_DATA, "En GAP-analys är upprättad och genomförd"),
        ),
        _delmal(
            "En inriktning och beskrivning av regionens gemensamma hållbarhetsarbete är framtagen",
            HELT,
            [
                "Samarbetsyta Agenda 2030 jobbar med att ta fram en inriktning och beskrivning av regionens gemensamma hållbarhetsarbete. Det är en paketering i form av ett dokument, av de aktiviteter som görs och som ska göras inom ramen för hållbarhet inom regionen. Dokumentet kommer att redovisas för Samarbetsytans referensgrupp den 14/11."
            ],
            _indicators(
                IND_FULFILLED,
                "En inriktning och beskrivning av regionens gemensamma hållbarhetsarbete är framtagen",
            ),
        ),
    )


def _goal_7() -> Goal:
    return _regionmal(
        "Mål 7. Stärkt forskning, utbildning och innovation",
        _delmal(
            "Vi är ledande inom vår forskning om medicinsk teknik och strålningsfysik och utvecklar forskningsområdet informationsteknik",
            INGA_DATA,
            ["Ett fortsatt arbete med både posters, konferensbidrag och tidskriftsartiklar."],
            _indicators(
                IND_NO_DATA,
                "Antal doktorander inom forskningsområdet informationsteknik",
                "Antal forskningspublikationer inom forskningsområdet informationsteknik",
                "Antal forskningsansökningar inom forskningsområdet informationsteknik",
            ),
        ),
        _delmal(
            "Utveckla regionavtalets struktur och innehåll för att bättre säkra en långsiktigt ekonomisk hållbar utveckling av universitetssjukvården",
            INGA_DATA,
            ["Ingen analys är utförd för tertial två då utfallet följs och analyseras årsvis."],
            _indicators(
                IND_NO_DATA,
                "Ett förslag till regionvårdsavtal är framtaget i delaktighet med övriga regioner i norra sjukvårdsregionen och NRF",
            ),
        ),
    )


def _goals() -> list[Goal]:
    return [_goal_1(), _goal_2(), _goal_3(), _goal_4(), _goal_5(), _goal_6(), _goal_7()]


def _legends() -> list[Legend]:
    goal_legend = Legend(
        "Bedömning av mål",
        [
            LegendEntry("Målet uppfylls helt", GREEN),
            LegendEntry("Målet uppfylls delvis", YELLOW),
            LegendEntry("Målet uppfylls inte", RED),
        ],
    )
    indicator_legend = Legend(
        "Bedömning av indikator",
        [
            LegendEntry("Målvärdet uppfylls helt", GREEN, "100 procent av målvärde eller högre"),
            LegendEntry("Målvärdet uppfylls delvis", YELLOW, "80-99 procent av målvärde"),
            LegendEntry("Målvärdet uppfylls inte", RED, "Under 80 procent av målvärde"),
        ],
        header=["Status", "Kriterie", "Färg"],
    )
    return [goal_legend, indicator_legend]


ASSIGNMENT_HEADER = ["Status", "Uppdrag", "Analys", "Periodicitet och slutdatum"]
ASSIGNMENT_COLUMNS = ["status", "title", "comment", "periodicity_due"]


def _uppdrag(
    title: str, status: Status, directed_to: str, comment: list[str | Bullets]
) -> Assignment:
    """An uppdrag row; all of this document's rows are followed up per tertial."""
    return Assignment(
        title=title,
        status=status,
        directed_to=directed_to,
        comment=comment,
        periodicity=TERTIAL,
        due_date=YEAR_END,
    )


def _fullmaktige_uppdrag() -> list[Assignment]:
    return [
        _uppdrag(
            "Identifiera och initiera ett fokusarbete för att förbättra tillgängligheten vid valda enheter",
            KLAR_MED_AVVIKELSE,
            "hälso- och sjukvårdsnämnden och regionstyrelsen",
            [
                "Målsättningen är att öka upp med 25 vårdplatser för valda opererande verksamheter på NUS och förbättra tillgänglighet för utprovning av hörapparater och ögonoperationer med 20 procent. Mål om ögonoperationer kan komma att klara en förbättring på 20 procent. Hyraudionomer har anställts och påbörjat audionomassistentutbildning, och översyn av väntelista har förbättrat tillgänglighet, men mål om förbättrad tillgänglighet för utprovning av hörapparater kommer inte nås. Endast två vårdplatser har skapats hittills, planering pågår vilket kommer ge ytterligare 12-14. Utmaningar består bland annat av att omvårdnadspersonal inte kan rekryteras och att annat arbete konkurrerar exempelvis införandet av Cosmic."
            ],
        ),
        _uppdrag(
            "Ta fram konsekvensunderlag och förslag på åtgärder för att minska personalkostnaden motsvarande 250 miljoner kronor",
            PAGAENDE,
            "alla nämnder och styrelser",
            [
                "Regionfullmäktige har beslutat att ge nämnderna i uppdrag att minska personalkostnaderna motsvarande 250 miljoner kronor. En rak fördelning har beslutats och regionstyrelsen har 29,5 miljoner kronor exklusive politiska uppdrag som beting av totalen.",
                "Ett förslag med beskrivna konsekvenser har tagits fram av förvaltningen. Utgångspunkten i arbetet har varit att se vad förvaltningen kan sluta med, växla externa konsulter mot egen personal, ambitionsminska och effektivisera.",
                "Regionstyrelsen beslutade i april 2025 att godkänna förslaget om personalkostnadsminskaningar på totalt 32,6 miljoner kronor. Beslutet avsåg ambitionssänkningar, besparingar inom den politiska organisationen samt att ge regiondirektören i uppdrag att genomföra övriga förslag till personalkostnadsminskningar.",
                "Bedömningen per augusti är att målet om personalkostnadsminskar på 32,6 miljoner kronor inte kommer att uppnås under 2025. En positiv effekt jämfört med motsvarande period 2024 kan ses för egen personal men konsultkostnaderna har ökat istället för minskat. Detta kan härledas till införandet av Cosmic som medförde en kraftig ökning av konsultkostnader under några månader.",
            ],
        ),
        _uppdrag(
            "Minska hyrberoendet",
            PAGAENDE,
            "hälso- och sjukvårdsnämnden och regionstyrelsen",
            [
                "Nya arbetssätt, riktlinjer och förhållningssätt gällande hyrbemanning har börjat sätta sig ute i verksamheterna och ger även förväntat resultat. Styrgruppen har nu ställt om sitt arbete och fungerar nu som en referensgrupp för att följa den fortsatta processen där riktade kommunikationsinsatser, systematisk uppföljning och regelbunden verksamhetsdialog ser som nyckelaktiviteter. Målsättningen för 2025 är att kostnaden för inhyrd personal i förhållande till kostnaden för anställd personal ska understiga 3,7% och bedömningen är att det kommer uppnås. Per augusti 2025 låg nivån på motsvarande 3,81%"
            ],
        ),
        _uppdrag(
            "Stärka vår ledning och styrning genom identifierade delaktiviteter 2025",
            PAGAENDE,
            "hälso- och sjukvårdsnämnden, regionstyrelsen, regionala utvecklingsnämnden och folkhögskolestyrelsen",
            [STEERING_INTRO, STEERING_STEPS],
        ),
        _uppdrag(
            "Genomför prioriterade åtgärder som syftar till att stärka omställningen till nära vård",
            PAGAENDE,
            "hälso- och sjukvårdsnämnden och regionstyrelsen",
            [
                "Mål: Justering av beställning primärvård, ersättningsmodell och förändrad uppföljningsplan Hälsoval är genomförd",
                "Arbetet fortlöper som planerat enligt framtaget årshjul. Nya inriktningar och principer är beslutade och fastställda i början på året och en förankringsperiod med dialog kring dessa genomförs med ledningsfunktioner under våren. Genomgång har även skett i Samrådet i maj. I dagsläget finns ingen risk till förseningar utan ny beställning, ersättningsmodell och uppföljningsplan implementeras 2026.",
                "Mål: Gemensam plan för primärvården (via LSG) är framtagen med tydlig koppling till färdplanens strategier och verksamhetens behov samt där sjukhusvården systematiskt är inkluderad",
                "Arbetet har hittills genomförts enligt plan. Underlag har insamlats från lokala samverkansytor och aggregerats till länsdelsnivå, med utgångspunkt från färdplanens strategier. I dessa samverkansytor finns representation från primärvård, skola och sjukhusvård. Workshops har genomförts med Länssamverkansgruppen med fokus på dialog, prioritering och systemledning, vilket har resulterat i ett första utkast till prioriterade områden. En utsedd arbetsgrupp tillsammans med ett förstärkt arbetsutskott (Au) arbetar vidare med innehåll, struktur och implementeringsplan. Målsättningen är att planen ska sträcka sig över 2026-2027. Ett första utkast planeras att presenteras på systemledningsmötet den 10 oktober.",
                "Mål: Större andel av verksamhetsutveckling sker med stöd av strukturen för kunskapsstyrning",
                "Kunskapsstyrningens stödfunktioner har erhållit ett riktat uppdrag från hälso- och sjukvårdsdirektören med syfte att säkerställa systematik i processer, öka tydligheten kring ansvarsfördelning och beslutsvägar, samt förtydliga deltagandet av profession och patienter. Målet är att skapa ett hållbart system med rätt infrastruktur och stödjande funktioner. Utöver detta ska stödfunktionerna även utveckla former för kommunal representation i samarbete med FoU socialtjänst. Arbetet har påbörjats och kommer att fortgå under hela 2026.",
                "Mål: Samverkan och samordning på länsnivå är stärkt och tydlig både inom primärvården i länet och mellan primärvården och sjukhusvården",
                "Arbetet bedrivs inom flera olika områden och nivåer, inklusive utbildning och överenskommelser, systemstöd, informationsinsatser, kunskapsstyrning, hälsovalets utformning samt den gemensamma planen för primärvård. LPO primärvård har utvecklat en struktur och process för beredning av kunskapsstöd för ordnad hantering samt samordnar och sorterar frågor rörande den regiondrivna primärvården.",
            ],
        ),
        _uppdrag(
            "Minska tjänsteresor för Region Västerbotten med 15 procent i jämförelse med år 2023",
            PAGAENDE,
            "alla nämnder och styrelser",
            [
                "Regionstyrelsens resekostnader uppgår efter augusti till knappt 3,8 miljoner kronor. Jämfört med motsvarande period 2023 är det en minskning med 8,7 procent eller 360 tusen kronor men jämfört med plan är det 260 tusen kronor högre."
            ],
        ),
    ]


def _folkhalsa_uppdrag() -> list[Assignment]:
    return [
        _uppdrag(
            "Omformulera regionens tobakspolicy till rådande kunskapsläge inom tobak- och nikotinfrågor.",
            PAGAENDE,
            "bredningen för folkhälsa.",
            [
                "En översyn av den gamla tobakspolicyn är gjord och slutsatsen är att den behöver uppdateras och omformas till en riktlinje för tobaks - och nikotinfrågor. Riktlinjen bör omfatta hela regionen och följas av tre checklistor; en för patienter, en för chefer och medarbetare och en för fastighetsdrift.",
                "Arbete pågår.",
            ],
        ),
        _uppdrag(
            "Att i samverkan med beredningen för Funktionshinder och samverkan följa arbetet med att utarbeta en handlingsplan utifrån den av Regionfullmäktige fastställda strategin för Folkhälsa och Funktionsrätt",
            KLAR,
            "beredningen för folkhälsa",
            [
                "Förvaltningarna har gemensamt tagit fram en handlingsplan där olika interna aktörer har identifierat aktiviteter som kan genomföras under strategins olika prioriterade områden. Behandlas i båda beredningarna i september."
            ],
        ),
    ]


def _assignment_table(rows: list[Assignment], issuer: str, recipient: str) -> AssignmentTable:
    return AssignmentTable(
        header=ASSIGNMENT_HEADER,
        columns=ASSIGNMENT_COLUMNS,
        rows=rows,
        issuer=issuer,
        recipient=recipient,
        status_style="icon",
    )


def _deviation_table() -> DataTable:
    """The three-column text table "Analys av orsak och förslag till åtgärder"."""
    rows = [
        Row(
            "DoS:\nEj finansierade poster:\n- CIMT -50 Mkr\n- FVIS-programmet (RS): -38 Mkr. (Varav 21 Mkr avser redovisningsteknisk justering från investeringar till resultatet/driftkostnad)",
            [
                "- Livscykelhantering och utveckling i objekt, reservdelar MT.\n- Överlappande kostnader mellan nya och gamla system efter införandet av Cosmic. Ökade kostnader för externa resurser i samband med överlämning från programmet till mottagande objekt.\n- Tillfälliga större avvikelser inom FVIS-programmet. Redovisning av implementationskostnader från investeringar till drift.",
                "- Kostnadsutveckling, analys och handlingsplan behöver tas fram för att hantera livscykelhantering samlat.\n- Nyttorealiseringsplan för FVIS är framtagen och följs upp efter införandet av Cosmic.\n- Minska osäkerheten vid överlämning från stora projekt/program till förvaltning/objekt ex. FVIS.",
            ],
        ),
        Row(
            "DoS:\nSjukresor i länet -5 Mkr",
            [
                "Sjukresor har en ökande trend på sikt. Utfallet påverkas av hälso- och sjukvårdsproduktion",
                "Påverkas av volymen vårdbesök inom HoS. Åtgärder: funktion för beställning, bedömning och prioritering samt på sikt efter omställning till nära vård",
            ],
        ),
        Row(
            "Regionförvaltningen gemensamt:\nCentrala pensionskostnader: +17 Mkr",
            [
                "Fler anställda än budgeterat i verksamheten medför att schablonberäknade pensioner bidrar med en positiv budgetavvikelse inom styrelsen.",
                "Följa utvecklingen av pensionskostnader för att budgeten ska följa utfallet så nära som möjligt. De stora svängningarna i prognostiserade pensionskostnader gör att det ibland kan uppstå vissa budgetavvikelser.",
            ],
        ),
        Row(
            "Primärvård beställning:\nPositiv avvikelse avgiftsfria besök och rörlig ersättning. + 21 Mkr",
            [
                "Hälsocentralerna når inte upp till den produktion som rörliga ersättningen är budgeterad till. Till viss del kan införandet av Cosmic förklara detta men trenden har sett liknande ut under flera år.",
                "Ersättningsmodellen ses över till nästa år vilket bedöms innebära att de positiva budgetavvikelserna för beställaren inte kommer att uppstå från 2026.",
            ],
        ),
    ]
    analysis = "Analys - orsak till avvikelse"
    action = "Aktivitet för att komma till rätta med avvikelse"
    return DataTable(
        title=None,
        kind="other",
        header_rows=[[HeaderCell("Avvikelsområde"), HeaderCell(analysis), HeaderCell(action)]],
        columns=[Column(analysis), Column(action)],
        rows=rows,
        unit=None,
    )


def _summary_blocks() -> list[Block]:
    return [
        Heading("Sammanfattning", 1, "1", "sammanfattning"),
        Para(f"{S_SUMMARY_RESULT} {S_SUMMARY_FORECAST}"),
        Para(S_SUMMARY_INVEST),
        Para(S_SUMMARY_SICK),
        Para(
            "Regionstyrelsen har beslutat om 17 delmål i planen för 2025 och per augusti görs en uppföljning och bedömning av åtta av dessa. Bedömningen är att fyra kommer att uppnås och fyra delvis uppnås."
        ),
    ]


def _period_blocks() -> list[Block]:
    return [
        Heading("Förvaltningsberättelse", 1, "2", "forvaltningsberattelse"),
        Heading("Perioden som gått", 2, "2.1", "forvaltningsberattelse"),
        Para(
            "Under perioden har nya vårdinformationssystemet Cosmic driftsatts vilket i stort gick enligt plan. Införandet har haft stor påverkan och präglat verksamheternas arbete under perioden. Förutom Digitalisering och service där merparten av arbetet skett har även övriga verksamheter bidraget till införandet. Exempelvis har Kommunikation arbetat mycket med en särskild plan för intern och extern kommunikation inför och under införandet. Nu övergår Cosmic till förvaltning men mycket arbete återstår. Fokus kommer att ligga på att fortsätta utveckla, förbättra och att stötta verksamheterna."
        ),
        Para(
            "I början av året fattade regionfullmäktige investeringsbeslut för Skellefteå nya vårdbyggnader och Nus norra. Dessa två projekt utgör merparten av investeringsutgifterna i investeringsplanen och kommer att ha stor påverkan på investeringsverksamheten kommande år. I augusti 2025 beviljades bygglovet för NUS Norra och projektet Skellefteå nya vårdbyggnader fortlöper enligt plan."
        ),
        Para(
            "Under perioden har även driftsättning av centrallager i egen regi genomförts. Det tillsammans med implementering av nya systemstöd ger förbättrade förutsättningar till centraliserad materialförsörjning."
        ),
        Para(
            "Arbetet med att minska personalkostnader inom regionstyrelsen fortsätter i alla berörda verksamheter. Inom Digitalisering och Service har exempelvis arbete bedrivits med initiativ som konsultväxling och nu senast hemtagningen av närservice kopplat till IT-arbetsplatsen (datorer, skärmar, telefoner etcetera). Detta innebär att regionen tar över och samordnar tjänster som tidigare hanterats av en extern leverantör. Förutom ökad robusthet skapar denna förflyttning också förutsättningar för ökat samarbete kopplat till andra områden och enheter som verkar ute i verksamheten."
        ),
        Para(
            "Målet för utvecklingsportföljens nyttoeffekter för hela 2025 är 20 miljoner och 120 000 timmar. Till och med kvartal 2 redovisar portföljen en ekonomisk nytta på 9 miljoner kronor samt frigjord tid motsvarande 132 801 timmar, detta utfall är lägre än den förväntade effekten. Målet att minska köpt energi med 2 GWh under 2025 ser enligt prognos ut att uppnås."
        ),
    ]


def _goal_blocks(goals: list[Goal]) -> list[Block]:
    return [
        Heading(
            "God ekonomisk hushållning och ekonomisk ställning",
            2,
            "2.2",
            "maluppfyllelse",
            page_break_before=True,
        ),
        Heading("Uppföljning av fullmäktiges mål", 3, None, "maluppfyllelse"),
        Para(
            "I nämndplanen för 2025 har de mål som regionfullmäktige riktat till regionstyrelsen omsatts till delmål och tillhörande indikatorer. Delårsrapporten för augusti 2025 är en uppföljning av resultatet vid augusti månads slut, samt en bedömning av prognosen för måluppfyllelse vid årets slut. I följande avsnitt redovisas en samlad bedömning av måluppfyllelsen för de delmål som nämnden antagit."
        ),
        Para(
            "Indikatorerna som hör till delmålen bedöms utifrån utfallet i förhållande till den målnivå som är satt i nämndplanen för 2025. För delmålen görs en helhetsbedömning av måluppfyllelsen."
        ),
        Para(
            "En del indikatorer följs upp på årsbasis och har därför inget redovisat resultat. För delmål där inga indikatorer följs upp i augusti görs inte någon helhetsbedömning av delmålet i denna rapport."
        ),
        Para(
            "Av de delmål som har ett redovisat resultat per augusti är bedömningen att fyra kommer att uppfyllas helt och fyra kommer att delvis uppfyllas."
        ),
        *_legends(),
        Heading("Sammanfattning", 3, None, "maluppfyllelse"),
        GoalSummaryTable(["Regionmål", "Delmål", "Prognos"], goals, status_style="icon"),
        Heading("Uppföljning av regionmål", 3, None, "maluppfyllelse"),
        GoalSections(goals, layout="stratsys", status_style="icon"),
    ]


def _assignment_blocks() -> list[Block]:
    return [
        Heading("Uppföljning av fullmäktiges uppdrag", 3, None, "uppdrag"),
        Heading("Uppdrag från fullmäktige till nämnd", 4, None, "uppdrag"),
        _assignment_table(_fullmaktige_uppdrag(), "regionfullmäktige", "regionstyrelsen"),
        Heading("Uppdrag från nämnd till beredning folkhälsa", 4, None, "uppdrag"),
        _assignment_table(_folkhalsa_uppdrag(), "regionstyrelsen", "beredningen för folkhälsa"),
    ]


def _personnel_blocks() -> list[Block]:
    return [
        Heading("Väsentliga personalförhållanden", 2, "2.3", "personal", page_break_before=True),
        Heading("Medarbetare i regionen", 3, None, "personal"),
        Para(
            f"{S_EMPLOYEES_CHANGE} Ökningen beror främst på att vakanta tjänster inom upphandling och inköp har tillsatts."
        ),
        Heading("Arbetsmiljö", 3, None, "personal"),
        Para(
            "Under året har regionens arbetsmiljöpolicy reviderats med tillägg om nolltolerans gällande alkohol och droger på arbetsplatsen samt tillägg om friskfaktorer som en del av det hälsofrämjande arbetsmiljöarbetet. En ny riktlinje för systematiskt hälsofrämjande arbetsmiljöarbete som har beslutats är samverkad. Ett nytt arbetssätt för integrering av hälsofrämjande perspektiv i arbetsmiljöarbetet är under utveckling och pilot testas under hösten i ett antal verksamheter. I detta arbetssätt används de friskfaktorer som identifierats genom forskning och som arbetsmarknadens parter, genom Suntarbetsliv, har lyft fram som ett viktigt fokus för arbetsmiljöarbetet."
        ),
        Para(
            "I den årliga medarbetarundersökningen har ett antal frågor lagts till, riktade till chefer, med syfte att systematiskt följa hur de upplever sina förutsättningar att leda. De ska användas för att komplettera bilden kring ledarskapet och chefers arbetsmiljö. Medarbetarundersökningens resultat används för att identifiera behov och arbeta med åtgärder för förbättring."
        ),
        Para(
            "Alla staber inom regionstyrelsen har under perioden arbetar med det Fullmäktigeuppdrag som beslutades där bland annat personalkostnaderna ska minska under 2025. Omställningen påverkar arbetsbelastningen och skapar oro i olika grad bland medarbetarna."
        ),
        Para("Arbete fortskrider enligt plan med de aktiviteter som finns i arbetsmiljöplanerna."),
        Heading("Sjukfrånvaroutveckling", 3, None, "personal"),
        Para(
            "Sjukfrånvaron inom Regionstyrelsen fortsätter minskar på totalen, gäller även inom kön och åldersintervaller. På totalen ligger Regionstyrelsen sjukfrånvaro på 4,68 procent i juni 2025."
        ),
        Para(
            "Det är inga större avvikelser i sjukfrånvaron mellan sjukperioderna, detta gäller även för kön och åldersintervaller."
        ),
        Para("Hälsotalet är fortsatt oförändrat jämförbart med tidigare perioder."),
        Para(
            "Fortsatt minskning av sjukfrånvaron beror förmodligen på ett fortsatt aktivt rehabiliteringsarbete från cheferna samt att uppmärksamma tidiga signaler på ohälsa. Det kan finnas ett mörkertal eftersom möjligheten till sjuknärvaro finns genom distansarbete."
        ),
        Para("Det pågår också fortsatt arbete med friskfaktorer inom regionstyrelsen."),
    ]


def _outlook_blocks() -> list[Block]:
    return [
        Heading("Förväntad utveckling", 2, "2.4", "forvaltningsberattelse"),
        Para(
            "De senaste årens förändrade omvärldsläge har haft stor ekonomisk påverkan på regionstyrelsens verksamheter. Utmaningar i materialförsörjning i kombination med hög inflation och ökade räntekostnader har lett till högre priser på bland annat utrustning, förbrukningsmateriel, transporter, livsmedel, och byggkostnader. Pensionskostnaderna, som påverkas av den höga inflationen, ökade även kraftigt under 2023 och 2024."
        ),
        Para(
            "2025 har präglats av geopolitisk osäkerhet. Den amerikanska tullpolitiken påverkar handelsflöden men skapar framför allt ökad osäkerhet. Detta påverkar hushållens framtidstro negativt och företagen blir mer avvaktande, vilket minskar investeringsviljan. Sammantaget dämpar detta den ekonomiska aktiviteten och leder till en långsammare ekonomisk återhämtning. Tillväxten för både BNP och sysselsättning i Sverige blir i år fortsatt svag. Bedömningen är att det dröjer till 2026 innan konjunkturen stärks mer tydligt. Motverkande effekter för svensk del är en till viss del expansiv finans- och penningpolitik samt stora satsningar inom grön omställning och militär upprustning. Den lågkonjunktur vi befinner oss i bedöms trots dessa satsningar bli både djupare och mer utdragen än vad tidigare prognoser visat."
        ),
        Para(
            "Utmaningen för regionstyrelsen 2025 och framåt ligger i att hantera stora utvecklingsinsatser som införandet av vårdinformationsstödet Cosmic och investeringar i IT, medicinteknisk utrustning och fastigheter parallellt med arbetet att anpassa verksamheten till de ekonomiska förutsättningarna. Utmaningarna är tydligast inom området Digitalisering och Service där kostnadsökningar tillsammans med utvecklingsinsatser innebär svårigheter att hantera verksamheten inom givna budgetramar."
        ),
    ]


def _operations_blocks() -> list[Block]:
    return [
        Heading("Driftredovisning", 1, "3", "driftredovisning"),
        Heading("Ekonomiskt resultat", 2, "3.1", "driftredovisning"),
        Para(f"{S_NET_COSTS} Budgetavvikelsen är positiv med 5 miljoner kronor."),
        Heading(
            "Analys av större avvikelser", 2, "3.2", "driftredovisning", page_break_before=True
        ),
        Para(
            "Regionstyrelsens förvaltning består av områdena Regionövergripande verksamhet och Digitalisering och Service."
        ),
        Heading("Regionövergripande verksamhet", 3, None, "driftredovisning"),
        Para(
            "Inom området Regionövergripande verksamhet ingår delområdena Regionförvaltning gemensamt, Administrativ verksamhet, Primärvård beställning samt Tandvård beställning."
        ),
        Bullets([(0, "Regionförvaltningen gemensamt")]),
        Para(
            "Regionförvaltningens gemensamma delområde innefattar förutom centrala anslag även avskrivningskostnader, pensionskostnader, personalskuldsuppräkning och specialdestinerade statsbidrag. Delområdet redovisar ett överskott mot budget på 35 miljoner kronor. Överskottet kommer främst från regiongemensamma pensionskostnader men de flesta enheter inom delområdet visar på positiva budgetavvikelser efter andra tertialet."
        ),
        Bullets([(0, "Administrativ verksamhet")]),
        Para(
            "Administrativ verksamhet som innefattar regionledning och staber redovisar ett positivt utfall mot budget på 11 miljoner kronor. Detta förklaras till största del av vakanta tjänster under perioden, främst inom Ekonomistaben, Ledningsstaben och Regionledning. Uppdraget att minska personalkostnaderna bidrar också till den positiva budgetavvikelsen under perioden. Största överskottet finns inom Ekonomistaben som erhöll ett budgettillskott för att stärka upp enheten Inköp med fler medarbetare. Rekrytering pågår men alla tjänster är ännu inte tillsatta."
        ),
        Bullets([(0, "Primärvård beställning")]),
        Para(
            "Primärvård beställning har en positiv budgetavvikelse på 21 miljoner kronor efter andra tertialet. Lägre kostnader än budgeterat för avgiftsfria besök och mindre utbetald rörlig ersättning är de främst orsakerna till budgetöverskottet. Införandet av Cosmic har bland annat påverkat hälsocentralernas produktion vilket påverkar hur mycket rörlig ersättning som betalats ut."
        ),
        Bullets([(0, "Tandvård beställning")]),
        Para(
            "Beställare tandvård har en negativ budgetavvikelse på 1 miljon kronor. Tidigare år har beställaren uppvisat ett överskott. Detta berodde till stor del på att ungdomar, som flyttat till sin nya studieort och inte valt att besöka tandläkaren, hamnade utanför utanför listningssystemet. På grund av de ej listade betalades ingen ersättning ut och ett överskott uppstod hos beställaren. Till 2025 sänktes gränsen för fri tandvård från 23 till 19 år varför också beställarens budget för denna grupp togs bort. Av denna anledning uppstår inget budgetöverskott 2025."
        ),
        Heading("Digitalisering och service", 3, None, "driftredovisning"),
        Para(
            "Området visar ett minus på 62 miljoner kronor jämfört med budget efter andra tertialet. Den negativa budgetavvikelse beror främst på underskott inom FVIS-programmet, sjukresor samt IT-kostnader för teknisk infrastruktur, teknisk arbetsplats och cybersäkerhet. En förändrad redovisningsprincip där implementationsutgiften för Cosmic tas som driftkostnad istället för investering är också en betydande förklaring till periodens negativa budgetavvikelse. Den förändrade redovisningsprincipen belastar periodens resultat och budgetavvikelse med 21 miljoner kronor."
        ),
        Para(
            "Största positiva avvikelserna finns inom fastighet där lägre fjärrvärmekostnader och underhållskostnader tillsammans med ökade parkeringsintäkter bidrar med en positiv budgetavvikelse. En generella inbromsning av utvecklingspostföljen med anledning av driftsättningen av Cosmic bidrar också positivt under perioden."
        ),
        Heading("Analys av orsak och förslag till åtgärder", 3, None, "driftredovisning"),
        _deviation_table(),
    ]


def _forecast_blocks() -> list[Block]:
    return [
        Heading("Prognos för verksamhetens nettokostnader", 2, "3.3", "driftredovisning"),
        Para(
            "Prognos tas fram för delområdena regionförvaltningen gemensamt, administrativ verksamhet, primärvård beställning, tandvård beställning och digitalisering och service."
        ),
        Para(
            "Delområdet regionförvaltningen gemensamt prognosticerar ett överskott mot budget på 50 miljoner kronor där främst centrala pensionskostnader bidrar till överskottet."
        ),
        Para(
            "Administrativ verksamhet prognosticerar en positiv budgetavvikelse vid årets slut på 8 miljoner kronor. Vakanta tjänster och arbete med att minska personalkostnader förklarar överskottet."
        ),
        Para(
            "Prognosen för primärvård beställning är ett överskott på 25 miljoner kronor, främst på grund av mindre utbetald ersättning för avgiftsfria besök och andra rörliga ersättningar än budgeterat. Tandvård beställning prognosticerar ett utfall i enlighet med budget."
        ),
        Para(
            "För Digitalisering och Service prognosticeras totalt ett underskott mot budget på 70 miljoner kronor. Underskottet förklaras i huvudsak av högre kostnader för FVIS-programmet, sjukresor samt IT-kostnader för teknisk infrastruktur, teknisk arbetsplats och cybersäkerhet."
        ),
        Para(
            "Totalt för regionstyrelsen prognostiseras en positiv budgetavvikelse för 2025 på 13 miljoner kronor."
        ),
    ]


def _investment_blocks() -> list[Block]:
    return [
        Heading("Investeringsredovisning", 1, "4", "investeringar"),
        Para(
            "Investeringsverksamheten inom Region Västerbotten är uppdelad i investeringsområdena Fastighet, Medicinsk teknik, IT, Verksamhetsservice, Hjälpmedel och Regional utveckling. De fyra förstnämnda återfinns inom regionstyrelsen. Totalt investeringsutfall för Region Västerbotten uppgick efter andra tertialet till 547 miljoner kronor. Prognosen för året uppgår till 1 037 miljoner kronor vilket innebär en negativ avvikelse med 45 miljoner kronor i jämförelse med årsbudget."
        ),
        Para("Fastighet", style="subheading"),
        Para(
            "Aktuell prognos innefattar fortfarande en del osäkerheter då året präglas av två stora projekt (NUS Norra Labhus och Skellefteå nya vårdbyggnader) där små avvikelser får ganska stor effekt på helheten. Prognosavvikelsen beror på tidsförskjutningar från 2024."
        ),
        Para("MT", style="subheading"),
        Para("Negativ avvikelse med anledning av förskjutningar från tidigare år."),
        Para("IT", style="subheading"),
        Para(
            "Negativ avvikelse med anledning av stora investeringsbehov inom området server/lagring. För bidragsfinansierade investeringsprojektet mobilt företagsnät, som utgör 30 miljoner kronor utav årets planerade investeringar, finns osäkerhet om vilka utgifter som kan redovisas som investeringar. Detta kan leda till att utfallet vid årets slut blir lägre än vad som nu prognostiseras."
        ),
        Para("Hjälpmedel, Verksamhetsservice och Regional utveckling", style="subheading"),
        Para("Övriga investeringsområden prognostiserar ett utfall i enlighet med budget."),
    ]


def _key_figures() -> list[KeyFigure]:
    return [
        KeyFigure("budget_deviation", 5.0, "mnkr", "2025-08", S_SUMMARY_RESULT),
        KeyFigure("net_cost_growth", 5.8, "%", "2025-08", S_SUMMARY_RESULT),
        KeyFigure("forecast_budget_deviation", 13.0, "mnkr", "2025", S_SUMMARY_FORECAST),
        KeyFigure("investment_outcome", 547.0, "mnkr", "2025-08", S_SUMMARY_INVEST),
        KeyFigure("investment_forecast", 1037.0, "mnkr", "2025", S_SUMMARY_INVEST),
        KeyFigure("investment_forecast_deviation", -45.0, "mnkr", "2025", S_SUMMARY_INVEST),
        KeyFigure("sick_leave", 4.68, "%", "2025-06", S_SUMMARY_SICK),
        KeyFigure("net_costs", 2661.0, "mnkr", "2025-08", S_NET_COSTS),
        KeyFigure("net_cost_increase", 146.0, "mnkr", "2025-08", S_NET_COSTS),
        KeyFigure("employees_increase", 10.0, "st", "2025-08", S_EMPLOYEES_CHANGE),
    ]


def build() -> SampleDoc:
    """Build sample 000 from the seed's text and the status choices above."""
    goals = _goals()
    blocks: list[Block] = [
        *_summary_blocks(),
        *_period_blocks(),
        *_goal_blocks(goals),
        *_assignment_blocks(),
        *_personnel_blocks(),
        *_outlook_blocks(),
        *_operations_blocks(),
        *_forecast_blocks(),
        *_investment_blocks(),
    ]
    return SampleDoc(
        name="000_delarsrapport_rs_2025_aug",
        seed=SEED,
        family="stratsys",
        meta=Meta(
            organisation="Region Västerbotten",
            body="Regionstyrelsen",
            report_type="delarsrapport",
            year=2025,
            period_start="2025-01-01",
            period_end="2025-08-31",
            period_label="januari–augusti 2025",
            title="Delårsrapport per augusti 2025",
        ),
        title_page=[
            "Delårsrapport per augusti 2025",
            "Regionstyrelsen",
            "Region Västerbotten",
            "januari–augusti 2025",
        ],
        header_text="Region Västerbotten",
        footer_text="Delårsrapport per augusti 2025 – Regionstyrelsen",
        blocks=blocks,
        key_figures=_key_figures(),
    )

"""Sample 001: Region Västerbotten, Regionstyrelsen, Årsrapport per december 2021.

Renders seed ``001_3f6e9b3eb6f38d4d.txt``: a Word report (portrait A4) with
numbered headings, eleven regionmål in three målområden, a "Måluppfyllelse |
Indikator | Diagram" table under every regionmål (status shape, indicator name,
chart; no printed values), two uppdrag tables "Status | Uppdrag | Kommentar |
Slutdatum" and personnel and economy figures stated in prose.

Choices for what the text extraction lost:

* Regionmål status: the report says five goals are fulfilled, five partially
  and one not fulfilled. Fulfilled: Mål 4 (target "uppnåddes redan under
  2020"), Mål 8 ("målet är uppnått"), Mål 9 (survey confirms the goal), Mål 10
  ("målet har uppfyllts") and Mål 11 (positive net migration, highest share of
  parental days taken by men). Not fulfilled: Mål 7 (all three HME indicators
  "når inte målet"). Partially: Mål 1, 2, 3, 5 and 6.
* Indicator status follows the goal prose: the cervical screening indicator is
  no_data ("kan inte redovisas förrän mars 2022"), the FVIS programme plan is
  not fulfilled (VISUS delayed), the VHU share is not fulfilled (VHU "kraftigt
  begränsats"), the three HME indices are not fulfilled; the rest are green or
  yellow as the analysis suggests.
* Colours come from the legend (green / yellow / red); no_data is grey.
* Status is a vector circle ("shape"), as Word draws it; uppdrag statuses print
  the word "Avslutad" next to a green circle.
* The 1.1 summary prints one table per målområde ("Regionmål" header, the
  målområde above its goals): one :class:`GoalSummaryTable` per målområde
  whose parent is the målområde; the header cells for the målområde and status
  columns are empty, as nothing else is printed there.
* The legends have no printed title, so ``Legend.title`` is empty.
* An uppdrag cell holds the assignment and its description; the spec has no
  field for the description, so its paragraphs lead the ``comment`` list.
* The pension chart (2021-2031) printed no text besides its caption, so the
  :class:`Chart` has no labels; its bar heights are invented.
* The budget table under 3.1 and the investment figure were images without
  text; they are left out (their figures are kept as key figures from prose).
"""

from __future__ import annotations

from delar_samples.spec import (
    Assignment,
    AssignmentTable,
    Block,
    Bullets,
    Chart,
    Goal,
    GoalSections,
    GoalSummaryTable,
    Heading,
    Indicator,
    KeyFigure,
    Legend,
    LegendEntry,
    Meta,
    Para,
    SampleDoc,
    Status,
)

GREEN = "#3AA655"
YELLOW = "#F2C500"
RED = "#D7263D"
GREY = "#A0A0A0"

_COLORS: dict[str, str] = {
    "fulfilled": GREEN,
    "partially_fulfilled": YELLOW,
    "not_fulfilled": RED,
    "no_data": GREY,
}

_FULFILLED = "fulfilled"
_PARTIAL = "partially_fulfilled"
_NOT = "not_fulfilled"
_NO_DATA = "no_data"

INDICATOR_HEADER = ["Måluppfyllelse", "Indikator", "Diagram"]
ASSIGNMENT_HEADER = ["Status", "Uppdrag", "Kommentar", "Slutdatum"]
ASSIGNMENT_COLUMNS = ["status", "title", "comment", "due"]


def _assessed(status: str) -> Status:
    """Return an icon-only assessment status drawn in the legend's colour."""
    return Status(status=status, color=_COLORS[status])


def _indicators(*items: tuple[str, str]) -> list[Indicator]:
    """Return chart-only indicators from (name, status) pairs."""
    return [Indicator(name=name, status=_assessed(status), chart=True) for name, status in items]


def _paras(*texts: str) -> list[Block]:
    """Return body paragraphs."""
    return [Para(text) for text in texts]


def _subheading(text: str) -> Para:
    return Para(text, style="subheading")


def _legend() -> Legend:
    """Return the "Regionmål | Indikator | Färg" legend printed twice."""
    return Legend(
        title="",
        header=["Regionmål", "Indikator", "Färg"],
        entries=[
            LegendEntry("Målet uppfylls helt", GREEN, "100 procent av målvärde eller högre"),
            LegendEntry("Målet uppfylls delvis", YELLOW, "80 -99 procent av målvärde"),
            LegendEntry("Målet uppfylls inte", RED, "Under 80 procent av målvärde"),
        ],
    )


# --------------------------------------------------------------------------- goals


def _goal_1() -> Goal:
    return Goal(
        title="Mål 1. Västerbotten har världens bästa och mest jämlika hälsa",
        level="regionmal",
        status=_assessed(_PARTIAL),
        analysis=[
            "En avsiktsförklaring för god, jämlik och jämställd hälsa i Västerbotten är framtagen "
            "och undertecknad av samtliga kommuner, länsstyrelsen och Regionfullmäktige. En "
            "ledningsgrupp för Forum Folkhälsa har bildats för att på olika sätt samla länets "
            "folkhälsoarbete.",
            "Styrelsen har fattat beslut om att den tobaksavvänjning regionens verksamheter "
            "erbjuder kommer att vara kostnadsfri från och med 2022. Jämställdhetsintegrering av "
            "styrelsens beslutsunderlag pågår med en verksamhet som pilot. En webbutbildning är "
            "framtagen om rasism inom vården och regionen har beviljats mer externa medel för att "
            "arbeta vidare med den. Pandemi har försvårat och försenat vissa aktiviteter liksom "
            "att pandemins effekter också drabbar olika delar av befolkningen olika.",
            "Västerbottens hälsoundersökningar, VHU, blev under år 2021 delvis digitaliserade. I "
            "det närmaste alla hälsocentraler och sjukstugor har VHU-personal som utbildats i det "
            "nya digitala arbetssättet där all utbildning har genomförts digitalt. Bland dessa har "
            "22 hälsocentraler och sjukstugor personal som börjat att arbeta så. Det digitala "
            "arbetssättet kan ses som både en kvalitetssäkring och ett sätt att spara tid, vilket "
            "också beskrivits av VHU-sjuksköterskorna i en utvärdering av digitaliseringen.",
            "Verksamheternas möjlighet till att erbjuda VHU eller andra sjukdomsförebyggande "
            "insatser har kraftigt begränsats på grund av pandemin. Dokumenterade åtgärder vid "
            "identifierad ohälsosam levnadsvana har minskat. Vid identifierat riskbruk är det "
            "endast hälften så många kvinnorna som män som erbjudits åtgärd. Utvärderingen av "
            "webbaserat stödprogram för gravida med högt BMI har genomförts under 2021 och "
            "reviderats och det nya stödprogrammet erbjuds nu gravida i Västerbotten. Program för "
            "alkohol, matvanor och fysisk aktivitet har tagits fram som kan erbjudas patienter med "
            "ohälsosamma levnadsvanor. Sedan tidigare finns behandlingsprogram för att sluta med "
            "tobak. Informationsspridning till primärvården har påbörjats och intresset för de "
            "olika programmen är stort.",
            "Ett internt stödmaterial om våld är framtaget till chefer och medarbetare genom en "
            "handbok som tydliggör ansvar, stödfunktioner och vad chefer och medarbetare kan göra "
            "utifrån sina roller.",
            "I situation av pandemin sattes delar av diplomeringen på paus, detta gav utrymme för "
            "ett utvärderings- och utvecklingsarbete av diplomeringen, både med de redan "
            "diplomerade enheterna men också en patientutvärdering.",
        ],
        indicators=_indicators(
            ("Andel som uppger att de har god eller mycket god hälsa", _FULFILLED),
            ("Nedsatt psykiskt välbefinnande", _PARTIAL),
            ("Riskkonsumtion av alkohol", _NOT),
            (
                "Andel patienter med hälsosam levnadsvana, tobak, av totalt antal patienter med "
                "identifierad levnadsvana",
                _PARTIAL,
            ),
            (
                "Andel patienter med hälsosam levnadsvana, fysisk aktivitet, av totalt antal "
                "patienter med identifierad levnadsvana",
                _PARTIAL,
            ),
        ),
    )


def _goal_2() -> Goal:
    return Goal(
        title="Mål 2. Västerbotten är det barnvänligaste länet",
        level="regionmal",
        status=_assessed(_PARTIAL),
        analysis=[
            "Kunskap och kännedom om barnkonventionen behöver öka inom länet och Region "
            "Västerbotten och därför har en samlande utbildningssida om barnrätt skapats inom "
            "lärande region. Klassbesök ute i länets skolor med t ex Tobaksfri Duo eller YAM "
            "(främja psykisk hälsa) har inte genomförts under året på grund av pandemin men "
            "strategiskt arbete har påbörjats digitalt på olika sätt med några kommuner i länet. "
            "Regionen har i samverkan med elevhälsan i kommuner och länsstyrelsen i länet också "
            "stärkt upp kunskapen om att ställa frågor om våld i möten med elever i skolan.",
            "I april 2021 öppnade Kontaktcenter barn och unga psykisk hälsa Västerbotten. "
            "Kontaktcentret är en samverkan mellan primärvård och BUP och ska säkerställa en enkel "
            "och lättillgänglig väg att få kontakt med vården när ett barn besväras av psykisk "
            "ohälsa. Tillgängligheten har kraftigt förbättrats för denna patientgrupp sedan "
            "införandet av Kontaktcentret.",
            'Indikatorn "andel kariesfria barn i ålder 3-6 år" är ett mått som inte bör '
            "rapporteras i ett åldersintervall utan per åldersintervall då det blir för stor "
            "osäkerhet i jämförelser. Antalet kariesfria 3-åringar är 98 procent och antalet "
            "kariesfria 6-åringar 77 procent 2021.",
        ],
        indicators=_indicators(
            (
                "Andel vaccinerade barn vid 3 år mot mässling, påssjuka och röda hund (MPR)",
                _FULFILLED,
            ),
            ("Andel kariesfria barn i ålder 3-6 år", _PARTIAL),
            (
                "Andel hälsocentraler/sjukstugor som erbjuder HLT samverkan för barn och unga i "
                "Västerbotten",
                _PARTIAL,
            ),
            (
                "Andel barn/unga med samtycke till HLT som får en samordnad individuell plan SIP",
                _NOT,
            ),
        ),
    )


def _goal_3() -> Goal:
    return Goal(
        title=(
            "Mål 3. Västerbotten har trygga invånare med inflytande och delaktighet och ett rikt "
            "samt aktivt kultur- och föreningsliv"
        ),
        level="regionmal",
        status=_assessed(_PARTIAL),
        analysis=[
            "Styrelsen antog under året nya riktlinjer så att frivilligföreningar återigen kunde "
            "ansökan om folkhälsobidrag för hösten 2021, efter ett års uppehåll för översyn. "
            "Dialog har förts med de ansökande föreningarna om hur det nya ansökningsförfarandet "
            "emottagits. Justeringar gjordes under hösten utifrån dessa erfarenheter. Fler "
            "ansökningar inkom under hösten inför 2022.",
            "Efter dialog med Länspensionärsföreningar och övriga föreningar framkommer vilka "
            "svårigheter pandemin har inneburit för länets föreningar trots anpassning till "
            "covid-restriktioner under året eller omställning till digital samvaro/utbud.",
        ],
        indicators=_indicators(
            ("Andel personer som uppger att de litar på andra människor", _FULFILLED),
            ("Andel personer som avstår från att gå ut ensam", _PARTIAL),
        ),
    )


def _goal_4() -> Goal:
    return Goal(
        title="Mål 4. Västerbotten är en ledande miljöregion",
        level="regionmal",
        status=_assessed(_FULFILLED),
        analysis=[
            "Regionens miljö- och klimatstrategi med inriktningsmål inom områdena klimat, giftfri "
            "miljö och hållbar resursanvändning ger goda förutsättningar för ett systematiskt "
            "miljöarbete. Aktiviteter som syftar till att uppnå inriktningsmålen och mål 4 "
            "planeras i kommande verksamhetsplaner och uppföljning av resultat kommer årligen att "
            "ske i en miljöredovisning.",
            "I syfte att öka andelen återvunnet avfall pågår ett avfallsprojekt. Under året har "
            "avfallsterminalerna på sjukhusen rustats upp och optimerats för att kunna skapa "
            "containerutrymmen för återvinningsfraktioner. Upphandling av "
            "källsorteringsutrustning som ska kunna användas i verksamheterna har slutförts. Under "
            "2022 kommer verksamheterna utrustas med källsorteringskärl för att ytterligare öka "
            "återvinningen.",
            "Ett bra sätt att förebygga verksamhetens miljöpåverkan är att ställa miljökrav i "
            "upphandlingar och under året har Inköp infört ett arbetssätt för att säkerställa att "
            "miljökrav ställs i de prioriterade upphandlingarna.",
            "Koldioxidutsläpp i ton för 2021 finns inte tillgängligt förrän augusti 2022 men "
            "målvärdet för 2021 uppnåddes redan under 2020 och prognosen är en fortsatt minskning. "
            "Största minskningen har skett inom trafikområdet, bl.a. färre tjänsteresor",
        ],
        indicators=_indicators(
            ("Koldioxidutsläpp i ton", _FULFILLED),
            ("Andel källsorterat avfall", _PARTIAL),
            ("Andel prioriterade upphandlingar med styrda miljökrav", _FULFILLED),
        ),
    )


def _goal_5() -> Goal:
    return Goal(
        title="Mål 5. Vi har en nära, tillgänglig och personcentrerad vård i hela länet",
        level="regionmal",
        status=_assessed(_PARTIAL),
        analysis=[
            "Primärvården ska utgöra navet i omställningen mot en god och nära vård. Fysisk och "
            "digital tillgänglighet är en förutsättning för att Västerbottningarna ska känna "
            "förtroende och trygghet för sin hälso- och sjukvård. Tillgängligheten till "
            "primärvården behöver ytterligare stärkas under 2022 för att möta befolkningens behov.",
        ],
        indicators=_indicators(
            ("Andel nybesök med medicinsk bedömning inom tre dagar av antal nybesök", _NOT),
            ("Andel besök i primärvård/antal besök i vården", _PARTIAL),
            ("Antal digitala vårdmöten", _FULFILLED),
        ),
    )


def _goal_6() -> Goal:
    return Goal(
        title="Mål 6. Vi levererar jämlik och jämställd hälso- och sjukvård av hög kvalitet",
        level="regionmal",
        status=_assessed(_PARTIAL),
        analysis=[
            "Region Västerbotten erbjuder en vård av hög kvalitet. Förbättring behöver ske inom "
            "det förebyggande området och kopplat till tillgänglighet och kontinuitet. För att "
            "möta kommande behov och förväntningar i befolkningen och för jobba effektivt är det "
            "väsentligt att det hälsofrämjande perspektivet finns i såväl uppdraget som i "
            "utförandet av primärvård.",
            "Andel kvinnor som har ett gynekologiskt cellprov registrerat inom ett tidsintervall "
            "som motsvarar screeningprogrammets kan inte redovisas förrän mars 2022. "
            "Täckningsgraden för andel kvinnor mellan 23 och 70 år som har tagit ett prov har "
            "gradvis ökat de senaste åren och närmar sig det nationella målet på 85 procent, 82 "
            "procent 2020. Under 2021 infördes det nationella vårdprogrammet för "
            "livmoderhalsscreening. Det innebär åtgärder för att öka täckningsgraden som "
            "exempelvis förstärkt uppföljning och stöd till de som inte kommer till provtagning.",
        ],
        indicators=_indicators(
            (
                "Andel kvinnor som har ett gynekologiskt cellprov registrerat inom ett "
                "tidsintervall som motsvarar screeningprogrammets, i procent. Avser "
                "cellprovtagning med analys för HPV och/eller cytologi.",
                _NO_DATA,
            ),
            ("Andel utförda hälsoundersökningar (VHU) av antal 40, 50 och 60-åringar.", _NOT),
            (
                "Andel listade patienter med 3 eller fler planerade läkarbesök som träffat samma "
                "läkare vid >50 % av besöken",
                _PARTIAL,
            ),
            (
                "Andel patienter som anser att sitt aktuella behov av vård/behandling har blivit "
                "tillgodosett",
                _FULFILLED,
            ),
        ),
    )


def _goal_7() -> Goal:
    return Goal(
        title="Mål 7. Vi är en attraktiv arbetsgivare med personal som trivs och utvecklas hos oss",
        level="regionmal",
        status=_assessed(_NOT),
        analysis=[
            "Utfall för indikatorerna gott ledarskap, gott medarbetarskap samt god arbetsmiljö "
            "från Medarbetarundersökning 2021 når inte målet. Det har under perioden varit ett "
            "fortsatt fokus på hantering av pandemin för många medarbetare inom förvaltningen "
            "vilket i många fall inneburit en hög arbetsbelastning samt behov av omprioriteringar "
            "som kan antas påverka upplevelse av trivsel och utveckling. Pandemin har också "
            "inneburit att ett flertal har fortsatt jobbat på distans vilket kan ha påverkat utfall "
            "för samtliga indikatorer både på ett positivt sätt då flera har upplevt en ökad "
            "flexibilitet men också negativt då den fysiska och sociala arbetsmiljön blir mer "
            "begränsad på distans.",
        ],
        indicators=_indicators(
            ("Gott ledarskap (Mätetal index samtliga HME frågor)", _NOT),
            ("Gott medarbetarskap (Mätetal index samtliga HME frågor)", _NOT),
            ("God arbetsmiljö (Mätetal index samtliga HME frågor)", _NOT),
        ),
    )


def _goal_8() -> Goal:
    return Goal(
        title="Mål 8. Vi har en långsiktigt hållbar ekonomi",
        level="regionmal",
        status=_assessed(_FULFILLED),
        analysis=[
            "De indikatorer som regionstyrelsens verksamheter anger mäter en långsiktigt hållbar "
            "ekonomi visar samtliga positiva värden. Under året har en mycket god effekt uppnåtts "
            "från omställningsplanens åtgärder. Verksamheternas närvarotid mot uppsatta "
            "bemanningsmål håller en balans och antal basenheter som visar ett balanserat resultat "
            "mot budget är nära 90 procent. Den samlade bedömning är att målet är uppnått. "
            "Pandemin påverkat utfallet av omställningsplanens effekter, då en åtgärd var att "
            "minska antalet sjukresor och sjukresornas antal minskat i takt med pågående pandemi "
            "med anledning av införda restriktioner och rekommendationer.",
        ],
        indicators=_indicators(
            ("Effekt av åtgärder för omställning mot hållbar ekonomi", _FULFILLED),
            ("Andel basenheter med närvarotid motsvarande bemanningsmål", _FULFILLED),
            ("Andel basenheter med utfall balanserat mot budget", _FULFILLED),
        ),
    )


def _goal_9() -> Goal:
    return Goal(
        title="Mål 9. Vi är en inkluderande, attraktiv och innovativ samverkanspartner",
        level="regionmal",
        status=_assessed(_FULFILLED),
        analysis=[
            "Regionstyrelsen har inte antagit några indikatorer mot målet att vi är en "
            "inkluderande, attraktiv och innovativ samverkanspartner utan gav i stället "
            "regiondirektören i uppdrag att utreda i vilken omfattning Region Västerbotten når upp "
            "till målet om att vara en inkluderande, attraktiv och innovativ samarbetspartner. "
            "Uppdraget har genomförts genom en genom en enkät till ett urval av samarbetspartners "
            "och bekräftar att regionen huvudsakligen uppfattas som en såväl inkluderande som "
            "attraktiv och innovativ samarbetspartner.",
        ],
    )


def _goal_10() -> Goal:
    return Goal(
        title="Mål 10. Vi är ledande inom forskning, innovation och digitalisering",
        level="regionmal",
        status=_assessed(_FULFILLED),
        analysis=[
            "Pågående pandemin har inneburit att digitalt förändringsarbete har kraftigt "
            "accelererat inom stora delar av regionen men har också påverkat leveranskapaciteten "
            "hos leverantören av nytt vårdsystem. Bedömningen är att leveransförseningarna av "
            "VISUS vägs upp av andra delar inom det digitala förändringsarbetet och gör att målet "
            "har uppfyllts.",
            "Det har pågått ett kontinuerligt arbete för att utveckla 1177 Vårdguiden som en "
            "tydlig ingång och ett nav för rådgivning, information och tjänster om hälsa och vård "
            "för invånarna i Västerbotten. Nya tjänster från Inera har lanserats kontinuerligt med "
            "fokus att väva ihop funktionalitet och användbarhet för att skapa bästa möjliga nytta "
            "för länets invånare. Intresset för olika distanslösningar inom vården har under året "
            "varit stort. Informationstillfällen och utbildningar inom vårdverksamheterna gällande "
            "möjlighet till digitala program inom stöd och behandling har efterfrågats och också "
            "kunnat genomföras.",
            "Utvecklingen av såväl digitala vårdmöten som interna digitala möten har också "
            "påskyndats. Omfattande arbete har gjorts för att tillgängliggöra aktuell plattform "
            "för prioriterade och beslutade verksamheter samt även stödja införandet för "
            "tillkommande verksamheter.",
            "Framdriften av VISUS har inte gått enligt plan beroende på leveransförseningar hos "
            "leverantören som en följd av pandemin. Det innebär att vissa aktiviteter har skjutits "
            "upp och andra har tidigarelagts.",
        ],
        indicators=_indicators(
            ("Antal inloggningar per invånare 1177 och år", _FULFILLED),
            ("Antal interna och externa digitala möten (via Skype/Teams)", _FULFILLED),
            ("Antal mottagningar med av- eller ombokningar via webbtidbok", _FULFILLED),
            ("Genomförandegrad av programplan för FVIS", _NOT),
        ),
    )


def _goal_11() -> Goal:
    return Goal(
        title=(
            "Mål 11. Västerbotten är en attraktiv och jämställd region att leva och verka i samt "
            "flytta till"
        ),
        level="regionmal",
        status=_assessed(_FULFILLED),
        analysis=[
            "Nettoinflyttningen för 2021 är på jämförbar nivå med 2020. Både inflyttningen och "
            "utflyttningen var högre 2021 än 2020 bland både män och kvinnor. Nettoinflyttningen "
            "har minskat bland kvinnor och ökat bland män sedan 2020 men är fortfarande positiv "
            "bland båda grupper.",
            "En viss minskning av andelen föräldradagar som tas ut av män har skett under 2021, "
            "vilket speglar trenden i hela landet. Region Västerbotten har fortsatt den högsta "
            "andelen föräldradagar som tas ut av män i Sverige.",
        ],
        indicators=_indicators(
            ("Nettoinflyttning", _FULFILLED),
            ("Andel av föräldrapenningdagar som tas ut av män", _PARTIAL),
        ),
    )


def _goal_areas() -> list[Goal]:
    """Return the three målområden with their regionmål."""
    return [
        Goal(
            title="Hållbart samhälle",
            level="malomrade",
            children=[_goal_1(), _goal_2(), _goal_3(), _goal_4()],
        ),
        Goal(
            title="God och jämlik hälso- och sjukvård",
            level="malomrade",
            children=[_goal_5(), _goal_6(), _goal_7(), _goal_8()],
        ),
        Goal(
            title="Jämlik och attraktiv region",
            level="malomrade",
            children=[_goal_9(), _goal_10(), _goal_11()],
        ),
    ]


# ------------------------------------------------------------------ 1 Inledning


def _introduction() -> list[Block]:
    return [
        Heading("Inledning", level=1, number="1", kind="sammanfattning"),
        Para(
            "Årsrapport per december 2021 är regionstyrelsens tredje uppföljningsrapport. I "
            "rapporten lämnas en ekonomisk analys, utveckling av styrelsens verksamhet och "
            "resultat för perioden januari-december. I rapporten sker en uppföljning av de mål som "
            "fullmäktige har riktat till regionstyrelsen samt en bedömning för måluppfyllelse vid "
            "årets slut."
        ),
        Heading("Sammanfattning", level=2, number="1.1", kind="sammanfattning"),
        Heading("Verksamheten", level=3, kind="verksamhet"),
    ]


def _summary_digitalisation() -> list[Block]:
    return [
        _subheading("Digitalisering och medicinsk teknik"),
        *_paras(
            "Regionen är i fortsatt behov av en ökad digitalisering för att bidra till "
            "omställningsplanen mot en hållbar ekonomi, öka attraktiviteten för Norrlands "
            "Universitetssjukhus samt säkra en god och nära vård för Västerbottens invånare.",
            "Området jobbar intensivt med att maximera nytta och värde för hälso- och sjukvården "
            "genom digitalisering men även regionens övriga verksamhet. Förvaltningsmodell, utökad "
            "inriktning för forskning samt förenklade och effektivare flöden för service ligger i "
            "fokus. En utmaning är att införandet av framtidens vård- och informationsmiljö, "
            "VISUS, har försenats till följd av förseningar från leverantören.",
            "I den fortsatta implementeringen av förvaltningsmodellen har lärande forum för både "
            "Objektägare samt Förvaltningsledare etablerats. En identifiering av behov av "
            "kompetenshöjande åtgärder har genomförts och plan för kompetenshöjande aktiviteter "
            "har tagits fram och påbörjats. Resurssättning på operativ nivå både på verksamhet och "
            "tekniksidan är utmanande.",
            "Arbetet med portföljstyrning fortsätter att bidra till att regionledning på ett "
            "systematiskt sätt kan prioritera de digitala insatser som skapar rätt nytta för "
            "verksamheten. Effekten av digitalisering har under årets visat en stark acceleration "
            "och uppgår på årsbasis till ca 72 miljoner kronor. Några områden har varit speciellt "
            "utmärkande enligt nedan.",
            "Tillväxten av digitala mötesformer har ökat lavinartat, inte minst utifrån de nya "
            "behov som uppstått på grund av pandemin. Betydande insatser har gjorts för att "
            "utbilda och aktivt stötta regionens medarbetare. En mycket stark tillväxt på mer än "
            "150 000 besparade arbetstimmar finns inom området för Intelligent Automation. "
            "Registrering av Covid-19 vaccinationer är ett exempel där flöden effektiviseras. Även "
            "inom området för invånartjänster ses en stark ökning.",
            "När det gäller införandet av FVIS har leveransförseningar, från leverantören Cambio, "
            "uppstått på grund av Covid-19 vilket innebär att framdriften av FVIS inte gått enligt "
            "plan och att kostnadsnivån blir betydligt lägre än vad som budgeterats 2021. "
            "Kommunikationsområdet i programmet är utmanande och viktigt och har därför förstärkts "
            "under 2021.",
            "En mycket viktig effekthemtagning för FVIS är avveckling av befintliga system som "
            "VISUS kommer att ersätta. En process och funktion för avveckling är därför framtagen.",
            "Arbetet med att med att stärka vår inriktning mot forskning och utveckling har "
            "fortsatt, bland annat har initiativet ”Forskning inom hela verksamhetsområdet” "
            "startat och MT-FoU har tillsammans med Strålningsvetenskaper äskat ALF-strategiska "
            "medel för ”Kompetenscenter för tillämpad AI inom klinisk forskning och utveckling”. "
            "MT-Forskning och Utveckling har fått tio vetenskapliga artiklar publicerade.",
            "I övrigt fortsätter det systematiska förbättringsarbetet kring vår organisatoriska och "
            "sociala arbetsmiljö där månadsmätningar kopplat till förbättringsåtgärder genomförs.",
            "Generellt sett för området Digitalisering och medicinsk teknik har marknadsläget gjort "
            "det utmanande att rekrytera och behålla personal, detta har medför att kostnaderna "
            "för personal inte kommer upp i budgeterad nivå. Långsiktigt kan detta få negativa "
            "konsekvenser på kostnadsnivå och/-eller produktion. Aktiviteter för att hantera delar "
            "av dessa utmaningar har utarbetats tillsammans med HR. Området behöver fortsätta vara "
            "i fokus för att framledes säkerställa en effektiv resurshantering.",
        ),
    ]


def _summary_service() -> list[Block]:
    return [
        _subheading("Service"),
        *_paras(
            "Året har fortsatt stabilt och våra aktiviteter i verksamhetsplanen har fortlöpt "
            "enligt plan trots att året präglats av en pågående pandemi. Det finns "
            "fortsättningsvis ett stort engagemang och mycket vilja bland våra medarbetare att "
            "lösa utmaningar tillsammans. Tillsammans med ett kundfokus som ökar har vi bra "
            "förutsättningar för att anpassa oss och möta kundernas förväntningar.",
            "Vi har arbetat vidare med etableringen av den förstärkta inköpsorganisationen och vi "
            "ser en positiv effekt av den satsningen med dedikerade team för målstyrning och "
            "målsättningen att uppnå besparingar motsvarande 25 miljoner kronor har uppnåtts med "
            "marginal. En riskfaktor i arbetet är personalomsättning inom enheten vilket riskerar "
            "att påverka processen framåt både gällande målstyrning och implementering av den nya "
            "inköpsstrategin. Rekryteringar pågår men det är en svår kompetens att finna och "
            "förändringen skapar en viss oro som vi försöker hantera på bästa sätt. Under sommaren "
            "skedde ett omtag genom att tillsätta ny projektledare som tillsammans med ny "
            "verksamhetschef skapat nödvändiga planer för att accelerera implementeringen.",
            "Den etablerade logistikfunktionen har fortsättningsvis en avgörande roll i "
            "hanteringen av materialtillgången i Covid-19 pandemin. Inom enheten pågår dessutom "
            "ett omfattande arbete kring materialberedskap och framtida strategier för "
            "materialförsörjning. Arbete med att effektivisera inköpsprocessen pågår sedan hösten, "
            "syftet är att korta ledtider för upphandlingar.",
            "I arbetet med att centralisera fler funktioner och uppdrag till Servicecenter har vi "
            "nu fastställt ett programdirektiv, Framtidens service och stöd. Arbetet sker i "
            "samarbete med verksamhetsområde digitalisering. Några viktiga steg är tagna i "
            "centraliseringen såsom att flöden/funktioner har flyttats från exempelvis Medicinsk "
            "teknik och IT till Servicecenter. En viktig faktor för hur vi lyckas är vår "
            "tillgänglighet som vi mäter på olika sätt. Där ser vi en fortsatt progress och att den "
            "ökar kontinuerligt inom flera områden.",
            "Det totala antalet driftavbrott minskade med 39 procent jämfört med 2020. Planerade "
            "avbrott sker i samråd med verksamheterna och bidrar till att störningar undvikes.",
            "Arbete och analyser kring att minska våra lokalytor för ökad yteffektivitet pågår och "
            "en första kartläggning av ytorna är framtagen. Nästa steg är att se över hur "
            "lokalerna kan nyttjas effektivt och hur digitaliseringen kan bidra.",
            "Kostförsörjning i egen regi startade enligt plan i Lycksele. Restaurangen öppnades i "
            "mitten av maj och under augusti månad levererades de första patientmåltiderna. Arbete "
            "med att ta fram en måltidsstrategi för länets sjukhus och sjukstugor har påbörjats "
            "och grunderna för strategin sattes under hösten.",
            "Inom lokalvården fortsätter kvalitetskontrollerna, dock något färre än planerat på "
            "grund av pandemin. Kvalitetsnivån har stigit under året och överträffar satt "
            "standard. För bättre effektivitet och fokus inom kvalitetsarbetet har rollen som "
            "kvalitets- och utbildningsansvarig tillsatts.",
            "Produktiviteten inom lokalvården har ökat med 2,7 procent motsvarande 217 000 "
            "kvadratmeter städyta på ett år. Ytterligare åtgärder för ökad produktivitet och "
            "förbättrade rutiner fortlöper.",
            "Implementeringen av avfallsstrategin fortgår enligt plan med succesiv driftsättning "
            "under 2022.",
            "Den föreslagna klimat och miljöstrategin är nu fastställd och aktiviteter i enlighet "
            "med denna planeras i kommande verksamhetsplanering.",
        ),
    ]


def _summary_staff_units() -> list[Block]:
    return [
        _subheading("Ekonomistab"),
        Para(
            "Under året har det varit stor inriktning på utveckling inom verksamhetens processer "
            "där huvudsakligt fokus handlat om att förädla processerna planering och intern "
            "kontroll tillsammans med verksamheter och politiker. Ett nytt digitalt stöd, "
            "Stratsys, för planering och uppföljning av verksamhet, arbetsmiljö och intern "
            "kontroll, har introducerats och implementerats. Årets verksamhetsinriktning har även "
            "haft fokus på en inriktning mot att utveckla faktabaserad styrning och det i sin tur "
            "leder till byte av BI-system till Power BI. Inom budgetprocessen har ett nytt "
            "budgetsystem förberetts genom att ta fram budgetprinciper och påbörja en förstudie "
            "tillsammans med leverantör av budgetsystemet som finns i vårt aktuella "
            "ekonomisystem. Samtliga ekonomistabens medarbetare har på olika sätt medverkat till "
            "att ta fram aktiviteter till Hälso- och sjukvårdens målbild 2030. Allt detta sitter "
            "ihop och påverkar varandra, stora delar fortsätter även under 2022."
        ),
        _subheading("HR-stab"),
        *_paras(
            "Det finns ett fortsatt stort behov av stöd till verksamheterna både i generella "
            "personalrelaterade frågor och mer specifika frågor i enskilda ärenden. Behov av extra "
            "stöd och hantering av frågor kopplat mot pandemin har påverkat HR även detta år. "
            "Bemanningsfrågor kopplat mot vaccinering samt behov av extra bemanning utifrån den "
            "ökande smittspridningen under senare delen av året innebär extra behov av stöd från "
            "HR.",
            "Projektet för nytt Resursplaneringssystem har inneburit betydligt mer resursbehov "
            "från HR än tidigare beräknat. Detta medför en mycket stor belastning för roller inom "
            "den löne-och personaladministrativa processen. Extra resurser och mycket extra tid "
            "har varit nödvändigt för att hantera den expertkunskap som krävs för införande. "
            "Belastning på enskilda personer blir extra tung då kunskapen innehas endast av ett "
            "fåtal personer.",
            "Det har varit behov av tydlig och tillgänglig information till chefer och medarbetare "
            "gällande frågor inom framför allt arbetsrättsliga området och arbetsmiljöområdet "
            "utifrån pandemin även under detta år.",
            "Under året har också stora insatser gjorts kopplat mot medarbetarundersökning, både "
            "för själva genomförandet samt stöd till verksamhet utifrån resultat.",
            "Inom HR-stab har en förändring av organisation gjorts för att ytterligare stärka det "
            "nära HR stödet till verksamheten.",
        ),
        _subheading("Kommunikationsstab"),
        Para(
            "Kommunikationsarbetet har under året varit omfattande kopplat till pandemin. Utöver "
            "det har ett stort fokus legat på att arbeta med våra webbplatser. En förstudie till "
            "ett nytt och förbättrat intranät har genomförts och arbetet med att förbättra "
            "tillgängligheten på Region Västerbottens externa webbplats har prioriterats upp Stort "
            "fokus har funnits på den patientnära informationen, webbplattformen 1177.se och de "
            "e-tjänster som finns knutna till den. Under 2021 det har funnits ett stort behov av "
            "kommunikationsstöd från verksamheterna, både nya uppdrag och eftersatta behov med "
            "anledningen av pandemin. Kommunikationsstaben har stöttat med allt från stöd och "
            "planering i olika frågor till grafisk produktion. Kommunikationsstaben har även sett "
            "över sin interna organisering och arbetat med att effektivisera verksamheten genom "
            "att förbättra mötesformer, roller och organisation."
        ),
        _subheading("Ledningsstab"),
        *_paras(
            "Ledningsstabens arbete har även under 2021 påverkats av den pågående pandemin, "
            "smittskydd och krisberedskap har varit direkt involverade och alla övriga enheter har "
            "på olika sätt påverkats. Inom folkhälsoområdet har arbetet mot tobak, rasism, "
            "våldsutsatthet varit prioriterat, men även levnadsvanor och "
            "jämställdhetsintegrering. Då arbetet kräver hög grad av samverkan har frånvaron av "
            "mötesplatser varit försvårande.",
            "Krisberedskapsfunktionen har påbörjat uppdraget att synkronisera planer och "
            "aktiviteter för att utveckla regionens förmåga att upprätthålla verksamhet även under "
            "kris. En riktlinje för införande av visselblåsarfunktion har beslutats och nytt "
            "teknikstöd för ledningssystem har införts. Arbetet med att införa LOV i allmän barn- "
            "och ungdomstandvård är i slutfas. Samverkansstrukturen med kommunerna avseende vård- "
            "och omsorg utvecklas positivt och arbetet med god och nära vård införlivas i den "
            "strukturen. Ett digitalt verktyg för att möjliggöra digitala fullmäktigemöten har "
            "driftsatts och projekt e-arkiv har etablerats.",
            "Sammanfattningsvis har pandemin haft stor påverkan på stabens arbete men förmågan att "
            "ställa om till digitala arbetssätt har varit hög, därför har planerade "
            "utvecklingsarbeten i hög grad kunnat genomföras.",
            "Ekonomiskt visar staben ett stort överskott, främst på grund av att aktiviteter inte "
            "kunnat genomföras och primärvårdens produktion har minskat, men även på grund av en "
            "del vakanser.",
        ),
    ]


def _summary_goals(areas: list[Goal]) -> list[Block]:
    return [
        Heading("Måluppfyllelse", level=3, kind="maluppfyllelse", page_break_before=True),
        *_paras(
            "I regionplanen har regionfullmäktige angett tolv mål inom tre målområden. Av dessa "
            "har 11 riktats till Regionstyrelsen. I tabellen nedan redovisas en sammanfattande "
            "bedömning av måluppfyllelse vid årets slut.",
            "Bedömningen är att fem mål kommer att uppfyllas helt, fem kommer uppfyllas delvis och "
            "ett mål inte kommer uppfyllas vilket är en förbättring både jämfört med utfallet för "
            "2021 och en liten förbättring jämfört med prognosen per augusti.",
        ),
        _legend(),
        *(
            GoalSummaryTable(header=["", "Regionmål", ""], goals=[area], status_style="shape")
            for area in areas
        ),
    ]


def _summary_staff_and_control() -> list[Block]:
    return [
        Heading(
            "Väsentliga personalförhållanden", level=3, kind="personal", page_break_before=True
        ),
        *_paras(
            "Pandemin har haft fortsatt påverkan både på förutsättningarna för att genomföra "
            "verksamheternas uppdrag samt på arbetsmiljön. Flera verksamheter har utvärderat hur "
            "hemarbetet fungerat och undersökningar av medarbetarnas upplevelse och tankar om "
            "framtiden i relation till distansarbete har också genomförts. Under året har "
            "Digitalisering och Service blivit ett verksamhetsområde som tillsammans ska stötta "
            "Regionen på ett kraftfullare sätt.",
            "Resultatet av medarbetarundersökningen 2021 visar att utfallet för indikatorerna gott "
            "ledarskap, gott medarbetarskap samt god arbetsmiljö inte når målet. Det har under "
            "året varit ett fortsatt fokus på hantering av pandemin för många medarbetare inom "
            "förvaltningen vilket i många fall inneburit en hög arbetsbelastning samt behov av "
            "omprioriteringar som kan antas påverka upplevelse av trivsel och utveckling.",
            "Sjukfrånvaron inom regionstyrelsen har under 2021 ökat något jämfört med senaste "
            "åren. På förvaltningsnivå så är trenden att de kortare sjukskrivningarna minskar men "
            "de mellanlånga (15 – 180 dagar) och de långa (180 dagar) ökar något.",
            "Regionstyrelsens verksamheter har i genomsnitt haft 1118 månadsavlönade personer "
            "(män: 490, kvinnor: 628) anställda under 2021. Detta är en minskning av "
            "genomsnittligt antal månadsavlönade med 8 personer jämfört med 2020. Medelåldern för "
            "medarbetare inom regionstyrelsens verksamheter är 47 år för kvinnor och 46 år för "
            "män. Andelen heltider fortsätter att öka något totalt sett och är nu 92,5 procent "
            "(kvinnor: 90,0 män: 95,8). Personalomsättningen för regionstyrelsen verksamheter "
            "totalt är ca 11 procent, vilket är en mindre ökning jmf med förra året. Under den "
            "närmaste 10-årsperioden förväntas ett ökat antal pensionsavgångar inom "
            "regionstyrelsens verksamheter.",
            "Kompetensförsörjningen inom regionstyrelsens verksamheter kommer att vara en "
            "utmaning utifrån ett antal olika faktorer. En stor utmaning är att "
            "pensionsavgångarna kan förväntas öka under de närmaste åren samtidigt som flera "
            "verksamheter rapporterar svårigheter att kunna behålla och rekrytera medarbetare och "
            "då framför allt vissa specialistkompetenser/-funktioner. En del utvecklings-insatser "
            "och utbildningar har fått skjutas upp utifrån läget med pandemin men också utifrån "
            "belastning på vissa funktioner. Trots detta har en hel del "
            "kompetensutvecklingsinsatser påbörjats under året.",
        ),
        Heading("Intern kontroll", level=3, kind="intern_kontroll"),
        *_paras(
            "I regionstyrelsens tillsynsplan för 2021 fanns 16 kontrollmoment kopplade mot 12 "
            "risker som regionstyrelsen särskilt hade prioriterat att bevaka 2021 och som har "
            "följts upp i samband med årsrapporten. I åtta fall var bedömningen efter genomförd "
            "kontroll att det inte fanns några brister och att inga åtgärder behövde vidtas. I sju "
            "fall var bedömningen efter genomförd kontroll att det fanns vissa brister och att det "
            "därför fanns behov av någon form av åtgärd. I ett fall görs ingen bedömning. I "
            "bilagan redovisas uppföljningen i mer detalj samt planerade eller genomförda "
            "åtgärder.",
            "I samband med årsrapport och det löpande arbetet med intern kontroll har några mer "
            "generella utvecklingsområden identifierats som kommer arbetas med under 2022.",
        ),
        Bullets(
            [
                (
                    0,
                    "Precisera vilka risker som behöver hanteras inom intern kontroll och vilka "
                    "risker som kräver annan hantering.",
                ),
                (
                    0,
                    "Särskilja och definiera de kontrollaktiviteter som finns för att säkerställa "
                    "att det löpande arbetet blir rätt och de kontrolltester som genomförs för att "
                    "utvärdera och försäkra att kontrollsystemet fungerar som tänkt.",
                ),
                (
                    0,
                    "Fortsätta arbeta med att åtgärder vidtas vid brister och i synnerhet att "
                    "planerade åtgärder följs upp",
                ),
            ]
        ),
        Para(
            "Den sammantagna bedömningen är att regionstyrelsen har en acceptabel nivå av intern "
            "kontroll. Det finns vissa brister i hanteringen av enskilda risker och det finns "
            "vissa brister och behov av fortsatt utveckling i det övergripande arbetet med intern "
            "kontroll."
        ),
    ]


def _summary_economy() -> list[Block]:
    return [
        Heading("Ekonomi", level=3, kind="ekonomi", page_break_before=True),
        *_paras(
            "Regionstyrelsen nettokostnader uppvisar en negativ budgetavvikelse med 165 miljoner "
            "kronor och en nettokostnadsutveckling på 26,3 procent.",
            "De största avvikelserna återfinns främst inom regionövergripande poster där ökade "
            "pensionskostnader men även ökade intäkter i form av statsbidrag avseende covid-19 "
            "påverkar budgetavvikelsen och nettokostnadsutvecklingen. De ökade "
            "pensionskostnaderna förklaras främst av de förändringar i RIPS (riktlinjer för "
            "beräkning av pensionsskuld) som beslutats under året. De ändrade antagandena innebär "
            "för regionen en ökad pensionsskuld och därmed också en engångskostnad för pensioner "
            "på 326 miljoner kronor för år 2021. Övriga anslag och specialdestinerade statsbidrag "
            "har tillsammans en positiv budgetavvikelse på 155 miljoner kronor vilket förklaras av "
            "de statliga bidrag som regionen erhållit för att hantera effekterna av pandemin.",
            "Digitalisering och Service visar en positiv avvikelse mot budget på cirka 42 miljoner "
            "kronor där bland annat minskad volym av sjukresor, lägre genomförandetakt avseende "
            "VISUS (vårdinformationsstöd) samt lägre personalkostnader på grund av vakanser "
            "förklarar överskottet.",
            "Beställare primärvård och tandvård uppvisar tillsammans ett överskott mot budget på "
            "38 miljoner kronor där det framförallt är de rörliga ersättningarna som minskat till "
            "följd av färre antal besök i primärvården.",
            "Administrativ verksamhet som innefattar regionledning och staber redovisar totalt en "
            "positiv budgetavvikelse på 7 miljoner kronor. Sex av sju basenheter visar "
            "budgetöverskott.",
            "Regionstyrelsens verksamheter har inför år 2021 identifierat åtgärder på 12 miljoner "
            "kronor för en omställning till hållbar ekonomi. Effekt för året uppgår till totalt 34 "
            "miljoner kronor vilket är 22 miljoner kronor mer än plan.",
        ),
    ]


# ------------------------------------------------------- 2 Förvaltningsberättelse


def _organisation() -> list[Block]:
    return [
        Heading(
            "Förvaltningsberättelse",
            level=1,
            number="2",
            kind="forvaltningsberattelse",
            page_break_before=True,
        ),
        Heading("Nämndorganisation", level=2, number="2.1", kind="forvaltningsberattelse"),
        *_paras(
            "Regionstyrelsen är regionens ledande politiska förvaltningsorgan och som sådant "
            "ansvarigt för att leda och samordna förvaltningen i Region Västerbotten. "
            "Regionstyrelsen har ett strategiskt ansvar för att säkerställa en effektiv och "
            "ändamålsenlig regionkommun. Den ska ha uppsikt över övriga nämnder men även över den "
            "del av verksamheten som bedrivs i andra former såsom bolag, stiftelser, "
            "kommunalförbund och gemensamma nämnder.",
            "Regionstyrelsen är bland annat beställare av regionens primärvård som omfattas av "
            "vårdvalssystemet samt tandvård. Styrelsen ansvarar även för att följa upp den "
            "verksamhet som utförs av privata vårdgivare. Styrelsen har utöver detta ett ansvar "
            "för folkhälsa ur ett invånarperspektiv.",
            "Regionstyrelsens förvaltningsorganisation leds av regiondirektören. Under året slogs "
            "verksamhetsområdena Digitalisering och medicinsk teknik samt Service ihop till ett "
            "nytt verksamhetsområde, Digitalisering och Service. Regionstyrelsens förvaltning "
            "består nu av fyra staber (Ekonomistab, HR-stab, Kommunikationsstab och Ledningsstab) "
            "samt ett verksamhetsområde (Digitalisering och Service).",
        ),
    ]


def _work_environment() -> list[Block]:
    return [
        Heading("Väsentliga personalförhållanden", level=2, number="2.2", kind="personal"),
        Heading("Arbetsmiljö", level=3, kind="personal"),
        *_paras(
            "Regionens medarbetarundersökning genomfördes i månadsskiftet augusti/september. "
            "Utfall för indikatorerna gott ledarskap, gott medarbetarskap samt god arbetsmiljö når "
            "inte målet. Det har under året varit ett fortsatt fokus på hantering av pandemin för "
            "många medarbetare inom förvaltningen vilket i många fall inneburit en hög "
            "arbetsbelastning samt behov av omprioriteringar som kan antas påverka upplevelse av "
            "trivsel och utveckling. Pandemin har också inneburit att ett flertal har fortsatt "
            "jobbat på distans vilket kan ha påverkat utfall för samtliga indikatorer både på ett "
            "positivt sätt, då flera har upplevt en ökad flexibilitet, och mer negativt då den "
            "fysiska och sociala arbetsmiljön blir mer begränsad på distans.",
            "Pandemin ger fortsatt påverkan på arbetsmiljön med fortsatt hemarbete och "
            "restriktioner. Flera staber och VO digitalisering och medicinsk teknik har utvärderat "
            "hur detta fungerat och även haft riktade workshops för att ytterligare undersöka "
            "medarbetarnas upplevelse och deras tankar om framtiden i relation till "
            "distansarbete. Dessa undersökningar har också använts som del av material i förstudie "
            "om framtidens administrativa arbetsplats.",
            "Under året har Digitalisering och Service blivit ett verksamhetsområde som "
            "tillsammans ska stötta Regionen på ett kraftfullare sätt. Den nya förändringsresa som "
            "de startat kommer innebära olika utmaningar under 2022.En av dessa är att skapa "
            "engagemang där medarbetarna känner delaktighet och får tillräckligt med information "
            "för att kunna utföra sina arbetsuppgifter på bästa sätt i linje med deras uppdrag och "
            "mål.",
            "Verksamheter inom Regionstyrelsen kommer under 2022 lägga fokus på att arbeta med "
            "olika områden de identifierat inom arbetsmiljö och som återfinns i deras "
            "arbetsmiljöplaner. Exempel på identifierade områden är bl.a. arbetsbelastning, "
            "rapportering av arbetsskador och tillbud, utsatthet, repressalier, kränkande "
            "särbehandling och utbilda skyddsombud.",
        ),
        Heading("Sjukfrånvaroutveckling", level=3, kind="personal"),
        *_paras(
            "Sjukfrånvaron inom regionstyrelsen har under 2021 ökat något och senast den låg på "
            "denna nivå var under 2018. På förvaltningsnivå så är trenden att de kortare "
            "sjukskrivningarna minskar men de mellanlånga (15 – 180 dagar) och de långa (180 "
            "dagar) ökar något. Sjukfrånvaron, uttryckt i procent, varierar mellan staber och "
            "verksamhetsområden. Verksamhetsområde Digitalisering har en genomsnittlig "
            "sjukfrånvaro på 2,28 procent medan sjukfrånvaron för VO Service ligger på 6,93 "
            "procent och för staberna i genomsnitt på 4,15 procent. För områden där frånvaron ökat "
            "vidtas åtgärder utifrån gjorda analyser.",
            "Inom regionstyrelsen så är sjukfrånvaron högre bland kvinnor än hos männen vilket "
            "stämmer med regionens statistik. Bland kvinnor så har den ökat något under 2021 men "
            "sjunkit bland männen.",
            "Frisknärvaron (andel medarbetare som varit sjuka i totalt max 5 kalenderdagar) har "
            "ökat något till 71 procent jämfört med 64 procent samma period föregående år",
        ),
        Heading("Kompetensförsörjning", level=3, kind="personal"),
        *_paras(
            "Kompetensförsörjningen inom regionstyrelsens verksamheter är och kan förväntas vara "
            "en fortsatt utmaning utifrån ett antal olika faktorer. Pensionsavgångarna förväntas "
            "öka under de närmaste åren samtidigt som många verksamheter rapporterar svårigheter "
            "att kunna behålla och rekrytera medarbetare och då framför allt vissa "
            "specialistkompetenser/-funktioner. En viktig orsak till denna situation är det "
            "rådande marknadsläget då efterfrågan på dessa kompetenser är stor även i andra "
            "organisationer och branscher. Framför allt är det en utmaning att kunna matcha "
            "löneläget på den privata marknaden.",
            "Under 2021 har en hel del utvecklingsinsatser och utbildningar fått skjutas upp "
            "utifrån pandemiläget och utifrån den belastning som då uppstått på vissa funktioner. "
            "Trots detta har en hel del kompetensutvecklingsinsatser påbörjats under året. Bland "
            "sådana insatser kan nämnas språkutbildning i det svenska språket för lokalvårdare från "
            "andra länder, pågående aktiviteter inom ledarskap och medarbetarskap och utveckling "
            "av introduktionsprogram inom Service som förväntas kunna stärka nya medarbetare. Inom "
            "kommunikationsstaben har man påbörjat ett arbete för att utveckla kompetensen inom "
            "sociala medier. Den digitala utvecklingen går snabbt framåt och generellt finns ett "
            "behov inom regionstyrelsens verksamheter att kompetensutveckla medarbetare inom "
            "digitaliseringsområdet.",
        ),
    ]


def _staff_figures() -> list[Block]:
    return [
        Heading("Personalsammanställning", level=3, kind="personal", page_break_before=True),
        _subheading("Antal anställda"),
        Para(
            "Regionstyrelsens verksamheter har i genomsnitt haft 1 118 månadsavlönade personer "
            "(män: 490, kvinnor: 628) anställda under 2021, varav 1 023 är tillsvidareanställda "
            "(män: 454, kvinnor: 569). Detta är en minskning av genomsnittligt antal "
            "månadsavlönade med 8 personer jämfört med 2020. Minskningen på totalen kan till del "
            "förklaras av verksamhetsövergången av reseservice till länstrafiken vid årsskiftet."
        ),
        _subheading("Ålders- och könsfördelning"),
        Para(
            "Medelåldern för medarbetare inom regionstyrelsens verksamheter är 47 år för kvinnor "
            "och 46 år för män."
        ),
        _subheading("Sysselsättningsgrad (heltid/deltid)"),
        Para(
            "Andelen heltider fortsätter att öka något totalt sett och är nu 92,5 procent "
            "(kvinnor: 90,0 män: 95,8) att jämföra med 91,8 procent (kvinnor: 88,6, män: 96,1) den "
            "sista december förra året."
        ),
        _subheading("Personalomsättning"),
        Para(
            "Personalomsättningen för regionstyrelsen verksamheter totalt är ca 11 procent, vilket "
            "är en mindre ökning jmf med förra året."
        ),
        _subheading("Ålderspensionsavgångar och övriga avgångar"),
        Chart(
            title=(
                "Beräknade ålderspensionsavgångar och övriga avgångar inom Regionstyrelsens "
                "verksamheter, perioden 2021-2031 (Antal personer)"
            ),
            kind="bar",
            series=[
                [24, 27, 31, 29, 33, 36, 34, 38, 35, 37, 39],
                [61, 58, 60, 57, 59, 56, 58, 55, 57, 56, 54],
            ],
        ),
        Para(
            "Under den närmaste 10-årsperioden förväntas ett ökat antal pensionsavgångar inom "
            "regionstyrelsens verksamheter."
        ),
    ]


def _conditions() -> list[Block]:
    return [
        Heading(
            "Viktiga förhållanden för resultat och ekonomisk ställning",
            level=2,
            number="2.3",
            kind="ekonomi",
            page_break_before=True,
        ),
        _subheading("Effekter av pandemin"),
        *_paras(
            "Regionförvaltningens verksamheter har fått ställa om för att hantera effekterna av "
            "pandemin.",
            "Digitaliseringsarbetet har påskyndats genom exempelvis införande och nyttjande av "
            "digitala möten och Intelligent Automation. Resurser har fått styras om för att "
            "hantera bland annat ett ökat behov av kommunikation och smittspårningsinsatser. En "
            "konsekvens av att ställa om verksamheterna har också varit att planerade aktiviteter "
            "fått ställas in.",
            "De ökade behov som pandemin medfört har även haft en stor påverkan på ekonomin där "
            "kostnadsnivån ökat inom många områden. Samtidigt finns det områden där kostnaderna "
            "minskat, exempelvis kostnaden för sjukresor och kostnader kopplat till utbildning och "
            "resor.",
        ),
        _subheading("Omställning till hållbar ekonomi"),
        *_paras(
            "Regionstyrelsens verksamheter har inför år 2021 identifierat åtgärder på 12 miljoner "
            "kronor för en omställning till hållbar ekonomi. Åtgärderna för året innefattar "
            "energieffektivisering i fastigheter, minskade kostnader för sjukresor, minskat köp av "
            "fastighetsunderhåll, översyn av centrala anslag och samordning inom administrativa "
            "staber. Effekt för året uppgår till totalt 34 miljoner kronor vilket är 22 miljoner "
            "kronor mer än plan.",
            "Delområde Service omställning till en hållbar ekonomi ligger i fas med aktiviteter "
            "inom energieffektivisering, minskade köpta tjänster och minskade "
            "sjukresekostnader. Resultatet blev cirka 20 miljoner kronor över plan, främst på grund "
            "av minskade volymer inom sjukresor. Översyn och samordning av staber och "
            "administrativa enheter samt centrala anslag har gett effekt på 7,2 miljoner kronor "
            "vilket är 2,2 miljoner över plan. Till stor del beror denna höga måluppfyllelse på att "
            "pandemin gett kostnadsminskningar inom områden som berörs av omställningsplanen, "
            "exempelvis för sjukresor.",
            "Kostnadsreducerande aktiviteter inom område Digitalisering och service som lett till "
            "minskade kostnader inom annan verksamhet uppskattas till totalt 106 miljoner kronor "
            "för år 2021. Effektivisering av inköp- och upphandlingsprocessen inom delområde "
            "Service bedöms ha lett till minskade kostnader hos annan verksamhet med 34 miljoner "
            "kronor. Digitalisering och Medicinskt teknik har levererat stöd som gett en beräknad "
            "effekt hos annan verksamhet på 72 miljoner kronor. Största effekten ses inom "
            "intelligent automation och Office 365.",
        ),
    ]


def _goal_follow_up(areas: list[Goal]) -> list[Block]:
    return [
        Heading(
            "God ekonomisk hushållning och ekonomisk ställning",
            level=2,
            number="2.4",
            kind="maluppfyllelse",
            page_break_before=True,
        ),
        Heading("Måluppfyllelse", level=3, kind="maluppfyllelse"),
        *_paras(
            "I regionstyrelsens verksamhetsplan för 2021 har de mål som fullmäktige riktat till "
            "styrelsen omsatts till ett antal indikatorer. Årsrapporten är en uppföljning av "
            "resultat per december samt en bedömning av måluppfyllelse för hela året. I följande "
            "avsnitt redovisas en samlad bedömning av måluppfyllelse för samtliga mål som "
            "fullmäktige riktat till regionstyrelsen.",
            "För regionmålen görs en helhetsbedömning av måluppfyllelse och för indikatorerna "
            "bygger bedömningen på utfall i förhållande till målnivån som är satt i styrelsens "
            "nämndplan för 2021.",
        ),
        _legend(),
        GoalSections(
            goals=areas,
            layout="matrix",
            status_style="shape",
            indicator_header=INDICATOR_HEADER,
        ),
    ]


# ---------------------------------------------------------------------- uppdrag


def _completed() -> Status:
    return Status(status="completed", label="Avslutad", color=GREEN)


def _council_assignment() -> Assignment:
    return Assignment(
        title=(
            "Utreda och ta fram underlag för att införa en ny styrmodell under kommande planperiod"
        ),
        status=_completed(),
        due_date="2021-08-31",
        comment=[
            "För att ge den nya organisationen bästa möjliga förutsättningar att verka som en "
            "enhet och öka tydlighet i styrning och prioriteringar gav Regionfullmäktige i uppdrag "
            "till regiondirektören att ta fram en gemensam styrmodell. Styrningen ska bland annat "
            "syfta till att inom ramen för en hållbar ekonomi uppnå god kvalitet.",
            "Arbete med att ta fram ny styrmodell pågår under 2020 och 2021, beslut kommer att "
            "fattas under 2021 och modellen ska vara implementerad senast 2023. I augusti 2021 ska "
            "förslag till ny form för mål och resultatstyrning vara framtagen samt förslag på "
            "hantering av styrande dokument.",
            "Uppdraget att ta fram en ny styrmodell genomfördes praktiskt med en uppdelning i tre "
            "delar:",
            "-Styrmodell samt mål och resultatstyrning",
            "-Styrande dokument",
            "-Styrning och ledning av regionövergripande stödprocesser",
            'I den första delen "styrmodell samt mål- och resultatstyrning" har ingen enhetlig '
            "modell presenterats. Workshops och diskussioner har förts på politisk nivå och inom "
            "tjänstepersonledningen. Olika modeller och tankar finns framtagna kring möjliga "
            "riktningar.",
            'I den andra delen "styrande dokument" har uppdraget delvis levererat i form av nya '
            "beskrivningar i regionplanen 2022 om hur övergripande strategier för regionens "
            "huvuduppdrag förhåller sig till vision och regionplan. Fortsatt arbete behöver göras "
            "kopplat till hur olika sakområdesstrategier, planer och program ska hanteras i "
            "styrningen.",
            "Den tredje delen hanterar utveckling inom verksamhetsstyrningen med fokus på styrning "
            "och ledning av regionövergripande processer har levererats. Resultatet ligger till "
            "grund för det fortsatta arbetet med ny modell för verksamhetsstyrning.",
            "Uppdraget har delvis kunnat genomföras enligt plan, byte av nyckelpersoner inom "
            "tjänstepersonledningen har påverkat. Arbetet med styrmodell kommer att fortsätta "
            "under 2021 och 2022 inom ramen för regiondirektörens arbete med ny modell för "
            "verksamhetsstyrning.",
        ],
    )


def _board_assignment() -> Assignment:
    return Assignment(
        title=(
            "Regionstyrelsen ger regiondirektören i uppdrag att utreda i vilken omfattning Region "
            "Västerbotten når upp till målet om att vara en inkluderande, attraktiv och innovativ "
            "samarbetspartner."
        ),
        status=_completed(),
        due_date="2021-08-31",
        comment=[
            "Uppdraget innebär att ta fram en nulägesbild, visa på vilka eventuella åtgärder som "
            "behövs för en bättre utveckling inom området samt former för att fortsätta att följa "
            "upp arbetet. Uppdraget ska genomföras under 2021 och slutrapporteras till "
            "regionstyrelsens delårsrapport 2 2021.",
            "Uppdraget har genomförts genom en genom en enkät till ett urval av samarbetspartners. "
            "Trots den begränsade omfattningen bekräftar enkäten att regionen huvudsakligen "
            "uppfattas som en såväl inkluderande som attraktiv och innovativ samarbetspartner.",
            "I rapporten konstateras att samtliga tre parametrar i uppdraget - inkluderande, "
            "attraktiv, innovativ - är svåra att mäta objektivt, personliga preferenser får ibland "
            "orimliga konsekvenser etc. Mätningar försvåras också av att systemet omfattar såväl "
            "individer som organisationer inom såväl forskning som näringsliv och offentlig "
            "verksamhet samt användare/kunder i samspel. Vidare måste en samlad bedömning omfatta "
            "såväl relationer som klimat och struktur.",
            "I ett fortsatt arbete vore en granskning av parternas mandat och synen på "
            "riskexponering värdefull. Incitamenten för att arbeta efter interna styrsignaler är "
            "ofta starkare än för att samverka med andra för att skapa gemensam nytta. Den "
            "gemensamma nyttan bör vara utgångspunkten för den fortsatta utvecklingen av "
            "uppföljningsmåtten.",
            "I ett fortsatt arbete bör uppföljningsmåtten konkretiseras och utvecklas ytterligare. "
            "Målen bör vara mätbara och uppdraget bör även ange vilka parametrar som ska mätas. "
            "Engagemangstrappan bör vara utgångspunkten för arbetet.",
        ],
    )


def _assignments() -> list[Block]:
    return [
        Heading("Uppföljning av uppdrag", level=3, kind="uppdrag", page_break_before=True),
        _subheading("Uppdrag från fullmäktige till nämnd"),
        AssignmentTable(
            header=ASSIGNMENT_HEADER,
            columns=ASSIGNMENT_COLUMNS,
            rows=[_council_assignment()],
            issuer="regionfullmäktige",
            recipient="regionstyrelsen",
            status_style="shape",
        ),
        _subheading("Uppdrag från nämnd till förvaltning"),
        AssignmentTable(
            header=ASSIGNMENT_HEADER,
            columns=ASSIGNMENT_COLUMNS,
            rows=[_board_assignment()],
            issuer="regionstyrelsen",
            recipient="regionförvaltningen",
            status_style="shape",
        ),
    ]


# -------------------------------------------------------------- Förväntad utveckling


def _outlook() -> list[Block]:
    return [
        Heading(
            "Förväntad utveckling", level=2, kind="forvaltningsberattelse", page_break_before=True
        ),
        *_paras(
            "Ledningsstaben förväntar sig ytterligare fokus på folkhälsoarbete, dels som en följd "
            "av pandemin, dels på grund av att förebyggande arbete är ett tydligt inslag i God och "
            "nära vård. Vidare förväntas också ökat fokus på organisationens förmåga att hantera "
            "kriser samt fortsatt fokus på civilt försvar och regionens roll i totalförsvaret med "
            "anledning av det försämrade säkerhetspolitiska läget.",
            "Kommunikationsstaben ser att det finns en kommunikationsskuld från pandemin. Det "
            "finns inom regionen ett stort intresse för kommunikation vilket märks på förfrågningar "
            "där utvecklat arbetssätt och även utbildningar kan ge ett bättre stöd inom "
            "kommunikation.",
            "Samhällsomvandlingen och utvecklingen i norra Sverige ställer både krav och ger "
            "förutsättningar för Region Västerbotten. Digitalisering är en faktor som förväntas "
            "lösa många av samhällets och regionens utmaningar. Det är därför viktigt att vi "
            "tillsammans skapar en positiv känsla och gemensam kraft kring verksamhetsutveckling "
            "med teknik.",
            "Över lag ses ett ökat tryck kring digitalisering och behov av digital kompetens, "
            "samordning och krav på informationssäkerhet. Konkurrensen om kompetens inom området "
            "är stor och det blir av yttersta vikt att regionen är en modern och attraktiv "
            "arbetsgivare där våra nuvarande och framtida kollegor vill vara.",
            "Stora digitala kliv har tagits under pandemin och fortsättningsvis gäller det att "
            "vara uthålliga och accelerera ytterligare genom till exempel automation, effektiva "
            "processer samt fler tjänster som gynnar och gör det lättare för våra medarbetare och "
            "invånare. Regionen arbetar målmedvetet för att bibehålla vår framstående position "
            "inom forskning och utveckling, där vi bland annat bygger ett strategiskt "
            "kompetenscentrum för klinisk forskning och artificiell intelligens.",
            "För delområde Service är det viktigaste att hålla i de aktiviteter som är påbörjade. "
            "Implementeringen av inköpsstrategin kommer att vara beroende av verksamheternas "
            "förändringsvilja och samarbete för fortsatt progress. I planeringen framåt är det "
            "också viktigt att beakta tiden efter pandemin och vad den innebär för verksamheten, "
            "både vad gäller resurser och kostnader. Sjukresekostnaderna utgör exempelvis en stor "
            "del av kostnaderna och förväntas öka. Helt avgörande blir utvecklingen av god och "
            "nära vård (minskade behov av fysiska besök) och de kostnadsreducerande åtgärder vi "
            "antar tillsammans med beställningscentralen hos Länstrafiken samt den pågående "
            "upphandlingen av nya taxiavtal.",
            "Regionens fastighetsbestånd har behov av omfattande reinvesteringar. Arbetet med att "
            "optimera regionens ytor pågår och är helt beroende av förändrade arbetssätt. Det "
            "betyder bland annat att principerna för framtidens administrativa arbetsplats och "
            "framtagna principer för lokaler/fastigheter tillsammans med förändrade arbetssätt "
            "inom Hälso- och sjukvården kommer vara helt avgörande för måluppfyllelsen.",
            "I slutet av 2021 slogs de två stora stödorganisationerna Digitalisering och medicinsk "
            "teknik och Service ihop. Sammanslagningen behövs för att kunna möta de strukturella, "
            "kulturella och ekonomiska utmaningar som finns i regionen. Verksamhetsområdet kommer "
            "arbeta aktivt för att möta kraven på en effektiv och produktiv serviceverksamhet med "
            "fokus på att stötta hälso- och sjukvården och övriga regionen. Den nya organisationen "
            "skall även, genom framstående forskning och utveckling, leverera ökade möjligheter "
            "till Hälso-och sjukvården för ökad tillgänglighet och minskade kostnader. Olika "
            "styrkor i respektive verksamhet ger en högre grad av utveckling internt och framför "
            "allt kan stödverksamheten möta kundernas behov och förväntan.",
        ),
    ]


# ------------------------------------------------------------ 3 Driftredovisning


def _common_budget() -> list[Block]:
    return [
        Heading(
            "Driftredovisning",
            level=1,
            number="3",
            kind="driftredovisning",
            page_break_before=True,
        ),
        Heading("Budgetavvikelse", level=2, number="3.1", kind="driftredovisning"),
        Para(
            "Regionförvaltningen består av områdena Regionövergripande verksamhet samt "
            "Digitalisering och Service."
        ),
        Heading("Regionövergripande verksamhet", level=3, kind="driftredovisning"),
        Para(
            "Inom området Regionövergripande verksamhet ingår delområdena Regionförvaltning "
            "gemensamt, Administrativ verksamhet, Primärvård beställning samt Tandvård "
            "beställning."
        ),
        _subheading("Regionförvaltningen gemensamt"),
        *_paras(
            "Regionförvaltningens gemensamma delområde innefattar förutom centrala anslag även "
            "avskrivningar, pensionskostnader och specialdestinerade statsbidrag. Delområdet "
            "redovisar ett underskott mot budget på 252 miljoner kronor och en "
            "nettokostnadsutveckling på 1 181,5 procent. Underskottet förklaras till största del "
            "av de förändringar i RIPS (riktlinjer för beräkning av pensionsskuld) som beslutats "
            "under året. Förändringen innebär ändrade antaganden, för de parametrar över "
            "livslängden, som används i pensionsskuldsberäkningen för kommuner och regioner. De "
            "ändrade antagandena innebär för regionen en ökad pensionsskuld och därmed också en "
            "engångskostnad för pensioner på 326 miljoner kronor för år 2021. Total negativ "
            "budgetavvikelse för pensionskostnaderna uppgår till 382 miljoner kronor.",
            "Personalanslaget har en positiv avvikelse på 8,2 miljoner kronor på grund av att det "
            "ordinarie arbetet fått stå tillbaka som en följd av pandemin. Några områden är "
            "Feriearbete där erbjudande att ge ungdomar sommararbete ej utförts under år 2021. "
            "Utlandsrekrytering/språkutbildning har inte heller kunnat utföras i samma "
            "omfattning.",
            "Informationsanslaget har en positiv avvikelse på 1,1 miljoner kronor. Under året har "
            "fokus lagts på aktiviteter kopplat till pandemin vilket medfört att andra uppdrag "
            "fått stå tillbaka och budgetutrymmet ej nyttjats till fullo. De kostnader som har "
            "avsett covid-19 har ersatts av statliga medel.",
            "Folkhälsa har en positiv avvikelse på 4,4 miljoner kronor där också pandemin påverkat "
            "möjligheten att bedriva arbetet enligt plan.",
            "Ekonomianslaget har en positiv avvikelse på 1,6 miljoner kronor. Erhållen "
            "momsersättning från Skatteverket är en av orsakerna till avvikelsen.",
            "Avgifter och bidrag har en negativ avvikelse på 6,3 miljoner kronor. Premien till löf "
            "(regionernas ömsesidiga försäkringsbolag) och medlemsavgifter till Sveriges kommuner "
            "och Regioner är förklaringen till detta.",
            "Avskrivningar har en negativ avvikelse på 26,5 miljoner kronor. Förklaringen till "
            "detta är främst att den faktiska avskrivningstiden visade sig vara något kortare än "
            "prognosticerat samt att några större investeringsobjekt blev klara tidigare än den "
            "plan som budgeten baserades på. Avskrivningskostnaden har ökat de senaste åren som en "
            "följd av ökade investeringsnivåer.",
            "Övriga anslag och specialdestinerade statsbidrag har tillsammans en positiv avvikelse "
            "på 154,8 miljoner kronor. Avvikelsen förklaras av statliga ersättningar som regionen "
            "erhållit på grund av pandemin.",
        ),
    ]


def _administration_budget() -> list[Block]:
    return [
        _subheading("Administrativ verksamhet"),
        *_paras(
            "Administrativ verksamhet som innefattar regionledning och staber redovisar totalt en "
            "positiv budgetavvikelse på 7,1 miljoner kronor och en nettokostnadsutveckling på 18,2 "
            "procent. Sex av sju basenheter visar budgetöverskott.",
            "Ledningsstaben har en positiv budgetavvikelse med 6,6 miljoner kronor. Största "
            "överskottet gäller personalkostnader då det varit många vakanser under året samt "
            "ökade intäkter då personal genomfört arbete åt andra aktörer. Vaccinationskostnader "
            "medför totalt sett ökade kostnader jämfört med föregående år men ingen "
            "budgetavvikelse då enheten erhållit budgetmedel motsvarande den ökade kostnaden.",
            "Smittskyddet har under året en ökad kostnad på grund av smittspårning. "
            "Budgetavvikelsen är ändå positiv med 0,1 miljoner kronor då budgetmedel erhållits "
            "motsvarande den ökade kostnaden.",
            "HR-staben har en positiv avvikelse med 1,2 miljoner kronor vilket förklaras av att "
            "personalkostnader kunnat föras över till projektmedel och under övriga "
            "personalkostnader syns tydligt pandemins effekt i form av mindre resor och "
            "utbildningar.",
            "Ekonomistabens positiva budgetavvikelse på 0,9 miljoner kronor avser främst "
            "personalkostnader och övriga personalkostnader.",
            "Kommunikationsstaben har totalt sett ingen avvikelse mot budget.",
        ),
    ]


def _primary_care_budget() -> list[Block]:
    return [
        _subheading("Primärvård beställning"),
        *_paras(
            "Budgetramen för Primärvård beställning var 1 352 miljoner kronor vilket är en "
            "indexuppräknad ram från föregående år. Till det kom permanenta budgettillskott under "
            "året med 19 miljoner kronor och tillfälliga budgettillskott med 248 miljoner kronor. "
            "Permanenta satsningar avsåg läkarmedverkan vid särskilda boenden och öppnande av "
            "ME-mottagning. De tillfälliga tillskotten riktades främst till covidrelaterade poster "
            "men även på satsningar för psykisk hälsa, kvinnors hälsa, ungdomshälsa samt tillskott "
            "för ökade läkemedelskostnader.",
            "År 2021 redovisar Primärvård beställning ett budgetöverskott med 35 miljoner kronor. "
            "Ersättningen till utförarna av primärvård består av en fast del, en rörlig del samt "
            "ersättningar för särskilda tilläggsuppdrag. Störst ersättning går ut för den fasta "
            "delen. Där ses ett mindre budgetöverskott till följd av något lägre "
            "befolkningsutveckling på grund av covid-19. Den största budgetavvikelsen kommer från "
            "att de rörliga besöksersättningarna minskat, främst med anledning av att besöken i "
            "primärvården minskat med i storleksordningen 20 procent jämfört med år 2019 som var "
            "det senaste normalåret utan covid-19.",
            "Ersättningar för covidrelaterade kostnader år 2021 gick ut med 94 miljoner kronor för "
            "provtagning, 77 miljoner kronor för vaccinering, 22 miljoner kronor för merkostnader "
            "och 15 miljoner kronor för arbete med uppskjuten vård. Det har även gått ut "
            "ersättningar för att täcka sjuklöner med 2 miljoner kronor.",
            "Utöver basuppdraget har riktade ersättningar betalats ut med 8 miljoner kronor för "
            "arbete med psykisk hälsa, 2 miljoner kronor till kvinnors hälsa och 4 miljoner kronor "
            "till ungdomshälsa.",
            "Tillfälligt tillskott till läkemedelsersättningen som ingår i basuppdraget har gjorts "
            "med 14 miljoner kronor under året.",
        ),
    ]


def _dental_care_budget() -> list[Block]:
    return [
        _subheading("Tandvård beställning"),
        *_paras(
            "Budgetramen för Tandvård beställning var 182 miljoner kronor vilken förutom "
            "indexuppräkning innehöll ett tillskott med 10 miljoner kronor för att höja "
            "ersättningen för 20–23-åringar i syfte att jämka ersättningsnivån för hela "
            "åldersgruppen 3–23 år inom vilken tandvård är kostnadsfri för patienten. Under året "
            "har tillfälliga budgettillskott erhållits med 12 miljoner kronor för covidrelaterade "
            "poster.",
            "Tandvård beställning visar en positiv budgetavvikelse med 3 miljoner kronor "
            "Allmäntandvård barn och unga visar en positiv budgetavvikelse 8 miljoner kronor "
            "vilket främst kommer från lägre rörliga ersättningar. Ersättning för tandvårdsstöd "
            "till patienter inom vissa grupper visar negativ budgetavvikelse med 5 miljoner "
            "kronor.",
            "Inför 2021 gjordes en justering av ersättningsmodellen där den fasta ersättningen "
            "minskades något och en ny ersättning för särskilda dyrare behandlingar, ortodonti "
            "infördes. För det avsattes 11 miljoner kronor i budget, utfall blev 6 miljoner "
            "kronor.",
            "Ersättning till olistade barn och unga 3–23 år betalas ut för år 2021 med 5 miljoner "
            "kronor från och med november enligt beslut i Regionstyrelsen. Det är framför allt "
            "ungdomar som flyttar till ny studieort och väljer att inte besöka tandläkaren som "
            "hamnar utanför listningssystemet. 2022 års ersättningsmodell är utformad så att fler "
            "individer listas på klinikerna än i dagens system.",
            "Ersättningar för covidrelaterade kostnader år 2021 gick ut med 10 miljoner kronor för "
            "arbete med uppskjuten vård och 1 miljon kronor för merkostnader. Det har även gått ut "
            "ersättningar för att täcka sjuklöner med 1 miljon kronor.",
        ),
    ]


def _digitalisation_service_budget() -> list[Block]:
    return [
        Heading("Digitalisering och service", level=3, kind="driftredovisning"),
        _subheading("Digitalisering och medicinsk teknik"),
        *_paras(
            "Delområdet redovisar en positiv budgetavvikelse på 16,9 miljoner kronor. Områdets "
            "nettokostnader ökade jämfört med år 2020 med 21,9 miljoner kronor.",
            "Redovisad positiv budgetavvikelse beror främst på att genomförandetakten avseende "
            "VISUS varit lägre än planerat, andra betydande faktorer är lägre personalkostnader på "
            "grund av vakanser samt eftersläpning i utbyte av datorer. På den underliggande nivån "
            "finns negativa avvikelser för exempelvis Sterilteknik, Office 365 samt uppgradering "
            "av ekonomisystemet.",
            "Nettokostnadsökningen är till största del en effekt av ökade kostnader för utveckling "
            "samt en mindre del ökade utvecklingsdrivna förvaltningskostnader.",
            "När det gäller ökade utvecklingskostnader så har i år ramen för utvecklingsportföljen "
            "nyttjats fullt ut. Betydande utvecklingsinsatser har genomförts avseende "
            "resursplaneringssystem, intelligent automation, invånartjänster och faktabaserad "
            "styrning. Även kostnaderna för VISUS har varit något högre än föregående år. "
            "Förändringen av utvecklingskostnaderna mellan åren uppgår till cirka 18 miljoner "
            "kronor.",
        ),
        _subheading("Service"),
        *_paras(
            "Delområdet Service redovisar en positiv avvikelse mot budget motsvarande 24,6 "
            "miljoner kronor. Resultatet påverkas av volymen sjukresor som är cirka 29 procent "
            "lägre jämfört med budgeterad volym och resulterar i ett plus mot budget om 14,4 "
            "miljoner kronor. Intäkter uppvisar ett överskott på 5,8 miljoner kronor och "
            "personalkostnader är 14,6 miljoner kronor lägre än budget. Avvikelsen för "
            "personalkostnader förklaras med vakanser och avvikelsen för intäkter återfinns främst "
            "inom verksamhetsservice.",
            "Med anledning av den snörika starten på året är kostnaden för markservice vinter "
            "inklusive takskottning och bortforsling av snö 5,1 miljoner kronor högre än budget. "
            "Kostnaden för porto och transporter är 9,8 miljoner kronor högre än budget, bland "
            "annat med anledning av ökat behov, förändrade priser och att flöden för prover och "
            "post inte kunnat samordnas. Fastighetsmedia, det vill säga fjärrvärme, elkraft och "
            "VA, redovisar ett plus mot budget med 4,3 miljoner kronor. "
            "Energieffektiviseringsinsatser tillsammans med en gynnsam utveckling av regionens "
            "elhandelsportfölj motverkar effekten av de kalla vintermånaderna.",
            "Sammantaget för verksamhetsområdet Service slutade år 2021 med en "
            "nettokostnadsutveckling på 2,0 %.",
        ),
    ]


def _investments() -> list[Block]:
    return [
        Heading("Investeringar", level=2, kind="investeringar"),
        *_paras(
            "Investeringsverksamheten inom region Västerbotten är uppdelad i "
            "investeringsområdena Fastighet, Medicinsk teknik, IT, Hjälpmedel och Regional "
            "utveckling. De tre förstnämnda återfinns inom regionförvaltningen. Totalt "
            "investeringsutfall för Region Västerbotten uppgick till 767 miljoner kronor vilket "
            "var 83 miljoner kronor lägre än budget. Den positiva avvikelsen för Fastighet, "
            "Medicinsk teknik och IT uppgår till totalt 79 miljoner kronor där den största "
            "avvikelsen återfinns inom fastighet med 67 miljoner kronor.",
            "Den positiva budgetavvikelsen för fastighetsinvesteringar beror till stor del på "
            "tidsförskjutningar i olika projekt. Förseningarna kan till viss del härledas till "
            "pandemin där bland annat mindre byggprojekt haft svårt att driva projekten enligt "
            "befintlig plan. Bedömningen är att cirka hälften av avvikelsen återfinns i pågående "
            "projekt som kan antas få en påverkan även på år 2022 och framåt.",
            "För Medicinsk teknik och IT förklaras den positiva avvikelsen mot budget främst av "
            "leveransförseningar vilket delvis kan härledas till pandemin och den komponentbrist "
            "som funnits på marknaden.",
            "Mer beskrivning kring investeringsverksamheten och ekonomiskt utfall återfinns i "
            "bilaga.",
        ),
    ]


# ------------------------------------------------------------------ key figures


def _key_figure(name: str, value: float, unit: str, sentence: str) -> KeyFigure:
    return KeyFigure(name=name, value=value, unit=unit, period="2021", sentence=sentence)


_EMPLOYEES = (
    "Regionstyrelsens verksamheter har i genomsnitt haft 1 118 månadsavlönade personer (män: "
    "490, kvinnor: 628) anställda under 2021, varav 1 023 är tillsvidareanställda (män: 454, "
    "kvinnor: 569)."
)
# The summary (Väsentliga personalförhållanden) states these first; the body repeats them.
_EMPLOYEES_FIRST = (
    "Regionstyrelsens verksamheter har i genomsnitt haft 1118 månadsavlönade personer (män: 490, "
    "kvinnor: 628) anställda under 2021."
)
_EMPLOYEES_CHANGE = (
    "Detta är en minskning av genomsnittligt antal månadsavlönade med 8 personer jämfört med 2020."
)
_FULL_TIME = (
    "Andelen heltider fortsätter att öka något totalt sett och är nu 92,5 procent (kvinnor: 90,0 "
    "män: 95,8)"
)
_RESTRUCTURING = "Effekt för året uppgår till totalt 34 miljoner kronor vilket är 22 miljoner kronor mer än plan."
_NET_COST = (
    "Regionstyrelsen nettokostnader uppvisar en negativ budgetavvikelse med 165 miljoner kronor "
    "och en nettokostnadsutveckling på 26,3 procent."
)
_INVESTMENTS = (
    "Totalt investeringsutfall för Region Västerbotten uppgick till 767 miljoner kronor vilket "
    "var 83 miljoner kronor lägre än budget."
)


def _key_figures() -> list[KeyFigure]:
    """Return the personnel and economy figures stated in prose."""
    return [
        _key_figure("employees", 1118, "st", _EMPLOYEES_FIRST),
        _key_figure("employees_men", 490, "st", _EMPLOYEES_FIRST),
        _key_figure("employees_women", 628, "st", _EMPLOYEES_FIRST),
        _key_figure("employees_decrease", 8, "st", _EMPLOYEES_CHANGE),
        _key_figure("permanent_employees", 1023, "st", _EMPLOYEES),
        _key_figure("permanent_employees_men", 454, "st", _EMPLOYEES),
        _key_figure("permanent_employees_women", 569, "st", _EMPLOYEES),
        _key_figure("full_time_share", 92.5, "%", _FULL_TIME),
        _key_figure("full_time_share_women", 90.0, "%", _FULL_TIME),
        _key_figure("full_time_share_men", 95.8, "%", _FULL_TIME),
        _key_figure(
            "staff_turnover",
            11,
            "%",
            "Personalomsättningen för regionstyrelsen verksamheter totalt är ca 11 procent, "
            "vilket är en mindre ökning jmf med förra året.",
        ),
        _key_figure(
            "healthy_presence_share",
            71,
            "%",
            "Frisknärvaron (andel medarbetare som varit sjuka i totalt max 5 kalenderdagar) har "
            "ökat något till 71 procent jämfört med 64 procent samma period föregående år",
        ),
        _key_figure("budget_deviation", -165, "mnkr", _NET_COST),
        _key_figure("net_cost_growth", 26.3, "%", _NET_COST),
        _key_figure(
            "pension_one_off_cost",
            326,
            "mnkr",
            "De ändrade antagandena innebär för regionen en ökad pensionsskuld och därmed också "
            "en engångskostnad för pensioner på 326 miljoner kronor för år 2021.",
        ),
        _key_figure("restructuring_effect", 34, "mnkr", _RESTRUCTURING),
        _key_figure("restructuring_effect_vs_plan", 22, "mnkr", _RESTRUCTURING),
        _key_figure(
            "digitalisation_effect",
            72,
            "mnkr",
            "Effekten av digitalisering har under årets visat en stark acceleration och uppgår på "
            "årsbasis till ca 72 miljoner kronor.",
        ),
        _key_figure("investments", 767, "mnkr", _INVESTMENTS),
        _key_figure("investment_budget_deviation", 83, "mnkr", _INVESTMENTS),
    ]


def _check_key_figures(blocks: list[Block], figures: list[KeyFigure]) -> None:
    """Raise ValueError when a key figure's sentence is not in any paragraph."""
    texts = [block.text for block in blocks if isinstance(block, Para)]
    missing = [f.name for f in figures if not any(f.sentence in text for text in texts)]
    if missing:
        raise ValueError(f"key figure sentences not found in the text: {missing}")


# ------------------------------------------------------------------------ build


def build() -> SampleDoc:
    """Return the sample document for seed 001."""
    areas = _goal_areas()
    blocks: list[Block] = [
        *_introduction(),
        *_summary_digitalisation(),
        *_summary_service(),
        *_summary_staff_units(),
        *_summary_goals(areas),
        *_summary_staff_and_control(),
        *_summary_economy(),
        *_organisation(),
        *_work_environment(),
        *_staff_figures(),
        *_conditions(),
        *_goal_follow_up(areas),
        *_assignments(),
        *_outlook(),
        *_common_budget(),
        *_administration_budget(),
        *_primary_care_budget(),
        *_dental_care_budget(),
        *_digitalisation_service_budget(),
        *_investments(),
    ]
    key_figures = _key_figures()
    _check_key_figures(blocks, key_figures)
    return SampleDoc(
        name="001_arsrapport_rs_2021",
        seed="001_3f6e9b3eb6f38d4d.txt",
        family="word",
        meta=Meta(
            organisation="Region Västerbotten",
            body="Regionstyrelsen",
            report_type="arsrapport",
            year=2021,
            period_start="2021-01-01",
            period_end="2021-12-31",
            period_label="januari–december 2021",
            title="Årsrapport per december 2021",
        ),
        title_page=["Årsrapport per december 2021", "Regionstyrelsen", "Region Västerbotten"],
        header_text="Region Västerbotten",
        footer_text="Årsrapport per december 2021 – Regionstyrelsen",
        blocks=blocks,
        key_figures=key_figures,
    )

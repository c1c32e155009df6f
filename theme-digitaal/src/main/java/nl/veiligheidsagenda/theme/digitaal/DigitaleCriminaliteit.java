package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.List;

/** Subject 1 of theme 2: "Digitale criminaliteit", with its goal, two indicators (Bijlage 2) and its approach. */
final class DigitaleCriminaliteit {

    private static final BaselinePeriod YEARS_2019_2022 = BaselinePeriod.averageOfYears(2019, 2022);

    /**
     * The plan's general warning ("DOELEN EN EFFECTINDICATOREN") applied to police registrations: the approach teaches
     * victims what to do, which raises the willingness to report.
     */
    static final String REGISTRATION_CAVEAT = "Een verhoogde inzet kan juist leiden tot meer meldingen, omdat de "
            + "meldingsbereidheid omhoog gaat: inwoners en ondernemers weten beter wat ze kunnen doen wanneer zij "
            + "slachtoffer van digitale criminaliteit geworden zijn. In dat geval kan het lijken dat het probleem "
            + "toeneemt, terwijl de aanpak juist effectiever is.";

    static final Indicator MISDRIJVEN = new Indicator(
            "digitaal.misdrijven-cybercrime-gedigitaliseerd",
            "Aantal misdrijven cybercrime en gedigitaliseerde criminaliteit (horizontale fraude) per jaar per "
                    + "1.000 inwoners",
            Unit.PER_1000_RESIDENTS,
            "Politie",
            Cadence.annual(2019),
            "",
            Direction.LOWER_IS_BETTER,
            REGISTRATION_CAVEAT,
            List.of(
                    new Series("cybercrime", "Cybercrime", Unit.PER_1000_RESIDENTS,
                            Baseline.of("0.8", YEARS_2019_2022)),
                    new Series("gedigitaliseerde-criminaliteit", "Gedigitaliseerde criminaliteit",
                            Unit.PER_1000_RESIDENTS, Baseline.of("6.3", YEARS_2019_2022))));

    static final Indicator SLACHTOFFERS = new Indicator(
            "digitaal.slachtoffers-digitale-criminaliteit",
            "Aandeel bewoners (15+) dat in het afgelopen jaar slachtoffer is geworden van digitale criminaliteit",
            Unit.PERCENT_RESIDENTS_15_PLUS,
            "Veiligheidsmonitor",
            Cadence.biennial(2021),
            "Data tweejaarlijks beschikbaar vanaf 2021",
            Direction.LOWER_IS_BETTER,
            "",
            List.of(new Series("totaal", "Slachtoffers van digitale criminaliteit", Unit.PERCENT_RESIDENTS_15_PLUS,
                    Baseline.of("20", BaselinePeriod.year(2021), """
                            De Veiligheidsmonitor stelt deze vraag tweejaarlijks vanaf 2021 (Bijlage 2: 'Data \
                            tweejaarlijks beschikbaar vanaf 2021'): in de periode 2019-2022 is 2021 de enige meting, \
                            en Bijlage 2 geeft die als nulwaarde."""))));

    static final Goal GOAL = new Goal(
            "digitaal.digitale-criminaliteit-daalt",
            "Digitale criminaliteit daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).",
            EvaluationRule.decrease("daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)",
                    YEARS_2019_2022),
            List.of(MISDRIJVEN, SLACHTOFFERS),
            List.of(
                    new Action("digitaal.verdiepende-analyse",
                            "Verdiepende analyse van digitale criminaliteit",
                            """
                            Samen met politie en andere samenwerkingspartners geven wij prioriteit aan een digitaal \
                            weerbare stad. Om goed onderbouwde beleidskeuzes te kunnen maken, voeren wij een \
                            verdiepende analyse uit naar de aard en omvang van digitale criminaliteit op basis van \
                            de Veiligheidsmonitor. Door informatiegestuurd te werken kunnen wij onze aanpak zo goed \
                            mogelijk laten aansluiten bij de aard van de problematiek.""",
                            List.of("Politie"),
                            List.of(),
                            "").titledByUs(),
                    // Jeugd:
                    new Action("digitaal.hackshield",
                            "Hackshield voor kinderen van 8-12 jaar",
                            """
                            Voor kinderen in de leeftijd van 8-12 jaar sluiten wij aan bij het landelijk \
                            cyberprogramma Hackshield. Hiermee krijgen kinderen toegang tot een game die zij gratis \
                            thuis kunnen spelen en die hen weerbaar maakt tegen online gevaar, zoals hacken, \
                            datalekken, phishing en geldezels. Doordat de game kinderen opleidt tot ambassadeur \
                            kunnen zij niet alleen zichzelf, maar ook hun omgeving (ouders, opa’s en oma’s) \
                            beschermen tegen cybercriminaliteit.""",
                            List.of(),
                            List.of("Jeugd"),
                            "").titledByUs(),
                    new Action("digitaal.cyber24",
                            "Cyber24 voor jongeren van 12-18 jaar",
                            """
                            Voor jongeren in de leeftijd van 12-18 jaar gaan wij door met de uitrol van Cyber24. \
                            Jongeren krijgen Cyber24 aangeboden door Vitree binnen het reguliere \
                            voorlichtingsprogramma in het onderwijs en via het jongerenwerk van welzijnsstichting De \
                            Schoor. Cyber24 is een game die jongeren spelenderwijs zowel slachtofferschap als \
                            daderschap van cybercriminaliteit laat ervaren. Tijdens deze game maken zij kennis met \
                            onderwerpen als sextortion, geldezels, veiligheid op sociale media, online fraude en \
                            oplichting en hacken.""",
                            List.of("Vitree", "Scholen", "Jongerenwerk", "De Schoor"),
                            List.of("Jeugd"),
                            "").titledByUs(),
                    // Senioren:
                    new Action("digitaal.laat-je-geen-hack-zetten",
                            "Training ‘Laat je geen h@ck zetten’ voor senioren uitbreiden",
                            """
                            Voor Almeerse senioren starten wij met het uitbreiden van de training ‘Laat je geen h@ck \
                            zetten’. Deze interventie leert ouderen hoe zij zich kunnen beschermen tegen social \
                            engineering, psychologische trucs die door cybercriminelen veel worden toegepast. \
                            Behalve het geven van voorlichting wordt in deze training ook gebruik gemaakt van \
                            regietheater, waarmee ouderen in een veilige setting de gevolgen van hun keuzes kunnen \
                            ervaren. Deze training hebben wij ontwikkeld in samenwerking met het Consortium \
                            Cyberweerbaarheid. Dit is een samenwerkingsverband bestaande uit diverse gemeenten, \
                            regionale veiligheidsnetwerken, hogescholen en het Nederlands Studiecentrum \
                            Criminaliteit en Rechtshandhaving (NSCR). In het najaar van 2022 is deze training \
                            succesvol getest bij Senior Live in Almere Haven. Wij zetten deze interventie in de \
                            komende jaren vaker in en breiden deze uit naar de andere stadsdelen.""",
                            List.of("Consortium Cyberweerbaarheid"),
                            List.of("Senioren"),
                            "").titledByUs(),
                    // Ondernemers:
                    new Action("digitaal.informatiebijeenkomsten-mkb",
                            "Informatiebijeenkomsten over digitale criminaliteit voor het mkb",
                            """
                            Jaarlijks krijgt een op de vijf ondernemers met een cyberaanval te maken. Met name \
                            ondernemers in het midden- en kleinbedrijf (mkb) zijn kwetsbaar om hier slachtoffer van \
                            te worden. In samenwerking met het Platform Veilig Ondernemen Midden-Nederland \
                            organiseren wij informatiebijeenkomsten voor deze groep ondernemers. In deze \
                            bijeenkomsten krijgen ondernemers advies over de wijze waarop zij zich kunnen beschermen \
                            tegen digitale criminaliteit. Ook leren zij wat ze kunnen doen als zij hier toch \
                            slachtoffer van worden. Wij organiseren de bijeenkomsten in samenwerking met het mkb om \
                            zo goed mogelijk aan te sluiten bij de wensen en behoeften van deze doelgroep.""",
                            List.of("Platform Veilig Ondernemen Midden-Nederland", "Ondernemers"),
                            List.of("Ondernemers"),
                            "").titledByUs(),
                    // Almeerders:
                    new Action("digitaal.digitale-buurtambassadeurs",
                            "Proef met Digitale Buurtambassadeurs",
                            """
                            Ervaringen in andere gemeenten wijzen uit dat burgerparticipatie een effectief middel \
                            kan zijn om burgers weerbaar te maken tegen digitale criminaliteit. Daarom starten wij \
                            in samenwerking met de Veiligheidscoalitie Midden-Nederland een proef met Digitale \
                            Buurtambassadeurs. Het doel van deze proef is om een selectie van vrijwilligers te \
                            trainen tot ambassadeurs op het gebied van digitale veiligheid. Deze Digitale \
                            Buurtambassadeurs leren hun buurtgenoten hoe zij cybercriminaliteit kunnen herkennen en \
                            hoe zij kunnen voorkomen dat zij hier slachtoffer van worden. Als de proef succesvol is, \
                            gaan wij deze interventie inzetten in alle stadsdelen.""",
                            List.of("Veiligheidscoalitie Midden-Nederland", "Bewoners"),
                            List.of("Almeerders"),
                            "").titledByUs(),
                    new Action("digitaal.communicatie-cyberweerbaarheid",
                            "Communicatie om de cyberweerbaarheid te vergroten",
                            """
                            Communicatie is een belangrijk middel voor het ondersteunen en waar mogelijk versterken \
                            van de veiligheidsaanpak in Almere. Wij zetten communicatie in om de cyberweerbaarheid \
                            in Almere te vergroten. Waar mogelijk sluiten wij aan bij regionale en landelijke \
                            mediacampagnes.""",
                            List.of(),
                            List.of("Almeerders"),
                            "").titledByUs()));

    /** The approach: the analysis, the lead-in to the target groups, and per target group (the plan's headings) its actions. */
    static final Subject SUBJECT = new Subject(
            "digitaal.digitale-criminaliteit",
            "Digitale criminaliteit",
            paragraphs("""
                    Digitale criminaliteit bestaat uit een brede verzameling aan delicten die met een computer en op \
                    internet worden gepleegd. Daarbinnen wordt doorgaans onderscheid gemaakt tussen cybercrime en \
                    gedigitaliseerde criminaliteit. Cybercrime is criminaliteit gepleegd met en gericht op een \
                    ICT-middel. Het gaat bijvoorbeeld om hacken, DDos-aanvallen en ransomware (gijzelsoftware). \
                    Gedigitaliseerde criminaliteit is criminaliteit gepleegd met, maar niet gericht op een \
                    ICT-middel. Hierbij gaat het bijvoorbeeld om phishing, vriend-in-noodfraude en helpdeskfraude.""",
                    """
                    Beide typen criminaliteit hebben in de politieregistraties de afgelopen jaren een sterke \
                    stijging laten zien. Hoewel deze stijging al enige tijd bezig was, is deze versterkt door de \
                    coronacrisis. Als gevolg van de lockdowns brachten mensen meer tijd online door, waardoor de \
                    gelegenheid voor digitale criminaliteit sterk toenam. Hoewel cybercrime en gedigitaliseerde \
                    criminaliteit in 2022 weer zijn afgenomen, betekent dit niet dat de dreiging van digitale \
                    criminaliteit van de baan is. Behalve politiedata, wijzen cijfers van de Veiligheidsmonitor ook \
                    op de toegenomen omvang van dit probleem. In 2021 werd 20% van de Almeerders slachtoffer van \
                    digitale criminaliteit. Ter vergelijking: in datzelfde jaar werd 19% van de Almeerders \
                    slachtoffer van traditionele criminaliteit. Het aandeel Almeerders dat in 2021 slachtoffer werd \
                    van digitale criminaliteit ligt met 20% bovendien hoger dan gemiddeld in Nederland, waar dit 17% \
                    was. In de rapportage van het EMMA-onderzoek wordt geconstateerd dat de groei van digitale \
                    criminaliteit de komende jaren zonder twijfel aanhoudt.""",
                    """
                    Behalve een omvangrijk probleem, is digitale criminaliteit ook een ernstig probleem. Zo \
                    berekende het CBS dat ruim een kwart van de financiële schade als gevolg van criminaliteit voor \
                    rekening komt van digitaal gepleegde delicten. In 2021 betrof het 28% van de 2,5 miljard euro \
                    aan schade. Daarnaast is de immateriële schade vaak ook groot. Uit de Veiligheidsmonitor blijkt \
                    dat digitale criminaliteit bij 15% van de slachtoffers leidt tot emotionele of psychische \
                    problemen. Vanwege de omvang en ernst van het probleem willen wij digitale criminaliteit \
                    tegengaan."""),
            List.of(GOAL),
            List.of(Block.ActionList.of(action("verdiepende-analyse")),
                    new Block.Paragraph("Om een verdere toename van digitale criminaliteit te voorkomen maken wij "
                            + "inwoners en ondernemers weerbaarder. Dit betekent dat zij zich beter kunnen beschermen "
                            + "tegen digitale criminaliteit. Ook weten zij beter wat ze kunnen doen wanneer zij hier "
                            + "toch slachtoffer van geworden zijn. Wij richten ons daarbij op de volgende "
                            + "doelgroepen:"),
                    Block.Heading.of("Jeugd"),
                    Block.ActionList.of(action("hackshield"), action("cyber24")),
                    Block.Heading.of("Senioren"),
                    Block.ActionList.of(action("laat-je-geen-hack-zetten")),
                    Block.Heading.of("Ondernemers"),
                    Block.ActionList.of(action("informatiebijeenkomsten-mkb")),
                    Block.Heading.of("Almeerders"),
                    Block.ActionList.of(action("digitale-buurtambassadeurs"),
                            action("communicatie-cyberweerbaarheid"))));

    private DigitaleCriminaliteit() {
    }

    private static Action action(String slug) {
        return GOAL.actions().stream().filter(action -> action.id().equals("digitaal." + slug)).findFirst()
                .orElseThrow();
    }

    /** Joins the paragraphs of one text of the plan as the plan separates them: with an empty line. */
    private static String paragraphs(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}

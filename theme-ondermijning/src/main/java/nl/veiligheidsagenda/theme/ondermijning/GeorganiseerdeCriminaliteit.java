package nl.veiligheidsagenda.theme.ondermijning;

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

import static nl.veiligheidsagenda.theme.ondermijning.Partners.AVANS_HOGESCHOOL;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.FLEVOLANDSE_GEMEENTEN;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.OMGEVINGSDIENST;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.OPENBAAR_MINISTERIE;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.POLITIE;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.RIEC;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.ALMEERDERS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.AMBTENAREN_EN_BESTUURDERS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.ONDERNEMERS;
import static nl.veiligheidsagenda.theme.ondermijning.ThemeIds.id;

/**
 * Subject "Georganiseerde ondermijnende criminaliteit": its goal, three effect indicators and the approach. Every
 * sub-headed paragraph of the approach is one action; the three further paragraphs under "Intensiveren bestaande
 * aanpak" (regional priorities, information position, social cohesion) are parts of that action, with titles of ours.
 */
final class GeorganiseerdeCriminaliteit {

    private static final String INTRODUCTION = """
            Uit het EMMA-onderzoek komt naar voren dat de zware misdaad toeneemt in Almere en diversifieert. De \
            grootste dreiging vanuit de georganiseerde misdaad voor de Nederlandse samenleving is de drugshandel en \
            de komende tien jaar blijft drugs een groeimarkt. Ook in Almere is drugscriminaliteit een groot \
            probleem. Zo kent Almere ten opzichte van andere grote steden relatief veel hennepkwekerijen en \
            verdachten van drugsdelicten. De groei en ontwikkeling van de stad en de mogelijkheden voor witwassen \
            in onder meer de bouw- en vastgoedsector is hierbij een specifieke kwetsbaarheid van Almere.\
            """;

    private GeorganiseerdeCriminaliteit() {
    }

    static Subject subject() {
        Goal goal = goal();
        return new Subject(id("georganiseerde-ondermijnende-criminaliteit"),
                "Georganiseerde ondermijnende criminaliteit", INTRODUCTION, List.of(goal),
                List.of(new Block.Paragraph(
                                "Om georganiseerde ondermijnende criminaliteit te voorkomen en te bestrijden gaan wij "
                                        + "het volgende doen."),
                        Block.ActionList.of(goal.actions().toArray(Action[]::new))));
    }

    private static Goal goal() {
        return new Goal(id("georganiseerde-criminaliteit-voorkomen-en-bestrijden"),
                "Georganiseerde ondermijnende criminaliteit wordt voorkomen en bestreden.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt voorkomen en bestreden"),
                indicators(), actions());
    }

    private static List<Indicator> indicators() {
        return List.of(
                new Indicator(id("meldingen-meld-misdaad-anoniem"),
                        "Aantal meldingen over ondermijning bij Meld Misdaad Anoniem per jaar per 1.000 inwoners",
                        Unit.PER_1000_RESIDENTS, "Meld Misdaad Anoniem", Cadence.annual(2022),
                        "Data beschikbaar vanaf 2022", Direction.NOT_STATED,
                        "Meer bewustzijn over ondermijning kan juist leiden tot meer meldingen, omdat de "
                                + "meldingsbereidheid omhoog gaat. In dat geval kan het lijken dat het probleem "
                                + "toeneemt, terwijl de aanpak juist effectiever is.",
                        List.of(new Series("totaal", "Meldingen over ondermijning", Unit.PER_1000_RESIDENTS,
                                Baseline.of("0.6", BaselinePeriod.year(2022))))),
                new Indicator(id("drugshandel-in-de-buurt"),
                        "Aandeel bewoners (15+) dat aangeeft dat drugshandel voorkomt in de buurt",
                        Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", Cadence.biennial(2021),
                        "Data tweejaarlijks beschikbaar vanaf 2021", Direction.NOT_STATED, "",
                        List.of(new Series("totaal", "Drugshandel in de buurt", Unit.PERCENT_RESIDENTS_15_PLUS,
                                Baseline.of("17", BaselinePeriod.year(2021))))),
                new Indicator(id("drugs-en-wapenmisdrijven"),
                        "Aantal geregistreerde drugs- en wapenmisdrijven per jaar per 1.000 inwoners",
                        Unit.PER_1000_RESIDENTS, "Politie", Cadence.annual(2019), "", Direction.NOT_STATED,
                        "Drugs- en wapenmisdrijven worden vooral geregistreerd als ze worden aangetroffen: een "
                                + "verhoogde inzet kan juist leiden tot meer registraties, omdat er meer wordt "
                                + "aangetroffen. In dat geval kan het lijken dat het probleem toeneemt, terwijl de "
                                + "aanpak juist effectiever is.",
                        List.of(new Series("totaal", "Drugs- en wapenmisdrijven", Unit.PER_1000_RESIDENTS,
                                Baseline.of("2.2", BaselinePeriod.averageOfYears(2019, 2022))))));
    }

    private static List<Action> actions() {
        return List.of(
                new Action(id("bestaande-aanpak-intensiveren"), "Intensiveren bestaande aanpak", """
                        De afgelopen jaren is een aanpak tegen georganiseerde ondermijnende criminaliteit \
                        ontwikkeld die wij de komende vier jaar voortzetten en uitbouwen. Wij werken samen met \
                        partners als het RIEC, de politie en het OM in een integrale aanpak. Signalen die wij \
                        ontvangen over mogelijke ondermijning en casuïstiek die wordt ingebracht door partners, \
                        verrijken wij met informatie uit verschillende (gemeentelijke) bronnen. In de lokale en \
                        regionale ondermijningsoverleggen bespreken wij deze signalen en casussen onder het \
                        RIEC-convenant. Onze rol in deze samenwerking is het aanpakken van de verwevenheid tussen \
                        de onder- en de bovenwereld met bestuurlijke maatregelen. Deze bestuurlijke aanpak door de \
                        gemeente is aanvullend aan de strafrechtelijke en fiscale aanpak die de andere partners \
                        kunnen inzetten. Het bestuurlijk instrumentarium houden wij voor Almere actueel. Dit geldt \
                        bijvoorbeeld voor het Damoclesbeleid (artikel 13b Opiumwet), het Bibobbeleid, het \
                        Prostitutiebeleid en de mogelijkheden via de Algemene plaatselijke verordening (Apv). Waar \
                        nodig blijven wij burgemeestersbevoegdheden inzetten als onderdeel van de aanpak van \
                        georganiseerde ondermijnende criminaliteit. Het gaat om situaties waarbij de openbare orde \
                        en veiligheid in het geding is. Zo kan de burgemeester panden sluiten bij drugshandel, \
                        gebiedsverboden opleggen of tijdelijk cameratoezicht instellen (bijvoorbeeld na een \
                        schietincident of aangetroffen explosief).\
                        """,
                        List.of(RIEC, POLITIE, OPENBAAR_MINISTERIE, AVANS_HOGESCHOOL), List.of(), "")
                        .withParts(geprioriteerdeThemas(), informatiepositie(), socialeCohesie()),
                new Action(id("weerbare-overheid"), "Weerbare overheid", """
                        Een weerbare overheid is een overheid waar inwoners, bedrijven en maatschappelijke partners \
                        op kunnen vertrouwen en waar criminelen last van hebben. Wij vergroten het bewustzijn over \
                        ondermijning bij zowel ambtenaren als politieke ambtsdragers en bestuurders. Wij werken \
                        samen met andere Flevolandse gemeenten volgens de ‘De Flevolandse norm’. Hierin hebben de \
                        gemeenten in de provincie afspraken gemaakt over een minimaal niveau aan bestuurlijke \
                        barrières tegen ondermijnende criminaliteit. Uitgangspunt van de Flevolandse Norm is dat \
                        criminelen in alle gemeenten binnen Flevoland dezelfde behandeling krijgen en dat een \
                        waterbedeffect wordt voorkomen.\
                        """,
                        List.of(FLEVOLANDSE_GEMEENTEN), List.of(AMBTENAREN_EN_BESTUURDERS), ""),
                new Action(id("communiceren-over-aanpak-en-resultaten"), "Communiceren over aanpak en resultaten", """
                        Om de samenleving weerbaarder te maken tegen de invloed van criminele netwerken is het van \
                        belang het bewustzijn over ondermijning te vergroten. Door te communiceren over de aanpak \
                        van ondermijning en behaalde resultaten, krijgt de maatschappij een beter beeld van de \
                        ontwrichtende werking van georganiseerde ondermijnende criminaliteit. Zo maken wij bewoners \
                        en ondernemers ervan bewust dat het geen probleem is van de overheid, maar van ons allen. \
                        Zoals benoemd in het Verdiepingsplan aanpak ondermijning Almere publiceren wij een \
                        jaarlijkse factsheet over de resultaten van de aanpak van georganiseerde ondermijnende \
                        criminaliteit.\
                        """,
                        List.of(), List.of(ALMEERDERS, ONDERNEMERS), ""),
                new Action(id("bedrijventerreinen-controleren"), "Bedrijventerreinen intensiever controleren", """
                        Bedrijventerreinen kunnen vanwege verschillende factoren interessant zijn voor criminelen. \
                        Denk aan de aanwezigheid van bepaalde sectoren, opslagfaciliteiten of de wat afgelegen \
                        locatie van een bedrijventerrein. Dit maakt dat er situaties kunnen ontstaan die zich lenen \
                        voor criminele activiteiten. Een veilig en vitaal bedrijventerrein is een randvoorwaarde \
                        voor een goed vestigingsklimaat voor bedrijven. Daarom intensiveren wij de aanpak van \
                        ondermijning op bedrijventerreinen door het vergroten van het aantal integrale controles, \
                        zoals beschreven in het Verdiepingsplan aanpak ondermijning Almere.\
                        """,
                        List.of(), List.of(ONDERNEMERS), ""),
                new Action(id("outlaw-motorcycle-gangs"), "Outlaw Motorcycle Gangs (in combinatie met horeca)", """
                        Outlaw Motorcycle Gangs (OMG’s) zijn motorclubs waarvan een groot deel van de leden een \
                        strafblad heeft. De leden maken zich veelal in georganiseerd verband schuldig aan afpersing \
                        en drugsgerelateerde criminaliteit. Ook veroorzaken ze overlast. OMG-leden zijn vaak (ook \
                        zonder hun motorhesjes) herkenbaar in de maatschappij. De zichtbaarheid van OMG-leden in de \
                        horeca en de openbare ruimte baart ons zorgen. Door met onze partners samen te werken, \
                        kunnen wij effectiever handhaven en optreden met strafrechtelijke, bestuurlijke en \
                        financiële maatregelen. Wij ontwikkelen een aanpak tegen de vestiging van OMG-clubhuizen op \
                        bedrijventerreinen. Daarnaast houden wij verbinding met andere gemeenten en \
                        samenwerkingspartners om kennis uit te wisselen en goede voorbeelden in de aanpak te delen.\
                        """,
                        List.of(), List.of(), ""),
                new Action(id("verkenning-geldstromen-vastgoedfraude-transport"),
                        "Verkenning van de thema’s criminele geldstromen, vastgoedfraude en transport", """
                        Om te voorkomen dat crimineel geld wordt geïnvesteerd in de bovenwereld is het van belang \
                        om criminele geldstromen te verstoren en terug te dringen, onder meer door het aanpakken \
                        van cruciale rollen en het opwerpen van barrières. Op lokaal maar ook op regionaal niveau \
                        is nog weinig bekend over de verschillende verschijningsvormen van criminele geldstromen. \
                        Wij willen meer zicht krijgen op de werking hiervan. Zo werken wij aan een beter inzicht in \
                        de bedrijfsprocessen van criminele activiteiten zodat duidelijk wordt op welke manier wij \
                        deze processen in samenwerking met onze partners kunnen verstoren. Dit thema is nieuw voor \
                        Almere en bestempelen wij als een ‘ontwikkelthema’. Dit geldt ook voor de thema’s \
                        vastgoedfraude en transport. Deze fenomenen gaan wij eerst met onze partners verkennen om \
                        te bezien wat de omvang is van de problematiek en in hoeverre wij daar effectieve \
                        interventies kunnen inzetten om de werkwijzen te verstoren en te bestrijden. Vervolgens \
                        bepalen wij of en op welke onderdelen wij de aanpak op deze thema’s verder willen \
                        ontwikkelen.\
                        """,
                        List.of(), List.of(), ""),
                new Action(id("aanpak-milieucriminaliteit"), "Milieucriminaliteit", """
                        Het toezicht op de naleving van de milieuwetgeving is voor een belangrijk deel neergelegd \
                        bij de vergunningverlenende instanties. Dit zijn veelal lokale en regionale overheden \
                        (gemeenten en provincies) die deze taak vaak gemeenschappelijk hebben belegd bij een \
                        omgevingsdienst, zo ook in Almere. De Omgevingsdienst Flevoland & Gooi en Vechtstreek \
                        beschikt over buitengewoon opsporingsambtenaren (boa’s), die proces-verbaal kunnen opmaken \
                        in geval van overtreding van de regels. Samen met de Omgevingsdienst, politie en andere \
                        relevante partners geven wij de komende periode verder vorm aan de aanpak van \
                        milieucriminaliteit.\
                        """,
                        List.of(OMGEVINGSDIENST, POLITIE), List.of(), ""));
    }

    private static Action geprioriteerdeThemas() {
        return new Action(id("geprioriteerde-themas"), "Geprioriteerde thema’s in de Almeerse aanpak", """
                Bij de aanpak van georganiseerde ondermijnende (drugs)criminaliteit werken wij regionaal \
                intensief samen, zowel met partners binnen de politieregio Midden-Nederland, als met de \
                partners binnen het district Flevoland. Het recente regionale actieplan ‘Wie praat, die \
                gaat 3.0’ vormt de leidraad om onze aanpak van ondermijning uit te bouwen. De volgende \
                regionale thema’s krijgen prioriteit in de Almeerse aanpak:
                - weerbare overheid;
                - jonge aanwas in de drugscriminaliteit;
                - mensenhandel;
                - communicatie;
                - criminele geldstromen.

                Naast de regionale thema’s geven wij prioriteit aan de volgende districtelijke thema’s:
                - bedrijventerreinen;
                - outlaw motorcycle gangs (in combinatie met horeca);
                - vastgoedfraude;
                - transport.

                Tot slot komt uit het Almeerse coalitieakkoord milieucriminaliteit naar voren als lokaal \
                thema binnen de aanpak van ondermijning. Ook drugscriminaliteit, mensenhandel en \
                bedrijventerreinen worden in het coalitieakkoord genoemd. Deze drie thema’s overlappen met \
                de genoemde regionale en/of dristrictelijke thema’s. De thema’s buitengebieden en \
                zorgfraude zijn wel geprioriteerd voor district Flevoland, maar pakken wij in Almere alleen \
                op als wij deze fenomenen tegenkomen in de casuïstiek. De Almeerse thema’s zijn voor twee \
                jaar vastgesteld (2023-2024). Na die periode bekijken wij waar onze prioriteiten daarna \
                komen te liggen. De aanpakken op de thema’s jonge aanwas en mensenhandel worden hierna \
                beschreven onder aparte doelstellingen. Daaraan voorafgaand lichten wij voor de overige \
                thema’s kort toe wat wij in de komende vier jaar gaan doen.\
                """,
                List.of(), List.of(), "2023-2024").titledByUs();
    }

    private static Action informatiepositie() {
        return new Action(id("informatiepositie-versterken"), "Informatiepositie versterken", """
                Een thematische aanpak start met het verkrijgen van een beter inzicht in het (regionale) \
                fenomeen. Een sterke informatiepositie is immers van groot belang voor een effectieve \
                bestrijding van georganiseerde ondermijnende criminaliteit. Hierbij maken wij gebruik van \
                landelijk beschikbare data, bijvoorbeeld uit het dashboard Zicht op Ondermijning. Daarnaast \
                wordt informatie van onze (regionale) samenwerkingspartners gebruikt. Ook willen wij beter \
                gebruik maken van onze eigen gemeentelijke informatiebronnen om meer inzicht te krijgen in \
                sleutel figuren, gevoelige branches, locaties en criminele processen. Hiervoor starten wij \
                met een zelfscan van onze interne informatiepositie op het gebied van ondermijning in \
                samenwerking met Avans Hogeschool. Als wij voldoende inzicht in een fenomeen hebben, worden \
                onder begeleiding van het RIEC interventies ontwikkeld voor de aanpak. Afhankelijk van de \
                situatie in Almere wordt bekeken welke integrale aanpak wij inzetten op de geprioriteerde \
                thema’s. Een aanpak kan regionaal, districtelijk en/of lokaal zijn.\
                """,
                List.of(AVANS_HOGESCHOOL, RIEC), List.of(), "").titledByUs();
    }

    private static Action socialeCohesie() {
        return new Action(id("sociale-cohesie"), "Sociale cohesie tegen ondermijnende criminaliteit", """
                Uit het EMMA-onderzoek komt naar voren dat een positief gevoel van gemeenschap in buurten \
                en straten kan voorkomen dat ondermijnende criminaliteit voet aan de grond krijgt. \
                Risicofactoren om bij georganiseerde criminaliteit betrokken te raken zijn te beschouwen \
                als maatschappelijke opgaven. Ervaren marginalisering is een voorbeeld van een belangrijke \
                factor. Bij het thema Veilige wijken beschrijven wij hoe wij de sociale cohesie willen \
                vergroten om de veiligheidsbeleving te verbeteren. Deze inspanningen dragen ook bij aan het \
                tegengaan van georganiseerde ondermijnende criminaliteit. Ook in onze aanpak van het thema \
                polarisatie en radicalisering besteden wij aandacht aan sociale cohesie en aan het \
                tegengaan van uitsluiting. Ook deze inzet draagt bij aan het voorkomen van ondermijnende \
                georganiseerde criminaliteit in de wijken.\
                """,
                List.of(), List.of(), "").titledByUs()
                .withSeeAlso("wijken.sociale-cohesie-versterken", "polarisatie.sociale-cohesie-versterken");
    }
}

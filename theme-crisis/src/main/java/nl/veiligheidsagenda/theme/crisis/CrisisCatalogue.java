package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.ThemePage;

import java.util.List;

/**
 * The content of theme 5, "Crisisbeheersing", as the plan adopts it (plan text from "Thema 5" up to "Bijlage 1";
 * Bijlage 2 lists no effect indicator for either subject).
 * <p>All Dutch texts are the plan's own words: lines joined, line-break hyphenation undone, paragraphs separated by
 * an empty line. The theme gives no figures, so it has no context figures. Its three general sections before the
 * first subject (responsibility, regional co-operation, the municipality's role) belong to no subject; they are
 * theme pages written in blocks.
 */
final class CrisisCatalogue {

    private static final String PREFIX = CrisisPlugin.ID + ".";

    // Partners and target groups, canonical names shared with the other themes where they exist.
    private static final String VEILIGHEIDSREGIO = "Veiligheidsregio Flevoland";
    private static final String BRANDWEER = "Brandweer";
    private static final String POLITIE = "Politie";
    private static final String OPENBAAR_MINISTERIE = "Openbaar Ministerie";
    private static final String RIJKSOVERHEID = "Rijksoverheid";
    private static final String GEMEENTE_ZEEWOLDE = "Gemeente Zeewolde";
    private static final String ALMEERDERS = "Almeerders";
    private static final String ONDERNEMERS = "Ondernemers";
    private static final String RECREANTEN = "Recreanten";
    private static final String BEZOEKERS = "Bezoekers";
    private static final String OMWONENDEN = "Omwonenden";
    private static final String ORGANISATOREN = "Organisatoren";

    /** The plan's "de komende jaren": the only time it gives for this theme's actions. */
    private static final String KOMENDE_JAREN = "de komende jaren";

    private static final String INTRODUCTION = """
            Crisisbeheersing heeft als doel het voorbereiden op en verkleinen van de negatieve gevolgen van een ramp \
            of crisis om zo snel mogelijk terug te keren naar een ‘normale’ beheersbare situatie. De laatste jaren \
            kregen wij vaker dan voorheen te maken met langdurige en grensoverschrijdende crises; denk aan de \
            coronacrisis en de huidige vluchtelingencrisis. Ontwikkelingen als digitalisering, risico op pandemieën, \
            klimaatverandering en polarisatie met het risico op snellere en hevigere maatschappelijke onrust hebben \
            de komende jaren invloed op de voorbereiding en uitvoering van crisisbeheersing. Het risico op openbare \
            ordeverstoringen en veiligheidsincidenten of een zogenaamde flitsramp, waarbij een acute inzet \
            noodzakelijk is, is onverminderd aanwezig. Dit vraagt om flexibiliteit in de crisisorganisatie.""";

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(
            INTRODUCTION,
            List.of(crisisorganisatie(), preventie()),
            List.of(),
            List.of(verantwoordelijkheid(), regionaleSamenwerking(), rolVanDeGemeente()));

    private CrisisCatalogue() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Subject 1: Crisisorganisatie
    // ---------------------------------------------------------------------------------------------------------

    private static Subject crisisorganisatie() {
        String introduction = """
                Wat wij concreet moeten doen, is afhankelijk van het soort incident, crisis of ramp en kan enorm \
                uiteenlopen. De uitdagingen om opvang voor vluchtelingen te realiseren zijn totaal anders dan de \
                uitdagingen tijdens de coronacrisis of bij een (grotere) brand of ongeval. In alle voorkomende \
                gevallen dienen wij goed voorbereid te zijn. Het eerste doel op het gebied van crisisbeheersing is \
                gericht op de organisatie en voorbereiding van crisisbeheersing.""";
        Goal goal = new Goal(id("situatie-snel-beheersbaar"),
                "Na een ramp, crisis of groter incident is de situatie zo snel mogelijk beheersbaar en keren wij waar "
                        + "mogelijk terug naar ‘normaal’.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE,
                        "is de situatie zo snel mogelijk beheersbaar en keren wij waar mogelijk terug naar ‘normaal’"),
                List.of(),
                List.of(voorbereidePiketorganisatie(), flexibelereCrisisorganisatie(),
                        snelleHulpEnBrandweerzorg().withParts(brandweerkazernesOosterwold())));
        return subject("crisisorganisatie", "Crisisorganisatie", introduction, goal, """
                Om de situatie na een ramp of crisis zo snel mogelijk weer te kunnen beheersen en terug te laten \
                keren naar normaal, zorgen wij voor het volgende:""");
    }

    private static Action voorbereidePiketorganisatie() {
        return new Action(id("voorbereide-piketorganisatie"),
                "Organisatorisch voorbereid op een ramp, crisis of incident",
                """
                Wij zijn organisatorisch zo goed mogelijk voorbereid op een ramp, crisis of incident.

                De gemeente houdt de processen van de Bevolkingszorg op peil door te zorgen voor een goed \
                opgeleide, getrainde en geoefende piketorganisatie. Sleutelfunctionarissen in de crisisorganisatie \
                zijn via piketdiensten 24 uur per dag beschikbaar. Langdurige crises vragen om een flexibele \
                crisisorganisatie en organisatiekracht om ervoor te zorgen dat de juiste mensen op de juiste plek \
                worden ingezet. Naast capaciteit in de piketorganisatie leveren verschillende afdelingen binnen de \
                gemeente kennis, kunde en capaciteit in de flexibele crisisorganisatie.""",
                List.of(), List.of(), "").titledByUs();
    }

    private static Action flexibelereCrisisorganisatie() {
        return new Action(id("flexibelere-crisisorganisatie"),
                "Naar een flexibelere crisisorganisatie",
                """
                Wij werken de komende jaren toe naar een flexibelere crisisorganisatie waarbij wij aansluiten bij \
                de landelijke en regionale ontwikkelingen op dit gebied.

                Op het moment dat een omvangrijke en/of langdurige crisis zich voordoet, pakken wij dit als \
                organisatiebrede uitdaging aan. Bij de coronacrisis is deze aanpak noodzakelijk gebleken en bij de \
                aanpak van de vluchtelingenopvang wordt dit weer in de praktijk gebracht. Het meer flexibel \
                organiseren en de doorontwikkeling van de crisisorganisatie is een belangrijk aandachtspunt de \
                komende jaren, waarbij wij leren van huidige en voorgaande crises.

                Bij crises en rampen die de gemeentegrenzen overschrijden, is het van belang dat de \
                informatie-uitwisseling tussen Rijk, veiligheidsregio en gemeenten goed georganiseerd is. Wij \
                sluiten hiervoor aan bij landelijke en regionale ontwikkelingen. Zo is tijdens de coronacrisis \
                gewerkt met landelijke en regionale coördinatiepunten om patiënten te spreiden. Ook voor de \
                opvangplekken voor Oekraïense vluchtelingen is een landelijk en regionaal coördinatiepunt \
                ingericht, waarmee wij als gemeente informatie uitwisselen.""",
                List.of(RIJKSOVERHEID, VEILIGHEIDSREGIO), List.of(), KOMENDE_JAREN).titledByUs();
    }

    /**
     * The third bullet up to its passage on fire stations, which its part {@link #brandweerkazernesOosterwold()}
     * holds; its partners and target groups include the part's.
     */
    private static Action snelleHulpEnBrandweerzorg() {
        return new Action(id("snelle-hulp-en-brandweerzorg"),
                "Snelle hulp tijdens en na een ramp of incident; goede brandweerzorg",
                """
                Wij zorgen ervoor dat mensen zo goed en zo snel mogelijk worden geholpen tijdens en na een ramp of \
                incident. In het bijzonder zorgen wij hierbij voor goede afstemming met de veiligheidsregio en de \
                brandweer.

                Om te zorgen dat alle inwoners, recreanten en ondernemers kunnen rekenen op snelle hulp tijdens en \
                na een incident, is het naast de eigen piketorganisatie van belang dat de brandweerzorg in Almere \
                goed geregeld is. De gemeente Almere is een goede opdrachtgever en wij zien toe op de uitvoering \
                van de werkzaamheden en de meerjarenplanning van de Veiligheidsregio Flevoland. Belangrijke thema’s \
                die spelen op het gebied van brandweerzorg zijn vakbekwaamheid, voorbereiding op modernere \
                dreigingen, arbeidshygiëne, de wettelijke vereisten ten aanzien van onderscheid tussen vrijwilligers \
                en beroepskrachten en de verdere groei van de stad.""",
                List.of(VEILIGHEIDSREGIO, BRANDWEER, GEMEENTE_ZEEWOLDE), List.of(ALMEERDERS, RECREANTEN, ONDERNEMERS),
                KOMENDE_JAREN).titledByUs();
    }

    /** A part of the third bullet with a title of ours: the fire station for Oosterwold is a deliverable of its own. */
    private static Action brandweerkazernesOosterwold() {
        return new Action(id("brandweerkazerne-oosterwold"),
                "Voldoende brandweerkazernes, ook in Oosterwold",
                """
                Om de brandweerzorg goed te kunnen uitvoeren – en met name tijdig aanwezig te kunnen zijn – is \
                een adequate dekking met voldoende brandweerkazernes een vereiste. De brandweerkazernes in Almere \
                zijn eigendom van de gemeente Almere. De gemeente is verantwoordelijk voor het beheer, onderhoud en \
                de bouw van eventuele nieuwe kazernes. In 2022 is de bouw van de brandweerkazerne in Poort en de \
                verplaatsing vanuit de kazerne Markerkant afgerond. De verdere groei en ontwikkeling van Almere en \
                meer specifiek het aantal inwoners in Oosterwold vraagt de komende jaren aandacht. Om de dekking \
                ook in dit gebied te verbeteren moet hier een kazerne of kleinere uitrukmogelijkheid gecreëerd \
                worden. Een gezamenlijke kazerne met Zeewolde is hierbij een van de mogelijkheden.""",
                List.of(BRANDWEER, GEMEENTE_ZEEWOLDE), List.of(ALMEERDERS), KOMENDE_JAREN).titledByUs();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Subject 2: Preventie
    // ---------------------------------------------------------------------------------------------------------

    private static Subject preventie() {
        String introduction = """
                Het tweede doel op het gebied van crisisbeheersing is gericht op het zoveel mogelijk voorkomen van \
                risicovolle situaties.""";
        Goal goal = new Goal(id("risicovolle-situaties-beperkt"),
                "Risicovolle situaties worden zoveel mogelijk aan de voorkant gesignaleerd en door de juiste "
                        + "maatregelen tot een minimum beperkt.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE,
                        "worden zoveel mogelijk aan de voorkant gesignaleerd en door de juiste maatregelen tot een "
                                + "minimum beperkt"),
                List.of(),
                List.of(veiligePublieksevenementen(), veiligeManifestaties(), samenwerkingNetwerkpartners()));
        return subject("preventie", "Preventie", introduction, goal, """
                Om risicovolle situaties zoveel mogelijk aan de voorkant te signaleren en met de juiste maatregelen \
                tot een minimum te beperken, zorgen wij voor het volgende:""");
    }

    private static Action veiligePublieksevenementen() {
        return new Action(id("veilige-publieksevenementen"),
                "Advies en vergunningvoorwaarden bij publieksevenementen",
                """
                Bij publieksevenementen adviseren wij aan de voorkant en stellen wij voorwaarden aan de \
                vergunningverlening.

                De gemeente Almere heeft de ambitie om een aantrekkelijke en levendige gemeente te zijn, voor \
                zowel inwoners als bezoekers. Dit vraagt om een ruim en breed aanbod aan evenementen. Cruciaal is \
                dat deze evenementen zo veilig mogelijk plaatsvinden. Daarom worden eisen gesteld aan \
                evenementenorganisaties en wordt samengewerkt met de veiligheidsregio, de politie en het OM. Bij \
                risicovolle evenementen wordt een aanvullende procedure gevolgd. In samenwerking met de \
                veiligheidsregio en politie is dan extra aandacht voor de risico’s en worden scenario’s beschreven \
                en verwerkt in het veiligheidsplan van de organisator. In dit veiligheidsplan staan de taken, \
                verantwoordelijkheden en bevoegdheden tijdens eventuele calamiteiten. Een integraal operationeel \
                plan geeft daarbij inzicht in de wijze waarop de nood- en hulpdiensten de organisatie kunnen \
                ondersteunen bij crises en rampen.

                Aandachtspunten bij de veiligheid van evenementen zijn:
                - het zorgvuldig afwegen van de belangen van alle betrokken partijen (organisator, bezoekers, \
                omwonenden);
                - het toenemend aantal grote evenementen en de capaciteit die dit vraagt van de interne en externe \
                veiligheidspartners;
                - gemeentelijke regie op de aanpak, met daarin zorgvuldige en inhoudelijke advisering door \
                veiligheidspartners;
                - de kwaliteit van veiligheidsplannen van organisatoren;
                - handhaving en controle op afspraken en aanwijzingen zoals vastgelegd in de afgegeven \
                vergunningen.""",
                List.of(VEILIGHEIDSREGIO, POLITIE, OPENBAAR_MINISTERIE),
                List.of(ORGANISATOREN, BEZOEKERS, OMWONENDEN), "").titledByUs();
    }

    private static Action veiligeManifestaties() {
        return new Action(id("veilige-manifestaties"),
                "Veilig verloop van manifestaties",
                """
                Wij hebben aandacht voor een veilig verloop van manifestaties.

                De gemeente Almere heeft de ambitie om onze vrije open samenleving ruim baan te geven. Dit komt \
                onder meer tot uiting in het beleid rond manifestaties, betogingen of demonstraties op basis van \
                de Wet openbare manifestaties (Wom). Deze wet regelt de uitoefening van drie belangrijke \
                grondrechten: het recht op vrijheid van godsdienst en levensovertuiging (artikel 6 Grondwet); het \
                recht tot vergadering (artikel 9 Grondwet); en het recht tot betoging (artikel 9 Grondwet). Om het \
                uitoefenen van deze grondrechten mogelijk te maken faciliteren en ondersteunen de gemeente en haar \
                netwerkpartners, zoveel als mogelijk, de organisator. Om deze ondersteuning te kunnen bieden is het \
                belangrijk dat vooraf een melding wordt gedaan door de organisator. Alleen als de veiligheid \
                (openbare orde, volksgezondheid of het verkeer) in het geding is zullen er aanwijzingen of \
                beperkingen worden opgelegd. Het inschatten van de risico’s en te nemen voorzorgsmaatregelen vraagt \
                snel schakelen van adviseurs bij gemeente, politie en veiligheidsregio.""",
                List.of(POLITIE, VEILIGHEIDSREGIO), List.of(ORGANISATOREN), "").titledByUs()
                .withSeeAlso("polarisatie.veiligheidsadvies-manifestaties");
    }

    private static Action samenwerkingNetwerkpartners() {
        return new Action(id("samenwerking-netwerkpartners"),
                "Nauwe samenwerking met netwerkpartners",
                """
                Wij werken nauw samen met netwerkpartners.

                Niet alleen in bijzondere situaties zoals evenementen en manifestaties, maar ook in de verdere \
                ontwikkeling van de stad is het belangrijk om voldoende aandacht te hebben voor de brandveiligheid \
                en preventieve maatregelen in combinatie met technologische ontwikkelingen en de brandweerzorg. Dit \
                vraagt aandacht binnen de gemeente en een goede samenwerking en afstemming met het \
                organisatieonderdeel brandweer van de veiligheidsregio. Daarnaast is er, zoals bij de andere \
                thema’s van dit plan aangegeven, op diverse onderwerpen aandacht voor preventie en contact met \
                netwerkpartners om zo onveilige situaties aan de voorkant in te kunnen schatten en te voorkomen.""",
                List.of(VEILIGHEIDSREGIO, BRANDWEER), List.of(), "").titledByUs();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Text-only pages: the theme's general sections between "ONDERWERPEN" and the first subject
    // ---------------------------------------------------------------------------------------------------------

    private static ThemePage verantwoordelijkheid() {
        return new ThemePage("verantwoordelijkheid", "Verantwoordelijkheid voor de organisatie en uitvoering",
                Block.fromText("""
                Het college van burgemeester en wethouders is verantwoordelijk voor crisisbeheersing, \
                rampenbestrijding, de organisatie van brandweerzorg en geneeskundige hulpverlening. De gemeenten in \
                Flevoland hebben, conform de Wet veiligheidsregio’s, een gemeenschappelijke regeling getroffen. \
                Hiermee zijn de gemeenten opdrachtgever en hebben zij de uitvoering van de crisisbeheersing, \
                rampenbestrijding, de organisatie van brandweerzorg en geneeskundige hulpverlening bij de \
                Veiligheidsregio Flevoland georganiseerd. De burgemeesters vormen het bestuur van de \
                veiligheidsregio en vertegenwoordigen de eigen gemeente. De burgemeester van Almere is tevens \
                voorzitter van de Veiligheidsregio Flevoland. Tijdens rampen, crises en (dreigende) openbare \
                ordeverstoringen is de burgemeester het bevoegd gezag. Bij een ramp, crisis of ernstige dreiging \
                die de gemeentegrenzen overschrijdt, verschuift het gezag naar de voorzitter van de veiligheidsregio.

                In de hoedanigheid van voorzitter van Veiligheidsregio Flevoland neemt de burgemeester van Almere \
                deel aan het landelijk Veiligheidsberaad. Het Veiligheidsberaad bevordert de samenwerking tussen \
                alle 25 veiligheidsregio’s en draagt zorg voor landelijke bestuurlijke afstemming over verschillende \
                thema’s zoals brandweerzorg, meldkamers, rampenbestrijding en crisisbeheersing. Het \
                Veiligheidsberaad is gesprekspartner van de minister van JenV. In geval van bovenregionale \
                crisissituaties, zoals tijdens de coronacrisis, vervullen de veiligheidsregio’s een rol in \
                coördinatie en afstemming tussen gemeenten. Deze afstemmingsstructuur wordt steeds vaker gebruikt, \
                onder andere ook in de crisisnoodopvang van Oekraïners en andere vluchtelingen.

                Veiligheidsregio Flevoland informeert de gemeenten over de uitdagingen, ontwikkelingen, de \
                uitgevoerde werkzaamheden en de begroting. Hiervoor stelt zij vierjaarlijks een beleidsplan op dat \
                mede is gebaseerd op het regionaal risicoprofiel. Daarnaast wordt een crisisplan opgesteld, waarin \
                de organisatie en taken, bevoegdheden en verantwoordelijkheden zijn beschreven. Dit plan geeft \
                inzicht in welke risico’s er zijn en hoe wij ons voorbereiden. Daarnaast wordt elk jaar een \
                programmabegroting en meerjarenraming opgesteld en aan de gemeenten binnen de regio Flevoland \
                voorgelegd."""));
    }

    private static ThemePage regionaleSamenwerking() {
        return new ThemePage("regionale-samenwerking", "Regionale en interregionale samenwerking", Block.fromText("""
                In de afgelopen jaren is de samenwerking tussen Veiligheidsregio Flevoland en Veiligheidsregio Gooi \
                en Vechtstreek versterkt. De samenwerking heeft als doel om beter voorbereid te zijn op de \
                veranderende risico’s en de slagkracht en efficiëntie van met name de brandweerorganisatie te \
                verbeteren. Steeds meer directie- en adviesfuncties worden voor beide regio’s ingevuld en dit geldt \
                waar mogelijk ook voor piketfuncties. Onderwerpen waarop wordt samengewerkt zijn onder andere \
                opleiden, trainen en oefenen (OTO), bevolkingszorg, de huidige meldkamer Flevoland en Gooi en \
                Vechtstreek en de toekomstige Meldkamer Midden-Nederland. Deze wordt in het voorjaar van 2025 in \
                Hilversum gerealiseerd. De samenwerking heeft een verdere impuls gekregen tijdens de coronacrisis. \
                Er is gewerkt met een gezamenlijk regionaal operationeel team (ROT) dat beide besturen van de \
                veiligheidsregio’s adviseerde. Bij de huidige vluchtelingenopvang wordt ook zoveel mogelijk samen \
                opgetrokken in de coördinatie en advisering."""));
    }

    private static ThemePage rolVanDeGemeente() {
        return new ThemePage("rol-van-de-gemeente", "Rol van de gemeente", Block.fromText("""
                De rol van de gemeente in de crisisbeheersing is veelzijdig. Als opdrachtgever voor de \
                veiligheidsregio is het van belang om toe te zien op de uitvoering van de bij de Veiligheidsregio \
                Flevoland belegde taken en op de financiering. Aan de andere kant is de gemeente tijdens een ramp of \
                crisis een uitvoerende partner, gezamenlijk met de hulpverleningsdiensten. Tijdens een ramp of \
                crisis hebben de (samenwerkende) gemeenten de volgende taken:
                1. Crisiscommunicatie: de bevolking moet worden geïnformeerd en voorgelicht en advies krijgen over \
                hoe te handelen.
                2. Acute bevolkingszorg: deze zorg moet ter plaatse meteen geleverd worden naast de spoedeisende \
                zorg. Denk hierbij aan opvang en verzorging, het informeren van verwanten maar ook inzetten van \
                toezicht en handhaving, stadsbeheer of andere gemeentelijke diensten.
                3. Herstelzorg: na de eerste hectische fase van een ramp of crisis is herstelzorg nodig om zo snel \
                mogelijk weer terug te keren naar de ‘normale’ situatie.

                De voorbereiding en uitvoering van deze uitvoerende taken wordt opgepakt door Bevolkingszorg \
                Flevoland en Gooi en Vechtstreek (BFGV) als organisatieonderdeel van beide veiligheidsregio’s. Voor \
                de (inter)regionale piketfuncties worden gemeentelijke medewerkers opgeleid, getraind en geoefend. \
                Zij voeren deze taak uit als nevenfunctie en hebben regelmatig piketdienst. De gemeente heeft ook \
                een aantal piketfuncties die lokaal ingevuld worden zoals de (loco) burgemeesters, (loco) \
                gemeentesecretaris, adviseurs Openbare Orde en Veiligheid (OOV) en de officier van dienst \
                Bevolkingszorg."""));
    }

    /** A subject whose approach opens with its lead-in, followed by the bullets of its goal. */
    private static Subject subject(String slug, String name, String introduction, Goal goal, String leadIn) {
        return new Subject(id(slug), name, introduction, List.of(goal), List.of(new Block.Paragraph(leadIn),
                Block.ActionList.of(goal.actions().toArray(Action[]::new))));
    }

    private static String id(String slug) {
        return PREFIX + slug;
    }
}

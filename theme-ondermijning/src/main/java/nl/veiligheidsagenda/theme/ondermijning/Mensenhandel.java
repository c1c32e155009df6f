package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.Action;
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

import static nl.veiligheidsagenda.theme.ondermijning.Partners.ZORGCOORDINATOR_MENSENHANDEL;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.ALMEERDERS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.DADERS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.JEUGD;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.PROFESSIONALS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.SLACHTOFFERS;
import static nl.veiligheidsagenda.theme.ondermijning.ThemeIds.id;

/**
 * Subject "Mensenhandel": its goal, three indicators without a baseline yet (data from 2023) and the approach. Its
 * lead-in names the six ambitions of the regional Ambitieplan (ambitions, not actions); the actions are the regional
 * start with awareness and the six bullets the local uitvoeringsplan works out, whose announcement is text.
 */
final class Mensenhandel {

    private static final String INTRODUCTION = """
            Mensenhandel wordt vaak gepleegd in criminele samenwerkingsverbanden die misbruik maken van legale \
            structuren. Daarom is het een vorm van ondermijnende criminaliteit. De drie meest voorkomende vormen \
            van mensenhandel zijn: seksuele uitbuiting, arbeidsuitbuiting en criminele uitbuiting. Daders gebruiken \
            slachtoffers voor persoonlijk gewin. Dit doen ze met geweld en intimidatie, misleiding, misbruik van \
            een kwetsbare positie of onder bedreiging. Helaas is mensenhandel een vorm van criminaliteit die lastig \
            op te sporen is. Slachtoffers willen vaak niet melden (uit angst voor de daders), zijn moeilijk \
            vindbaar of voelen zich geen slachtoffer. Deze zware vorm van criminaliteit is een ernstige schending \
            van de mensenrechten van slachtoffers en van hun menselijke waardigheid. Daarom willen wij mensenhandel \
            zoveel mogelijk tegengaan.\
            """;

    /**
     * The plan itself warns that human trafficking is hard to detect and that awareness and reporting come first;
     * more of both raises these registrations.
     */
    private static final String CAVEAT = "Mensenhandel is lastig op te sporen. Door bewustwording, voorlichting en "
            + "een betere meldstructuur kunnen juist meer signalen worden gemeld en meer zaken worden geregistreerd. "
            + "In dat geval kan het lijken dat het probleem toeneemt, terwijl de aanpak juist effectiever is.";

    private Mensenhandel() {
    }

    static Subject subject() {
        Goal goal = goal();
        List<Action> actions = goal.actions();
        return new Subject(id("mensenhandel"), "Mensenhandel", INTRODUCTION, List.of(goal), List.of(
                new Block.Paragraph("Bij het tegengaan van mensenhandel werken wij samen met de andere Flevolandse "
                        + "gemeenten. In het regionaal Ambitieplan Mensenhandel Flevoland 2022 hebben wij zes "
                        + "ambities geformuleerd die wij willen bereiken in onze regio:"),
                Block.ItemList.bullets("Adequaat signaleren en melden", "Effectief samenwerken",
                        "Slachtoffers samenhangende hulp en ondersteuning bieden",
                        "Meer zicht krijgen op aard, omvang en risicofactoren", "Barrières opwerpen",
                        "Slachtofferschap reduceren"),
                Block.ActionList.of(actions.getFirst()),
                new Block.Paragraph("In navolging op het regionale Ambitieplan Mensenhandel Flevoland 2022 stellen "
                        + "wij voor Almere een lokaal uitvoeringsplan op. In dit plan wordt het volgende uitgewerkt:"),
                Block.ActionList.of(actions.subList(1, actions.size()).toArray(Action[]::new))));
    }

    private static Goal goal() {
        return new Goal(id("mensenhandel-aanpakken"), "Mensenhandel wordt aangepakt.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt aangepakt"), indicators(), actions());
    }

    private static List<Indicator> indicators() {
        return List.of(
                perThousandFrom2023(id("casussen-zorgcoordinator-mensenhandel"),
                        "Aantal casussen van mensenhandel behandeld door de zorgcoördinator mensenhandel per jaar "
                                + "per 1.000 inwoners",
                        "Zorgcoördinator Mensenhandel", "Casussen"),
                perThousandFrom2023(id("slachtoffers-mensenhandel"),
                        "Aantal door politie geregistreerde slachtoffers van mensenhandel per jaar per 1.000 inwoners",
                        "Politie", "Slachtoffers"),
                perThousandFrom2023(id("verdachten-mensenhandel"),
                        "Aantal door politie geregistreerde verdachten van mensenhandel per jaar per 1.000 inwoners",
                        "Politie", "Verdachten"));
    }

    /** An indicator per 1,000 residents with data from 2023 and no baseline yet ("-" in Bijlage 2). */
    private static Indicator perThousandFrom2023(String id, String name, String source, String seriesName) {
        return new Indicator(id, name, Unit.PER_1000_RESIDENTS, source, Cadence.annual(2023),
                "Data beschikbaar vanaf 2023", Direction.NOT_STATED, CAVEAT,
                List.of(new Series("totaal", seriesName, Unit.PER_1000_RESIDENTS, null)));
    }

    private static List<Action> actions() {
        return List.of(
                new Action(id("bewustwording-en-basis-op-orde"),
                        "Bewustwording, hulp aan slachtoffers en netwerk met partners", """
                        Zoals eerder genoemd is mensenhandel moeilijk op te sporen. In regionaal verband beginnen \
                        wij daarom met bewustwording, onder meer door het geven van voorlichting. Voor zowel \
                        professionals als inwoners moet het duidelijk zijn hoe mensenhandel te herkennen is en waar \
                        zij signalen kunnen melden. Daarnaast ondersteunen wij (potentiële) slachtoffers om uit het \
                        netwerk te komen en om daarna de juiste hulp en zorg te krijgen. Wij hopen meer zicht te \
                        krijgen op het fenomeen mensenhandel door deze basis op orde te krijgen. Een belangrijke \
                        randvoorwaarde hiervoor is een goede samenwerking met ketenpartners. Daarom investeren wij \
                        ook in het opbouwen van het netwerk met de partners.\
                        """,
                        List.of(), List.of(PROFESSIONALS, ALMEERDERS, SLACHTOFFERS), "").titledByUs(),
                new Action(id("signalen-mensenhandel-herkennen"),
                        "Professionals leren signalen van mensenhandel herkennen", """
                        Wij leren professionals hoe ze signalen van mensenhandel beter kunnen herkennen en wat zij \
                        vervolgens kunnen doen. Dit doen wij door middel van het geven van voorlichtingen en \
                        trainingen. Daarnaast zorgen wij dat de meldstructuur op orde is, zodat signalen ook op de \
                        juiste plek terecht komen.\
                        """,
                        List.of(), List.of(PROFESSIONALS), "").titledByUs(),
                new Action(id("samenwerking-partners-verstevigen"), "Samenwerking tussen partners verstevigen", """
                        Wij verstevigen de samenwerking tussen partners die betrokken zijn bij de aanpak zodat \
                        zaken van mensenhandel integraal kunnen worden aangepakt.\
                        """,
                        List.of(), List.of(), "").titledByUs(),
                new Action(id("zorgcoordinator-mensenhandel"),
                        "Zorgcoördinator mensenhandel en opvang slachtoffers", """
                        Wij zetten de inzet van de zorgcoördinator mensenhandel voort. De zorg- en \
                        ondersteuningsmogelijkheden die wij de afgelopen jaren hebben ingezet blijven beschikbaar. \
                        Slachtoffers van mensenhandel kunnen terecht bij speciale opvangplekken, ook als er sprake \
                        is van meerdere bijkomende problemen (zoals verslaving, psychiatrische problemen, etc.). \
                        Daarnaast onderzoeken wij welke hulpverlening nog mist voor de kwetsbare doelgroepen.\
                        """,
                        List.of(ZORGCOORDINATOR_MENSENHANDEL), List.of(SLACHTOFFERS), "").titledByUs(),
                new Action(id("zicht-op-aard-en-omvang"), "Zicht op aard en omvang van mensenhandel", """
                        Wij zetten ons in om beter zicht te krijgen op de aard en omvang van mensenhandel in \
                        Flevoland en specifiek in Almere.\
                        """,
                        List.of(), List.of(), "").titledByUs(),
                new Action(id("barrieres-opwerpen"), "Barrières opwerpen tegen daders van mensenhandel", """
                        Wij brengen in kaart welke barrières wij kunnen opwerpen tegen gebruik of misbruik van \
                        voorzieningen en regelingen van de overheid door daders van mensenhandel.\
                        """,
                        List.of(), List.of(DADERS), "").titledByUs(),
                new Action(id("slachtofferschap-voorkomen"), "Slachtofferschap bij kwetsbare groepen voorkomen", """
                        Wij zetten in op het voorkomen van slachtofferschap bij kwetsbare groepen. Wij gaan \
                        hiervoor onderzoeken op welke manier wij ervaringsdeskundigheid en positieve rolmodellen \
                        kunnen inzetten om criminele uitbuiting (bij jongeren) te voorkomen\
                        """,
                        List.of(), List.of(SLACHTOFFERS, JEUGD), "").titledByUs());
    }
}

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

import java.time.Month;
import java.util.List;

import static nl.veiligheidsagenda.theme.ondermijning.Partners.BOAS;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.JEUGDGEZONDHEIDSZORG;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.JONGERENWERK;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.MINISTERIE_VAN_JUSTITIE_EN_VEILIGHEID;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.OPENBAAR_MINISTERIE;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.POLITIE;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.RIEC;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.SCHOLEN;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.WIJKTEAMS;
import static nl.veiligheidsagenda.theme.ondermijning.Partners.ZORG_EN_VEILIGHEIDSHUIS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.DADERS;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.JEUGD;
import static nl.veiligheidsagenda.theme.ondermijning.TargetGroups.PROFESSIONALS;
import static nl.veiligheidsagenda.theme.ondermijning.ThemeIds.id;

/**
 * Subject "Jonge aanwas": its goal, the indicator of young suspects (in total and of drugs and firearms offences) and
 * the actions of the approach: one per bullet, plus the paragraph "Preventie met gezag".
 */
final class JongeAanwas {

    private static final String INTRODUCTION = """
            Uit het EMMA-onderzoek blijkt dat jongeren en jongvolwassenen in Almere, meer dan in vergelijkbare \
            steden, het risico lopen om de drugscriminaliteit te worden ingezogen. Almere is de jongste stad van \
            Nederland. Bijna een op de vijf inwoners is jonger dan 15 jaar. Het aandeel jongeren is bijna nergens \
            zo groot als in Almere. Aangezien Almere blijft groeien, groeit hiermee ook de populatie jongeren. \
            Jongeren die betrokken raken bij drugscriminaliteit en hierin doorgroeien hebben doorgaans te maken met \
            verschillende kwetsbaarheden. Zo groeien ze vaak op in situaties waar weinig toezicht en/of \
            betrokkenheid is. Ook zijn er vaak financiële problemen binnen het gezin en zijn er weinig positieve \
            rolmodellen in de directe omgeving. Drijfveren om de drugscriminaliteit in te gaan zijn onder andere de \
            behoefte aan erkenning, snel geld willen verdienen en sensatiezucht. De toetreding tot \
            drugscriminaliteit verloopt vaak geleidelijk; via vrienden en contacten op straat of via familiebanden. \
            Loyaliteit, wederzijds vertrouwen en vriendschap zijn hierin bepalend. Daarnaast zijn veel van deze \
            jongeren kwetsbaar om door criminelen te worden uitgebuit. Vanwege de risico’s van de \
            (drugs)criminaliteit voor de jongeren zelf en voor de samenleving als geheel willen wij jonge aanwas \
            zoveel mogelijk beperken.\
            """;

    private JongeAanwas() {
    }

    static Subject subject() {
        Goal goal = goal();
        return new Subject(id("jonge-aanwas"), "Jonge aanwas", INTRODUCTION, List.of(goal),
                List.of(new Block.Paragraph("Om te voorkomen dat jongeren terecht komen of doorgroeien in de "
                                + "georganiseerde (drugs)criminaliteit gaan wij het volgende doen:"),
                        Block.ActionList.of(goal.actions().toArray(Action[]::new))));
    }

    private static Goal goal() {
        return new Goal(id("jonge-aanwas-voorkomen-en-bestrijden"),
                "Jonge aanwas en doorgroei van jongeren in de georganiseerde (drugs)criminaliteit wordt voorkomen "
                        + "en bestreden.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt voorkomen en bestreden"),
                List.of(jeugdigeVerdachten()), actions());
    }

    private static Indicator jeugdigeVerdachten() {
        BaselinePeriod average = BaselinePeriod.averageOfYears(2019, 2021);
        return new Indicator(id("jeugdige-verdachten"),
                "Aantal jeugdige verdachten (12 t/m 24 jaar) in totaal en van drugs- en vuurwapenmisdrijven per jaar "
                        + "per 1.000 jeugdigen",
                Unit.PER_1000_YOUNG_PEOPLE_12_24, "CBS", Cadence.annual(2019, Month.APRIL),
                "Cijfers voorgaande jaar vanaf april beschikbaar", Direction.NOT_STATED,
                "Verdachten van drugs- en vuurwapenmisdrijven worden vooral geregistreerd als er iets wordt "
                        + "aangetroffen: een verhoogde inzet kan juist leiden tot meer registraties. In dat geval kan "
                        + "het lijken dat het probleem toeneemt, terwijl de aanpak juist effectiever is.",
                List.of(new Series("totaal", "Totaal", Unit.PER_1000_YOUNG_PEOPLE_12_24,
                                Baseline.of("24.3", average)),
                        new Series("drugs-en-vuurwapenmisdrijven", "Drugs- en vuurwapenmisdrijven",
                                Unit.PER_1000_YOUNG_PEOPLE_12_24, Baseline.of("3.3", average))));
    }

    private static List<Action> actions() {
        return List.of(
                new Action(id("pga-uitbreiden"), "Lokale PGA en PGA 18min uitbreiden", """
                        Wij breiden de lokale persoonsgerichte aanpak (lokale PGA) en de PGA 18min uit. De lokale \
                        PGA was voorheen vooral gericht op personen met een combinatie van criminaliteits-, zorg- \
                        en overlastproblematiek. De PGA 18min was bedoeld voor minderjarige verdachten van \
                        straatroven of overvallen. De instroomcriteria werden wanneer nodig al flexibel aangepast \
                        aan de actuele problematiek van jeugdige verdachten, zoals benoemd in het Verdiepingsplan \
                        aanpak ondermijning Almere. Daarnaast komen voortaan jonge aanwas en doorgroeiers in de \
                        (hard)drugscriminaliteit ook in aanmerking voor een PGA. Een PGA heeft als doel recidive \
                        van criminaliteit en overlast te voorkomen, daders succesvol te laten terugkeren in de \
                        maatschappij en te zorgen voor duurzame positieve verandering in iemands levensloop.\
                        """,
                        List.of(), List.of(JEUGD, DADERS), "").titledByUs(),
                new Action(id("top-x-en-re-integratieofficier"),
                        "Top X-aanpak verbreden en re-integratieofficier (RIO)", """
                        Vanuit het Zorg- en Veiligheidshuis Flevoland (ZVHF) krijgen personen in de Top X (plegers \
                        van zware criminaliteit, waaronder geweldsdelicten en high impact crimes) een op maat \
                        gemaakte persoons- en systeemgerichte aanpak. Ook de criteria van de Top X worden aangepast \
                        zodat plegers van zwaardere drugscriminaliteit deze persoons- en systeemgerichte aanpak \
                        kunnen krijgen. Daarnaast start ZVHF met een re-integratieofficier (RIO). De RIO richt zich \
                        op een succesvolle terugkeer van ex-gedetineerde jongvolwassenen in de maatschappij. Het \
                        gaat hierbij om plegers van high impact crimes met hardnekkige multiproblematiek. Deze \
                        doelgroep is doorgaans lastig te motiveren en heeft een hoog risico om terug te vallen in \
                        de criminaliteit. Een persoonlijke, intensieve en praktische begeleiding is hierbij \
                        noodzakelijk.\
                        """,
                        List.of(ZORG_EN_VEILIGHEIDSHUIS), List.of(JEUGD, DADERS), "").titledByUs(),
                new Action(id("veiligheid-in-en-om-school"), "Veiligheid in en om school verbeteren", """
                        Samen met de scholen in het voortgezet onderwijs, (jeugd)boa’s, politie en het jongerenwerk \
                        werken wij aan het verder verbeteren van de veiligheid in en om school (zie ook het \
                        onderwerp schoolveiligheid bij het thema Veilige wijken).\
                        """,
                        List.of(SCHOLEN, BOAS, POLITIE, JONGERENWERK), List.of(), "").titledByUs(),
                new Action(id("voorlichtingslessen-op-scholen"),
                        "Voorlichtingslessen in primair en voortgezet onderwijs", """
                        Zoals benoemd in het Verdiepingsplan aanpak ondermijning Almere gaan wij door met het \
                        aanbieden van voorlichtingslessen in groep 7/8 van het primair onderwijs en in het \
                        voortgezet onderwijs om de weerbaarheid van jongeren tegen de verleidingen van \
                        (drugs)criminaliteit te vergroten.\
                        """,
                        List.of(SCHOLEN), List.of(JEUGD), "").titledByUs(),
                new Action(id("straatwaarden-en-kapot-sterk"), "Straatwaarde(n) en lesprogramma Kapot Sterk", """
                        In samenwerking met het programma Straatwaarde(n) van het RIEC zetten wij in lokale \
                        afstemming nieuwe interventies in. Dit regioprogramma is gericht op het voorkomen van \
                        (doorgroei van) jonge aanwas in de drugscriminaliteit. Op preventief gebied starten wij \
                        bijvoorbeeld met het lesprogramma Kapot Sterk voor de hoogste klassen van de basisschool. \
                        Met deze lessen maken wij samen met politie en OM de jonge jeugd bewust van de nadelen van \
                        een loopbaan in de drugscriminaliteit.\
                        """,
                        List.of(RIEC, POLITIE, OPENBAAR_MINISTERIE, SCHOLEN), List.of(JEUGD), "").titledByUs()
                        .withSeeAlso("wijken.weerbaarheid-jongeren-voorlichting"),
                new Action(id("verbinden-met-preventieve-voorzieningen"),
                        "Jongeren met verhoogd risico verbinden met preventieve voorzieningen", """
                        Wij zetten ons in om jongeren die een verhoogd risico hebben om in de drugscriminaliteit \
                        terecht te komen, te verbinden met bestaande (preventieve) voorzieningen vanuit andere \
                        gemeentelijke beleidsvelden. Wij denken hierbij aan het armoedebeleid, maar ook aan beleid \
                        op het gebied van sport, onderwijs, cultuur en werk en inkomen. Deze preventieve \
                        voorzieningen of interventies willen wij waar mogelijk laten uitbreiden of versterken.\
                        """,
                        List.of(), List.of(JEUGD), "").titledByUs(),
                new Action(id("kennis-professionals-over-risicofactoren"),
                        "Kennis van professionals over risicofactoren vergroten", """
                        Wij breiden de kennis van zorg- en welzijnsprofessionals over risicofactoren voor \
                        jeugdcriminaliteit uit. Medewerkers van bijvoorbeeld de lokale wijkteams en \
                        jeugdgezondheidszorg worden zo meer alert op deze risico’s en kunnen signalen eerder \
                        melden.\
                        """,
                        List.of(WIJKTEAMS, JEUGDGEZONDHEIDSZORG), List.of(PROFESSIONALS, JEUGD), "").titledByUs(),
                new Action(id("zicht-op-jeugdnetwerken"), "Zicht op problematische jeugdnetwerken", """
                        Wij blijven samen met onze partners (offline en online) zicht houden op (het ontstaan van) \
                        jeugdnetwerken waarvan de leden overlastgevend of crimineel gedrag laten zien. Waar nodig \
                        en mogelijk wordt een integrale aanpak opgestart volgens het 7-stappenmodel voor \
                        problematische jeugdnetwerken (ook genoemd bij het thema Veilige wijken; jeugdoverlast).\
                        """,
                        List.of(), List.of(JEUGD), "").titledByUs()
                        .withSeeAlso("wijken.jeugdoverlast-en-jeugdnetwerken"),
                new Action(id("almere-ontwapent"), "#AlmereOntwapent", """
                        Wij blijven met #AlmereOntwapent uitvoering geven aan het landelijke Actieplan Wapens en \
                        Jongeren. Daarnaast faciliteren wij waar mogelijk initiatieven van lokale \
                        samenwerkingspartners op dit gebied.\
                        """,
                        List.of(), List.of(JEUGD), "").titledByUs(),
                new Action(id("negatieve-rolmodellen"), "Negatieve rolmodellen van hun voetstuk halen", """
                        Uit het EMMA-onderzoek komt naar voren dat de doorgroeiers in de drugscriminaliteit de \
                        zware criminelen van de toekomst zijn. Ook constateren de onderzoekers dat deze \
                        doorgroeiers op dit moment een negatief rolmodel zijn voor een brede groep jeugdigen. Wij \
                        bouwen in samenwerking met onze partners het specialisme op om deze negatieve rolmodellen \
                        van hun voetstuk te halen. Zo behoeden wij andere jeugdigen voor het volgen van hun \
                        voorbeeld.\
                        """,
                        List.of(), List.of(JEUGD), "").titledByUs(),
                new Action(id("preventie-met-gezag"), "Preventie met gezag", """
                        Om onze doelen te bereiken op het gebied van de preventie van jeugdcriminaliteit willen wij \
                        aansluiten bij het landelijke programma ‘Preventie met gezag’. Met middelen van dit \
                        programma kunnen wij ondermijnende criminaliteit een halt toeroepen door te investeren in \
                        preventieve maatregelen, in combinatie met het doorzetten van een krachtige aanpak van de \
                        georganiseerde ondermijnende criminaliteit. Het ministerie van Justitie en Veiligheid stelt \
                        op basis van een programmaplan structurele middelen beschikbaar om ondermijning tegen te \
                        gaan. Het is daarbij de bedoeling om preventie meer onderdeel te laten zijn van de \
                        vroegtijdige aanpak van (jeugd)criminaliteit. Hierin willen wij gezamenlijk optrekken met \
                        partners als politie en Openbaar Ministerie en via het Zorg- en Veiligheidshuis Flevoland, \
                        maar nadrukkelijk ook intern tot verdere integrale afstemming komen. Halverwege 2023 wordt \
                        waarschijnlijk bekend of wij als Almere aanspraak kunnen maken op deze middelen.\
                        """,
                        List.of(MINISTERIE_VAN_JUSTITIE_EN_VEILIGHEID, POLITIE, OPENBAAR_MINISTERIE,
                                ZORG_EN_VEILIGHEIDSHUIS),
                        List.of(JEUGD), "halverwege 2023"));
    }
}

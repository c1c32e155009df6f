package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.AVERAGE_2019_2022;
import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.subject;
import static nl.veiligheidsagenda.theme.wijken.Elements.series;

/**
 * Onderwerp "Overlast op straat". The paragraph that opens the approach states an aim of its own and is the
 * first action; each bullet after it is one more.
 */
final class OverlastOpStraat {

    private static final String INTRODUCTION = """
            Overlast is een subjectief begrip, iedereen ervaart overlast op een eigen manier. Overlast kan de \
            veiligheid en leefbaarheid en de beleving daarvan sterk beïnvloeden. In de afgelopen jaren lieten veel \
            typen overlast een stijging zien. Zoals benoemd in de beschrijving van het veiligheidsbeeld in de \
            Veiligheidsagenda, hing deze stijging deels samen met de coronacrisis. Maar ook in 2022 waren \
            verschillende soorten overlast op een voor Almeerse begrippen hoog niveau. De ervaren overlast op straat \
            en thuis is in Almere over het algemeen lager dan in andere grote steden. Wij willen dit natuurlijk zo \
            houden. Daartegenover staat dat ernstige overlast in een specifiek gebied, zoals het stadscentrum, een \
            grote impact kan hebben op de veiligheid en de veiligheidsbeleving van omwonenden en bezoekers.""";

    private static final Indicator OVERLASTINCIDENTEN = new Indicator(id("geregistreerde-overlastincidenten"),
            "Aantal geregistreerde incidenten van drugs- en drankoverlast, overlast van daklozen, overlast van "
                    + "verward of onbegrepen gedrag en jeugdoverlast per jaar per 1.000 inwoners",
            Unit.PER_1000_RESIDENTS, "Politie", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER, "",
            List.of(series("drugs-en-drankoverlast", "Drugs- en drankoverlast", Unit.PER_1000_RESIDENTS, "1.7",
                            AVERAGE_2019_2022),
                    series("overlast-daklozen", "Overlast van daklozen", Unit.PER_1000_RESIDENTS, "1.3",
                            AVERAGE_2019_2022),
                    series("verward-gedrag", "Overlast van verward of onbegrepen gedrag", Unit.PER_1000_RESIDENTS,
                            "5.3", AVERAGE_2019_2022),
                    series("jeugdoverlast", "Jeugdoverlast", Unit.PER_1000_RESIDENTS, "5.3", AVERAGE_2019_2022)));

    /**
     * The lead-in of the approach ("Aanpak"): the focus its actions work out, not an action of its own (1.0.0 had it
     * as action "overlast-openbare-ruimte-tegengaan").
     */
    static final String APPROACH_LEAD_IN = """
            Wij blijven inzetten op het tegengaan van overlast in de openbare ruimte. Meer specifiek richten wij ons \
            op overlast door personen met verward of onbegrepen gedrag, jeugdoverlast en drank- en drugsoverlast van \
            verslaafden en daklozen. Uit het EMMA-onderzoek blijkt wel dat het belangrijk is om te realiseren dat \
            Almere een grote en groeiende stad is, waar grootstedelijke problematiek steeds meer zal voorkomen. \
            Overlast hoort hier, tot op zekere hoogte, ook bij.""";

    static final Subject SUBJECT = subject("overlast-op-straat", "Overlast op straat", INTRODUCTION,
            new Goal(id("overlast-op-straat-daalt"),
                    "Overlast op straat daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).",
                    EvaluationRule.decrease(
                            "daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)", AVERAGE_2019_2022),
                    List.of(OVERLASTINCIDENTEN),
                    List.of(
                            action("convenanten-en-werkgroepen-overlast",
                                    "Afspraken over overlast in convenanten en werkgroepen Veilig Ondernemen", """
                                    Wij streven ernaar dat iedereen zich in de (semi-)openbare ruimte vrij kan \
                                    bewegen zonder daarbij belemmerd te worden door verschillende vormen van \
                                    overlast. Wij werken hiervoor samen met politie en ondernemers. In de \
                                    convenanten Veilig Uitgaan, Veilig Openbaar Vervoer en Veilig Voetbal staan \
                                    naast afspraken over het tegengaan van criminaliteit ook afspraken over het \
                                    tegengaan van overlast. In de werkgroepen Veilig Ondernemen worden soortgelijke \
                                    afspraken gemaakt tussen ondernemers, politie en gemeente.""",
                                    List.of(Partners.POLITIE, Partners.ONDERNEMERS),
                                    List.of(TargetGroups.ALMEERDERS, TargetGroups.ONDERNEMERS)),
                            action("hotspotaanpak", "Hotspotaanpak bij structurele en ernstige overlast", """
                                    Wij zetten een hotspotaanpak in als er sprake is van structurele en ernstige \
                                    overlast in een specifiek gebied, buurt of straat. Dit houdt in dat wij samen \
                                    met partners een plan van aanpak maken met daarin afspraken over zowel de inzet \
                                    van boa’s en politie als zorg- en welzijnspartners.""",
                                    List.of(Partners.BOAS, Partners.POLITIE, Partners.ZORG_EN_WELZIJNSPARTNERS),
                                    List.of()),
                            action("alcohol-en-softdrugsverbod", "Alcohol- en softdrugsverbod handhaven", """
                                    Door de burgemeester zijn gebieden in de stad aangewezen, zoals hangplekken en \
                                    schoolpleinen, waar het gebruik van alcohol en softdrugs verboden is. Deze \
                                    bestuurlijke maatregel wordt gehandhaafd door politie en boa’s. Daarnaast is het \
                                    in Almere verboden om op openbare plekken, anders dan hiervoor aangewezen, \
                                    alcohol te gebruiken als dit overlast veroorzaakt. Ook hiertegen kunnen politie \
                                    of boa’s optreden.""",
                                    List.of(Partners.POLITIE, Partners.BOAS), List.of()),
                            action("verward-gedrag-voorkomen",
                                    "Voorkomen dat personen met verward gedrag een gevaar vormen of overlast "
                                            + "veroorzaken", """
                                    Wij zetten in op het voorkomen dat personen met verward of onbegrepen gedrag een \
                                    gevaar vormen voor zichzelf en anderen of overlast veroorzaken. Dit doen wij \
                                    door tijdig te signaleren en vervolgens passende ondersteuning te bieden en door \
                                    een sluitende aanpak te ontwikkelen. Daarnaast stemmen wij af met onze \
                                    samenwerkingspartners over de zorg en ondersteuning aan mensen die een risico \
                                    lopen om verward te raken of verward gedrag te gaan vertonen.""",
                                    List.of(), List.of(TargetGroups.PERSONEN_MET_VERWARD_GEDRAG)),
                            action("persoonsgerichte-aanpak-overlastgevers",
                                    "Persoonsgerichte aanpak van overlastgevers met complexe problematiek", """
                                    Personen die voor veel overlast zorgen waarbij sprake is van complexe \
                                    problematiek op het gebied van psychiatrie en/of verslaving kunnen worden \
                                    opgenomen in een persoonsgerichte aanpak (lokale PGA, uitgevoerd door de GGD). \
                                    Personen met verward gedrag en een verhoogd gevaarsrisico kunnen worden openomen \
                                    in een persoonsgerichte aanpak via het Zorg en Veiligheidshuis Flevoland.""",
                                    List.of(Partners.GGD, Partners.ZVHF),
                                    List.of(TargetGroups.PERSONEN_MET_VERWARD_GEDRAG, TargetGroups.VERSLAAFDEN)),
                            action("jeugdoverlast-en-jeugdnetwerken",
                                    "Toezicht op jeugdoverlast en aanpak van problematische jeugdnetwerken", """
                                    Politie, jeugdboa’s en het jongerenwerk zien onder onze regie toe op locaties \
                                    van jeugdoverlast. Zij reageren op meldingen van inwoners en houden toezicht in \
                                    de wijken. Met samenwerkende partners én de jeugdigen zelf wordt naar \
                                    oplossingen gezocht om de overlast te stoppen of tot aanvaardbaar niveau terug \
                                    te brengen. Wanneer er een groep of netwerk ontstaat waarin jeugdigen \
                                    structureel overlastgevend gedrag laten zien en/of criminaliteit plegen, starten \
                                    wij een integrale aanpak. Hierbij wordt gewerkt volgens het 7-stappenmodel voor \
                                    problematische jeugdnetwerken.""",
                                    List.of(Partners.POLITIE, Partners.BOAS, Partners.JONGERENWERK),
                                    List.of(TargetGroups.JEUGD))
                                    .withSeeAlso("ondermijning.zicht-op-jeugdnetwerken"),
                            action("vuurwerkvrije-zones", "Vuurwerkvrije zones rond de jaarwisseling", """
                                    Rond de jaarwisseling streven wij naar zo min mogelijk overlast voor natuur en \
                                    dier door vuurwerkvrije zones in te stellen in kwetsbare gebieden waar dit nodig \
                                    is. Wij houden de landelijke ontwikkelingen rondom de jaarwisseling en \
                                    vuurwerkregelgeving in de gaten en passen onze aanpak wanneer nodig aan.""",
                                    List.of(), List.of()))), APPROACH_LEAD_IN);

    private OverlastOpStraat() {
    }
}

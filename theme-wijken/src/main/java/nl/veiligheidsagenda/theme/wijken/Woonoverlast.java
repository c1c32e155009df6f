package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.BaselinePeriod;
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
 * Onderwerp "Woonoverlast". The survey indicator is measured every four years so far (2017, 2021); its baseline is
 * the average of those rounds, as Bijlage 2 gives it, although the goal names 2019 t/m 2022.
 */
final class Woonoverlast {

    private static final String INTRODUCTION = """
            In een grote stad als Almere ervaren bewoners regelmatig woonoverlast, zoals geluidsoverlast van buren, \
            vervuilde tuinen en woningen, viezigheid van dieren of verloederde panden. Als deze overlast aanhoudt, \
            kan het woongenot en veiligheidsgevoel van bewoners ernstig aangetast worden. Al sinds 2013 is \
            woonoverlast een thema waar wij in Almere extra aandacht voor hebben. Sinds de oprichting van het \
            interventieteam woonoverlast en het instellen van een speciale regisseur woonoverlast is de inzet op dit \
            thema sterk verbeterd. Het percentage Almeerders dat aangeeft een of meer soorten woonoverlast te \
            ervaren is gedaald van 22% in 2017 naar 18% in 2021.""";

    private static final Indicator VEEL_WOONOVERLAST = new Indicator(id("veel-woonoverlast-ervaren"),
            "Aandeel bewoners (15+) dat veel woonoverlast ervaart",
            Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", Cadence.quadrennial(2017),
            "Vooralsnog slechts vierjaarlijks beschikbaar", Direction.LOWER_IS_BETTER, "",
            List.of(series("totaal", "Ervaart veel woonoverlast", Unit.PERCENT_RESIDENTS_15_PLUS, "20",
                    BaselinePeriod.averageOfRounds(2017, 2021), """
                    De Veiligheidsmonitor meet woonoverlast 'vooralsnog slechts vierjaarlijks' (Bijlage 2): in de \
                    periode 2019-2022 valt alleen de meting van 2021. Bijlage 2 neemt als nulwaarde het gemiddelde \
                    van de metingen 2017 en 2021.""")));

    private static final Indicator CASUSSEN_ONDER_REGIE = new Indicator(id("casussen-woonoverlast-onder-regie"),
            "Aantal casussen van ernstige en complexe woonoverlast die onder regie van de gemeente worden aangepakt "
                    + "per jaar per 1.000 inwoners",
            Unit.PER_1000_RESIDENTS, "Gemeente Almere", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER,
            ReportingCaveats.CASUSSEN_WOONOVERLAST,
            List.of(series("totaal", "Casussen onder regie van de gemeente", Unit.PER_1000_RESIDENTS, "0.4",
                    AVERAGE_2019_2022)));

    /** The lead-in of the approach ("Aanpak"). */
    static final String APPROACH_LEAD_IN = """
            Wij zetten de huidige aanpak van woonoverlast voort, bestaande uit:""";

    static final Subject SUBJECT = subject("woonoverlast", "Woonoverlast", INTRODUCTION,
            new Goal(id("woonoverlast-daalt"),
                    "Woonoverlast daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).",
                    EvaluationRule.decrease(
                            "daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)", AVERAGE_2019_2022),
                    List.of(VEEL_WOONOVERLAST, CASUSSEN_ONDER_REGIE),
                    List.of(
                            action("buurtbemiddeling", "Buurtbemiddeling door De Schoor", """
                                    Inzet van buurtbemiddeling door welzijnsstichting De Schoor bij conflicten en \
                                    overlast tussen buren.""",
                                    List.of(Partners.DE_SCHOOR), List.of(TargetGroups.ALMEERDERS)),
                            action("complexe-casussen-onder-regie",
                                    "Integrale samenwerking bij complexe casussen onder regie van de gemeente", """
                                    Integrale samenwerking bij complexe casussen tussen gemeente, politie, \
                                    woningcorporaties en hulpverlening waarbij wij de regie voeren.""",
                                    List.of(Partners.POLITIE, Partners.WONINGCORPORATIES, Partners.HULPVERLENING),
                                    List.of()),
                            action("convenanten-woonoverlast-actueel",
                                    "Convenanten en samenwerkingsafspraken actueel houden", """
                                    Het actueel houden van de convenanten en samenwerkingsafspraken tussen alle \
                                    partners.""",
                                    List.of(), List.of()),
                            action("informatiedeling-woonoverlast", "Veilige en zorgvuldige informatiedeling", """
                                    Het ondersteunen van een veilige en zorgvuldige informatiedeling tussen \
                                    partners.""",
                                    List.of(), List.of()),
                            action("trends-woonoverlast-monitoren", "Nieuwe trends en ontwikkelingen monitoren", """
                                    Het monitoren van nieuwe trends en ontwikkelingen op het gebied van overlast en \
                                    hierop anticiperen. Zo merkten wij dat tijdens de coronapandemie woonoverlast \
                                    enorm toenam. Mensen brachten meer tijd thuis door en hadden meer last van \
                                    elkaar. Ook konden kwetsbare mensen, zeker in het begin, minder goed terecht bij \
                                    hun zorg- en hulpverleners. Ook in 2022 bleef het aantal meldingen hoog, mede \
                                    omdat mensen meer tijd thuis bleven doorbrengen.""",
                                    List.of(), List.of()),
                            action("deskundigheid-partners-professionals",
                                    "Deskundigheid van partners en professionals bevorderen", """
                                    Het bevorderen van de deskundigheid van partners en professionals om de aanpak \
                                    aan te kunnen passen aan actuele trends en ontwikkelingen.""",
                                    List.of(), List.of(TargetGroups.PROFESSIONALS)),
                            action("wet-aanpak-woonoverlast", "Bestuurlijke maatregelen uit de Wet aanpak woonoverlast",
                                    """
                                    Inzet van bestuurlijke maatregelen om overlast tegen te gaan, zoals mogelijk \
                                    gemaakt in de Wet aanpak woonoverlast. In de loop van 2023 verschijnt een \
                                    evaluatie van deze wet. Wij gaan aan de slag met de aanbevelingen voor gemeenten \
                                    die hieruit komen.""",
                                    List.of(), List.of()))), APPROACH_LEAD_IN);

    private Woonoverlast() {
    }
}

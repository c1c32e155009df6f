package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.List;
import java.util.stream.Stream;

import static nl.veiligheidsagenda.theme.wijken.Elements.AVERAGE_2019_2022;
import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.series;

/**
 * Onderwerp "Veilig ondernemen". The approach opens with the aim to extend the working groups (an action), then
 * lists the working groups' agenda (one action per bullet) and ends with a reference to theme 1 (text).
 * "Zijn veiliger" states a better safety, so the goal's rule is an increase while its indicator (crime and
 * nuisance) must fall.
 */
final class VeiligOndernemen {

    private static final String INTRODUCTION = """
            In de afgelopen jaren liet de criminaliteit op bedrijventerreinen en in winkelcentra een dalende lijn \
            zien. Het aantal werkgroepen Veilig Ondernemen (voorheen Keurmerk Veilig Ondernemen) is de afgelopen \
            periode gestegen. De ervaring leert dat vooral de samenwerking tussen gemeente, ondernemers en andere \
            partners zoals Stichting Beveiliging Bedrijventerreinen Almere (SBBA) grote meerwaarde heeft voor de \
            veiligheid en leefbaarheid in winkelcentra en op bedrijventerreinen.""";

    private static final Indicator MISDRIJVEN_EN_OVERLAST = new Indicator(
            id("misdrijven-en-overlast-bedrijventerreinen-winkelcentra"),
            "Aantal geregistreerde misdrijven en overlastincidenten op bedrijventerreinen en winkelcentra per jaar "
                    + "per 1.000 bedrijfsvestigingen",
            Unit.PER_1000_BUSINESS_ESTABLISHMENTS, "Politie", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER,
            ReportingCaveats.SIGNALEN_ONDERNEMERS,
            List.of(series("bedrijventerreinen-misdrijven", "Bedrijventerreinen: misdrijven",
                            Unit.PER_1000_BUSINESS_ESTABLISHMENTS, "19", AVERAGE_2019_2022),
                    series("bedrijventerreinen-overlast", "Bedrijventerreinen: overlastincidenten",
                            Unit.PER_1000_BUSINESS_ESTABLISHMENTS, "5", AVERAGE_2019_2022),
                    series("winkelcentra-misdrijven", "Winkelcentra: misdrijven",
                            Unit.PER_1000_BUSINESS_ESTABLISHMENTS, "110", AVERAGE_2019_2022),
                    series("winkelcentra-overlast", "Winkelcentra: overlastincidenten",
                            Unit.PER_1000_BUSINESS_ESTABLISHMENTS, "50", AVERAGE_2019_2022)));

    private static final List<String> ONDERNEMERS = List.of(TargetGroups.ONDERNEMERS);

    private static final Action WERKGROEPEN_UITBREIDEN = action("werkgroepen-veilig-ondernemen-uitbreiden",
            "Werkgroepen Veilig Ondernemen uitbreiden", """
            Bij het verbeteren van de veiligheid op bedrijventerreinen en in winkelcentra werken wij via de \
            werkgroepen Veilig Ondernemen samen met ondernemers en andere partners. Wij blijven inzetten op het \
            uitbreiden van het aantal bedrijventerreinen en winkelcentra waar werkgroepen actief zijn.""",
            List.of(Partners.ONDERNEMERS), ONDERNEMERS);

    /** The working groups' agenda: one action per bullet. */
    private static final List<Action> AGENDA = List.of(
            action("samenwerking-werkgroepen-optimaliseren", "Samenwerking via de werkgroepen optimaliseren", """
                    Wij optimaliseren de samenwerking via deze werkgroepen.""",
                    List.of(), List.of()),
            action("signalen-ondernemers-delen", "Signalen en informatie van ondernemers beter delen", """
                    De mogelijkheden voor ondernemers om signalen en informatie te delen met de gemeente en politie \
                    worden verbeterd.""",
                    List.of(Partners.ONDERNEMERS, Partners.POLITIE), ONDERNEMERS),
            action("proces-aanpak-problematiek-verbeteren",
                    "Proces naar een aanpak van (gemelde) problematiek doorlichten en verbeteren", """
                    Het proces om tot een aanpak van de (gemelde) problematiek te komen wordt doorgelicht en \
                    verbeterd.""",
                    List.of(), List.of()),
            action("verplichte-bijdrage-werkgroepen-onderzoeken",
                    "Verplichte bijdrage en deelname aan de werkgroepen onderzoeken", """
                    Wij onderzoeken of een verplichte bijdrage en deelname aan de Werkgroepen Veilig Ondernemen \
                    mogelijk is.""",
                    List.of(), List.of()));

    private static final Goal GOAL = new Goal(id("bedrijventerreinen-en-winkelcentra-veiliger"),
            "Bedrijventerreinen en winkelcentra zijn veiliger dan in de voorgaande periode (2019 t/m 2022 "
                    + "gemiddeld).",
            EvaluationRule.increase("zijn veiliger dan in de voorgaande periode (2019 t/m 2022 gemiddeld)",
                    AVERAGE_2019_2022),
            List.of(MISDRIJVEN_EN_OVERLAST),
            Stream.concat(Stream.of(WERKGROEPEN_UITBREIDEN), AGENDA.stream()).toList());

    /**
     * The approach: the aim to extend the working groups, the lead-in of their agenda, the agenda, and the
     * reference to theme 1 (text with a link, not an action: 1.0.0 had it as "bedrijventerreinen-in-aanpak-
     * ondermijning").
     */
    static final Subject SUBJECT = new Subject(id("veilig-ondernemen"), "Veilig ondernemen", INTRODUCTION,
            List.of(GOAL),
            List.of(Block.ActionList.of(WERKGROEPEN_UITBREIDEN),
                    new Block.Paragraph("In de werkgroepen Veilig Ondernemen staat de komende jaren het volgende "
                            + "op de agenda:"),
                    Block.ActionList.of(AGENDA.toArray(Action[]::new)),
                    new Block.Paragraph("Binnen onze aanpak van georganiseerde ondermijnende criminaliteit is ook "
                            + "aandacht voor bedrijventerreinen (zie thema 1)."),
                    Block.Links.of(new Block.Link(Block.Link.Target.ACTION,
                            "ondermijning.bedrijventerreinen-controleren", "Thema 1: bedrijventerreinen intensiever "
                            + "controleren"))));

    private VeiligOndernemen() {
    }
}

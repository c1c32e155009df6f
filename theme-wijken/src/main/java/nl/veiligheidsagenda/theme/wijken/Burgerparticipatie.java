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

import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.series;

/**
 * Onderwerp "Burgerparticipatie". The goal names "2019 en 2021 gemiddeld", but Bijlage 2 gives 2021 as the
 * baseline of both indicators ("Data tweejaarlijks beschikbaar vanaf 2021"): the baselines follow Bijlage 2.
 */
final class Burgerparticipatie {

    private static final String INTRODUCTION = """
            Bewoners spelen een steeds grotere rol in het veiligheidsdomein. Zij zijn een belangrijke partner van \
            gemeente en politie in het tegengaan van overlast en criminaliteit. Burgers die zich actief inzetten \
            voor de veiligheid in de buurt kunnen bovendien zorgen voor een grotere sociale cohesie wat ook de \
            veiligheidsbeleving ten goede komt.

            Uit de Veiligheidsmonitor 2021 blijkt dat de burgerparticipatie in het veiligheidsdomein in Almere \
            groter is dan gemiddeld in de grote steden en ook groter dan gemiddeld in Nederland. Zo geeft 24% van de \
            Almeerders aan dat hun huishouden deelneemt aan een buurtpreventie-app tegenover 22% van alle \
            Nederlanders. Ook woont 19% van de Almeerders in een buurt waarin een burgerwacht of buurtpreventieteam \
            actief is tegenover 8% van alle Nederlanders.

            In Almere zagen we het aantal deelnemers aan buurtpreventieteams, buurtappgroepen, het Waaks-project en \
            Burgernet de afgelopen jaren toenemen. Er zijn meerdere manieren om te participeren en bewoners kiezen \
            zelf welke vorm van participatie het beste bij hen past. Bovendien nemen de manieren voor burgers om \
            zich in te zetten in het veiligheidsdomein toe. Zoals benoemd bij het thema Digitale veiligheid \
            verkennen wij een nieuwe manier van burgerparticipatie in de vorm van de Digitale Buurtambassadeur.""";

    private static final String REMARKS = "Data tweejaarlijks beschikbaar vanaf 2021";

    /** Why both baselines are 2021 alone while the goal names the average of 2019 and 2021. */
    private static final String FIRST_ASKED_IN_2021 = """
            Deze vraag van de Veiligheidsmonitor is pas vanaf 2021 beschikbaar (Bijlage 2: 'Data tweejaarlijks \
            beschikbaar vanaf 2021'): over 2019 is er geen cijfer, dus Bijlage 2 geeft de meting van 2021 als \
            nulwaarde.""";

    private static final Indicator BUURTPREVENTIE_APP = new Indicator(id("deelname-buurtpreventie-app"),
            "Aandeel bewoners (15+) waarvan iemand uit huishouden deelneemt aan buurtpreventie-app",
            Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", Cadence.biennial(2021), REMARKS,
            Direction.HIGHER_IS_BETTER, "",
            List.of(series("totaal", "Huishouden neemt deel aan buurtpreventie-app",
                    Unit.PERCENT_RESIDENTS_15_PLUS, "24", BaselinePeriod.year(2021), FIRST_ASKED_IN_2021)));

    private static final Indicator BURGERWACHT = new Indicator(id("burgerwacht-in-eigen-buurt"),
            "Aandeel bewoners (15+) dat aangeeft dat de eigen buurt een burgerwacht heeft",
            Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", Cadence.biennial(2021), REMARKS,
            Direction.HIGHER_IS_BETTER, "",
            List.of(series("totaal", "Eigen buurt heeft een burgerwacht",
                    Unit.PERCENT_RESIDENTS_15_PLUS, "19", BaselinePeriod.year(2021), FIRST_ASKED_IN_2021)));

    static final Subject SUBJECT = new Subject(id("burgerparticipatie"), "Burgerparticipatie", INTRODUCTION,
            List.of(new Goal(id("burgerparticipatie-groter"),
                    "De burgerparticipatie bij de veiligheid en leefbaarheid in de wijk is groter dan in de "
                            + "voorgaande periode (2019 en 2021 gemiddeld).",
                    EvaluationRule.increase(
                            "is groter dan in de voorgaande periode (2019 en 2021 gemiddeld)",
                            BaselinePeriod.averageOfRounds(2019, 2021)),
                    List.of(BUURTPREVENTIE_APP, BURGERWACHT),
                    List.of(action("betrokkenheid-bewoners-stimuleren",
                            "Betrokkenheid van bewoners behouden en verder stimuleren", """
                            De komende jaren zetten wij ons in om de grote betrokkenheid onder burgers te behouden \
                            en verder te stimuleren. Daarbij zijn een goede samenwerking, informatie-uitwisseling en \
                            onderling vertrouwen cruciaal. In de wijk zijn de wijkagent en de veiligheidsmanager van \
                            de gemeente eerste aanspreekpunt voor bewoners. Tussen hen is structureel contact. De \
                            buurtpreventieteams worden begeleid door een opbouwwerker van welzijnsstichting De \
                            Schoor, die ook is belast met de werving van nieuwe actieve bewoners. Wij zetten samen \
                            met de politie nieuwe trainingen op, die voor alle actieve bewoners toegankelijk zijn en \
                            waarmee wij ook nieuwe actieve bewoners werven. De manier waarop de gemeente \
                            burgerparticipatie faciliteert is vastgelegd in de ‘toolkits’, te vinden op de website \
                            veilig.almere.nl.""",
                            List.of(Partners.POLITIE, Partners.DE_SCHOOR, Partners.BEWONERS),
                            List.of(TargetGroups.ALMEERDERS))))));

    private Burgerparticipatie() {
    }
}

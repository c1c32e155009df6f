package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueValidatorTest {

    private static ThemeCatalogue withGoal(Goal goal) {
        return new ThemeCatalogue("Inleiding.", List.of(new Subject("wijken.onderwerp", "Onderwerp", "",
                List.of(goal))));
    }

    private static Indicator survey(Cadence cadence, Baseline baseline) {
        return new Indicator("wijken.onveilig", "Aandeel bewoners (15+) dat zich wel eens onveilig voelt",
                Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", cadence, "Data tweejaarlijks beschikbaar",
                Direction.LOWER_IS_BETTER, "", List.of(new Series("totaal", "Totaal",
                Unit.PERCENT_RESIDENTS_15_PLUS, baseline)));
    }

    private static Goal measurableGoal(Indicator indicator) {
        return new Goal("wijken.beleving", "De veiligheidsbeleving is beter.",
                new EvaluationRule(EvaluationRule.Kind.INCREASE_AGAINST_BASELINE, "is beter"), List.of(indicator),
                List.of());
    }

    @Test
    void acceptsAValidCatalogue() {
        assertThat(CatalogueValidator.validate("wijken", TestPlugins.validCatalogue("wijken"))).isEmpty();
    }

    @Test
    void refusesABaselineYearThatTheCadenceDoesNotMeasureNamingThemeElementAndRule() {
        Indicator biennialFrom2021 = survey(Cadence.biennial(2021),
                Baseline.of("21", BaselinePeriod.averageOfRounds(2019, 2021)));

        List<PluginProblem> problems = CatalogueValidator.validate("wijken", withGoal(measurableGoal(biennialFrom2021)));

        assertThat(problems).singleElement().extracting(PluginProblem::message).isEqualTo(
                "Thema 'wijken', element 'wijken.onveilig/totaal': het jaar 2019 van de nulwaarde is geen meetjaar"
                        + " bij meetfrequentie BIENNIAL vanaf 2021");
    }

    @Test
    void refusesAMeasurableGoalWithoutIndicatorAndAnEmptyStatement() {
        Goal goal = new Goal("wijken.leeg", " ",
                new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE, "daalt"), List.of(), List.of());

        assertThat(CatalogueValidator.validate("wijken", withGoal(goal))).extracting(PluginProblem::message)
                .containsExactly("Thema 'wijken', element 'wijken.leeg': het veld 'statement' mag niet leeg zijn",
                        "Thema 'wijken', element 'wijken.leeg': een meetbaar doel moet minstens een effectindicator"
                                + " hebben");
    }

    @Test
    void refusesDuplicateIdsAndIdsOutsideTheThemesNamespace() {
        Goal goal = new Goal("wijken.onderwerp", "Overlast daalt.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt aangepakt"), List.of(), List.of());
        ThemeCatalogue catalogue = new ThemeCatalogue("Inleiding.", List.of(
                new Subject("wijken.onderwerp", "Onderwerp", "", List.of(goal)),
                new Subject("crisis.elders", "Elders", "", List.of())));

        assertThat(CatalogueValidator.validate("wijken", catalogue)).extracting(PluginProblem::message)
                .containsExactly(
                        "Thema 'wijken', element 'wijken.onderwerp': het id komt meer dan eens voor",
                        "Thema 'wijken', element 'crisis.elders': het id moet beginnen met 'wijken.' gevolgd door"
                                + " kleine letters, cijfers en streepjes",
                        "Thema 'wijken', element 'crisis.elders': elk onderwerp moet minstens een doel hebben");
    }

    @Test
    void refusesAPercentageBaselineAbove100() {
        Indicator indicator = survey(Cadence.biennial(2019), Baseline.of("121", BaselinePeriod.year(2021)));

        assertThat(CatalogueValidator.validate("wijken", withGoal(measurableGoal(indicator))))
                .extracting(PluginProblem::message)
                .containsExactly("Thema 'wijken', element 'wijken.onveilig/totaal': een percentage kan niet boven"
                        + " 100 liggen: 121");
    }

    @Test
    void theRegistryRefusesAnInvalidThemeAloneWithTheValidatorsMessages() {
        Indicator invalid = survey(Cadence.quadrennial(2017), Baseline.of("20", BaselinePeriod.year(2019)));
        var broken = TestPlugins.plugin(new PluginDescriptor("wijken", "Veilige wijken", "1.0.0", "[1.0,2.0)", 3),
                () -> withGoal(measurableGoal(invalid)));

        PluginRegistry registry = PluginRegistry.of(List.of(broken, TestPlugins.plugin("crisis", "[1.0,2.0)")),
                nl.veiligheidsagenda.core.spi.CoreSpi.VERSION);

        assertThat(registry.accepted()).extracting(p -> p.descriptor().id()).containsExactly("crisis");
        assertThat(registry.status("wijken").orElseThrow().problems()).extracting(PluginProblem::message)
                .containsExactly("Thema 'wijken', element 'wijken.onveilig/totaal': het jaar 2019 van de nulwaarde"
                        + " is geen meetjaar bij meetfrequentie QUADRENNIAL vanaf 2017");
    }

    @Test
    void refusesAnIndicatorWithoutDirectionUnderAMeasuredGoal() {
        Indicator signal = new Indicator("wijken.meldingen", "Aantal meldingen", Unit.PER_1000_RESIDENTS,
                "Gemeente", Cadence.annual(2021), "", Direction.NOT_STATED, "", List.of(new Series("totaal",
                "Totaal", Unit.PER_1000_RESIDENTS, Baseline.of("0.3", BaselinePeriod.averageOfYears(2021, 2022)))));

        assertThat(CatalogueValidator.validate("wijken", withGoal(measurableGoal(signal))))
                .extracting(PluginProblem::message)
                .containsExactly("Thema 'wijken', element 'wijken.meldingen': een indicator van het gemeten doel"
                        + " 'wijken.beleving' moet een richting hebben (lager of hoger is beter)");
        Goal inWords = new Goal("wijken.straat", "Straatintimidatie wordt voorkomen en bestreden.",
                EvaluationRule.inWords("wordt voorkomen en bestreden"), List.of(signal), List.of());
        assertThat(CatalogueValidator.validate("wijken", withGoal(inWords))).isEmpty();
    }

    @Test
    void refusesABaselineWhosePeriodDiffersFromTheGoalsWithoutSayingWhy() {
        Indicator from2021 = survey(Cadence.biennial(2019), Baseline.of("24", BaselinePeriod.year(2021)));
        Goal goal = new Goal("wijken.participatie", "De burgerparticipatie is groter.",
                EvaluationRule.increase("is groter dan in de voorgaande periode (2019 en 2021 gemiddeld)",
                        BaselinePeriod.averageOfRounds(2019, 2021)), List.of(from2021), List.of());

        assertThat(CatalogueValidator.validate("wijken", withGoal(goal))).extracting(PluginProblem::message)
                .containsExactly("Thema 'wijken', element 'wijken.onveilig/totaal': de nulwaarde beslaat 2021, het"
                        + " doel noemt gemiddelde 2019 en 2021: geef de reden in de periodetoelichting van de"
                        + " nulwaarde");

        Indicator explained = survey(Cadence.biennial(2019),
                Baseline.of("24", BaselinePeriod.year(2021), "De vraag is voor het eerst in 2021 gesteld."));
        Goal withReason = new Goal(goal.id(), goal.statement(), goal.rule(), List.of(explained), List.of());
        assertThat(CatalogueValidator.validate("wijken", withGoal(withReason))).isEmpty();
        assertThat(withReason.periodDifferences()).singleElement().satisfies(difference -> {
            assertThat(difference.baselinePeriod()).isEqualTo(BaselinePeriod.year(2021));
            assertThat(difference.note()).isEqualTo("De vraag is voor het eerst in 2021 gesteld.");
        });
    }

    @Test
    void refusesAPeriodNoteWhereThePeriodsAgree() {
        Indicator same = survey(Cadence.biennial(2019),
                Baseline.of("21", BaselinePeriod.averageOfRounds(2019, 2021), "Overbodige toelichting."));
        Goal goal = new Goal("wijken.beleving", "De veiligheidsbeleving is beter.",
                EvaluationRule.increase("is beter dan in de voorgaande periode (2019 en 2021 gemiddeld)",
                        BaselinePeriod.averageOfRounds(2019, 2021)), List.of(same), List.of());

        assertThat(CatalogueValidator.validate("wijken", withGoal(goal))).extracting(PluginProblem::message)
                .containsExactly("Thema 'wijken', element 'wijken.onveilig/totaal': de nulwaarde heeft een"
                        + " periodetoelichting, maar beslaat dezelfde periode als het doel");
    }
}

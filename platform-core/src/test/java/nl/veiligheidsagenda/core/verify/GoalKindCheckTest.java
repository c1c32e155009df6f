package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoalKindCheckTest {

    private static Indicator indicator(Direction direction) {
        return new Indicator("wijken.meldingen", "Aantal meldingen per 1.000 inwoners", Unit.PER_1000_RESIDENTS,
                "Politie", Cadence.annual(2019), "", direction, "", List.of(new Series("totaal", "Totaal",
                Unit.PER_1000_RESIDENTS, Baseline.of("2.2", BaselinePeriod.averageOfYears(2019, 2022)))));
    }

    private static Goal goal(String statement, EvaluationRule rule, Indicator... indicators) {
        return new Goal("wijken.doel", statement, rule, List.of(indicators), List.of());
    }

    private static List<String> problems(Goal goal) {
        return GoalKindCheck.problems(new ThemeCatalogue("", List.of(new Subject("wijken.onderwerp", "Onderwerp", "",
                List.of(goal)))));
    }

    @Test
    void thePlanSentencesStandInThePlan() throws IOException {
        PlanTextCheck plan = new PlanTextCheck(Files.readString(Path.of(System.getProperty("plan.text"))));

        assertThat(List.of(GoalKindCheck.MEASURED, GoalKindCheck.IN_WORDS, GoalKindCheck.NO_INDICATOR))
                .allSatisfy(sentences -> assertThat(plan.missingPassages(new ThemeCatalogue(sentences, List.of())))
                        .isEmpty());
    }

    @Test
    void anImprovementAgainstThePreviousPeriodIsMeasured() {
        Goal goal = goal("Overlast op straat daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).",
                EvaluationRule.decrease("daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)",
                        BaselinePeriod.averageOfYears(2019, 2022)), indicator(Direction.LOWER_IS_BETTER));

        assertThat(GoalKindCheck.read(goal)).hasValue(new GoalKindCheck.Reading(GoalKind.MEASURED,
                GoalKindCheck.MEASURED));
        assertThat(problems(goal)).isEmpty();
    }

    @Test
    void preventedAndFoughtIsAccountedInWordsWithSignals() {
        Goal goal = goal("Straatintimidatie wordt voorkomen en bestreden.",
                EvaluationRule.inWords("wordt voorkomen en bestreden"), indicator(Direction.NOT_STATED));

        assertThat(GoalKindCheck.read(goal)).hasValueSatisfying(
                reading -> assertThat(reading.kind()).isEqualTo(GoalKind.ACCOUNTED_IN_WORDS));
        assertThat(problems(goal)).isEmpty();
    }

    @Test
    void aGoalWithoutIndicatorIsAccountedInWords() {
        Goal goal = goal("Jongeren volgen onderwijs in een veilige omgeving.",
                EvaluationRule.inWords("volgen onderwijs in een veilige omgeving"));

        assertThat(GoalKindCheck.read(goal)).hasValue(new GoalKindCheck.Reading(GoalKind.ACCOUNTED_IN_WORDS,
                GoalKindCheck.NO_INDICATOR));
    }

    @Test
    void findsAGoalDeclaredAgainstItsWording() {
        Goal measuredInWords = goal("Mensenhandel wordt aangepakt.",
                new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE, "wordt aangepakt"),
                indicator(Direction.LOWER_IS_BETTER));
        Goal signalWithDirection = goal("Mensenhandel wordt aangepakt.", EvaluationRule.inWords("wordt aangepakt"),
                indicator(Direction.LOWER_IS_BETTER));
        Goal wrongPeriod = goal("Woonoverlast daalt ten opzichte van de voorgaande periode (2019 t/m 2022 "
                + "gemiddeld).", EvaluationRule.increase("daalt", BaselinePeriod.averageOfRounds(2017, 2021)),
                indicator(Direction.NOT_STATED));

        assertThat(problems(measuredInWords)).containsExactly(
                "wijken.doel: declared MEASURED, the plan's wording makes it ACCOUNTED_IN_WORDS");
        assertThat(problems(signalWithDirection)).containsExactly(
                "wijken.meldingen: a signal of a goal accounted in words, but declares LOWER_IS_BETTER");
        assertThat(problems(wrongPeriod)).containsExactly(
                "wijken.doel: the wording makes the rule DECREASE_AGAINST_BASELINE, declared INCREASE_AGAINST_BASELINE",
                "wijken.doel: the statement names the years [2019, 2020, 2021, 2022], the rule's stated period "
                        + "[2017, 2021]",
                "wijken.meldingen: an indicator of a measured goal without direction");
    }

    @Test
    void aWordingOutsideThePlansFormulationsIsReported() {
        Goal goal = goal("Er gebeurt iets.", EvaluationRule.inWords("gebeurt iets"), indicator(Direction.NOT_STATED));

        assertThat(GoalKindCheck.read(goal)).isEmpty();
        assertThat(problems(goal)).containsExactly("wijken.doel: the wording matches none of the plan's formulations");
    }
}

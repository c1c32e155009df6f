package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.verify.GoalKindCheck;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.digitaal.DigitaalCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Theme 2's goals by the plan's rule for their wording (Inleiding, "Doelen en effectindicatoren"). */
class DigitaalGoalKindsTest {

    @Test
    void digitalCrimeIsMeasuredAndOnlineDisturbancesAreAccountedInWords() {
        assertThat(GoalKindCheck.problems(CATALOGUE)).isEmpty();
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::kind).containsExactly(
                tuple("digitaal.digitale-criminaliteit-daalt", GoalKind.MEASURED),
                tuple("digitaal.ordeverstoringen-voorkomen-en-aanpakken", GoalKind.ACCOUNTED_IN_WORDS));
    }

    @Test
    void theVictimSurveysBaselineSaysWhyItIs2021Alone() {
        Goal goal = CATALOGUE.goal("digitaal.digitale-criminaliteit-daalt").orElseThrow();

        assertThat(goal.periodDifferences()).singleElement().satisfies(difference -> {
            assertThat(difference.indicator().id()).isEqualTo("digitaal.slachtoffers-digitale-criminaliteit");
            assertThat(difference.goalPeriod().label()).isEqualTo("gemiddelde 2019-2022");
            assertThat(difference.baselinePeriod().label()).isEqualTo("2021");
            assertThat(difference.note()).contains("tweejaarlijks vanaf 2021");
        });
    }
}

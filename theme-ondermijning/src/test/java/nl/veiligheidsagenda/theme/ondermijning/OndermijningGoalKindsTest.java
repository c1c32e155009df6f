package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.verify.GoalKindCheck;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.ondermijning.OndermijningCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Theme 1's goals by the plan's rule for their wording (Inleiding, "Doelen en effectindicatoren"). */
class OndermijningGoalKindsTest {

    @Test
    void everyGoalIsAccountedInWordsAsItsWordingSays() {
        assertThat(GoalKindCheck.problems(CATALOGUE)).isEmpty();
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::kind, goal -> goal.rule().wording()).containsExactly(
                tuple("ondermijning.georganiseerde-criminaliteit-voorkomen-en-bestrijden", GoalKind.ACCOUNTED_IN_WORDS,
                        "wordt voorkomen en bestreden"),
                tuple("ondermijning.jonge-aanwas-voorkomen-en-bestrijden", GoalKind.ACCOUNTED_IN_WORDS,
                        "wordt voorkomen en bestreden"),
                tuple("ondermijning.mensenhandel-aanpakken", GoalKind.ACCOUNTED_IN_WORDS, "wordt aangepakt"));
    }

    @Test
    void everyIndicatorIsASignalWithoutDirection() {
        assertThat(CATALOGUE.indicators()).hasSize(7).extracting(Indicator::direction)
                .containsOnly(Direction.NOT_STATED);
    }
}

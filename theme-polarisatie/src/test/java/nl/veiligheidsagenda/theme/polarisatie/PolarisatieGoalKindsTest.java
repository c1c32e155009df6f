package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.verify.GoalKindCheck;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.polarisatie.PolarisatieCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Theme 4's goals by the plan's rule for their wording (Inleiding, "Doelen en effectindicatoren"). */
class PolarisatieGoalKindsTest {

    @Test
    void bothGoalsAreAccountedInWords() {
        assertThat(GoalKindCheck.problems(CATALOGUE)).isEmpty();
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::kind).containsExactly(
                tuple("polarisatie.polarisatie-en-onrust-herkend", GoalKind.ACCOUNTED_IN_WORDS),
                tuple("polarisatie.radicalisering-herkend", GoalKind.ACCOUNTED_IN_WORDS));
    }
}

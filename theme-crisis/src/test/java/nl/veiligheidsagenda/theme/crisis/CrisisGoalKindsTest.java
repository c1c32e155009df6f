package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.verify.GoalKindCheck;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.crisis.CrisisCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Theme 5's goals by the plan's rule for their wording (Inleiding, "Doelen en effectindicatoren"). */
class CrisisGoalKindsTest {

    @Test
    void bothGoalsAreAccountedInWords() {
        assertThat(GoalKindCheck.problems(CATALOGUE)).isEmpty();
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::kind).containsExactly(
                tuple("crisis.situatie-snel-beheersbaar", GoalKind.ACCOUNTED_IN_WORDS),
                tuple("crisis.risicovolle-situaties-beperkt", GoalKind.ACCOUNTED_IN_WORDS));
    }
}

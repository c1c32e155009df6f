package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.crisis.CrisisCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The texts of the theme's pages stand in the adopted plan too (the plugin contract checks all other texts). */
class PlanTextTest {

    private static final PlanTextCheck PLAN = PlanTextCheck.fromBuild();

    @Test
    void textPagesAreThePlansOwnWords() {
        assertThat(CATALOGUE.pages()).flatExtracting(page -> PLAN.missingSentences(page.path(), page.introduction()))
                .isEmpty();
    }
}

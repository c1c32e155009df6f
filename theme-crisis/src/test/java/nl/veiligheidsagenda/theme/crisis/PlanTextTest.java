package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static nl.veiligheidsagenda.theme.crisis.CrisisCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the theme stands in the adopted plan: no paraphrase. */
class PlanTextTest {

    private static PlanTextCheck plan;

    @BeforeAll
    static void readThePlan() throws IOException {
        plan = new PlanTextCheck(Files.readString(Path.of(System.getProperty("plan.text"))));
    }

    @Test
    void introductionsStatementsAndActionsAreThePlansOwnWords() {
        assertThat(plan.missingPassages(CATALOGUE)).isEmpty();
    }

    @Test
    void textPagesAreThePlansOwnWords() {
        for (ThemePage page : CATALOGUE.pages()) {
            assertThat(Arrays.stream(page.introduction().split("(?<=[.!?;:])\\s+"))
                    .filter(sentence -> !plan.contains(sentence)))
                    .as(page.path()).isEmpty();
        }
    }

    @Test
    void aChangedWordIsNoticed() {
        assertThat(plan.contains("Wij zijn organisatorisch goed voorbereid op een ramp, crisis of incident."))
                .isFalse();
    }
}

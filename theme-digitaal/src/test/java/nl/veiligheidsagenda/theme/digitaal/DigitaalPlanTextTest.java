package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static nl.veiligheidsagenda.theme.digitaal.DigitaalCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The theme's texts are the adopted plan's own words: no paraphrase. */
class DigitaalPlanTextTest {

    @Test
    void every_sentence_of_introductions_statements_and_actions_stands_in_the_plan() throws IOException {
        PlanTextCheck check = new PlanTextCheck(Files.readString(Path.of(System.getProperty("plan.text"))));

        assertThat(check.missingPassages(CATALOGUE)).isEmpty();
    }

    @Test
    void context_figure_descriptions_stand_in_the_plan_too() throws IOException {
        PlanTextCheck check = new PlanTextCheck(Files.readString(Path.of(System.getProperty("plan.text"))));

        assertThat(CATALOGUE.contextFigures())
                .allSatisfy(figure -> assertThat(check.contains(figure.description()))
                        .as(figure.id()).isTrue());
    }
}

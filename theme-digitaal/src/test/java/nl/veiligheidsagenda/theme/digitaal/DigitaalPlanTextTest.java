package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
    void actions_list_only_the_partners_and_target_groups_their_own_text_names() {
        NamesCheck names = NamesCheck.withCommonWords(Map.of(
                "Almeerders", List.of("burgers", "buurtgenoten"),
                "Bewoners", List.of("vrijwilligers"),
                "Jongerenwerk", List.of("jongerenwerk")));
        // The plan puts the communication bullet under its heading "Almeerders:", which names the group for it.
        assertThat(names.unnamed(CATALOGUE)).containsExactly("digitaal.communicatie-cyberweerbaarheid: Almeerders");
    }

    @Test
    void context_figure_descriptions_stand_in_the_plan_too() throws IOException {
        PlanTextCheck check = new PlanTextCheck(Files.readString(Path.of(System.getProperty("plan.text"))));

        assertThat(CATALOGUE.contextFigures())
                .allSatisfy(figure -> assertThat(check.contains(figure.description()))
                        .as(figure.id()).isTrue());
    }
}

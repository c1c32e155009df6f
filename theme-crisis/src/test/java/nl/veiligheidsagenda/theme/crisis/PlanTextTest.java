package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
            assertThat(page.content().stream().flatMap(block -> switch (block) {
                case Block.Paragraph paragraph -> Stream.of(paragraph.text());
                case Block.ItemList list -> list.items().stream();
                default -> Stream.<String>empty();
            }).flatMap(text -> Arrays.stream(text.split("(?<=[.!?;:])\\s+")))
                    .filter(sentence -> !plan.contains(sentence)))
                    .as(page.path()).isEmpty();
        }
    }

    @Test
    void actionsListOnlyThePartnersAndTargetGroupsTheirOwnTextNames() {
        NamesCheck names = NamesCheck.withCommonWords(Map.of(
                "Almeerders", List.of("inwoners"),
                "Veiligheidsregio Flevoland", List.of("veiligheidsregio"),
                "Brandweer", List.of("brandweerzorg", "brandweerkazernes"),
                "Rijksoverheid", List.of("rijk"),
                "Gemeente Zeewolde", List.of("zeewolde"),
                "Organisatoren", List.of("organisator", "evenementenorganisaties")));
        assertThat(names.unnamed(CATALOGUE)).isEmpty();
    }

    @Test
    void aChangedWordIsNoticed() {
        assertThat(plan.contains("Wij zijn organisatorisch goed voorbereid op een ramp, crisis of incident."))
                .isFalse();
    }
}

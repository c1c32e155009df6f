package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.veiligheidsagenda.theme.crisis.CrisisCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the theme's pages stand in the adopted plan too, and each action names only the partners and target
 * groups its own text names (the plugin contract checks all other texts).
 */
class PlanTextTest {

    private static final PlanTextCheck PLAN = PlanTextCheck.fromBuild();

    @Test
    void textPagesAreThePlansOwnWords() {
        for (ThemePage page : CATALOGUE.pages()) {
            assertThat(page.content().stream().flatMap(block -> switch (block) {
                case Block.Paragraph paragraph -> Stream.of(paragraph.text());
                case Block.ItemList list -> list.items().stream();
                default -> Stream.<String>empty();
            }).flatMap(text -> PLAN.missingSentences(page.path(), text).stream())).as(page.path()).isEmpty();
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
        assertThat(PLAN.missingSentences("test", "Wij zijn organisatorisch goed voorbereid op een ramp, crisis of "
                + "incident.")).hasSize(1);
    }
}

package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.veiligheidsagenda.theme.ondermijning.OndermijningCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action headings are the plan's own words and the texts carry no leftovers of the extracted text (the plugin
 * contract checks that every quoted sentence stands in the plan).
 */
class OndermijningPlanTextTest {

    private static final PlanTextCheck PLAN = PlanTextCheck.fromBuild();

    private static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(CATALOGUE.introduction());
        CATALOGUE.subjects().forEach(subject -> texts.add(subject.introduction()));
        CATALOGUE.goals().forEach(goal -> texts.add(goal.statement()));
        CATALOGUE.actions().forEach(action -> {
            texts.add(action.description());
            action.parts().forEach(part -> texts.add(part.description()));
        });
        return texts;
    }

    @Test
    void takesThePlansHeadingsFromThePlan() {
        Stream.of("Intensiveren bestaande aanpak", "Weerbare overheid", "Communiceren over aanpak en resultaten",
                        "Bedrijventerreinen intensiever controleren",
                        "Outlaw Motorcycle Gangs (in combinatie met horeca)",
                        "Verkenning van de thema’s criminele geldstromen, vastgoedfraude en transport",
                        "Milieucriminaliteit", "Preventie met gezag", "Regionaal Ambitieplan Mensenhandel Flevoland 2022")
                .forEach(text -> assertThat(PLAN.contains(text)).as(text).isTrue());
    }

    @Test
    void listsOnlyThePartnersAndTargetGroupsAnActionsOwnTextNames() {
        NamesCheck names = NamesCheck.withCommonWords(Map.of(
                "Almeerders", List.of("bewoners", "inwoners"),
                "Ambtenaren en bestuurders", List.of("ambtenaren", "bestuurders"),
                "Jeugdgezondheidszorg", List.of(),
                "Zorgcoördinator Mensenhandel", List.of("zorgcoördinator mensenhandel"),
                "Flevolandse gemeenten", List.of(),
                "Wijkteams", List.of("lokale wijkteams")));
        assertThat(names.unnamed(CATALOGUE)).isEmpty();
    }

    @Test
    void leavesNoLineBreakHyphenationOrDoubleSpaces() {
        assertThat(allTexts()).allSatisfy(text -> assertThat(text)
                .isEqualTo(text.strip())
                .doesNotContain("  ")
                .doesNotContainPattern("[a-z]- (?!en |of )[a-z]")
                .doesNotContain("\n\n\n"));
    }

    @Test
    void dropsFootnoteReferenceDigits() {
        assertThat(allTexts()).allSatisfy(text -> assertThat(text)
                .doesNotContain("Opiumwet2", "Bibobbeleid3", "factor.4", "boa’s5", "Almere.1"));
    }

    @Test
    void undoesTheHyphenationOfWordsBrokenAtALineEnd() {
        String texts = String.join("\n", allTexts());
        assertThat(texts).contains("coalitieakkoord milieucriminaliteit naar voren", "(2023-2024)", "proces-verbaal",
                "toezicht en/of betrokkenheid", "ondermijnende (drugs)criminaliteit");
    }
}

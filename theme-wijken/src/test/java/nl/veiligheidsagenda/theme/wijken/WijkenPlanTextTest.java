package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.veiligheidsagenda.theme.wijken.WijkenCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures' labels and the pages' texts stand in the adopted plan too (the plugin contract checks the other
 * texts), without the extracted text's footnote numbers and hyphenation.
 */
class WijkenPlanTextTest {

    private static final PlanTextCheck PLAN = PlanTextCheck.fromBuild();

    @Test
    void startsTheIntroductionWithTheParagraphUnderTheThemesTitle() {
        assertThat(CATALOGUE.introduction()).startsWith("Als dicht bij huis of zelfs binnenshuis criminaliteit of "
                + "overlast plaatsvindt, raakt dat mensen direct.");
        assertThat(CATALOGUE.introduction()).endsWith("Tegelijkertijd brengen wij op enkele belangrijke onderdelen "
                + "focus aan in de aanpak.");
    }

    @Test
    void takesTheFiguresLabelsAndThePagesIntroductionsFromThePlan() {
        assertThat(CATALOGUE.contextFigures().stream().flatMap(figure -> figure.points().stream())
                .map(ContextFigure.DataPoint::label)).allMatch(PLAN::contains);
        assertThat(CATALOGUE.pages().stream().flatMap(page -> page.content().stream()
                .filter(Block.Paragraph.class::isInstance).map(block -> ((Block.Paragraph) block).text())
                .flatMap(text -> PLAN.missingSentences(page.path(), text).stream()))).isEmpty();
    }

    @Test
    void listsOnlyThePartnersAndTargetGroupsAnActionsOwnTextNames() {
        NamesCheck names = NamesCheck.withCommonWords(Map.of(
                "Almeerders", List.of("bewoners", "inwoners", "burgers", "iedereen", "mensen", "buren"),
                "Professionals", List.of("collega"),
                "Scholen", List.of("schoolveiligheidsnetwerken"),
                "Daders", List.of("plegen"),
                "Bewoners", List.of("actieve bewoners", "bewoners"),
                "Woningcorporaties", List.of(),
                "Hulpverlening", List.of("hulpverlening"),
                "Personen met verward gedrag", List.of("verward of onbegrepen gedrag", "verward gedrag"),
                "Verslaafden", List.of("verslaving"),
                "Omstanders", List.of()));
        assertThat(names.unnamed(CATALOGUE)).isEmpty();
    }

    @Test
    void dropsTheFootnoteNumbersAndUndoesLineBreakHyphenation() {
        assertThat(CATALOGUE.subjects().getFirst().introduction())
                .contains("steeds veiliger zijn gaan voelen in Almere. Toch blijkt uit het EMMA-onderzoek")
                .doesNotContain("Almere.13");
        assertThat(CATALOGUE.subjects().get(1).introduction())
                .contains("blijkt dat de burgerparticipatie in het veiligheidsdomein")
                .contains("deelnemers aan buurtpreventieteams");
        assertThat(CATALOGUE.actions()).extracting(action -> action.description())
                .noneMatch(description -> description.matches("(?s).*[a-zë]- (?!en\\b|of\\b)[a-z].*"));
    }
}

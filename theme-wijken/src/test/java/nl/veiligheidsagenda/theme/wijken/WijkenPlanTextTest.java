package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static nl.veiligheidsagenda.theme.wijken.WijkenCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's texts stand in the adopted plan: no paraphrase. */
class WijkenPlanTextTest {

    /** Passages are checked sentence by sentence, as {@link PlanTextCheck#missingPassages} does. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+");

    private static PlanTextCheck plan;

    @BeforeAll
    static void readPlan() throws IOException {
        plan = new PlanTextCheck(Files.readString(Path.of(System.getProperty("plan.text"))));
    }

    @Test
    void takesTheIntroductionsStatementsAndActionsVerbatimFromThePlan() {
        assertThat(plan.missingPassages(CATALOGUE)).isEmpty();
    }

    @Test
    void startsTheIntroductionWithTheParagraphUnderTheThemesTitle() {
        assertThat(CATALOGUE.introduction()).startsWith("Als dicht bij huis of zelfs binnenshuis criminaliteit of "
                + "overlast plaatsvindt, raakt dat mensen direct.");
        assertThat(CATALOGUE.introduction()).endsWith("Tegelijkertijd brengen wij op enkele belangrijke onderdelen "
                + "focus aan in de aanpak.");
    }

    @Test
    void namesTheIndicatorsAsThePlanDoes() {
        assertThat(CATALOGUE.indicators().map(Indicator::name)).allMatch(plan::contains);
    }

    @Test
    void takesTheFiguresDescriptionsAndLabelsAndThePagesIntroductionsFromThePlan() {
        assertThat(CATALOGUE.contextFigures().stream().map(ContextFigure::description)
                .flatMap(SENTENCE_END::splitAsStream)).allMatch(plan::contains);
        assertThat(CATALOGUE.contextFigures().stream().flatMap(figure -> figure.points().stream())
                .map(ContextFigure.DataPoint::label)).allMatch(plan::contains);
        assertThat(CATALOGUE.pages().stream().flatMap(page -> page.content().stream())
                .filter(Block.Paragraph.class::isInstance).map(block -> ((Block.Paragraph) block).text())
                .flatMap(SENTENCE_END::splitAsStream)).allMatch(plan::contains);
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

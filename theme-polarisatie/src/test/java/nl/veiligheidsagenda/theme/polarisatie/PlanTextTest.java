package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.verify.NamesCheck;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static nl.veiligheidsagenda.theme.polarisatie.PolarisatieCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures' titles, the pages' texts and the approaches' lead-ins stand in the adopted plan word for word (the
 * plugin contract checks the other texts), and Bijlage 2 has no indicator for theme 4.
 */
class PlanTextTest {

    private static final PlanTextCheck PLAN = PlanTextCheck.fromBuild();

    @Test
    void contextFigureAndPageTextsAreThePlansOwnWords() {
        CATALOGUE.contextFigures().forEach(figure -> assertThat(PLAN.contains(figure.title())).as(figure.title())
                .isTrue());
        CATALOGUE.pages().forEach(page -> assertThat(PLAN.contains(page.introduction())).as(page.path()).isTrue());
    }

    @Test
    void approachLeadInsAreThePlansOwnWords() {
        assertThat(CATALOGUE.subjects()).allSatisfy(subject ->
                assertThat(PLAN.contains(subject.approachLeadIn())).as(subject.id()).isTrue());
    }

    @Test
    void actionsListOnlyThePartnersAndTargetGroupsTheirOwnTextNames() {
        NamesCheck names = NamesCheck.withCommonWords(Map.of(
                "Almeerders", List.of("iedereen"),
                "Veiligheidspartners", List.of(),
                "Radicaliserende personen", List.of()));
        assertThat(names.unnamed(CATALOGUE)).isEmpty();
    }

    @Test
    void bijlageTwoListsNoEffectIndicatorForEitherSubjectOfThemeFour() throws IOException {
        String planText = Files.readString(Path.of(System.getProperty("plan.text")));
        int start = planText.indexOf("THEMA 4. MAATSCHAPPELIJKE ONRUST, POLARISATIE EN RADICALISERING");
        int end = planText.indexOf("THEMA 5. CRISISBEHEERSING", start);
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String annex = planText.substring(start, end).replaceAll("\\s+", " ");
        assertThat(annex)
                .contains("Polarisatie en maatschappelijke onrust Geen effectindicator - - -")
                .contains("Radicalisering en extremisme Geen effectindicator - - -");
        assertThat(CATALOGUE.indicators()).isEmpty();
    }
}

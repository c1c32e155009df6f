package nl.veiligheidsagenda.theme.polarisatie;

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

import static nl.veiligheidsagenda.theme.polarisatie.PolarisatieCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's texts stand in the adopted plan word for word, and Bijlage 2 has no indicator for theme 4. */
class PlanTextTest {

    /**
     * A page break of the extracted text: the page number, blank lines and the running header ("THEMA 4 - …").
     * PlanTextCheck (core 1.0) compares these letters too, so a sentence that runs across a page break is not found.
     */
    private static final Pattern PAGE_BREAK = Pattern.compile("\\n\\d{1,3}[ \\t]*\\n\\s*THEMA \\d+ - [^\\n]*\\n");

    private static String planText;
    private static PlanTextCheck plan;
    private static PlanTextCheck planWithoutPageBreaks;

    @BeforeAll
    static void readPlan() throws IOException {
        planText = Files.readString(Path.of(System.getProperty("plan.text")));
        plan = new PlanTextCheck(planText);
        planWithoutPageBreaks = new PlanTextCheck(PAGE_BREAK.matcher(planText).replaceAll("\n"));
    }

    @Test
    void introductionsStatementsAndActionsAreThePlansOwnWords() {
        assertThat(planWithoutPageBreaks.missingPassages(CATALOGUE)).isEmpty();
    }

    @Test
    void onTheRawTextOnlyTheSentenceAcrossThePageBreakAfterPage19IsMissed() {
        // Plan lines 1677-1687: "Wij zetten" | 19 | THEMA 4 - MAATSCHAPPELIJKE ONRUST, … | "in op het beter …".
        assertThat(plan.missingPassages(CATALOGUE)).isSubsetOf(List.of(
                "polarisatie.signalen-onrust-herkennen: Wij zetten in op het beter en eerder herkennen van signalen "
                        + "van polarisatie en maatschappelijke onrust door professionals."));
    }

    @Test
    void contextFigureAndPageTextsAreThePlansOwnWords() {
        CATALOGUE.contextFigures().forEach(figure -> {
            assertThat(plan.contains(figure.title())).as(figure.title()).isTrue();
            assertThat(plan.contains(figure.description())).as(figure.description()).isTrue();
        });
        CATALOGUE.pages().forEach(page -> assertThat(plan.contains(page.introduction())).as(page.path()).isTrue());
    }

    @Test
    void approachLeadInsAreThePlansOwnWords() {
        assertThat(CATALOGUE.subjects()).allSatisfy(subject ->
                assertThat(plan.contains(subject.approachLeadIn())).as(subject.id()).isTrue());
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
    void theCheckWouldNoticeAParaphrase() {
        assertThat(plan.contains("Polarisatie en maatschappelijke onrust in Almere worden herkend en bestreden."))
                .isFalse();
    }

    @Test
    void bijlageTwoListsNoEffectIndicatorForEitherSubjectOfThemeFour() {
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

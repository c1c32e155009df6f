package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemePage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.veiligheidsagenda.theme.polarisatie.PolarisatieCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What theme 4 of the plan contains, checked element by element against the plan (lines 1597-1798, Bijlage 2). */
class PolarisatieCatalogueTest {

    /*
     * How the plan was counted:
     * - subjects: the two bullets under "ONDERWERPEN" (Polarisatie en maatschappelijke onrust; Radicalisering en
     *   extremisme), each with one "DOEL:" line, so two goals;
     * - indicators and series: none; both goals say "Geen effectindicatoren beschikbaar" and Bijlage 2 lists
     *   "Geen effectindicator" for both subjects;
     * - actions: one per ■ bullet under "Aanpak": 3 under the first goal, 5 under the second (neither approach
     *   has sub-headed paragraphs);
     * - context figures: the chart "Aantal manifestaties in Almere waarbij OOV-advies werd gevraagd" (values from
     *   the text), shown on one extra page.
     */
    @Test
    void themeHasTwoSubjectsTwoGoalsNoIndicatorsEightActionsAndOneContextFigure() {
        assertThat(CATALOGUE.subjects()).hasSize(2);
        assertThat(CATALOGUE.goals()).hasSize(2);
        assertThat(CATALOGUE.indicators()).isEmpty();
        assertThat(CATALOGUE.indicators().flatMap(indicator -> indicator.series().stream())).isEmpty();
        assertThat(CATALOGUE.actions()).hasSize(8);
        assertThat(CATALOGUE.goal(PolarisatieCatalogue.GOAL_POLARISATIE).orElseThrow().actions()).hasSize(3);
        assertThat(CATALOGUE.goal(PolarisatieCatalogue.GOAL_RADICALISERING).orElseThrow().actions()).hasSize(5);
        assertThat(CATALOGUE.contextFigures()).hasSize(1);
        assertThat(CATALOGUE.pages()).hasSize(1);
    }

    @Test
    void subjectsFollowThePlansOrderWithTheirNames() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::id, Subject::name).containsExactly(
                tuple("polarisatie.polarisatie-en-onrust", "Polarisatie en maatschappelijke onrust"),
                tuple("polarisatie.radicalisering-en-extremisme", "Radicalisering en extremisme"));
    }

    @Test
    void goalStatementsAreThePlansWordsInSentenceCase() {
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::statement).containsExactly(
                tuple("polarisatie.polarisatie-en-onrust-herkend",
                        "Polarisatie en maatschappelijke onrust in Almere worden herkend en aangepakt."),
                tuple("polarisatie.radicalisering-herkend",
                        "Radicalisering en extremisme in Almere worden herkend en aangepakt."));
    }

    @Test
    void bothGoalsAreQualitativeAndReportedInWords() {
        assertThat(CATALOGUE.goals()).allSatisfy(goal -> {
            assertThat(goal.reportedInWords()).isTrue();
            assertThat(goal.rule().kind()).isEqualTo(EvaluationRule.Kind.QUALITATIVE);
            assertThat(goal.rule().measurable()).isFalse();
            assertThat(goal.rule().wording()).isEqualTo("worden herkend en aangepakt");
            assertThat(goal.statement()).contains(goal.rule().wording());
        });
    }

    @Test
    void themeIntroductionIsTheParagraphUnderTheThemeTitle() {
        assertThat(CATALOGUE.introduction())
                .startsWith("De laatste jaren is landelijk steeds meer aandacht voor polarisatie,")
                .endsWith("kunnen leiden tot radicalisering en extreem gedachtegoed.");
    }

    @Test
    void subjectIntroductionsRunFromTheHeadingToTheGoalWithoutFootnoteNumbers() {
        Subject polarisatie = CATALOGUE.subjects().get(0);
        assertThat(polarisatie.introduction())
                .startsWith("Polarisatie is een groeiend wij-zij denken.")
                .contains("beschreven dat polarisatie toeneemt. Uit recent onderzoek van het SCP")
                .contains("voor toenemend anti-overheidsdenken. Door de coronacrisis")
                .endsWith("Soms spelen complottheorieën een rol in dit denken.")
                .doesNotContainPattern("[a-z.]\\d{2}\\b");
        assertThat(polarisatie.introduction().split("\n\n")).hasSize(2);

        Subject radicalisering = CATALOGUE.subjects().get(1);
        assertThat(radicalisering.introduction())
                .startsWith("Als (jonge) mensen het gevoel hebben dat iets van grote waarde wordt bedreigd,")
                .contains("links-extremisme, rechts-extremisme, anti-overheidsextremisme en religieus extremisme.")
                .endsWith("(onder andere in het onderwijs en bij zorgpartners).");
        assertThat(radicalisering.introduction().split("\n\n")).hasSize(2);
    }

    @Test
    void actionsNameThePartnersAndTargetGroupsOfThePlan() {
        assertThat(CATALOGUE.actions()).extracting(Action::id, Action::partners, Action::targetGroups)
                .containsExactly(
                        tuple("polarisatie.signalen-onrust-herkennen", List.of("Maatschappelijke partners"),
                                List.of("Professionals")),
                        tuple("polarisatie.veiligheidsadvies-manifestaties", List.of("Veiligheidspartners"),
                                List.of()),
                        tuple("polarisatie.sociale-cohesie-versterken", List.of(), List.of("Almeerders")),
                        tuple("polarisatie.kennis-extremisme-verbeteren",
                                List.of("Gemeenteraad", "Maatschappelijke partners"), List.of()),
                        tuple("polarisatie.weerbaarheid-jongeren", List.of("Scholen"), List.of("Jeugd")),
                        tuple("polarisatie.deskundigheid-professionals", List.of(), List.of("Professionals")),
                        tuple("polarisatie.regionale-meldstructuur", List.of(), List.of("Professionals")),
                        tuple("polarisatie.persoonsgerichte-aanpak",
                                List.of("Zorg- en Veiligheidshuis Flevoland", "Politie", "Openbaar Ministerie",
                                        "Raad voor de Kinderbescherming", "Reclassering Nederland"),
                                List.of("Radicaliserende personen")));
    }

    @Test
    void noActionHasATimeFrameBecauseThePlanGivesNone() {
        assertThat(CATALOGUE.actions()).extracting(Action::horizon).containsOnly("");
    }

    @Test
    void actionTitlesAreShort() {
        assertThat(CATALOGUE.actions()).allSatisfy(action -> assertThat(action.title()).hasSizeLessThanOrEqualTo(70));
    }

    @Test
    void approachDescriptionsAreTheBulletsWithoutTheirMarker() {
        assertThat(CATALOGUE.actions()).allSatisfy(action -> assertThat(action.description())
                .doesNotContain("■").doesNotContain("\n").endsWith("."));
        assertThat(CATALOGUE.actions().filter(action -> action.id().endsWith("veiligheidsadvies-manifestaties"))
                .findFirst().orElseThrow().description()).isEqualTo(
                "Wij zien samen met onze veiligheidspartners toe op de openbare orde en veiligheid bij manifestaties. "
                        + "Dit doen wij door het geven van veiligheidsadvies bij manifestaties. Wanneer nodig nemen "
                        + "wij maatregelen om manifestaties zonder ordeverstoringen te laten verlopen. Voor meer "
                        + "informatie, zie het thema Crisisbeheersing.");
    }

    @Test
    void eachApproachOpensWithItsLeadInThenItsBullets() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::approachLeadIn).allSatisfy(leadIn ->
                assertThat(leadIn).isNotBlank());
        assertThat(CATALOGUE.subjects().get(1).approachLeadIn())
                .isEqualTo("Wij werken aan het herkennen en aanpakken van radicalisering en extremisme in Almere "
                        + "door kennisvermeerdering en een combinatie van preventieve en repressieve maatregelen:");
        assertThat(CATALOGUE.subjects().getFirst().approach()).hasSize(2);
        assertThat(CATALOGUE.actions()).extracting(Action::titleOrigin).containsOnly(Action.TitleOrigin.OURS);
    }

    @Test
    void linksTheActionsThePlanAlsoDescribesInOtherThemes() {
        assertThat(CATALOGUE.action("polarisatie.veiligheidsadvies-manifestaties").orElseThrow().seeAlso())
                .containsExactly("crisis.veilige-manifestaties");
        assertThat(CATALOGUE.action("polarisatie.signalen-onrust-herkennen").orElseThrow().seeAlso())
                .containsExactly("digitaal.aanpak-ordeverstoringen-verkennen");
    }

    @Test
    void demonstrationsWithPublicOrderAdviceAreCountedPerYearFromMunicipalData() {
        ContextFigure figure = CATALOGUE.contextFigure("polarisatie.manifestaties-oov-advies").orElseThrow();
        assertThat(figure.title()).isEqualTo("Aantal manifestaties in Almere waarbij OOV-advies werd gevraagd");
        assertThat(figure.source()).isEqualTo("Gemeente Almere");
        assertThat(figure.unit()).isEqualTo("aantal");
        assertThat(figure.points()).extracting(ContextFigure.DataPoint::label, ContextFigure.DataPoint::value)
                .containsExactly(
                        tuple("2019", new BigDecimal("9")),
                        tuple("2020", new BigDecimal("16")),
                        tuple("2021", new BigDecimal("27")),
                        tuple("2022", new BigDecimal("25")));
    }

    @Test
    void demonstrationsPageShowsTheDemonstrationsFigure() {
        assertThat(CATALOGUE.pages()).singleElement().satisfies(page -> {
            assertThat(page.path()).isEqualTo("manifestaties");
            assertThat(page.title()).isEqualTo("Manifestaties per jaar");
            assertThat(page.contextFigureIds()).containsExactly("polarisatie.manifestaties-oov-advies");
            assertThat(page.introduction()).isNotBlank();
        });
        assertThat(CATALOGUE.pages()).extracting(ThemePage::path).doesNotHaveDuplicates();
    }
}

package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.veiligheidsagenda.theme.wijken.WijkenCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

class WijkenCatalogueTest {

    /*
     * Counted in the plan, theme 3 (the text from "Thema 3 / Veilige wijken" up to "Thema 4") and Bijlage 2:
     * - subjects: the nine bullets under "ONDERWERPEN";
     * - goals: one "DOEL:" per subject, nine;
     * - indicators: the bullets under "Effectindicator(en):" (1+2+2+1+2+1+2+0+1 = 12), the rows of Bijlage 2;
     * - series: one per figure in Bijlage 2's "Waarde nulmoment" (1+1+1+4+4+4+1+1+4+1+1+1 = 24);
     * - actions: every bullet under "Aanpak", every paragraph of the approach that states an action of its own and
     *   every sub-headed paragraph: veiligheidsbeleving 3, burgerparticipatie 1 (one paragraph, no bullets),
     *   high impact crimes 5 (the first bullet, whose three "sporen" are its parts, and four bullets), overlast op
     *   straat 7 (seven bullets; the opening paragraph is the approach's lead-in), woonoverlast 7, veilig ondernemen
     *   5 (opening paragraph, four agenda bullets; the reference to theme 1 is text), straatintimidatie 4,
     *   schoolveiligheid 4, huiselijk geweld 4 (the programme's lines of action, two bullets, "Huiselijk geweld en
     *   dierenmishandeling") = 40, with 3 parts;
     * - context figures: the three figures the theme's text gives in numbers (Bijlage 1's budget question belongs
     *   to the plan's own text).
     */
    @Test
    void containsNineSubjectsNineGoalsTwelveIndicatorsTwentyFourSeriesAndFortyActions() {
        assertThat(CATALOGUE.subjects()).hasSize(9);
        assertThat(CATALOGUE.goals()).hasSize(9);
        assertThat(CATALOGUE.indicators()).hasSize(12);
        assertThat(CATALOGUE.indicators().mapToInt(indicator -> indicator.series().size()).sum()).isEqualTo(24);
        assertThat(CATALOGUE.actions()).hasSize(40);
        assertThat(CATALOGUE.actions().mapToInt(action -> action.parts().size()).sum()).isEqualTo(3);
        assertThat(CATALOGUE.contextFigures()).hasSize(3);
        assertThat(CATALOGUE.pages()).hasSize(1);
    }

    @Test
    void countsActionsPerSubjectAsThePlanListsThem() {
        Map<String, Integer> actionsPerSubject = CATALOGUE.subjects().stream().collect(Collectors.toMap(
                Subject::name, subject -> subject.goals().stream().mapToInt(goal -> goal.actions().size()).sum()));

        assertThat(actionsPerSubject).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Veiligheidsbeleving", 3,
                "Burgerparticipatie", 1,
                "High impact crimes en veelvoorkomende criminaliteit", 5,
                "Overlast op straat", 7,
                "Woonoverlast", 7,
                "Veilig ondernemen", 5,
                "Straatintimidatie", 4,
                "Schoolveiligheid", 4,
                "Huiselijk geweld", 4));
    }

    @Test
    void listsTheSubjectsInThePlansOrderWithTheirNames() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::name).containsExactly(
                "Veiligheidsbeleving",
                "Burgerparticipatie",
                "High impact crimes en veelvoorkomende criminaliteit",
                "Overlast op straat",
                "Woonoverlast",
                "Veilig ondernemen",
                "Straatintimidatie",
                "Schoolveiligheid",
                "Huiselijk geweld");
    }

    @Test
    void wordsTheGoalsAsThePlanDoesInSentenceCase() {
        assertThat(CATALOGUE.goals()).extracting(Goal::statement).containsExactly(
                "De veiligheidsbeleving is beter dan in de voorgaande periode (2019 en 2021 gemiddeld).",
                "De burgerparticipatie bij de veiligheid en leefbaarheid in de wijk is groter dan in de voorgaande "
                        + "periode (2019 en 2021 gemiddeld).",
                "High impact crimes en veelvoorkomende criminaliteit dalen ten opzichte van de voorgaande periode "
                        + "(2019 t/m 2022 gemiddeld).",
                "Overlast op straat daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).",
                "Woonoverlast daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).",
                "Bedrijventerreinen en winkelcentra zijn veiliger dan in de voorgaande periode (2019 t/m 2022 "
                        + "gemiddeld).",
                "Straatintimidatie wordt voorkomen en bestreden.",
                "Jongeren volgen onderwijs in een veilige omgeving.",
                "Huiselijk geweld en kindermishandeling dalen ten opzichte van de voorgaande periode (2019 t/m 2022 "
                        + "gemiddeld).");
    }

    @Test
    void takesEachRuleWordingFromItsOwnStatement() {
        CATALOGUE.goals().forEach(goal -> assertThat(goal.statement()).contains(goal.rule().wording()));
        assertThat(CATALOGUE.goals()).extracting(goal -> goal.rule().kind()).containsExactly(
                EvaluationRule.Kind.INCREASE_AGAINST_BASELINE,
                EvaluationRule.Kind.INCREASE_AGAINST_BASELINE,
                EvaluationRule.Kind.DECREASE_AGAINST_BASELINE,
                EvaluationRule.Kind.DECREASE_AGAINST_BASELINE,
                EvaluationRule.Kind.DECREASE_AGAINST_BASELINE,
                EvaluationRule.Kind.INCREASE_AGAINST_BASELINE,
                EvaluationRule.Kind.QUALITATIVE,
                EvaluationRule.Kind.QUALITATIVE,
                EvaluationRule.Kind.DECREASE_AGAINST_BASELINE);
    }

    @Test
    void reportsOnlySchoolSafetyInWords() {
        assertThat(CATALOGUE.goals().filter(Goal::reportedInWords)).extracting(Goal::id)
                .containsExactly("wijken.onderwijs-in-veilige-omgeving");
    }

    @Test
    void countsOnlyParticipationUpwards() {
        assertThat(CATALOGUE.indicators().filter(indicator -> indicator.direction() == Direction.HIGHER_IS_BETTER))
                .extracting(Indicator::id)
                .containsExactly("wijken.deelname-buurtpreventie-app", "wijken.burgerwacht-in-eigen-buurt");
    }

    @Test
    void warnsThatMoreEffortCanRaiseCountsOfReportsButNeverSurveyShares() {
        assertThat(CATALOGUE.indicators().filter(Indicator::hasReportingCaveat)).extracting(Indicator::id)
                .containsExactly(
                        "wijken.geregistreerde-high-impact-crimes",
                        "wijken.geregistreerde-veelvoorkomende-misdrijven",
                        "wijken.casussen-woonoverlast-onder-regie",
                        "wijken.misdrijven-en-overlast-bedrijventerreinen-winkelcentra",
                        "wijken.meldingen-straatintimidatie-ssstop",
                        "wijken.meldingen-huiselijk-geweld-kindermishandeling");
        assertThat(CATALOGUE.indicators().filter(indicator -> indicator.unit().isPercentage()))
                .noneMatch(Indicator::hasReportingCaveat);
        CATALOGUE.indicators().filter(Indicator::hasReportingCaveat).forEach(indicator ->
                assertThat(indicator.reportingCaveat())
                        .endsWith("In dat geval kan het lijken dat het probleem toeneemt, terwijl de aanpak juist "
                                + "effectiever is."));
    }

    @Test
    void aimsAtJeugdExactlyTheActionsWhoseTextNamesYoungPeople() {
        List<String> youthActions = CATALOGUE.actions()
                .filter(action -> action.targetGroups().contains(TargetGroups.JEUGD)).map(Action::id).toList();

        assertThat(youthActions).containsExactly(
                "wijken.hic-informatiegestuurde-aanpak",
                "wijken.jeugdoverlast-en-jeugdnetwerken",
                "wijken.voorlichtingslessen-straatintimidatie",
                "wijken.weerbaarheid-jongeren-voorlichting",
                "wijken.geweld-hoort-nergens-thuis-regiovisie",
                "wijken.tijdelijk-huisverbod",
                "wijken.multidisciplinaire-aanpak-mda");
        assertThat(action("wijken.hic-informatiegestuurde-aanpak").parts())
                .filteredOn(part -> part.targetGroups().contains(TargetGroups.JEUGD)).extracting(Action::id)
                .containsExactly("wijken.hic-repressie");
    }

    @Test
    void opensTheApproachesWithTheirLeadInsAndKeepsTheCrossReferenceToTheme1AsText() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::approachLeadIn).containsExactly(
                Veiligheidsbeleving.APPROACH_LEAD_IN, "", HighImpactCrimes.APPROACH_LEAD_IN,
                OverlastOpStraat.APPROACH_LEAD_IN, Woonoverlast.APPROACH_LEAD_IN, "",
                Straatintimidatie.APPROACH_LEAD_IN, Schoolveiligheid.APPROACH_LEAD_IN, "");
        assertThat(VeiligOndernemen.SUBJECT.approach()).contains(new Block.Paragraph("Binnen onze aanpak van "
                + "georganiseerde ondermijnende criminaliteit is ook aandacht voor bedrijventerreinen (zie thema 1)."));
        assertThat(action("wijken.jeugdoverlast-en-jeugdnetwerken").seeAlso())
                .containsExactly("ondermijning.zicht-op-jeugdnetwerken");
        assertThat(action("wijken.weerbaarheid-jongeren-voorlichting").seeAlso())
                .containsExactly("ondermijning.straatwaarden-en-kapot-sterk", "polarisatie.weerbaarheid-jongeren");
    }

    @Test
    void datesTheSchoolSafetyCongressIn2023AndTheRegiovisieTo2023Until2026() {
        assertThat(action("wijken.congres-schoolveiligheid").horizon()).isEqualTo("2023");
        assertThat(action("wijken.geweld-hoort-nergens-thuis-regiovisie").horizon()).isEqualTo("2023-2026");
        assertThat(CATALOGUE.actions().filter(action -> !action.horizon().isEmpty())).hasSize(2);
    }

    @Test
    void namesThePartnersOfAnActionAsThePlanDoes() {
        assertThat(action("wijken.hic-repressie").partners())
                .containsExactly("Politie", "Zorg- en Veiligheidshuis Flevoland", "GGD");
        assertThat(action("wijken.tijdelijk-huisverbod").partners())
                .containsExactly("Politie", "Veilig Thuis", "Reclassering Nederland");
        assertThat(action("wijken.buurtbemiddeling").partners()).containsExactly("De Schoor");
    }

    @Test
    void givesTheFiguresOfTheThemesTextAsContextFigures() {
        assertThat(points("wijken.buurtpreventie-app-almere-nederland")).isEqualTo("Almere=24, Nederland=22");
        assertThat(points("wijken.burgerwacht-almere-nederland")).isEqualTo("Almere=19, Nederland=8");
        assertThat(points("wijken.woonoverlast-ervaren-2017-2021")).isEqualTo("2017=22, 2021=18");
    }

    private static String points(String figureId) {
        return CATALOGUE.contextFigure(figureId).orElseThrow().points().stream()
                .map(point -> point.label() + "=" + point.value().toPlainString()).collect(Collectors.joining(", "));
    }

    private static Action action(String id) {
        return CATALOGUE.action(id).orElseThrow();
    }
}

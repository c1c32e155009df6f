package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static nl.veiligheidsagenda.theme.ondermijning.OndermijningCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure of theme 1 as the plan (lines 86-615) adopts it.
 * <p>How the numbers were counted in the plan:
 * <ul>
 *     <li>subjects: the three bullets under "ONDERWERPEN";</li>
 *     <li>goals: the three "DOEL:" headings, one per subject;</li>
 *     <li>indicators: the bullets under "Effectindicator(en)", which are the seven rows of theme 1 in Bijlage 2
 *     (3 + 1 + 3);</li>
 *     <li>series: one per indicator, except the young suspects' indicator with two ("Totaal" and
 *     "Drugs- en vuurwapenmisdr"): 8;</li>
 *     <li>actions: Georganiseerde ondermijnende criminaliteit 7 (the seven sub-headed paragraphs; the three further
 *     paragraphs under "Intensiveren bestaande aanpak", prioritised themes, information position and social cohesion,
 *     are parts of that action), Jonge aanwas 11 (ten bullets and "Preventie met gezag"), Mensenhandel 7 (the regional
 *     start with awareness and the six bullets of the local uitvoeringsplan; the Ambitieplan's six ambitions and the
 *     announcement of the local plan are text of the approach): 25.</li>
 * </ul>
 */
class OndermijningCatalogueTest {

    private static Goal goal(String id) {
        return CATALOGUE.goal(id).orElseThrow(() -> new AssertionError("no goal " + id));
    }

    private static Action action(String id) {
        return CATALOGUE.action(id).orElseThrow(() -> new AssertionError("no action " + id));
    }

    private static Stream<Action> actionsAndParts() {
        return CATALOGUE.actions().flatMap(action -> Stream.concat(Stream.of(action), action.parts().stream()));
    }

    @Test
    void hasTheThreeSubjectsInThePlansOrder() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::name)
                .containsExactly("Georganiseerde ondermijnende criminaliteit", "Jonge aanwas", "Mensenhandel");
    }

    @Test
    void countsAsThePlan() {
        assertThat(CATALOGUE.subjects()).hasSize(3);
        assertThat(CATALOGUE.goals()).hasSize(3);
        assertThat(CATALOGUE.indicators()).hasSize(7);
        assertThat(CATALOGUE.indicators().mapToInt(indicator -> indicator.series().size()).sum()).isEqualTo(8);
        assertThat(CATALOGUE.actions()).hasSize(25);
        assertThat(CATALOGUE.actions().mapToInt(action -> action.parts().size()).sum()).isEqualTo(3);
    }

    @Test
    void eachSubjectHasOneGoalWithItsIndicatorsAndActions() {
        assertThat(CATALOGUE.subjects()).allSatisfy(subject -> assertThat(subject.goals()).hasSize(1));
        assertThat(CATALOGUE.subjects()).extracting(subject -> subject.goals().getFirst().indicators().size())
                .containsExactly(3, 1, 3);
        assertThat(CATALOGUE.subjects()).extracting(subject -> subject.goals().getFirst().actions().size())
                .containsExactly(7, 11, 7);
    }

    @Test
    void givesNoContextFiguresOrPagesBecauseTheThemeTextHasNoFiguresOutsideBijlage2() {
        assertThat(CATALOGUE.contextFigures()).isEmpty();
        assertThat(CATALOGUE.pages()).isEmpty();
    }

    @Test
    void statesTheGoalsVerbatimInSentenceCase() {
        assertThat(CATALOGUE.goals()).extracting(Goal::statement).containsExactly(
                "Georganiseerde ondermijnende criminaliteit wordt voorkomen en bestreden.",
                "Jonge aanwas en doorgroei van jongeren in de georganiseerde (drugs)criminaliteit wordt voorkomen "
                        + "en bestreden.",
                "Mensenhandel wordt aangepakt.");
    }

    @Test
    void judgesEveryGoalQualitativelyByTheWordingOfItsStatement() {
        assertThat(CATALOGUE.goals()).extracting(goal -> goal.rule().kind())
                .containsOnly(EvaluationRule.Kind.QUALITATIVE);
        assertThat(CATALOGUE.goals()).extracting(goal -> goal.rule().wording())
                .containsExactly("wordt voorkomen en bestreden", "wordt voorkomen en bestreden", "wordt aangepakt");
        assertThat(CATALOGUE.goals()).allSatisfy(goal -> assertThat(goal.statement()).contains(goal.rule().wording()));
    }

    @Test
    void reportsNoGoalInWordsOnlyBecauseEveryGoalHasEffectIndicators() {
        assertThat(CATALOGUE.goals()).noneMatch(Goal::reportedInWords);
    }

    @Test
    void beginsTheIntroductionWithTheParagraphUnderTheThemeTitle() {
        assertThat(CATALOGUE.introduction())
                .startsWith("Bij ondermijnende criminaliteit maken criminelen voor illegale activiteiten gebruik van "
                        + "legale bedrijven en diensten.")
                .contains("Grof geweld wordt hierbij niet geschuwd.\n\nOp basis van het coalitieakkoord 2022-2025")
                .endsWith("Vervolgens beschrijven wij de aanpak om de doelen te bereiken.");
    }

    @Test
    void introducesEachSubjectWithItsOwnParagraph() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::introduction).satisfiesExactly(
                text -> assertThat(text).startsWith("Uit het EMMA-onderzoek komt naar voren dat de zware misdaad")
                        .endsWith("is hierbij een specifieke kwetsbaarheid van Almere."),
                text -> assertThat(text).startsWith("Uit het EMMA-onderzoek blijkt dat jongeren en jongvolwassenen")
                        .endsWith("willen wij jonge aanwas zoveel mogelijk beperken."),
                text -> assertThat(text).startsWith("Mensenhandel wordt vaak gepleegd in criminele")
                        .endsWith("Daarom willen wij mensenhandel zoveel mogelijk tegengaan."));
    }

    @Test
    void titlesTheActionsOfTheFirstGoalWithTheHeadingsOfThePlan() {
        assertThat(goal("ondermijning.georganiseerde-criminaliteit-voorkomen-en-bestrijden").actions())
                .extracting(Action::title)
                .contains("Intensiveren bestaande aanpak", "Weerbare overheid",
                        "Communiceren over aanpak en resultaten", "Bedrijventerreinen intensiever controleren",
                        "Outlaw Motorcycle Gangs (in combinatie met horeca)",
                        "Verkenning van de thema’s criminele geldstromen, vastgoedfraude en transport",
                        "Milieucriminaliteit");
    }

    @Test
    void splitsIntensiverenBestaandeAanpakIntoPartsWithTitlesOfOurs() {
        Action intensiveren = action("ondermijning.bestaande-aanpak-intensiveren");
        assertThat(intensiveren.titleOrigin()).isEqualTo(Action.TitleOrigin.PLAN);
        assertThat(intensiveren.parts()).extracting(Action::id).containsExactly("ondermijning.geprioriteerde-themas",
                "ondermijning.informatiepositie-versterken", "ondermijning.sociale-cohesie");
        assertThat(intensiveren.parts()).extracting(Action::titleOrigin).containsOnly(Action.TitleOrigin.OURS);
        assertThat(intensiveren.partners()).containsAll(intensiveren.parts().stream()
                .flatMap(part -> part.partners().stream()).toList());
    }

    @Test
    void fixesTheAlmeerseThemesForTwoYearsOnTheActionThatListsThem() {
        Action priorities = action("ondermijning.geprioriteerde-themas");
        assertThat(priorities.horizon()).isEqualTo("2023-2024");
        assertThat(priorities.description()).contains("""
                De volgende regionale thema’s krijgen prioriteit in de Almeerse aanpak:
                - weerbare overheid;
                - jonge aanwas in de drugscriminaliteit;
                - mensenhandel;
                - communicatie;
                - criminele geldstromen.""");
    }

    @Test
    void expectsNewsOfPreventieMetGezagHalfway2023() {
        Action preventie = action("ondermijning.preventie-met-gezag");
        assertThat(preventie.title()).isEqualTo("Preventie met gezag");
        assertThat(preventie.horizon()).isEqualTo("halverwege 2023");
        assertThat(preventie.partners()).containsExactly("Ministerie van Justitie en Veiligheid", "Politie",
                "Openbaar Ministerie", "Zorg- en Veiligheidshuis Flevoland");
    }

    @Test
    void givesNoHorizonWhereThePlanNamesNone() {
        assertThat(actionsAndParts().filter(action -> !action.horizon().isEmpty()).map(Action::id))
                .containsExactlyInAnyOrder("ondermijning.geprioriteerde-themas", "ondermijning.preventie-met-gezag");
    }

    @Test
    void opensEachApproachWithItsLeadIn() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::approachLeadIn).containsExactly(
                "Om georganiseerde ondermijnende criminaliteit te voorkomen en te bestrijden gaan wij het volgende "
                        + "doen.",
                "Om te voorkomen dat jongeren terecht komen of doorgroeien in de georganiseerde (drugs)criminaliteit "
                        + "gaan wij het volgende doen:",
                "Bij het tegengaan van mensenhandel werken wij samen met de andere Flevolandse gemeenten. In het "
                        + "regionaal Ambitieplan Mensenhandel Flevoland 2022 hebben wij zes ambities geformuleerd die "
                        + "wij willen bereiken in onze regio:");
    }

    @Test
    void keepsTheSixAmbitionsAndTheAnnouncementOfTheLocalPlanAsTextNotActions() {
        List<Block> approach = CATALOGUE.subjects().get(2).approach();
        assertThat(approach).filteredOn(Block.ItemList.class::isInstance).singleElement().isEqualTo(
                Block.ItemList.bullets("Adequaat signaleren en melden", "Effectief samenwerken",
                        "Slachtoffers samenhangende hulp en ondersteuning bieden",
                        "Meer zicht krijgen op aard, omvang en risicofactoren", "Barrières opwerpen",
                        "Slachtofferschap reduceren"));
        assertThat(approach).contains(new Block.Paragraph("In navolging op het regionale Ambitieplan Mensenhandel "
                + "Flevoland 2022 stellen wij voor Almere een lokaal uitvoeringsplan op. In dit plan wordt het "
                + "volgende uitgewerkt:"));
        assertThat(CATALOGUE.action("ondermijning.ambitieplan-mensenhandel-flevoland")).isEmpty();
        assertThat(CATALOGUE.action("ondermijning.lokaal-uitvoeringsplan-mensenhandel")).isEmpty();
    }

    @Test
    void titlesTheBulletsWithTitlesOfOursAndTheSubHeadedParagraphsWithThePlansHeadings() {
        assertThat(goal("ondermijning.jonge-aanwas-voorkomen-en-bestrijden").actions())
                .filteredOn(action -> action.titleOrigin() == Action.TitleOrigin.PLAN).extracting(Action::title)
                .containsExactly("Preventie met gezag");
        assertThat(goal("ondermijning.mensenhandel-aanpakken").actions()).extracting(Action::titleOrigin)
                .containsOnly(Action.TitleOrigin.OURS);
        assertThat(goal("ondermijning.georganiseerde-criminaliteit-voorkomen-en-bestrijden").actions())
                .extracting(Action::titleOrigin).containsOnly(Action.TitleOrigin.PLAN);
    }

    @Test
    void linksTheActionsThePlanAlsoNamesInOtherThemes() {
        assertThat(action("ondermijning.straatwaarden-en-kapot-sterk").seeAlso())
                .containsExactly("wijken.weerbaarheid-jongeren-voorlichting");
        assertThat(action("ondermijning.zicht-op-jeugdnetwerken").seeAlso())
                .containsExactly("wijken.jeugdoverlast-en-jeugdnetwerken");
        assertThat(action("ondermijning.sociale-cohesie").seeAlso()).containsExactly(
                "wijken.sociale-cohesie-versterken", "polarisatie.sociale-cohesie-versterken");
    }

    @Test
    void namesPartnersAndTargetGroupsOnlyFromTheCanonicalLists() {
        List<String> partners = List.of("Politie", "Openbaar Ministerie", "RIEC", "Zorg- en Veiligheidshuis Flevoland",
                "Omgevingsdienst", "Scholen", "Jongerenwerk", "Boa's", "Wijkteams", "Flevolandse gemeenten",
                "Avans Hogeschool", "Ministerie van Justitie en Veiligheid",
                // added in the same style, named by the plan in this theme:
                "Jeugdgezondheidszorg", "Zorgcoördinator Mensenhandel");
        List<String> targetGroups = List.of("Jeugd", "Ondernemers", "Almeerders", "Professionals", "Slachtoffers",
                "Daders",
                // added in the same style:
                "Ambtenaren en bestuurders");
        assertThat(actionsAndParts().flatMap(action -> action.partners().stream())).isSubsetOf(partners);
        assertThat(actionsAndParts().flatMap(action -> action.targetGroups().stream())).isSubsetOf(targetGroups);
        assertThat(CATALOGUE.actions()).allSatisfy(action -> {
            assertThat(action.partners()).doesNotHaveDuplicates();
            assertThat(action.targetGroups()).doesNotHaveDuplicates();
        });
    }

    @Test
    void keepsActionTitlesShort() {
        assertThat(actionsAndParts()).allSatisfy(action -> assertThat(action.title()).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void usesEveryIdOnce() {
        List<String> ids = new java.util.ArrayList<>();
        CATALOGUE.subjects().forEach(subject -> ids.add(subject.id()));
        CATALOGUE.goals().forEach(goal -> ids.add(goal.id()));
        CATALOGUE.indicators().forEach(indicator -> ids.add(indicator.id()));
        actionsAndParts().forEach(action -> ids.add(action.id()));
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("ondermijning\\.[a-z0-9]+(-[a-z0-9]+)*"));
    }
}

package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemePage;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.crisis.CrisisCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The content of theme 5 against the plan ("Thema 5", plan lines 1799-2105) and its annex of indicators
 * (Bijlage 2, "THEMA 5. CRISISBEHEERSING").
 */
class CrisisCatalogueTest {

    /*
     * How the plan was counted:
     * - subjects: the bullets under "ONDERWERPEN" (Crisisorganisatie, Preventie): 2;
     * - goals: the "DOEL:" lines, one per subject: 2;
     * - indicators and series: Bijlage 2 gives "Geen effectindicator - - -" for both subjects: 0 and 0;
     * - actions: the "■" bullets under each "Aanpak" (3 + 3), plus the passage on fire stations (Oosterwold) that
     *   is split off the third bullet of Crisisorganisatie as an action of its own: 4 + 3 = 7;
     * - context figures: the theme's text gives no figures: 0.
     */
    @Test
    void holdsTheCountsOfThePlan() {
        assertThat(CATALOGUE.subjects()).hasSize(2);
        assertThat(CATALOGUE.goals()).hasSize(2);
        assertThat(CATALOGUE.indicators()).isEmpty();
        assertThat(CATALOGUE.indicators().mapToLong(indicator -> indicator.series().size()).sum()).isZero();
        assertThat(CATALOGUE.actions()).hasSize(6);
        assertThat(CATALOGUE.subjects().get(0).goals().getFirst().actions()).hasSize(3);
        assertThat(CATALOGUE.subjects().get(1).goals().getFirst().actions()).hasSize(3);
        assertThat(CATALOGUE.contextFigures()).isEmpty();
        assertThat(CATALOGUE.pages()).hasSize(3);
    }

    @Test
    void listsTheSubjectsInThePlansOrder() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::id, Subject::name).containsExactly(
                tuple("crisis.crisisorganisatie", "Crisisorganisatie"),
                tuple("crisis.preventie", "Preventie"));
    }

    @Test
    void hasNoEffectIndicatorBecauseBijlage2GivesNoneForEitherSubject() {
        // Bijlage 2: "Crisisorganisatie Geen effectindicator - - -" and "Preventie Geen effectindicator - - -",
        // so there is no baseline and no source to check.
        assertThat(CATALOGUE.goals()).allSatisfy(goal -> assertThat(goal.indicators()).isEmpty());
    }

    @Test
    void reportsEveryGoalInWords() {
        assertThat(CATALOGUE.goals()).allSatisfy(goal -> {
            assertThat(goal.reportedInWords()).isTrue();
            assertThat(goal.rule().kind()).isEqualTo(EvaluationRule.Kind.QUALITATIVE);
            assertThat(goal.rule().measurable()).isFalse();
            assertThat(goal.statement()).contains(goal.rule().wording());
        });
    }

    @Test
    void statesTheGoalsVerbatimInSentenceCase() {
        assertThat(CATALOGUE.goals()).extracting(Goal::statement).containsExactly(
                "Na een ramp, crisis of groter incident is de situatie zo snel mogelijk beheersbaar en keren wij "
                        + "waar mogelijk terug naar ‘normaal’.",
                "Risicovolle situaties worden zoveel mogelijk aan de voorkant gesignaleerd en door de juiste "
                        + "maatregelen tot een minimum beperkt.");
        assertThat(CATALOGUE.goals()).extracting(goal -> goal.rule().wording()).containsExactly(
                "is de situatie zo snel mogelijk beheersbaar en keren wij waar mogelijk terug naar ‘normaal’",
                "worden zoveel mogelijk aan de voorkant gesignaleerd en door de juiste maatregelen tot een minimum "
                        + "beperkt");
    }

    @Test
    void startsWithTheParagraphUnderTheThemeTitle() {
        assertThat(CATALOGUE.introduction())
                .startsWith("Crisisbeheersing heeft als doel het voorbereiden op en verkleinen van de negatieve")
                .endsWith("Dit vraagt om flexibiliteit in de crisisorganisatie.");
    }

    @Test
    void introducesEachSubjectWithTheTextBeforeItsGoal() {
        assertThat(CATALOGUE.subjects().get(0).introduction())
                .startsWith("Wat wij concreet moeten doen, is afhankelijk van het soort incident, crisis of ramp")
                .endsWith("gericht op de organisatie en voorbereiding van crisisbeheersing.");
        assertThat(CATALOGUE.subjects().get(1).introduction()).isEqualTo("Het tweede doel op het gebied van "
                + "crisisbeheersing is gericht op het zoveel mogelijk voorkomen van risicovolle situaties.");
    }

    @Test
    void startsEachBulletActionWithTheBulletsOwnSentence() {
        assertThat(action("crisis.voorbereide-piketorganisatie").description()).startsWith(
                "Wij zijn organisatorisch zo goed mogelijk voorbereid op een ramp, crisis of incident.\n\n");
        assertThat(action("crisis.veilige-manifestaties").description())
                .startsWith("Wij hebben aandacht voor een veilig verloop van manifestaties.\n\n");
        assertThat(action("crisis.samenwerking-netwerkpartners").description())
                .startsWith("Wij werken nauw samen met netwerkpartners.\n\n");
    }

    @Test
    void splitsTheFireStationForOosterwoldOffAsAPartOfTheThirdBulletWithTheComingYearsAsHorizon() {
        assertThat(action("crisis.snelle-hulp-en-brandweerzorg").parts()).extracting(Action::id)
                .containsExactly("crisis.brandweerkazerne-oosterwold");
        Action kazerne = action("crisis.brandweerkazerne-oosterwold");
        assertThat(kazerne.description())
                .startsWith("Om de brandweerzorg goed te kunnen uitvoeren – en met name tijdig aanwezig")
                .contains("In 2022 is de bouw van de brandweerkazerne in Poort")
                .endsWith("Een gezamenlijke kazerne met Zeewolde is hierbij een van de mogelijkheden.");
        assertThat(kazerne.horizon()).isEqualTo("de komende jaren");
        assertThat(kazerne.partners()).containsExactly("Brandweer", "Gemeente Zeewolde");
        assertThat(kazerne.titleOrigin()).isEqualTo(Action.TitleOrigin.OURS);
        assertThat(action("crisis.snelle-hulp-en-brandweerzorg").description())
                .endsWith("en de verdere groei van de stad.")
                .doesNotContain("brandweerkazernes");
    }

    @Test
    void givesAHorizonOnlyWhereThePlanNamesATime() {
        assertThat(CATALOGUE.actions()).filteredOn(action -> !action.horizon().isEmpty()).extracting(Action::id)
                .containsExactly("crisis.flexibelere-crisisorganisatie", "crisis.snelle-hulp-en-brandweerzorg");
        assertThat(action("crisis.brandweerkazerne-oosterwold").horizon()).isEqualTo("de komende jaren");
    }

    @Test
    void namesThePartnersOfEventsAndDemonstrations() {
        assertThat(action("crisis.veilige-publieksevenementen").partners())
                .containsExactly("Veiligheidsregio Flevoland", "Politie", "Openbaar Ministerie");
        assertThat(action("crisis.veilige-publieksevenementen").targetGroups())
                .containsExactly("Organisatoren", "Bezoekers", "Omwonenden");
        assertThat(action("crisis.veilige-manifestaties").partners())
                .containsExactly("Politie", "Veiligheidsregio Flevoland");
        assertThat(action("crisis.snelle-hulp-en-brandweerzorg").targetGroups())
                .containsExactly("Almeerders", "Recreanten", "Ondernemers");
    }

    @Test
    void keepsTheListOfEventSafetyPointsAsTheirOwnLines() {
        assertThat(action("crisis.veilige-publieksevenementen").description())
                .contains("Aandachtspunten bij de veiligheid van evenementen zijn:\n- het zorgvuldig afwegen")
                .endsWith("- handhaving en controle op afspraken en aanwijzingen zoals vastgelegd in de afgegeven "
                        + "vergunningen.");
    }

    @Test
    void keepsTheGeneralSectionsAsTextPagesWithoutFigures() {
        assertThat(CATALOGUE.pages()).extracting(ThemePage::title).containsExactly(
                "Verantwoordelijkheid voor de organisatie en uitvoering",
                "Regionale en interregionale samenwerking",
                "Rol van de gemeente");
        assertThat(CATALOGUE.pages()).allSatisfy(page -> {
            assertThat(page.contextFigureIds()).isEmpty();
            assertThat(page.blocks()).isNotEmpty();
        });
        assertThat(CATALOGUE.pages().getLast().blocks()).filteredOn(Block.ItemList.class::isInstance)
                .singleElement().satisfies(list -> assertThat(((Block.ItemList) list).numbered()).isTrue());
    }

    @Test
    void opensEachApproachWithItsLeadInAndLinksTheDemonstrationsToTheme4() {
        assertThat(CATALOGUE.subjects()).extracting(Subject::approachLeadIn).containsExactly(
                "Om de situatie na een ramp of crisis zo snel mogelijk weer te kunnen beheersen en terug te laten "
                        + "keren naar normaal, zorgen wij voor het volgende:",
                "Om risicovolle situaties zoveel mogelijk aan de voorkant te signaleren en met de juiste maatregelen "
                        + "tot een minimum te beperken, zorgen wij voor het volgende:");
        assertThat(action("crisis.veilige-manifestaties").seeAlso())
                .containsExactly("polarisatie.veiligheidsadvies-manifestaties");
    }

    @Test
    void aimsNoActionAtYouthBecauseThisThemeNamesNone() {
        assertThat(CATALOGUE.actions()).flatExtracting(Action::targetGroups).doesNotContain("Jeugd");
    }

    private static Action action(String id) {
        return CATALOGUE.action(id).orElseThrow();
    }
}

package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.PeriodDifference;
import nl.veiligheidsagenda.core.verify.GoalKindCheck;
import org.junit.jupiter.api.Test;

import static nl.veiligheidsagenda.theme.wijken.WijkenCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Theme 3's goals by the plan's rule for their wording (Inleiding, "Doelen en effectindicatoren"). */
class WijkenGoalKindsTest {

    @Test
    void eachGoalHasTheKindItsWordingGives() {
        assertThat(GoalKindCheck.problems(CATALOGUE)).isEmpty();
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::kind).containsExactly(
                tuple("wijken.veiligheidsbeleving-beter", GoalKind.MEASURED),
                tuple("wijken.burgerparticipatie-groter", GoalKind.MEASURED),
                tuple("wijken.hic-en-vvc-dalen", GoalKind.MEASURED),
                tuple("wijken.overlast-op-straat-daalt", GoalKind.MEASURED),
                tuple("wijken.woonoverlast-daalt", GoalKind.MEASURED),
                tuple("wijken.bedrijventerreinen-en-winkelcentra-veiliger", GoalKind.MEASURED),
                tuple("wijken.straatintimidatie-voorkomen-en-bestreden", GoalKind.ACCOUNTED_IN_WORDS),
                tuple("wijken.onderwijs-in-veilige-omgeving", GoalKind.ACCOUNTED_IN_WORDS),
                tuple("wijken.huiselijk-geweld-en-kindermishandeling-dalen", GoalKind.MEASURED));
    }

    @Test
    void straatintimidatiesIndicatorsAreSignals() {
        assertThat(CATALOGUE.goal("wijken.straatintimidatie-voorkomen-en-bestreden").orElseThrow().indicators())
                .extracting(indicator -> indicator.id(), indicator -> indicator.direction()).containsExactly(
                        tuple("wijken.lastig-gevallen-op-straat", Direction.NOT_STATED),
                        tuple("wijken.meldingen-straatintimidatie-ssstop", Direction.NOT_STATED));
    }

    @Test
    void threeGoalsNameAnotherPeriodThanTheirBaselineAndSayWhy() {
        assertThat(CATALOGUE.goals().flatMap(goal -> goal.periodDifferences().stream()))
                .extracting(difference -> difference.indicator().id(), difference -> difference.goalPeriod().label(),
                        difference -> difference.baselinePeriod().label())
                .containsExactly(
                        tuple("wijken.deelname-buurtpreventie-app", "gemiddelde 2019 en 2021", "2021"),
                        tuple("wijken.burgerwacht-in-eigen-buurt", "gemiddelde 2019 en 2021", "2021"),
                        tuple("wijken.veel-woonoverlast-ervaren", "gemiddelde 2019-2022", "gemiddelde 2017 en 2021"),
                        tuple("wijken.meldingen-huiselijk-geweld-kindermishandeling", "gemiddelde 2019-2022",
                                "gemiddelde 2019-2021"));
        assertThat(CATALOGUE.goals().flatMap(goal -> goal.periodDifferences().stream()))
                .extracting(PeriodDifference::note).allSatisfy(note -> assertThat(note).contains("Bijlage 2"));
    }
}

package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Goal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.MAY_2024;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.cbs;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.feelingUnsafe;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.figure;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.goal;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisance;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisanceWithCaveat;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.participation;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.ABOUT_THE_SAME;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.BETTER;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.EXPECTED_LATE;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.HIGHER_SEE_EXPLANATION;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.NOT_MEASURED_THIS_YEAR;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.WORSE;
import static org.assertj.core.api.Assertions.assertThat;

class GoalEvaluatorTest {

    private static GoalResult evaluate(Goal goal, List<Measurement> measurements) {
        return GoalEvaluator.evaluate(goal, 2023, measurements, MAY_2024, Optional.empty(), Texts.DUTCH);
    }

    @Test
    void goalWhoseIndicatorIsBetterIsOnCourse() {
        GoalResult result = evaluate(goal("wijken.overlast-daalt", nuisance()),
                List.of(figure(nuisance(), 2023, "1.9")));

        assertThat(result.status()).isEqualTo(GoalStatus.ON_COURSE);
        assertThat(result.explanation()).isEqualTo("2023: op koers (indicatoren: 1 beter)");
    }

    @Test
    void goalWhoseIndicatorsAreMostlyWorseIsOffCourse() {
        assertThat(GoalEvaluator.combine(List.of(WORSE, WORSE, BETTER))).isEqualTo(GoalStatus.OFF_COURSE);
    }

    @Test
    void goalWithAMixedPictureIsAboutTheSame() {
        GoalResult result = evaluate(goal("wijken.leefbaarheid", nuisance(), feelingUnsafe()),
                List.of(figure(nuisance(), 2023, "1.9"), figure(feelingUnsafe(), 2023, "21")));

        assertThat(result.status()).isEqualTo(GoalStatus.ABOUT_THE_SAME);
        assertThat(result.explanation()).isEqualTo("2023: ongeveer gelijk (indicatoren: 1 beter, 1 slechter)");
    }

    @Test
    void goalWhoseIndicatorsMostlyRoseUnderACaveatNeedsAttention() {
        assertThat(GoalEvaluator.combine(List.of(HIGHER_SEE_EXPLANATION, HIGHER_SEE_EXPLANATION, ABOUT_THE_SAME)))
                .isEqualTo(GoalStatus.ATTENTION);

        GoalResult result = evaluate(goal("wijken.meldingen", nuisanceWithCaveat()),
                List.of(figure(nuisanceWithCaveat(), 2023, "2.5")));
        assertThat(result.status()).isEqualTo(GoalStatus.ATTENTION);
        assertThat(result.explanation())
                .isEqualTo("2023: aandacht: stijging, zie de toelichting (indicatoren: 1 hoger met toelichting)");
    }

    @Test
    void unjudgedIndicatorsDoNotVote() {
        assertThat(GoalEvaluator.combine(List.of(NOT_MEASURED_THIS_YEAR, EXPECTED_LATE, WORSE)))
                .isEqualTo(GoalStatus.OFF_COURSE);
    }

    @Test
    void goalWithoutAnyJudgedIndicatorHasNoDataYetNeverOnCourse() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.beleving", feelingUnsafe(), cbs()), 2022, List.of(),
                LocalDate.of(2023, 2, 1), Optional.empty(), Texts.DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA_YET);
        assertThat(result.explanation()).isEqualTo(
                "2022: nog geen oordeel mogelijk (indicatoren: 1 niet gemeten dit jaar, 1 nog niet verwacht)");
    }

    @Test
    void goalWithoutIndicatorAndWithoutAssessmentIsNotAssessedNeverOnCourse() {
        GoalResult result = evaluate(goal("ondermijning.witwassen"), List.of());

        assertThat(result.status()).isEqualTo(GoalStatus.REPORTED_IN_WORDS).isNotEqualTo(GoalStatus.ON_COURSE);
        assertThat(result.ownerStatus()).isEqualTo(OwnerStatus.NOT_ASSESSED);
        assertThat(result.indicators()).isEmpty();
        assertThat(result.explanation())
                .isEqualTo("2023: verantwoording in woorden; beoordeling door de eigenaar: nog niet gegeven");
    }

    @Test
    void goalWithoutIndicatorShowsTheOwnersAssessment() {
        GoalResult result = GoalEvaluator.evaluate(goal("ondermijning.witwassen"), 2023, List.of(), MAY_2024,
                Optional.of(new OwnerAssessment(OwnerStatus.PARTLY_ON_COURSE, "Twee van de drie acties lopen.")),
                Texts.DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.REPORTED_IN_WORDS);
        assertThat(result.ownerStatus()).isEqualTo(OwnerStatus.PARTLY_ON_COURSE);
        assertThat(result.explanation()).endsWith("beoordeling door de eigenaar: deels op koers");
    }

    @Test
    void ownerAssessmentDoesNotChangeTheStatusOfAMeasuredGoal() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.overlast-daalt", nuisance()), 2023,
                List.of(figure(nuisance(), 2023, "2.5")), MAY_2024,
                Optional.of(new OwnerAssessment(OwnerStatus.ON_COURSE, "")), Texts.DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.OFF_COURSE);
    }

    @Test
    void goalResultHoldsEachIndicatorWithItsSeries() {
        GoalResult result = evaluate(goal("wijken.buurt", nuisance(), participation()),
                List.of(figure(nuisance(), 2023, "1.9"), figure(participation(), 2023, "19")));

        assertThat(result.goalId()).isEqualTo("wijken.buurt");
        assertThat(result.year()).isEqualTo(2023);
        assertThat(result.indicators()).extracting(IndicatorResult::indicatorId)
                .containsExactly("wijken.overlast", "wijken.inzet");
        assertThat(result.indicators()).flatExtracting(IndicatorResult::series).extracting(SeriesResult::outcome)
                .containsExactly(BETTER, BETTER);
        assertThat(result.indicators().getFirst().series().getFirst().relativeDifferencePercent())
                .hasValueSatisfying(percent -> assertThat(percent).isEqualByComparingTo("-13.64"));
    }

    @Test
    void englishGoalExplanation() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.overlast-daalt", nuisance()), 2023,
                List.of(figure(nuisance(), 2023, "1.9")), MAY_2024, Optional.empty(), Locale.ENGLISH);

        assertThat(result.explanation()).isEqualTo("2023: on course (indicators: 1 better)");
        assertThat(result.indicators().getFirst().explanation())
                .isEqualTo("2023: 1.9 per 1,000 residents; baseline 2.2 (average 2019-2022); 14% lower → better");
    }

    @Test
    void englishExplanationOfAGoalReportedInWords() {
        GoalResult result = GoalEvaluator.evaluate(goal("ondermijning.witwassen"), 2023, List.of(), MAY_2024,
                Optional.empty(), Locale.ENGLISH);

        assertThat(result.explanation()).isEqualTo("2023: reported in words; assessment by the owner: not given yet");
    }
}

package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.MAY_2024;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.anonymousReports;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.cbs;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.feelingUnsafe;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.figure;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.goal;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.goalInWords;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.indicator;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisance;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisanceWithCaveat;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.participation;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.series;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.ABOUT_THE_SAME;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.BETTER;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.EXPECTED_LATE;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.HIGHER_SEE_EXPLANATION;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.MISSING;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.NOT_MEASURED_THIS_YEAR;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.NOT_YET_DUE;
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
    void indicatorsNotMeasuredThisYearOrNotYetDueDoNotVote() {
        assertThat(GoalEvaluator.combine(List.of(NOT_MEASURED_THIS_YEAR, NOT_YET_DUE, WORSE)))
                .isEqualTo(GoalStatus.OFF_COURSE);
    }

    @Test
    void anIndicatorDueAndAbsentLeavesTheGoalWithoutVerdict() {
        assertThat(GoalEvaluator.combine(List.of(EXPECTED_LATE, BETTER))).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(GoalEvaluator.combine(List.of(MISSING, BETTER, BETTER))).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(GoalEvaluator.combine(List.of(SeriesOutcome.INCOMPLETE, WORSE))).isEqualTo(GoalStatus.INCOMPLETE);
    }

    @Test
    void measuredGoalWithOneOfTwoIndicatorsInIsIncompleteAndShowsWhatIsIn() {
        Goal goal = goal("wijken.overlast-daalt", nuisance(), nuisanceWithCaveat());

        GoalResult result = evaluate(goal, List.of(figure(nuisance(), 2023, "1.9")));

        assertThat(result.kind()).isEqualTo(GoalKind.MEASURED);
        assertThat(result.status()).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(result.explanation()).isEqualTo(
                "2023: onvolledig, 1 van 2 indicatoren ontbreekt (verwacht sinds januari 2024); wel binnen: 1 beter");
        assertThat(result.indicators()).extracting(IndicatorResult::outcome).containsExactly(BETTER, EXPECTED_LATE);
    }

    @Test
    void measuredGoalWithTwoOfThreeIndicatorsMissingSaysSo() {
        Indicator third = indicator("wijken.derde", Unit.PER_1000_RESIDENTS, Cadence.annual(2019),
                Direction.LOWER_IS_BETTER, "", series("derde", Unit.PER_1000_RESIDENTS, "2.2", Fixtures.AVERAGE_2019_2022));
        Goal goal = goal("wijken.overlast-daalt", nuisance(), nuisanceWithCaveat(), third);

        GoalResult result = evaluate(goal, List.of(figure(nuisance(), 2023, "1.9")));

        assertThat(result.status()).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(result.explanation()).startsWith(
                "2023: onvolledig, 2 van 3 indicatoren ontbreken (verwacht sinds januari 2024)");
    }

    @Test
    void missingFiguresOfAnEarlierYearStillLeaveTheGoalWithoutVerdict() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.overlast-daalt", nuisance(), cbs()), 2023,
                List.of(figure(nuisance(), 2023, "1.9")), LocalDate.of(2026, 3, 1), Optional.empty(), Texts.DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(result.indicators().getLast().outcome()).isEqualTo(MISSING);
        assertThat(result.explanation()).isEqualTo(
                "2023: onvolledig, 1 van 2 indicatoren ontbreekt (verwacht sinds april 2024); wel binnen: 1 beter");
    }

    @Test
    void incompleteGoalNamesEveryDueMonth() {
        GoalResult result = evaluate(goal("wijken.overlast-daalt", nuisance(), cbs()), List.of());

        assertThat(result.explanation())
                .isEqualTo("2023: onvolledig, 2 van 2 indicatoren ontbreken (verwacht sinds januari 2024 en april 2024)");
    }

    @Test
    void anIndicatorWithSomeSeriesMissingMakesTheGoalIncomplete() {
        Indicator two = indicator("wijken.twee", Unit.PER_1000_RESIDENTS, Cadence.annual(2019),
                Direction.LOWER_IS_BETTER, "", series("een", Unit.PER_1000_RESIDENTS, "2.2", Fixtures.AVERAGE_2019_2022),
                series("twee", Unit.PER_1000_RESIDENTS, "2.2", Fixtures.AVERAGE_2019_2022));

        GoalResult result = evaluate(goal("wijken.twee-daalt", two), List.of(figure(two, "een", 2023, "1.9")));

        assertThat(result.status()).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(result.explanation()).isEqualTo(
                "2023: onvolledig, 1 van 1 indicator is niet compleet (verwacht sinds januari 2024)");
    }

    @Test
    void anIndicatorNotMeasuredThisYearIsNotMissing() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.buurt", nuisance(), participation()), 2024,
                List.of(figure(nuisance(), 2024, "1.9")), LocalDate.of(2025, 6, 1), Optional.empty(), Texts.DUTCH);

        assertThat(result.indicators().getLast().outcome()).isEqualTo(NOT_MEASURED_THIS_YEAR);
        assertThat(result.status()).isEqualTo(GoalStatus.ON_COURSE);
        assertThat(result.explanation()).isEqualTo("2024: op koers (indicatoren: 1 beter, 1 niet gemeten dit jaar)");
    }

    @Test
    void anIndicatorNotYetDueIsNotMissing() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.overlast-daalt", nuisance(), cbs()), 2023,
                List.of(figure(nuisance(), 2023, "2.5")), LocalDate.of(2024, 2, 1), Optional.empty(), Texts.DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.OFF_COURSE);
        assertThat(result.explanation()).isEqualTo("2023: niet op koers (indicatoren: 1 slechter, 1 nog niet verwacht)");
    }

    @Test
    void goalInWordsWithFallingSignalsIsNeverOnCourse() {
        Goal goal = goalInWords("ondermijning.georganiseerde-criminaliteit", nuisance(), anonymousReports(), cbs());

        GoalResult result = evaluate(goal, List.of(figure(nuisance(), 2023, "1.9")));

        assertThat(result.kind()).isEqualTo(GoalKind.ACCOUNTED_IN_WORDS);
        assertThat(result.status()).isEqualTo(GoalStatus.REPORTED_IN_WORDS);
        assertThat(result.ownerStatus()).isEqualTo(OwnerStatus.NOT_ASSESSED);
        assertThat(result.explanation()).isEqualTo("2023: verantwoording in woorden; beoordeling door de eigenaar: "
                + "nog niet gegeven (signaalindicatoren: 1 met cijfer, 2 te laat)");
        assertThat(result.indicators()).extracting(IndicatorResult::outcome)
                .containsExactly(SeriesOutcome.SIGNAL, EXPECTED_LATE, EXPECTED_LATE);
    }

    @Test
    void signalIsShownWithItsChangeInNeutralWords() {
        GoalResult result = evaluate(goalInWords("ondermijning.witwassen", nuisance()),
                List.of(figure(nuisance(), 2023, "1.9")));

        String line = result.indicators().getFirst().explanation();
        assertThat(line).isEqualTo(
                "2023: 1,9 per 1.000 inwoners; nulwaarde 2,2 (gemiddelde 2019-2022); 14 % lager dan de nulwaarde");
        assertThat(line).doesNotContain("beter", "slechter", "gelijk", "→");
    }

    @Test
    void risingReportsAreNeverWorse() {
        GoalResult result = evaluate(goalInWords("ondermijning.mma", anonymousReports(), nuisanceWithCaveat()),
                List.of(figure(anonymousReports(), 2023, "0.9"), figure(nuisanceWithCaveat(), 2023, "3.0")));

        assertThat(result.indicators()).extracting(IndicatorResult::outcome).containsOnly(SeriesOutcome.SIGNAL);
        assertThat(result.indicators().getFirst().explanation())
                .isEqualTo("2023: 0,9 per 1.000 inwoners; nulwaarde 0,6 (2022); 50 % hoger dan de nulwaarde");
        assertThat(result.indicators()).extracting(IndicatorResult::explanation)
                .noneMatch(line -> line.contains("slechter") || line.contains("toelichting"));
    }

    @Test
    void indicatorWithoutStatedDirectionIsASignalEvenUnderAMeasuredRule() {
        IndicatorResult result = IndicatorEvaluator.evaluate(anonymousReports(),
                List.of(figure(anonymousReports(), 2023, "0.3")), Fixtures.dutch2023());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.SIGNAL);
        assertThat(result.explanation()).endsWith("50 % lager dan de nulwaarde");
    }

    @Test
    void goalInWordsWithSignalsShowsTheOwnersAssessment() {
        GoalResult result = GoalEvaluator.evaluate(goalInWords("ondermijning.mma", anonymousReports()), 2023,
                List.of(figure(anonymousReports(), 2023, "0.9")), MAY_2024,
                Optional.of(new OwnerAssessment(OwnerStatus.ON_COURSE, "Meer meldingen door de campagne.")),
                Texts.DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.REPORTED_IN_WORDS);
        assertThat(result.ownerStatus()).isEqualTo(OwnerStatus.ON_COURSE);
        assertThat(result.explanation()).isEqualTo("2023: verantwoording in woorden; beoordeling door de eigenaar: "
                + "op koers (signaalindicatoren: 1 met cijfer)");
    }

    @Test
    void englishIncompleteExplanation() {
        GoalResult result = GoalEvaluator.evaluate(goal("wijken.overlast-daalt", nuisance(), cbs()), 2023,
                List.of(figure(nuisance(), 2023, "1.9")), MAY_2024, Optional.empty(), Locale.ENGLISH);

        assertThat(result.explanation())
                .isEqualTo("2023: incomplete, 1 of 2 indicators missing (expected since April 2024); in so far: 1 better");
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

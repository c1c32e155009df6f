package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.AVERAGE_2019_2022;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.CAVEAT;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.dutch2023;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.figure;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.indicator;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.series;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.ABOUT_THE_SAME;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.BETTER;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.EXPECTED_LATE;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.HIGHER_SEE_EXPLANATION;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.INCOMPLETE;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.MISSING;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.NOT_MEASURED_THIS_YEAR;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.NOT_YET_DUE;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.NO_BASELINE;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.SIGNAL;
import static nl.veiligheidsagenda.core.evaluation.SeriesOutcome.WORSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndicatorEvaluatorTest {

    /** High impact crimes: four series per 1,000, lower is better, optionally with the plan's caveat. */
    private static Indicator highImpactCrimes(String caveat) {
        return indicator("wijken.hic", Unit.PER_1000_RESIDENTS, Cadence.annual(2019), Direction.LOWER_IS_BETTER,
                caveat,
                series("woninginbraken", Unit.PER_1000_DWELLINGS, "5.8", AVERAGE_2019_2022),
                series("straatroven", Unit.PER_1000_RESIDENTS, "0.4", AVERAGE_2019_2022),
                series("overvallen", Unit.PER_1000_RESIDENTS, "0.09", AVERAGE_2019_2022),
                series("geweldsdelicten", Unit.PER_1000_RESIDENTS, "2.9", AVERAGE_2019_2022));
    }

    /** 2023: woninginbraken, straatroven and overvallen below their baselines, geweldsdelicten above. */
    private static List<Measurement> threeFallenOneRisen(Indicator crimes) {
        return List.of(figure(crimes, "woninginbraken", 2023, "5.1"), figure(crimes, "straatroven", 2023, "0.3"),
                figure(crimes, "overvallen", 2023, "0.05"), figure(crimes, "geweldsdelicten", 2023, "3.2"));
    }

    @Test
    void majorityOfBetterSeriesMakesTheIndicatorBetter() {
        assertThat(IndicatorEvaluator.combine(List.of(BETTER, BETTER, BETTER, WORSE))).isEqualTo(BETTER);
    }

    @Test
    void majorityOfWorseSeriesMakesTheIndicatorWorse() {
        assertThat(IndicatorEvaluator.combine(List.of(WORSE, WORSE, BETTER))).isEqualTo(WORSE);
    }

    @Test
    void tieBetweenJudgementsIsAboutTheSame() {
        assertThat(IndicatorEvaluator.combine(List.of(BETTER, BETTER, WORSE, WORSE))).isEqualTo(ABOUT_THE_SAME);
    }

    @Test
    void mostSeriesAboutTheSameMakesTheIndicatorAboutTheSame() {
        assertThat(IndicatorEvaluator.combine(List.of(BETTER, ABOUT_THE_SAME, ABOUT_THE_SAME))).isEqualTo(ABOUT_THE_SAME);
    }

    @Test
    void unjudgedSeriesDoNotVote() {
        assertThat(IndicatorEvaluator.combine(List.of(NOT_MEASURED_THIS_YEAR, NO_BASELINE, BETTER))).isEqualTo(BETTER);
    }

    @Test
    void seriesDueAndAbsentBesideSeriesWithAValueMakeTheIndicatorIncomplete() {
        assertThat(IndicatorEvaluator.combine(List.of(BETTER, BETTER, BETTER, EXPECTED_LATE))).isEqualTo(INCOMPLETE);
        assertThat(IndicatorEvaluator.combine(List.of(WORSE, MISSING))).isEqualTo(INCOMPLETE);
        assertThat(IndicatorEvaluator.combine(List.of(SIGNAL, MISSING))).isEqualTo(INCOMPLETE);
        assertThat(IndicatorEvaluator.combine(List.of(NO_BASELINE, EXPECTED_LATE))).isEqualTo(INCOMPLETE);
    }

    @Test
    void seriesNotMeasuredOrNotYetDueDoNotMakeTheIndicatorIncomplete() {
        assertThat(IndicatorEvaluator.combine(List.of(BETTER, NOT_YET_DUE))).isEqualTo(BETTER);
        assertThat(IndicatorEvaluator.combine(List.of(WORSE, NOT_MEASURED_THIS_YEAR))).isEqualTo(WORSE);
    }

    @Test
    void withoutJudgedSeriesTheMostInformativeStateIsReported() {
        assertThat(IndicatorEvaluator.combine(List.of(NOT_MEASURED_THIS_YEAR, NOT_YET_DUE))).isEqualTo(NOT_YET_DUE);
        assertThat(IndicatorEvaluator.combine(List.of(NOT_YET_DUE, NO_BASELINE))).isEqualTo(NO_BASELINE);
        assertThat(IndicatorEvaluator.combine(List.of(SIGNAL, NO_BASELINE))).isEqualTo(SIGNAL);
        assertThat(IndicatorEvaluator.combine(List.of(EXPECTED_LATE, MISSING))).isEqualTo(MISSING);
    }

    @Test
    void indicatorWithoutSeriesCannotBeCombined() {
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorEvaluator.combine(List.of()));
    }

    @Test
    void multiSeriesIndicatorIsCombinedAndSummarisedOnOneLine() {
        Indicator crimes = highImpactCrimes("");
        List<Measurement> figures = threeFallenOneRisen(crimes);

        IndicatorResult result = IndicatorEvaluator.evaluate(crimes, figures, dutch2023());

        assertThat(result.outcome()).isEqualTo(BETTER);
        assertThat(result.series()).extracting(SeriesResult::outcome).containsExactly(BETTER, BETTER, BETTER, WORSE);
        assertThat(result.explanation()).isEqualTo("2023: 4 reeksen — 3 beter, 1 slechter → beter");
    }

    @Test
    void caveatIndicatorWhoseSeriesMostlyRoseStaysHigherSeeExplanation() {
        Indicator crimes = highImpactCrimes(CAVEAT);
        List<Measurement> figures = List.of(figure(crimes, "woninginbraken", 2023, "6.5"),
                figure(crimes, "straatroven", 2023, "0.5"), figure(crimes, "overvallen", 2023, "0.05"),
                figure(crimes, "geweldsdelicten", 2023, "3.2"));

        IndicatorResult result = IndicatorEvaluator.evaluate(crimes, figures, dutch2023());

        assertThat(result.outcome()).isEqualTo(HIGHER_SEE_EXPLANATION);
        assertThat(result.series()).extracting(SeriesResult::outcome).doesNotContain(WORSE);
        assertThat(result.explanation()).isEqualTo("2023: 4 reeksen — 1 beter, 3 hoger met toelichting → hoger — "
                + "zie toelichting: " + CAVEAT);
    }

    @Test
    void singleSeriesIndicatorUsesTheSeriesLine() {
        Indicator nuisance = Fixtures.nuisance();

        IndicatorResult result = IndicatorEvaluator.evaluate(nuisance, List.of(figure(nuisance, 2023, "1.9")),
                dutch2023());

        assertThat(result.explanation()).isEqualTo(result.series().getFirst().explanation());
    }

    @Test
    void multiSeriesIndicatorWithoutFiguresExplainsItsDueDateOnce() {
        IndicatorResult result = IndicatorEvaluator.evaluate(highImpactCrimes(""), List.of(),
                EvaluationContext.dutch(2023, LocalDate.of(2023, 12, 1)));

        assertThat(result.outcome()).isEqualTo(NOT_YET_DUE);
        assertThat(result.explanation()).isEqualTo("2023: cijfer verwacht vanaf januari 2024");
    }

    @Test
    void partlyEnteredIndicatorIsIncompleteAndCountsWhatIsIn() {
        Indicator crimes = highImpactCrimes("");

        IndicatorResult result = IndicatorEvaluator.evaluate(crimes,
                List.of(figure(crimes, "woninginbraken", 2023, "5.1")), dutch2023());

        assertThat(result.outcome()).isEqualTo(INCOMPLETE);
        assertThat(result.series()).extracting(SeriesResult::outcome)
                .containsExactly(BETTER, EXPECTED_LATE, EXPECTED_LATE, EXPECTED_LATE);
        assertThat(result.explanation()).isEqualTo("2023: 4 reeksen — 1 beter, 3 te laat → onvolledig");
    }

    @Test
    void indicatorOfAGoalInWordsIsASignalWhateverItsDeclaredDirection() {
        Indicator crimes = highImpactCrimes("");
        List<Measurement> figures = threeFallenOneRisen(crimes);
        Goal inWords = new Goal("wijken.hic-aanpakken", "High impact crimes worden aangepakt.",
                EvaluationRule.inWords("worden aangepakt"), List.of(crimes), List.of());

        IndicatorResult result = IndicatorEvaluator.evaluate(inWords, crimes, figures, dutch2023(), Optional.empty());

        assertThat(result.outcome()).isEqualTo(SIGNAL);
        assertThat(result.series()).extracting(SeriesResult::outcome).containsOnly(SIGNAL);
        assertThat(result.explanation()).isEqualTo("2023: 4 reeksen — 4 met cijfer → signaal, geen oordeel");
        assertThat(result.series().getLast().explanation()).isEqualTo(
                "Geweldsdelicten 2023: 3,2 per 1.000 inwoners; nulwaarde 2,9 (gemiddelde 2019-2022); "
                        + "10 % hoger dan de nulwaarde");
    }
}

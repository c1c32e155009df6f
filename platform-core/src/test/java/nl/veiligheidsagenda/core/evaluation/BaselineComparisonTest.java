package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static nl.veiligheidsagenda.core.model.Direction.HIGHER_IS_BETTER;
import static nl.veiligheidsagenda.core.model.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class BaselineComparisonTest {

    private static SeriesOutcome compare(Direction direction, String value, String baseline) {
        return BaselineComparison.compare(direction, false, new BigDecimal(value), new BigDecimal(baseline));
    }

    private static SeriesOutcome compareWithCaveat(String value, String baseline) {
        return BaselineComparison.compare(LOWER_IS_BETTER, true, new BigDecimal(value), new BigDecimal(baseline));
    }

    @Test
    void lowerIsBetterDecreaseIsBetter() {
        assertThat(compare(LOWER_IS_BETTER, "1.9", "2.2")).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void lowerIsBetterIncreaseIsWorse() {
        assertThat(compare(LOWER_IS_BETTER, "2.5", "2.2")).isEqualTo(SeriesOutcome.WORSE);
    }

    @Test
    void higherIsBetterIncreaseIsBetter() {
        assertThat(compare(HIGHER_IS_BETTER, "19", "17")).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void higherIsBetterDecreaseIsWorse() {
        assertThat(compare(HIGHER_IS_BETTER, "15", "17")).isEqualTo(SeriesOutcome.WORSE);
    }

    @ParameterizedTest(name = "{0} against 100 ({1})")
    @CsvSource({"102, LOWER_IS_BETTER", "98, LOWER_IS_BETTER", "102, HIGHER_IS_BETTER", "98, HIGHER_IS_BETTER",
            "100, LOWER_IS_BETTER"})
    void differenceOfAtMostTwoPercentInclusiveIsAboutTheSame(String value, Direction direction) {
        assertThat(compare(direction, value, "100")).isEqualTo(SeriesOutcome.ABOUT_THE_SAME);
    }

    @ParameterizedTest(name = "{0} against 100 ({1}) is {2}")
    @CsvSource({"102.01, LOWER_IS_BETTER, WORSE", "97.99, LOWER_IS_BETTER, BETTER",
            "102.01, HIGHER_IS_BETTER, BETTER", "97.99, HIGHER_IS_BETTER, WORSE"})
    void differenceJustAboveTwoPercentIsJudged(String value, Direction direction, SeriesOutcome expected) {
        assertThat(compare(direction, value, "100")).isEqualTo(expected);
    }

    @Test
    void withBaselineZeroAnyValueAboveZeroIsAChange() {
        assertThat(compare(LOWER_IS_BETTER, "0.01", "0")).isEqualTo(SeriesOutcome.WORSE);
        assertThat(compare(HIGHER_IS_BETTER, "0.01", "0")).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void withBaselineZeroAZeroValueIsAboutTheSame() {
        assertThat(compare(LOWER_IS_BETTER, "0", "0.0")).isEqualTo(SeriesOutcome.ABOUT_THE_SAME);
    }

    @Test
    void riseOfACaveatIndicatorIsHigherSeeExplanationNeverWorse() {
        assertThat(compareWithCaveat("2.5", "2.2")).isEqualTo(SeriesOutcome.HIGHER_SEE_EXPLANATION);
    }

    @Test
    void fallOfACaveatIndicatorIsBetter() {
        assertThat(compareWithCaveat("1.9", "2.2")).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void caveatRiseWithinTheToleranceIsAboutTheSame() {
        assertThat(compareWithCaveat("2.24", "2.2")).isEqualTo(SeriesOutcome.ABOUT_THE_SAME);
    }

    @Test
    void relativeDifferenceIsAPercentageOfTheBaseline() {
        assertThat(BaselineComparison.relativeDifferencePercent(new BigDecimal("1.9"), new BigDecimal("2.2")))
                .hasValue(new BigDecimal("-13.64"));
    }

    @Test
    void relativeDifferenceDoesNotExistAgainstABaselineOfZero() {
        assertThat(BaselineComparison.relativeDifferencePercent(new BigDecimal("0.3"), BigDecimal.ZERO)).isEmpty();
        assertThat(BaselineComparison.relativeDifferencePercent(BigDecimal.ZERO, BigDecimal.ZERO))
                .hasValueSatisfying(zero -> assertThat(zero).isZero());
    }
}

package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.CAVEAT;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.MAY_2024;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.cbs;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.feelingUnsafe;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.figure;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.indicator;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisance;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisanceWithCaveat;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.participation;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    private static String explain(Indicator indicator, String value, Locale locale) {
        return explain(indicator, value, new EvaluationContext(2023, MAY_2024, locale));
    }

    private static String explain(Indicator indicator, String value, EvaluationContext context) {
        return SeriesEvaluator.evaluate(indicator, indicator.series().getFirst(),
                List.of(figure(indicator, 2023, value)), context).explanation();
    }

    @Test
    void dutchExplanationHasDecimalCommaBaselinePeriodDifferenceAndVerdict() {
        assertThat(explain(nuisance(), "1.9", Texts.DUTCH)).isEqualTo(
                "2023: 1,9 per 1.000 inwoners; nulwaarde 2,2 (gemiddelde 2019-2022); 14 % lager → beter");
    }

    @Test
    void dutchRegionalLocaleGivesTheDutchExplanation() {
        assertThat(explain(nuisance(), "1.9", Locale.of("nl", "NL"))).contains("1,9 per 1.000 inwoners");
    }

    @Test
    void caveatRiseExplanationPointsToTheCaveatOnOneLine() {
        String explanation = explain(nuisanceWithCaveat(), "2.5", Texts.DUTCH);

        assertThat(explanation).isEqualTo("2023: 2,5 per 1.000 inwoners; nulwaarde 2,2 (gemiddelde 2019-2022); "
                + "14 % hoger → hoger — zie toelichting: " + CAVEAT);
        assertThat(explanation).doesNotContain("\n").doesNotContain("slechter");
    }

    @Test
    void percentagesAreWrittenWithAPercentSign() {
        assertThat(explain(feelingUnsafe(), "17", Texts.DUTCH)).isEqualTo("2023: 17 % van de bewoners (15+); "
                + "nulwaarde 19 % (gemiddelde 2019 en 2021); 11 % lager → beter");
    }

    @Test
    void higherIsBetterRiseReadsAsBetter() {
        assertThat(explain(participation(), "19", Texts.DUTCH))
                .isEqualTo("2023: 19 % van de bewoners (15+); nulwaarde 17 % (2021); 12 % hoger → beter");
    }

    @Test
    void smallDifferenceHasOneDecimal() {
        assertThat(explain(nuisance(), "2.23", Texts.DUTCH)).endsWith("1,4 % hoger → ongeveer gelijk");
    }

    @Test
    void differenceJustAboveTheToleranceIsNotRoundedOntoIt() {
        Indicator count = indicator("wijken.aantal", Unit.COUNT, Cadence.annual(2019), Direction.LOWER_IS_BETTER, "",
                series("aantal", Unit.COUNT, "100", BaselinePeriod.year(2021)));

        assertThat(explain(count, "102.01", Texts.DUTCH)).endsWith("2,01 % hoger → slechter");
    }

    @Test
    void largeNumbersHaveAThousandsDot() {
        Indicator count = indicator("wijken.aantal", Unit.COUNT, Cadence.annual(2019), Direction.LOWER_IS_BETTER, "",
                series("aantal", Unit.COUNT, "10000", BaselinePeriod.year(2021)));

        assertThat(explain(count, "12500", Texts.DUTCH))
                .isEqualTo("2023: 12.500; nulwaarde 10.000 (2021); 25 % hoger → slechter");
    }

    @Test
    void valueEqualToTheBaselineSaysSo() {
        assertThat(explain(nuisance(), "2.20", Texts.DUTCH)).endsWith("gelijk aan de nulwaarde → ongeveer gelijk");
    }

    @Test
    void riseAboveABaselineOfZeroHasNoPercentage() {
        Indicator fromZero = indicator("wijken.nul", Unit.PER_1000_RESIDENTS, Cadence.annual(2019),
                Direction.LOWER_IS_BETTER, "", series("nul", Unit.PER_1000_RESIDENTS, "0", BaselinePeriod.year(2021)));

        assertThat(explain(fromZero, "0.3", Texts.DUTCH))
                .isEqualTo("2023: 0,3 per 1.000 inwoners; nulwaarde 0 (2021); hoger dan de nulwaarde → slechter");
    }

    @Test
    void englishExplanationUsesEnglishWordsAndNumbers() {
        assertThat(explain(nuisance(), "1.9", Locale.ENGLISH)).isEqualTo(
                "2023: 1.9 per 1,000 residents; baseline 2.2 (average 2019-2022); 14% lower → better");
    }

    @Test
    void englishLateFigureNamesTheMonthInEnglish() {
        SeriesResult result = SeriesEvaluator.evaluate(cbs(), cbs().series().getFirst(), List.of(),
                new EvaluationContext(2023, LocalDate.of(2024, 5, 1), Locale.ENGLISH));

        assertThat(result.explanation()).isEqualTo("2023: figure expected since April 2024");
    }

    @Test
    void englishNotMeasuredNamesTheRounds() {
        SeriesResult result = SeriesEvaluator.evaluate(feelingUnsafe(), feelingUnsafe().series().getFirst(),
                List.of(), new EvaluationContext(2022, MAY_2024, Locale.ENGLISH));

        assertThat(result.explanation())
                .isEqualTo("2022: not measured this year (measured every two years: 2021, 2023, 2025)");
    }

    @Test
    void seriesOfAMultiSeriesIndicatorIsNamed() {
        Indicator crimes = indicator("wijken.hic", Unit.PER_1000_RESIDENTS, Cadence.annual(2019),
                Direction.LOWER_IS_BETTER, "",
                series("woninginbraken", Unit.PER_1000_DWELLINGS, "5.8", Fixtures.AVERAGE_2019_2022),
                series("straatroven", Unit.PER_1000_RESIDENTS, "0.4", Fixtures.AVERAGE_2019_2022));

        assertThat(explain(crimes, "5.1", Texts.DUTCH)).isEqualTo("Woninginbraken 2023: 5,1 per 1.000 woningen; "
                + "nulwaarde 5,8 (gemiddelde 2019-2022); 12 % lager → beter");
    }
}

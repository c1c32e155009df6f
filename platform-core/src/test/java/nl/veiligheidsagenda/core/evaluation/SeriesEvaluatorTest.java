package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.cbs;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.feelingUnsafe;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.figure;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.indicator;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisance;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeriesEvaluatorTest {

    private static SeriesResult evaluate(Indicator indicator, int year, LocalDate today,
                                         Collection<Measurement> measurements) {
        return SeriesEvaluator.evaluate(indicator, indicator.series().getFirst(), measurements,
                EvaluationContext.dutch(year, today));
    }

    private static Indicator quadrennialSurvey() {
        return indicator("wijken.jeugd", Unit.PERCENT_RESIDENTS_15_PLUS, Cadence.quadrennial(2017),
                Direction.LOWER_IS_BETTER, "", series("jeugd", Unit.PERCENT_RESIDENTS_15_PLUS, "12",
                        BaselinePeriod.year(2017)));
    }

    @Test
    void biennialSurveyIsNotMeasuredInTheYearBetweenRounds() {
        SeriesResult result = evaluate(feelingUnsafe(), 2022, LocalDate.of(2023, 6, 1), List.of());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.NOT_MEASURED_THIS_YEAR);
        assertThat(result.explanation())
                .isEqualTo("2022: niet gemeten dit jaar (tweejaarlijkse meting: 2021, 2023, 2025)");
    }

    @Test
    void biennialSurveyIsJudgedInAMeasurementYear() {
        SeriesResult result = evaluate(feelingUnsafe(), 2023, Fixtures.MAY_2024,
                List.of(figure(feelingUnsafe(), 2023, "17")));

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void biennialSurveyWithoutFigureInAMeasurementYearIsNotExcusedByTheCadence() {
        SeriesResult result = evaluate(feelingUnsafe(), 2023, Fixtures.MAY_2024, List.of());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.EXPECTED_LATE);
    }

    @Test
    void quadrennialSurveyIsNotMeasuredIn2023() {
        SeriesResult result = evaluate(quadrennialSurvey(), 2023, Fixtures.MAY_2024, List.of());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.NOT_MEASURED_THIS_YEAR);
        assertThat(result.explanation())
                .isEqualTo("2023: niet gemeten dit jaar (vierjaarlijkse meting: 2021, 2025, 2029)");
    }

    @Test
    void quadrennialSurveyIsJudgedIn2021() {
        SeriesResult result = evaluate(quadrennialSurvey(), 2021, LocalDate.of(2022, 5, 1),
                List.of(figure(quadrennialSurvey(), 2021, "14")));

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.WORSE);
    }

    @Test
    void yearBeforeTheFirstMeasurementIsNotMeasured() {
        SeriesResult result = evaluate(feelingUnsafe(), 2019, LocalDate.of(2024, 5, 1), List.of());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.NOT_MEASURED_THIS_YEAR);
        assertThat(result.explanation()).isEqualTo("2019: niet gemeten dit jaar (tweejaarlijkse meting vanaf 2021)");
    }

    @Test
    void cbsFigureAbsentOnTheFirstOfMayIsExpectedLateSinceApril() {
        SeriesResult result = evaluate(cbs(), 2023, LocalDate.of(2024, 5, 1), List.of());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.EXPECTED_LATE);
        assertThat(result.explanation()).isEqualTo("2023: cijfer verwacht sinds april 2024");
    }

    @Test
    void cbsFigureAbsentOnTheFirstOfMarchIsNotYetDue() {
        SeriesResult result = evaluate(cbs(), 2023, LocalDate.of(2024, 3, 1), List.of());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.NOT_YET_DUE);
        assertThat(result.explanation()).isEqualTo("2023: cijfer verwacht vanaf april 2024");
    }

    @Test
    void figureIsDueFromTheFirstDayOfItsMonth() {
        assertThat(evaluate(cbs(), 2023, LocalDate.of(2024, 3, 31), List.of()).outcome())
                .isEqualTo(SeriesOutcome.NOT_YET_DUE);
        assertThat(evaluate(cbs(), 2023, LocalDate.of(2024, 4, 1), List.of()).outcome())
                .isEqualTo(SeriesOutcome.EXPECTED_LATE);
    }

    @Test
    void figureWithoutAvailabilityMonthIsDueInJanuaryOfTheNextYear() {
        assertThat(evaluate(nuisance(), 2023, LocalDate.of(2023, 12, 31), List.of()).outcome())
                .isEqualTo(SeriesOutcome.NOT_YET_DUE);
        SeriesResult result = evaluate(nuisance(), 2023, LocalDate.of(2024, 1, 1), List.of());
        assertThat(result.outcome()).isEqualTo(SeriesOutcome.EXPECTED_LATE);
        assertThat(result.explanation()).isEqualTo("2023: cijfer verwacht sinds januari 2024");
    }

    @Test
    void figureStillAbsentAfterTheYearItWasDueInIsMissing() {
        assertThat(evaluate(cbs(), 2023, LocalDate.of(2024, 12, 31), List.of()).outcome())
                .isEqualTo(SeriesOutcome.EXPECTED_LATE);
        SeriesResult result = evaluate(cbs(), 2023, LocalDate.of(2025, 1, 1), List.of());
        assertThat(result.outcome()).isEqualTo(SeriesOutcome.MISSING);
        assertThat(result.explanation()).isEqualTo("2023: cijfer ontbreekt (verwacht sinds april 2024)");
    }

    @Test
    void valueWithoutBaselineIsShownButNotJudged() {
        Indicator withoutBaseline = indicator("wijken.nieuw", Unit.PERCENT_RESIDENTS_15_PLUS, Cadence.biennial(2021),
                Direction.HIGHER_IS_BETTER, "", series("nieuw", Unit.PERCENT_RESIDENTS_15_PLUS, null, null));

        SeriesResult result = evaluate(withoutBaseline, 2023, Fixtures.MAY_2024,
                List.of(figure(withoutBaseline, 2023, "17")));

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.NO_BASELINE);
        assertThat(result.value()).hasValue(new BigDecimal("17"));
        assertThat(result.relativeDifferencePercent()).isEmpty();
        assertThat(result.explanation())
                .isEqualTo("2023: 17 % van de bewoners (15+); nog geen nulwaarde → niet beoordeeld");
    }

    @Test
    void finalFigureWinsOverAProvisionalOne() {
        Measurement provisional = new Measurement("wijken.overlast", "overlast", 2023, new BigDecimal("2.5"),
                MeasurementStatus.PROVISIONAL);

        SeriesResult result = evaluate(nuisance(), 2023, Fixtures.MAY_2024,
                List.of(provisional, figure(nuisance(), 2023, "1.9")));

        assertThat(result.value()).hasValue(new BigDecimal("1.9"));
        assertThat(result.outcome()).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void provisionalFigureIsJudgedAndMarkedAsProvisional() {
        Measurement provisional = new Measurement("wijken.overlast", "overlast", 2023, new BigDecimal("1.9"),
                MeasurementStatus.PROVISIONAL);

        SeriesResult result = evaluate(nuisance(), 2023, Fixtures.MAY_2024, List.of(provisional));

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.BETTER);
        assertThat(result.explanation()).startsWith("2023: 1,9 per 1.000 inwoners (voorlopig); nulwaarde 2,2");
    }

    @Test
    void conflictingFinalFiguresAreRefused() {
        List<Measurement> conflicting = List.of(figure(nuisance(), 2023, "1.9"), figure(nuisance(), 2023, "2.0"));

        assertThatIllegalArgumentException().isThrownBy(() -> evaluate(nuisance(), 2023, Fixtures.MAY_2024,
                conflicting)).withMessageContaining("wijken.overlast").withMessageContaining("2023");
    }

    @Test
    void figuresOfOtherYearsSeriesAndIndicatorsAreIgnored() {
        List<Measurement> others = List.of(figure(nuisance(), 2022, "1.0"),
                figure(nuisance(), "andere-reeks", 2023, "1.0"), figure(cbs(), "overlast", 2023, "1.0"));

        assertThat(evaluate(nuisance(), 2023, Fixtures.MAY_2024, others).outcome())
                .isEqualTo(SeriesOutcome.EXPECTED_LATE);
    }

    @Test
    void valueIsJudgedEvenInAYearTheCadenceDoesNotMeasure() {
        SeriesResult result = evaluate(feelingUnsafe(), 2022, Fixtures.MAY_2024,
                List.of(figure(feelingUnsafe(), 2022, "22")));

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.WORSE);
    }
}

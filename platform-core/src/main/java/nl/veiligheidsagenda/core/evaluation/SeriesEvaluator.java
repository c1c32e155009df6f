package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
import nl.veiligheidsagenda.core.spi.IndicatorEvaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates one series of an indicator in one year.
 * <ol>
 *   <li>With a value of a signal (the indicator of a goal accounted in words, or one whose direction the plan
 *       does not state, {@link Direction#NOT_STATED}): {@link SeriesOutcome#SIGNAL}, explained with the value and
 *       its change against the baseline in neutral words ("14 % lager dan de nulwaarde"), never better or worse;
 *       a theme's own judgement is not asked.</li>
 *   <li>With any other value: a theme's {@link IndicatorEvaluation} decides when it gives a judgement; otherwise
 *       the value is compared with the baseline by {@link BaselineComparison} ({@link SeriesOutcome#NO_BASELINE}
 *       when the plan has none). A value is used even in a year the cadence does not measure.</li>
 *   <li>Without a value: {@link Availability} says whether it is not measured this year, not yet due, late or
 *       missing.</li>
 * </ol>
 * Of several figures for the same series and year, a final one wins over provisional ones.
 */
public final class SeriesEvaluator {

    private SeriesEvaluator() {
    }

    /** The series' result under the core's default rules, in the indicator's own direction. */
    public static SeriesResult evaluate(Indicator indicator, Series series, Collection<Measurement> measurements,
                                        EvaluationContext context) {
        return evaluate(indicator, series, measurements, context, Optional.empty());
    }

    /** The series' result in the indicator's own direction, judged by {@code custom} where it gives a judgement. */
    public static SeriesResult evaluate(Indicator indicator, Series series, Collection<Measurement> measurements,
                                        EvaluationContext context, Optional<IndicatorEvaluation> custom) {
        return evaluate(indicator, indicator.direction(), series, measurements, context, custom);
    }

    /**
     * The series' result in {@code direction}: the direction its goal states for the indicator
     * ({@link Goal#statedDirection}), {@link Direction#NOT_STATED} for a signal.
     */
    public static SeriesResult evaluate(Indicator indicator, Direction direction, Series series,
                                        Collection<Measurement> measurements, EvaluationContext context,
                                        Optional<IndicatorEvaluation> custom) {
        Texts texts = new Texts(context.locale());
        int year = context.year();
        String label = indicator.series().size() > 1
                ? texts.text("label.named", series.name(), String.valueOf(year))
                : String.valueOf(year);
        Optional<Measurement> figure = figure(indicator, series, year, measurements);
        if (figure.isEmpty()) {
            SeriesOutcome outcome = Availability.withoutValue(indicator.cadence(), year, context.today());
            return new SeriesResult(series.id(), year, outcome, Optional.empty(), Optional.empty(),
                    explainWithoutValue(outcome, indicator.cadence(), year, label, texts));
        }
        BigDecimal value = figure.get().value();
        Optional<Baseline> baseline = series.baselineIfAny();
        Optional<BigDecimal> difference = baseline.flatMap(
                base -> BaselineComparison.relativeDifferencePercent(value, base.value()));
        Unit unit = series.unit() != null ? series.unit() : indicator.unit();
        String valueText = texts.valueWithUnit(value, unit)
                + (figure.get().isProvisional() ? texts.text("provisional") : "");
        if (direction == null || !direction.isStated()) {
            return new SeriesResult(series.id(), year, SeriesOutcome.SIGNAL, figure, difference,
                    explainSignal(label, valueText, value, baseline, difference, unit, texts));
        }
        Optional<IndicatorEvaluation.Judgement> judgement = custom.flatMap(
                evaluation -> Objects.requireNonNullElse(evaluation.judge(indicator, series, year, value),
                        Optional.empty()));
        SeriesOutcome outcome = judgement.map(given -> SeriesOutcome.valueOf(given.name()))
                .orElseGet(() -> baseline.map(base -> BaselineComparison.compare(direction,
                        indicator.hasReportingCaveat(), value, base.value())).orElse(SeriesOutcome.NO_BASELINE));

        String explanation;
        if (!outcome.isJudgement()) {
            explanation = texts.text("series.noBaseline", label, valueText);
        } else {
            String verdict = verdict(outcome, indicator, texts)
                    + (judgement.isPresent() ? ruleSuffix(custom.get(), context, texts) : "");
            explanation = baseline
                    .map(base -> texts.text("series.judged", label, valueText, texts.baselineValue(base.value(), unit),
                            texts.period(base.period()), differenceText(value, base.value(), difference, "",
                                    outcome != SeriesOutcome.ABOUT_THE_SAME, texts), verdict))
                    .orElseGet(() -> texts.text("series.judgedWithoutBaseline", label, valueText, verdict));
        }
        return new SeriesResult(series.id(), year, outcome, figure, difference, explanation);
    }

    /**
     * The figure of {@code series} in {@code year}: a final figure if there is one, else a provisional one.
     *
     * @throws IllegalArgumentException when two figures of the same status disagree
     */
    public static Optional<Measurement> figure(Indicator indicator, Series series, int year,
                                               Collection<Measurement> measurements) {
        List<Measurement> matching = measurements.stream()
                .filter(measurement -> measurement.isFor(indicator.id(), series.id(), year)).toList();
        List<Measurement> finals = matching.stream().filter(measurement -> !measurement.isProvisional()).toList();
        List<Measurement> candidates = finals.isEmpty() ? matching : finals;
        if (candidates.stream().map(measurement -> measurement.value().stripTrailingZeros()).distinct().count() > 1) {
            throw new IllegalArgumentException("indicator " + indicator.id() + ", series " + series.id() + ", year "
                    + year + " has conflicting " + candidates.getFirst().status().name().toLowerCase()
                    + " figures: " + candidates.stream().map(measurement -> measurement.value().toPlainString())
                    .toList());
        }
        return candidates.stream().findFirst();
    }

    /** The one-line explanation of a series (or indicator) without value. */
    static String explainWithoutValue(SeriesOutcome outcome, Cadence cadence, int year, String label, Texts texts) {
        String frequency = texts.text("frequency." + cadence.frequency().name());
        String due = texts.month(Availability.dueDate(cadence, year).getMonth(), year + 1);
        return switch (outcome) {
            case NOT_MEASURED_THIS_YEAR -> year < cadence.firstYear()
                    ? texts.text("series.notMeasured.beforeFirstYear", label, frequency,
                    String.valueOf(cadence.firstYear()))
                    : texts.text("series.notMeasured", label, frequency, Texts.years(measuredYearsAround(cadence, year)));
            case NOT_YET_DUE -> texts.text("series.notYetDue", label, due);
            case EXPECTED_LATE -> texts.text("series.expectedLate", label, due);
            case MISSING -> texts.text("series.missing", label, due);
            default -> throw new IllegalArgumentException(outcome + " is an outcome with a value");
        };
    }

    /** The last measurement year before {@code year} and the two after it: 2021, 2023, 2025 for 2022. */
    private static List<Integer> measuredYearsAround(Cadence cadence, int year) {
        int step = cadence.frequency().years();
        int previous = cadence.firstYear() + (year - cadence.firstYear()) / step * step;
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            years.add(previous + i * step);
        }
        return years;
    }

    /** "2023: 0,5 per 1.000 inwoners; nulwaarde 0,6 (2022); 17 % lager dan de nulwaarde": no verdict. */
    private static String explainSignal(String label, String valueText, BigDecimal value, Optional<Baseline> baseline,
                                        Optional<BigDecimal> difference, Unit unit, Texts texts) {
        return baseline.map(base -> texts.text("series.signal", label, valueText,
                        texts.baselineValue(base.value(), unit), texts.period(base.period()),
                        differenceText(value, base.value(), difference, "signal.", false, texts)))
                .orElseGet(() -> texts.text("series.signalWithoutBaseline", label, valueText));
    }

    /**
     * "14 % lager" ({@code keyPrefix} empty) or "14 % lager dan de nulwaarde" ("signal."); a judged difference
     * close to the tolerance gets two decimals.
     */
    private static String differenceText(BigDecimal value, BigDecimal baseline, Optional<BigDecimal> difference,
                                         String keyPrefix, boolean judged, Texts texts) {
        int direction = value.compareTo(baseline);
        if (direction == 0) {
            return texts.text("difference.none");
        }
        String key = direction < 0 ? "difference.lower" : "difference.higher";
        return difference.map(percent -> texts.text(keyPrefix + key, texts.percent(percent, judged)))
                .orElseGet(() -> texts.text(key + ".thanZero"));
    }

    /** "beter", "hoger — zie toelichting: <the plan's caveat>". */
    static String verdict(SeriesOutcome outcome, Indicator indicator, Texts texts) {
        String verdict = texts.text("verdict." + outcome.name());
        if (outcome == SeriesOutcome.HIGHER_SEE_EXPLANATION && indicator.hasReportingCaveat()) {
            verdict += texts.text("caveat", Texts.oneLine(indicator.reportingCaveat()));
        }
        return verdict;
    }

    private static String ruleSuffix(IndicatorEvaluation evaluation, EvaluationContext context, Texts texts) {
        String rule = Objects.requireNonNullElse(evaluation.ruleDescription(context.locale()), "");
        return rule.isBlank() ? texts.text("rule.theme.unnamed") : texts.text("rule.theme", Texts.oneLine(rule));
    }
}

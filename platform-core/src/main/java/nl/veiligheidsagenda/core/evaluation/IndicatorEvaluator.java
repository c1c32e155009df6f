package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.spi.IndicatorEvaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates an indicator (one to four series) in one year and combines its series.
 * <p><b>Combination rule.</b>
 * <ol>
 *   <li>Completeness first: when some series have a value and others are due and absent (late or missing), the
 *       indicator is {@link SeriesOutcome#INCOMPLETE}, whatever the values say.</li>
 *   <li>When at least one series is judged ({@link SeriesOutcome#isJudgement()}), the judgement shared by strictly
 *       the most judged series wins (plurality); a tie for the top gives {@link SeriesOutcome#ABOUT_THE_SAME}.
 *       Unjudged series do not vote. So 3 better and 1 worse is BETTER, 2 better and 2 worse ABOUT_THE_SAME, and
 *       an indicator with a reporting caveat whose series mostly rose stays
 *       {@link SeriesOutcome#HIGHER_SEE_EXPLANATION}.</li>
 *   <li>Otherwise the most informative state of its series wins, in this order: {@link SeriesOutcome#MISSING},
 *       {@link SeriesOutcome#EXPECTED_LATE}, {@link SeriesOutcome#SIGNAL}, {@link SeriesOutcome#NO_BASELINE},
 *       {@link SeriesOutcome#NOT_YET_DUE}, {@link SeriesOutcome#NOT_MEASURED_THIS_YEAR}.</li>
 * </ol>
 */
public final class IndicatorEvaluator {

    /** The order in which unjudged states are reported when no series is judged: most in need of action first. */
    public static final List<SeriesOutcome> UNJUDGED_PRIORITY = List.of(SeriesOutcome.MISSING,
            SeriesOutcome.EXPECTED_LATE, SeriesOutcome.SIGNAL, SeriesOutcome.NO_BASELINE, SeriesOutcome.NOT_YET_DUE,
            SeriesOutcome.NOT_MEASURED_THIS_YEAR);

    private IndicatorEvaluator() {
    }

    /** The indicator's result under the core's default rules, in its own direction. */
    public static IndicatorResult evaluate(Indicator indicator, Collection<Measurement> measurements,
                                           EvaluationContext context) {
        return evaluate(indicator, measurements, context, Optional.empty());
    }

    /** The indicator's result in its own direction, with a theme's own judgement where {@code custom} is present. */
    public static IndicatorResult evaluate(Indicator indicator, Collection<Measurement> measurements,
                                           EvaluationContext context, Optional<IndicatorEvaluation> custom) {
        return evaluate(indicator, indicator.direction(), measurements, context, custom);
    }

    /**
     * The result of {@code indicator} as an indicator of {@code goal}: judged in the direction a measured goal
     * states, shown as a signal under a goal accounted in words.
     */
    public static IndicatorResult evaluate(Goal goal, Indicator indicator, Collection<Measurement> measurements,
                                           EvaluationContext context, Optional<IndicatorEvaluation> custom) {
        return evaluate(indicator, goal.statedDirection(indicator), measurements, context, custom);
    }

    private static IndicatorResult evaluate(Indicator indicator, Direction direction,
                                            Collection<Measurement> measurements, EvaluationContext context,
                                            Optional<IndicatorEvaluation> custom) {
        List<SeriesResult> series = indicator.series().stream()
                .map(one -> SeriesEvaluator.evaluate(indicator, direction, one, measurements, context, custom))
                .toList();
        List<SeriesOutcome> outcomes = series.stream().map(SeriesResult::outcome).toList();
        SeriesOutcome outcome = combine(outcomes);
        return new IndicatorResult(indicator.id(), context.year(), outcome,
                explain(indicator, series, outcome, context), series);
    }

    /**
     * Combines the outcomes of an indicator's series by the rule in the class comment.
     *
     * @throws IllegalArgumentException when there are no outcomes
     */
    public static SeriesOutcome combine(List<SeriesOutcome> seriesOutcomes) {
        if (seriesOutcomes.isEmpty()) {
            throw new IllegalArgumentException("an indicator needs at least one series to be evaluated");
        }
        if (seriesOutcomes.stream().anyMatch(SeriesOutcome::hasValue)
                && seriesOutcomes.stream().anyMatch(SeriesOutcome::isDueAndAbsent)) {
            return SeriesOutcome.INCOMPLETE;
        }
        List<SeriesOutcome> judged = seriesOutcomes.stream().filter(SeriesOutcome::isJudgement).toList();
        if (!judged.isEmpty()) {
            return Votes.plurality(judged).orElse(SeriesOutcome.ABOUT_THE_SAME);
        }
        return UNJUDGED_PRIORITY.stream().filter(seriesOutcomes::contains).findFirst().orElseThrow();
    }

    private static String explain(Indicator indicator, List<SeriesResult> series, SeriesOutcome outcome,
                                  EvaluationContext context) {
        if (series.size() == 1) {
            return series.getFirst().explanation();
        }
        Texts texts = new Texts(context.locale());
        boolean sameStateWithoutValues = series.stream()
                .allMatch(one -> one.outcome() == outcome && one.measurement().isEmpty());
        if (sameStateWithoutValues) {
            // Cadence and due date belong to the indicator: say it once, as for a single series.
            return SeriesEvaluator.explainWithoutValue(outcome, indicator.cadence(), context.year(),
                    String.valueOf(context.year()), texts);
        }
        return texts.text("indicator.summary", String.valueOf(context.year()), String.valueOf(series.size()),
                Votes.describe(series.stream().map(SeriesResult::outcome).toList(), texts),
                SeriesEvaluator.verdict(outcome, indicator, texts));
    }
}

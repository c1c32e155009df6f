package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.spi.IndicatorEvaluation;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The pure entry point: a goal's status in one year, with its indicators' and series' results, all explained in
 * one line each. Side-effect free; "today" is an input.
 * <p><b>Goal status rule.</b> The goal's kind ({@link Goal#kind()}, from its wording) decides.
 * <ul>
 *   <li>A goal <em>accounted in words</em> (no indicator, or a wording like "wordt voorkomen en bestreden") is
 *       {@link GoalStatus#REPORTED_IN_WORDS}; its {@link GoalResult#ownerStatus()} is the owner's assessment, or
 *       {@link OwnerStatus#NOT_ASSESSED} when there is none. Its indicators are signals
 *       ({@link SeriesOutcome#SIGNAL}): value and change against the baseline, never a verdict. Such a goal is
 *       never {@link GoalStatus#ON_COURSE}.</li>
 *   <li>A <em>measured</em> goal with a figure due and not in (an indicator late, missing or
 *       {@link SeriesOutcome#INCOMPLETE}) is {@link GoalStatus#INCOMPLETE}: no verdict, the explanation says how
 *       many indicators are missing and since when, then what is in. Not measured this year (cadence) and not yet
 *       due are not missing.</li>
 *   <li>Otherwise every judged indicator votes: BETTER → ON_COURSE, ABOUT_THE_SAME → ABOUT_THE_SAME,
 *       WORSE → OFF_COURSE, HIGHER_SEE_EXPLANATION → ATTENTION. The status shared by strictly the most indicators
 *       wins; a tie for the top (a mixed picture) gives {@link GoalStatus#ABOUT_THE_SAME}. Unjudged indicators
 *       do not vote; with no judged indicator at all the goal is {@link GoalStatus#NO_DATA_YET}.</li>
 * </ul>
 * The same plurality rule combines series into an indicator (see {@link IndicatorEvaluator}).
 */
public final class GoalEvaluator {

    private static final Map<SeriesOutcome, GoalStatus> VOTES = Map.of(
            SeriesOutcome.BETTER, GoalStatus.ON_COURSE,
            SeriesOutcome.ABOUT_THE_SAME, GoalStatus.ABOUT_THE_SAME,
            SeriesOutcome.WORSE, GoalStatus.OFF_COURSE,
            SeriesOutcome.HIGHER_SEE_EXPLANATION, GoalStatus.ATTENTION);

    private GoalEvaluator() {
    }

    /** The goal's result under the core's default rules. */
    public static GoalResult evaluate(Goal goal, int year, Collection<Measurement> measurements, LocalDate today,
                                      Optional<OwnerAssessment> assessment, Locale locale) {
        return evaluate(goal, measurements, assessment, new EvaluationContext(year, today, locale),
                indicatorId -> Optional.empty());
    }

    /**
     * The goal's result with the theme's own judgements: pass {@code plugin::evaluation} (see
     * {@link ThemePlugin#evaluation(String)}) as {@code customEvaluations}.
     */
    public static GoalResult evaluate(Goal goal, Collection<Measurement> measurements,
                                      Optional<OwnerAssessment> assessment, EvaluationContext context,
                                      Function<String, Optional<IndicatorEvaluation>> customEvaluations) {
        Texts texts = new Texts(context.locale());
        String year = String.valueOf(context.year());
        OwnerStatus ownerStatus = assessment.map(OwnerAssessment::status).orElse(OwnerStatus.NOT_ASSESSED);
        List<IndicatorResult> indicators = goal.indicators().stream()
                .map(indicator -> IndicatorEvaluator.evaluate(goal, indicator, measurements, context,
                        custom(indicator, customEvaluations)))
                .toList();
        List<SeriesOutcome> outcomes = indicators.stream().map(IndicatorResult::outcome).toList();
        if (!goal.measured()) {
            String explanation = texts.text("goal.inWords", year, texts.text("owner." + ownerStatus.name()))
                    + (outcomes.isEmpty() ? "" : texts.text("goal.signals", Votes.describe(outcomes, texts)));
            return new GoalResult(goal.id(), goal.kind(), context.year(), GoalStatus.REPORTED_IN_WORDS, ownerStatus,
                    explanation, indicators);
        }
        GoalStatus status = combine(outcomes);
        String explanation = status == GoalStatus.INCOMPLETE
                ? explainIncomplete(blocking(goal, outcomes), outcomes, context, texts)
                : texts.text("goal.summary", year, texts.text("status." + status.name()),
                Votes.describe(outcomes, texts));
        return new GoalResult(goal.id(), goal.kind(), context.year(), status, ownerStatus, explanation, indicators);
    }

    /** The indicators whose due figures are not (all) in, in the goal's order. */
    private static List<Indicator> blocking(Goal goal, List<SeriesOutcome> outcomes) {
        return IntStream.range(0, outcomes.size()).filter(i -> outcomes.get(i).blocksVerdict())
                .mapToObj(i -> goal.indicators().get(i)).toList();
    }

    /**
     * "2023: onvolledig, 2 van 3 indicatoren ontbreken (verwacht sinds januari 2024); wel binnen: 1 beter".
     */
    private static String explainIncomplete(List<Indicator> blocking, List<SeriesOutcome> outcomes,
                                            EvaluationContext context, Texts texts) {
        int year = context.year();
        long partial = outcomes.stream().filter(outcome -> outcome == SeriesOutcome.INCOMPLETE).count();
        long absent = blocking.size() - partial;
        String what = absent == 0 ? texts.text("incomplete.partial", partial, outcomes.size())
                : partial == 0 ? texts.text("incomplete.missing", absent, outcomes.size())
                : texts.text("incomplete.missingAndPartial", absent, partial, outcomes.size());
        String since = texts.and(blocking.stream().map(indicator -> Availability.dueDate(indicator.cadence(), year))
                .distinct().sorted().map(date -> texts.month(date.getMonth(), date.getYear())).toList());
        List<SeriesOutcome> in = outcomes.stream().filter(SeriesOutcome::hasValue).toList();
        return texts.text("goal.incomplete", String.valueOf(year), what, since)
                + (in.isEmpty() ? "" : texts.text("goal.partialPicture", Votes.describe(in, texts)));
    }

    /** Combines the outcomes of a measured goal's indicators by the rule in the class comment. */
    public static GoalStatus combine(List<SeriesOutcome> indicatorOutcomes) {
        if (indicatorOutcomes.stream().anyMatch(SeriesOutcome::blocksVerdict)) {
            return GoalStatus.INCOMPLETE;
        }
        List<GoalStatus> votes = indicatorOutcomes.stream().filter(SeriesOutcome::isJudgement).map(VOTES::get)
                .toList();
        if (votes.isEmpty()) {
            return GoalStatus.NO_DATA_YET;
        }
        return Votes.plurality(votes).orElse(GoalStatus.ABOUT_THE_SAME);
    }

    private static Optional<IndicatorEvaluation> custom(Indicator indicator,
                                                        Function<String, Optional<IndicatorEvaluation>> lookup) {
        return Objects.requireNonNullElse(lookup.apply(indicator.id()), Optional.empty());
    }
}

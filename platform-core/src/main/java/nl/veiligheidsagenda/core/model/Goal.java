package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * A goal ("doel") with its statement as the plan words it (sentence case), the rule by which it is evaluated,
 * its effect indicators (none: the goal is reported in words) and the actions of its approach ("aanpak").
 */
public record Goal(String id, String statement, EvaluationRule rule, List<Indicator> indicators,
                   List<Action> actions) {

    public Goal {
        indicators = List.copyOf(indicators);
        actions = List.copyOf(actions);
    }

    /**
     * True when the plan says "Geen effectindicator beschikbaar". Such a goal is accounted in words; so is a goal
     * with signal indicators, see {@link #kind()}.
     */
    public boolean reportedInWords() {
        return indicators.isEmpty();
    }

    /**
     * Measured or accounted in words, from the goal's own wording as its {@link EvaluationRule} declares it. A goal
     * without indicator is always accounted in words. Since core SPI 1.2 (it works for older plugins' goals too).
     */
    public GoalKind kind() {
        return rule == null || indicators.isEmpty() ? GoalKind.ACCOUNTED_IN_WORDS : rule.goalKind();
    }

    public boolean measured() {
        return kind() == GoalKind.MEASURED;
    }

    /**
     * The direction {@code indicator} is judged in under this goal: its own for a measured goal,
     * {@link Direction#NOT_STATED} for a goal accounted in words (whatever an older plugin declared).
     */
    public Direction statedDirection(Indicator indicator) {
        return measured() && indicator.direction() != null ? indicator.direction() : Direction.NOT_STATED;
    }

    /**
     * Every series whose baseline covers another period than the one the goal's statement names, in the plan's
     * order; empty when the goal names no period.
     */
    public List<PeriodDifference> periodDifferences() {
        if (rule == null || rule.statedPeriod() == null) {
            return List.of();
        }
        BaselinePeriod stated = rule.statedPeriod();
        return indicators.stream().flatMap(indicator -> indicator.series().stream()
                        .filter(series -> series.baseline() != null
                                && !series.baseline().period().years().equals(stated.years()))
                        .map(series -> new PeriodDifference(indicator, series, stated)))
                .toList();
    }
}

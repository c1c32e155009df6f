package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PeriodDifference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a goal is judged, in the plan's words: the goal page and the progress report say it with the same sentences
 * (texts {@code catalogue.rule.*}), so the council's document never says something the screens do not.
 */
public final class GoalRuleWords {

    /** Looks up a text by key, with arguments. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    private final Texts texts;

    public GoalRuleWords(Texts texts) {
        this.texts = texts;
    }

    /**
     * Its kind as the plan's wording gives it, then for a measured goal the direction and the completeness rule (and
     * the reporting caveat where one applies), for a goal accounted in words the owner's assessment and, where it
     * has indicators, that they are signals.
     */
    public List<String> rule(Goal goal) {
        EvaluationRule rule = goal.rule();
        List<String> sentences = new ArrayList<>();
        if (!goal.measured()) {
            sentences.add(texts.text(goal.indicators().isEmpty() ? "catalogue.rule.no-indicator"
                    : "catalogue.rule.qualitative", rule.wording()));
            if (!goal.indicators().isEmpty()) {
                sentences.add(texts.text("catalogue.rule.signals"));
            }
            return sentences;
        }
        sentences.add(texts.text("catalogue.rule.measurable",
                texts.text("catalogue.rule.compare." + comparison(goal)), rule.wording()));
        sentences.add(texts.text("catalogue.rule.completeness"));
        if (goal.indicators().stream().anyMatch(Indicator::hasReportingCaveat)) {
            sentences.add(texts.text("catalogue.rule.caveat"));
        }
        return sentences;
    }

    /**
     * "De nulwaarde van Meldingen … beslaat gemiddelde 2019-2021, het doel noemt gemiddelde 2019-2022. <reason>"
     */
    public String periodDifference(PeriodDifference difference) {
        String name = difference.indicator().series().size() > 1
                ? difference.indicator().name() + " (" + difference.series().name() + ")"
                : difference.indicator().name();
        return texts.text("catalogue.rule.period-difference", name, difference.baselinePeriod().label(),
                difference.goalPeriod().label(), difference.note());
    }

    private static String comparison(Goal goal) {
        Set<Direction> directions = goal.indicators().stream().map(goal::statedDirection).collect(Collectors.toSet());
        if (directions.equals(Set.of(Direction.LOWER_IS_BETTER))) {
            return "lower";
        }
        return directions.equals(Set.of(Direction.HIGHER_IS_BETTER)) ? "higher" : "per-indicator";
    }
}

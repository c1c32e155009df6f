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

    /** True when the plan says "Geen effectindicator beschikbaar": progress is reported in words only. */
    public boolean reportedInWords() {
        return indicators.isEmpty();
    }
}

package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.GoalKind;

import java.util.List;
import java.util.Objects;

/**
 * The result of one goal in one year.
 *
 * @param goalId      the goal's id
 * @param kind        measured (the status is judged from the figures) or accounted in words (the status is the
 *                    owner's assessment)
 * @param year        the reporting year
 * @param status      the goal's status
 * @param ownerStatus the owner's assessment where one was given, {@link OwnerStatus#NOT_ASSESSED} otherwise; it
 *                    drives the display of a goal {@link GoalStatus#REPORTED_IN_WORDS} and is informative only
 *                    for a goal with indicators
 * @param explanation one line for the council, e.g. "2023: op koers (indicatoren: 1 beter, 1 ongeveer gelijk)"
 * @param indicators  the result of each indicator in the plan's order (empty for a goal reported in words)
 */
public record GoalResult(String goalId, GoalKind kind, int year, GoalStatus status, OwnerStatus ownerStatus,
                         String explanation, List<IndicatorResult> indicators) {

    public GoalResult {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ownerStatus, "ownerStatus");
        Objects.requireNonNull(explanation, "explanation");
        indicators = List.copyOf(indicators);
    }
}

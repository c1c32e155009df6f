package nl.veiligheidsagenda.core.evaluation;

/** Whether a goal is on course in a year; see {@link GoalEvaluator} for how it follows from its indicators. */
public enum GoalStatus {
    /** Most judged indicators are better than their baseline. */
    ON_COURSE,
    /** Most judged indicators are about the same, or the picture is mixed (a tie). */
    ABOUT_THE_SAME,
    /** Most judged indicators are worse. */
    OFF_COURSE,
    /** Most judged indicators rose while the plan warns that more effort can raise them: read the story. */
    ATTENTION,
    /** No indicator could be judged yet (not measured, not due, late, missing or without baseline). */
    NO_DATA_YET,
    /**
     * The goal has no effect indicator: progress is told in words and the owner's own assessment
     * ({@link GoalResult#ownerStatus()}) is shown, {@link OwnerStatus#NOT_ASSESSED} when there is none.
     */
    REPORTED_IN_WORDS
}

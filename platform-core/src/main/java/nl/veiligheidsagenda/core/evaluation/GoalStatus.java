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
    /**
     * A measured goal some of whose due figures are not in (late or missing, for a whole indicator or for some of
     * its series): no verdict, however good the figures that are in look. The explanation says what is missing
     * and since when, and may show the partial picture.
     */
    INCOMPLETE,
    /** No indicator could be judged yet, and none is due and absent (not measured this year, not yet due). */
    NO_DATA_YET,
    /**
     * The goal is accounted in words ({@link nl.veiligheidsagenda.core.model.GoalKind#ACCOUNTED_IN_WORDS}): progress
     * is told in words and the owner's own assessment ({@link GoalResult#ownerStatus()}) is shown,
     * {@link OwnerStatus#NOT_ASSESSED} when there is none. Its indicators, if any, are signals without verdict.
     */
    REPORTED_IN_WORDS
}

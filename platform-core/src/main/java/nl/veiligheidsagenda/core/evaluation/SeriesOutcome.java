package nl.veiligheidsagenda.core.evaluation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The outcome of one series in one year, also used for an indicator's combined outcome. The first four are
 * judgements against the baseline; the others say why there is no judgement.
 */
public enum SeriesOutcome {
    /** Moved in the goal's direction by more than {@link BaselineComparison#TOLERANCE}. */
    BETTER,
    /** Within {@link BaselineComparison#TOLERANCE} of the baseline (inclusive). */
    ABOUT_THE_SAME,
    /** Moved against the goal's direction by more than the tolerance. */
    WORSE,
    /**
     * Rose while the indicator has a reporting caveat (more effort can mean more reports): never a plain "worse",
     * the story behind the figures explains it.
     */
    HIGHER_SEE_EXPLANATION,
    /**
     * A value of a signal (an indicator of a goal accounted in words, or one without stated direction): shown with
     * its change against the baseline in neutral words, never judged.
     */
    SIGNAL,
    /** A value exists but the plan has no baseline yet: shown, not judged. */
    NO_BASELINE,
    /**
     * Only for an indicator: some of its series have a value, others are due and absent
     * ({@link #isDueAndAbsent()}). No verdict until all are in.
     */
    INCOMPLETE,
    /** The cadence has no measurement in this year (e.g. a biennial survey in an even year): not missing. */
    NOT_MEASURED_THIS_YEAR,
    /** No value while it is not due yet (see {@link Availability#dueDate}). */
    NOT_YET_DUE,
    /** No value, due since the due date in the year after the reporting year, and that year is still running. */
    EXPECTED_LATE,
    /** No value, and the year after the reporting year has ended too: the figure is missing. */
    MISSING;

    private static final Set<SeriesOutcome> WITH_VALUE = EnumSet.of(BETTER, ABOUT_THE_SAME, WORSE,
            HIGHER_SEE_EXPLANATION, SIGNAL, NO_BASELINE);

    /** True for the four outcomes that compare a value with a baseline. */
    public boolean isJudgement() {
        return ordinal() <= HIGHER_SEE_EXPLANATION.ordinal();
    }

    /** True when a figure was entered (for an indicator: for every series). */
    public boolean hasValue() {
        return WITH_VALUE.contains(this);
    }

    /** True when a figure should be in and is not: late or missing. Not measured and not yet due are neither. */
    public boolean isDueAndAbsent() {
        return this == EXPECTED_LATE || this == MISSING;
    }

    /** True when a due figure is not in, for a series or for (part of) an indicator. */
    public boolean blocksVerdict() {
        return isDueAndAbsent() || this == INCOMPLETE;
    }
}

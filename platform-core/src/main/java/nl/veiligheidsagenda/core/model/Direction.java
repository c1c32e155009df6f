package nl.veiligheidsagenda.core.model;

/**
 * Which way an indicator should move for its goal to be reached, as far as the plan says.
 * <p>Only a measured goal ({@link GoalKind#MEASURED}) gives its indicators a direction: "daalt" makes lower
 * better, "is groter" higher, "is beter" / "veiliger" whichever way the indicator measures the improvement. The
 * indicators of a goal accounted in words are signals: the plan states no direction for them
 * ({@link #NOT_STATED}), and more reports can even be what the approach aims for.
 */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER,
    /**
     * The plan states no direction: the indicator is a signal, shown with its value and its change against the
     * baseline in neutral words, never judged better or worse. Since core SPI 1.2.
     */
    NOT_STATED;

    /** True for the two directions a figure can be judged by. */
    public boolean isStated() {
        return this != NOT_STATED;
    }
}

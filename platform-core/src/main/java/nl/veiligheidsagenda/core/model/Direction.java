package nl.veiligheidsagenda.core.model;

/** Which way an indicator should move for the goal to be reached. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
}

package nl.veiligheidsagenda.core.evaluation;

/**
 * The owner's own assessment of a goal without effect indicator, given with the story of the year. Absent
 * assessments are {@link #NOT_ASSESSED}: no data is never shown as success.
 */
public enum OwnerStatus {
    ON_COURSE,
    /** Some of the approach works, some is behind. */
    PARTLY_ON_COURSE,
    OFF_COURSE,
    NOT_ASSESSED
}

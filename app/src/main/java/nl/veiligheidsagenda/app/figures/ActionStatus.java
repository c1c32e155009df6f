package nl.veiligheidsagenda.app.figures;

/** The yearly state of an action of the plan. */
public enum ActionStatus {
    NOT_STARTED, RUNNING, COMPLETED, DELAYED, STOPPED
}

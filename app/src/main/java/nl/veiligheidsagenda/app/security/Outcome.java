package nl.veiligheidsagenda.app.security;

/** The result of an audited action. */
public enum Outcome {
    SUCCESS,
    /** Tried and failed: wrong password, invalid input, a refused change. */
    FAILURE,
    /** Refused because the actor lacks the role or the theme scope. */
    DENIED
}

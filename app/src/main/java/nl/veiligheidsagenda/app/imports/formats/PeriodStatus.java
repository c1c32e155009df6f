package nl.veiligheidsagenda.app.imports.formats;

/** How final a published period's figures are, as CBS marks the period ("Definitief", "Voorlopig", …). */
public enum PeriodStatus {
    FINAL,
    PROVISIONAL,
    /** "Nader voorlopig": revised, still provisional. */
    REVISED_PROVISIONAL,
    /** The file does not say. */
    UNKNOWN;

    /** CBS's status words in the OData services' period lists; unknown words give {@link #UNKNOWN}. */
    static PeriodStatus fromCbs(String status) {
        String word = Names.normalise(status);
        return switch (word) {
            case "definitief" -> FINAL;
            case "voorlopig" -> PROVISIONAL;
            case "nadervoorlopig" -> REVISED_PROVISIONAL;
            default -> UNKNOWN;
        };
    }
}

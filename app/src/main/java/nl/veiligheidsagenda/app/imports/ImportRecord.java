package nl.veiligheidsagenda.app.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An import as the history keeps it: who ran it, when, its files and what it did.
 *
 * @param outcome {@code APPLIED}, {@code REFUSED} (the files or some rows were refused: nothing stored),
 *                {@code FAILED} (figures changed meanwhile, or the database refused: nothing stored) or
 *                {@code RUNNING} (an apply under way, or one the application did not live to finish)
 * @param detail  why it was refused or failed, or a short summary; plain text (shown escaped)
 */
public record ImportRecord(long id, String format, String outcome, Map<Outcome, Long> counts,
                           boolean provisionalReplacesFinal, String detail, String runBy, OffsetDateTime startedAt,
                           OffsetDateTime finishedAt, List<FileEntry> files) {

    public static final String APPLIED = "APPLIED";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";
    public static final String RUNNING = "RUNNING";

    /** One file of an import: its name as sent, SHA-256 and size. */
    public record FileEntry(String name, String sha256, long size) {
    }
}

package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.formats.Reason;

import java.util.List;
import java.util.Map;

/**
 * What a preview or an apply found.
 *
 * @param formats  the format of each file, in order
 * @param counts   how many records got each outcome
 * @param rows     the rows kept for showing (the first of each outcome; all of them went to the caller's sink)
 * @param applied  whether the figures were stored (never for a preview)
 * @param refusal  why nothing can be or was stored (a file no format reads, refused rows, a conflict), or null
 * @param importId the history's id of an apply, or 0 for a preview
 */
public record ImportResult(List<String> formats, Map<Outcome, Long> counts, List<ImportRow> rows, boolean applied,
                           Reason refusal, long importId) {

    public long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** Figures an apply writes (or wrote): the new and the changed ones. */
    public long writes() {
        return count(Outcome.NEW) + count(Outcome.CHANGED);
    }
}

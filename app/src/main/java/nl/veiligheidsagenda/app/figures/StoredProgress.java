package nl.veiligheidsagenda.app.figures;

import java.time.OffsetDateTime;

/** An action's progress in one year. */
public record StoredProgress(String actionId, int year, ActionStatus status, String note, String author,
                             OffsetDateTime updatedAt, int version) {
}

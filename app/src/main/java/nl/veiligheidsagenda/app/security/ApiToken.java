package nl.veiligheidsagenda.app.security;

import java.time.OffsetDateTime;

/**
 * An API token as admins see it: never the token itself (only its first characters, to recognise it).
 *
 * @param prefix the token's first characters, e.g. {@code va_3Fk9q}
 */
public record ApiToken(long id, long personId, String label, String prefix, OffsetDateTime createdAt,
                       String createdBy, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }
}

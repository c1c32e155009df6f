package nl.veiligheidsagenda.app.security;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param actor    the account name, or {@code anoniem}/{@code systeem}
 * @param action   what was done, e.g. {@code login}, {@code person.create}, {@code theme.enable}
 * @param target   the object it was done to, e.g. {@code person:jjansen}, {@code theme:wijken}
 * @param originIp the client's IP address, {@code -} when there is no request (start-up)
 * @param detail   a short explanation, never a secret
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String target,
                         Outcome outcome, String originIp, String detail) {
}

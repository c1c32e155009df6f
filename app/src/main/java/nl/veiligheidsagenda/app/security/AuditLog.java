package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.PersistenceException;
import nl.veiligheidsagenda.app.logging.Log;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit log: every sign-in (success and failure) and every change of data, role or setting.
 * Each entry is also written to the application log (failures and denials as warnings). There is no method to
 * change or delete an entry, and the database refuses it ({@link AuditLogGuard}).
 */
public final class AuditLog {

    /** Actor name for work the application does itself (first-run admin). */
    public static final String SYSTEM = "systeem";
    /** Actor name when nobody is signed in (failed sign-ins with an unknown name). */
    public static final String ANONYMOUS = "anoniem";

    private static final Log LOG = Log.named("audit");
    private static final int MAX_DETAIL = 1000;

    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records what {@code actor} did; the origin is the current request's client address. */
    public void record(Actor actor, String action, String target, Outcome outcome, String detail) {
        record(actor.username(), action, target, outcome, detail);
    }

    public void record(String actor, String action, String target, Outcome outcome, String detail) {
        String origin = RequestOrigin.current();
        String safeDetail = detail == null ? "" : truncate(detail.replaceAll("[\\r\\n\\t]+", " "), MAX_DETAIL);
        if (outcome == Outcome.SUCCESS) {
            LOG.info("{} {} {} {} from {}: {}", actor, action, target, outcome, origin, safeDetail);
        } else {
            LOG.warn("{} {} {} {} from {}: {}", actor, action, target, outcome, origin, safeDetail);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log"
                     + " (occurred_at, actor, action, target, outcome, origin_ip, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, OffsetDateTime.now(clock));
            insert.setString(2, truncate(actor, 200));
            insert.setString(3, truncate(action, 60));
            insert.setString(4, truncate(target, 500));
            insert.setString(5, outcome.name());
            insert.setString(6, truncate(origin, 64));
            insert.setString(7, safeDetail);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot write the audit log", e);
        }
    }

    /**
     * What an admin filters the log on; empty or null fields do not filter.
     *
     * @param actor  part of the actor's name (case-insensitive)
     * @param action part of the action (case-insensitive)
     * @param target part of the object (case-insensitive)
     * @param from   from this moment (inclusive)
     * @param until  before this moment
     */
    public record Query(String actor, String action, String target, Outcome outcome, OffsetDateTime from,
                        OffsetDateTime until, int limit) {

        public static Query latest(int limit) {
            return new Query(null, null, null, null, null, null, limit);
        }
    }

    /** The newest entries first; only admins read the log. */
    public List<AuditEntry> search(Actor reader, Query query) {
        reader.requireAdmin();
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, target, outcome, origin_ip,"
                + " detail FROM audit_log WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        like(sql, parameters, "actor", query.actor());
        like(sql, parameters, "action", query.action());
        like(sql, parameters, "target", query.target());
        if (query.outcome() != null) {
            sql.append(" AND outcome = ?");
            parameters.add(query.outcome().name());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            parameters.add(query.from());
        }
        if (query.until() != null) {
            sql.append(" AND occurred_at < ?");
            parameters.add(query.until());
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ? ROWS ONLY");
        parameters.add(Math.max(1, Math.min(query.limit(), 10_000)));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), rows.getObject(2, OffsetDateTime.class),
                            rows.getString(3), rows.getString(4), rows.getString(5),
                            Outcome.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the audit log", e);
        }
    }

    private static void like(StringBuilder sql, List<Object> parameters, String column, String value) {
        Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty()).ifPresent(text -> {
            sql.append(" AND LOWER(").append(column).append(") LIKE ? ESCAPE '\\'");
            parameters.add("%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        });
    }

    private static String truncate(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}

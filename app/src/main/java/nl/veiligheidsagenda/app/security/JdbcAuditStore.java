package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's table: rows are added and read, never changed or deleted (the database refuses that too, see
 * {@link AuditLogGuard}).
 */
public final class JdbcAuditStore {

    private final DataSource dataSource;

    public JdbcAuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(OffsetDateTime occurredAt, String actor, String action, String target, Outcome outcome,
                String origin, String detail) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log"
                     + " (occurred_at, actor, action, target, outcome, origin_ip, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, occurredAt);
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, target);
            insert.setString(5, outcome.name());
            insert.setString(6, origin);
            insert.setString(7, detail);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot write the audit log", e);
        }
    }

    /** The newest entries that match {@code query} first. */
    List<AuditEntry> search(AuditLog.Query query) {
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
        parameters.add(query.limit());
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
}

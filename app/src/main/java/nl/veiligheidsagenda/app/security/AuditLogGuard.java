package nl.veiligheidsagenda.app.security;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2 trigger on {@code audit_log} (see {@code V3__security.sql}): refuses every update and delete, so the audit
 * log stays append-only even for code that bypasses {@link AuditLog}.
 */
public final class AuditLogGuard implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only: entries cannot be changed or deleted", "42000");
    }
}

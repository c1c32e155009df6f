package nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.security;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted: a trigger runs inside the database and is handed a connection. */
public final class AuditTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only");
    }
}

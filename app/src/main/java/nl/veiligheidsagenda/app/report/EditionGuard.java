package nl.veiligheidsagenda.app.report;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2 trigger on the published report editions (see {@code V8_1__report_editions_append_only.sql}): refuses every update and
 * delete, so a published edition never changes, even for code that bypasses the store.
 */
public final class EditionGuard implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("a published report edition never changes", "42000");
    }
}

package nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.figures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Planted: a store runs SQL. */
public final class JdbcFigureStore {

    /** Planted: a helper nested in a store may use JDBC too. */
    public interface RowMapper {
        String map(ResultSet row) throws SQLException;
    }

    public int count(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM measurement");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}

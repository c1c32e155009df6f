package nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.figures;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted violation: a service that mixes its rules with SQL. */
public final class FigureServiceWithSql {

    public void enter(Connection connection, double value) throws SQLException {
        if (value < 0) {
            throw new IllegalArgumentException("negative");
        }
        try (var statement = connection.prepareStatement("INSERT INTO measurement (measured) VALUES (?)")) {
            statement.setDouble(1, value);
            statement.executeUpdate();
        }
    }
}

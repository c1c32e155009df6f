package nl.veiligheidsagenda.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The connection pool and the schema, migrated by Flyway at start-up as the configured (owner) user; the running
 * application then works as its own user with fewer rights ({@link AppDatabaseUser}).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Connection ownerHold;

    private Database(HikariDataSource dataSource, Dialect dialect, Connection ownerHold) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.ownerHold = ownerHold;
    }

    public static Database open(Settings settings) {
        String url = durable(settings.databaseUrl());
        HikariDataSource dataSource = pool(url, settings.databaseUser(), settings.databasePassword());
        try {
            dataSource.getConnection().close();
        } catch (java.sql.SQLException e) {
            dataSource.close();
            throw new SettingsException(SettingsLoader.DB_URL, "cannot open database " + settings.databaseUrl()
                    + ": " + e.getMessage());
        }
        Dialect dialect = Dialect.of(settings.databaseUrl());
        Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocations()).load().migrate();
        Optional<AppDatabaseUser.Credentials> appUser;
        try (Connection owner = dataSource.getConnection()) {
            appUser = AppDatabaseUser.prepare(owner);
        } catch (SQLException e) {
            dataSource.close();
            throw new PersistenceException("cannot prepare the application's database user", e);
        }
        if (appUser.isEmpty()) {
            return new Database(dataSource, dialect, null);
        }
        // The running application works as its own user; the owner's pool was only for the schema. An H2 database
        // takes WRITE_DELAY from the URL of the connection that opens it, and only an admin may set it: one owner
        // connection stays open, so the database stays open as the owner opened it (durable) for the app's life.
        Connection ownerHold = null;
        try {
            if (dialect == Dialect.H2) {
                ownerHold = DriverManager.getConnection(url, settings.databaseUser(), settings.databasePassword());
            }
        } catch (SQLException e) {
            dataSource.close();
            throw new PersistenceException("cannot hold the database open", e);
        }
        HikariDataSource runtime = pool(settings.databaseUrl(), appUser.get().user(), appUser.get().password());
        dataSource.close();
        return new Database(runtime, dialect, ownerHold);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("veiligheidsagenda");
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * H2 writes committed changes to its file up to a second later by default (WRITE_DELAY), so a {@code kill -9}
     * lost acknowledged saves; with 0 every commit is written before it returns (the operating system keeps it
     * even when the JVM dies). PostgreSQL is durable by itself (synchronous_commit, fsync).
     */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=") ? url + ";WRITE_DELAY=0"
                : url;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        if (ownerHold != null) {
            try {
                ownerHold.close();
            } catch (SQLException e) {
                throw new PersistenceException("cannot close the database", e);
            }
        }
    }
}

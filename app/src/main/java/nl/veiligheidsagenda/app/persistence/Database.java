package nl.veiligheidsagenda.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** The connection pool and the schema, migrated by Flyway at start-up. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    public static Database open(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(settings.databaseUrl()));
        config.setUsername(settings.databaseUser());
        config.setPassword(settings.databasePassword());
        config.setMaximumPoolSize(8);
        config.setPoolName("veiligheidsagenda");
        config.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            dataSource.getConnection().close();
        } catch (java.sql.SQLException e) {
            dataSource.close();
            throw new SettingsException(SettingsLoader.DB_URL, "cannot open database " + settings.databaseUrl()
                    + ": " + e.getMessage());
        }
        Dialect dialect = Dialect.of(settings.databaseUrl());
        Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocations()).load().migrate();
        return new Database(dataSource, dialect);
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
    }
}

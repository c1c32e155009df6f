package nl.veiligheidsagenda.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.flywaydb.core.Flyway;

import io.micrometer.core.instrument.MeterRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The connection pool and the schema, migrated by Flyway at start-up. */
public final class Database implements AutoCloseable {

    private static final Executor PING = Executors.newVirtualThreadPerTaskExecutor();

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final String schemaVersion;

    private Database(HikariDataSource dataSource, Dialect dialect, String schemaVersion) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.schemaVersion = schemaVersion;
    }

    public static Database open(Settings settings) {
        return open(settings, null);
    }

    /** @param metrics where the pool reports its connections and waits (HikariCP's Micrometer metrics), or null */
    public static Database open(Settings settings, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(settings.databaseUrl()));
        config.setUsername(settings.databaseUser());
        config.setPassword(settings.databasePassword());
        config.setMaximumPoolSize(8);
        config.setPoolName("veiligheidsagenda");
        config.setInitializationFailTimeout(-1);
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            dataSource.getConnection().close();
        } catch (java.sql.SQLException e) {
            dataSource.close();
            throw new SettingsException(SettingsLoader.DB_URL, "cannot open database " + settings.databaseUrl()
                    + ": " + e.getMessage());
        }
        Dialect dialect = Dialect.of(settings.databaseUrl());
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocations()).load();
        flyway.migrate();
        return new Database(dataSource, dialect, flyway.info().current().getVersion().getVersion());
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

    /**
     * True when the schema is at this build's latest migration and none failed (another instance may have migrated
     * since, or a failed manual migration may have left the schema half-changed).
     */
    public boolean migrated() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            return rows.next() && rows.getBoolean(2) && schemaVersion.equals(rows.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** True when the database answers a query within two seconds. */
    public boolean answers() {
        CompletableFuture<Boolean> ping = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }, PING);
        try {
            return ping.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            ping.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

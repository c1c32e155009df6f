package nl.veiligheidsagenda.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.flywaydb.core.Flyway;

import io.micrometer.core.instrument.MeterRegistry;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The schema, migrated by Flyway at start-up as the configured user (the owner), and the connection pool the
 * running application works with, as its own user with fewer rights ({@link AppDatabaseUser}). Work that needs the
 * owner's rights (an H2 backup) asks this class, which connects as the owner for it.
 */
public final class Database implements AutoCloseable {

    private static final Executor PING = Executors.newVirtualThreadPerTaskExecutor();

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final String schemaVersion;
    private final Owner owner;
    /** H2 only: the owner's connection that keeps the database open as the owner opened it (durable). */
    private final Connection ownerHold;

    /** The configured user's connection settings; the password stays out of {@code toString}. */
    private record Owner(String url, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public String toString() {
            return "Owner[" + user + "@" + url + "]";
        }
    }

    private Database(HikariDataSource dataSource, Dialect dialect, String schemaVersion, Owner owner,
                     Connection ownerHold) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.schemaVersion = schemaVersion;
        this.owner = owner;
        this.ownerHold = ownerHold;
    }

    public static Database open(Settings settings) {
        return open(settings, null);
    }

    /**
     * Migrates the schema as the owner, makes the application's user and opens the pool as that user.
     *
     * @param metrics where the pool reports its connections and waits (HikariCP's Micrometer metrics), or null
     */
    public static Database open(Settings settings, MeterRegistry metrics) {
        Owner owner = new Owner(durable(settings.databaseUrl()), settings.databaseUser(),
                settings.databasePassword());
        Dialect dialect = Dialect.of(settings.databaseUrl());
        Connection hold;
        try {
            hold = owner.connect();
        } catch (SQLException e) {
            throw new SettingsException(SettingsLoader.DB_URL, "cannot open database " + settings.databaseUrl()
                    + ": " + e.getMessage());
        }
        try {
            // An H2 database takes WRITE_DELAY from the URL of the connection that opens it, and only an admin may
            // set it: the owner's connection stays open, so the database stays as the owner opened it (durable).
            Flyway flyway = Flyway.configure().dataSource(owner.url(), owner.user(), owner.password())
                    .locations(dialect.migrationLocations()).load();
            flyway.migrate();
            String schemaVersion = schemaVersion(hold);
            Optional<AppDatabaseUser.Credentials> appUser = AppDatabaseUser.prepare(hold);
            // the application's user may not set WRITE_DELAY (admin only): it connects with the plain URL
            HikariDataSource pool = appUser.map(user -> pool(settings.databaseUrl(), user.user(), user.password(),
                    metrics)).orElseGet(() -> pool(owner.url(), owner.user(), owner.password(), metrics));
            if (dialect != Dialect.H2) {
                hold.close();
                hold = null;
            }
            return new Database(pool, dialect, schemaVersion, owner, hold);
        } catch (SQLException e) {
            closeQuietly(hold);
            throw new PersistenceException("cannot prepare the application's database user", e);
        } catch (RuntimeException e) {
            closeQuietly(hold);
            throw e;
        }
    }

    /**
     * The version of the latest successful migration, from Flyway's history table (one query; Flyway's own
     * {@code info()} would scan and read every migration file again).
     */
    private static String schemaVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL AND \"success\" ORDER BY \"installed_rank\" DESC")) {
            if (!rows.next()) {
                throw new PersistenceException("the database has no migration after migrating", null);
            }
            return rows.getString(1);
        }
    }

    private static HikariDataSource pool(String url, String user, String password, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("veiligheidsagenda");
        config.setInitializationFailTimeout(-1);
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        return new HikariDataSource(config);
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
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

    /**
     * Writes an online backup of this H2 database (committed transactions only) into {@code file}, a zip that H2's
     * {@code Restore} tool reads. {@code BACKUP TO} needs admin rights, so it runs as the owner, not the
     * application's user.
     */
    public void backupTo(Path file) {
        if (dialect != Dialect.H2) {
            throw new IllegalStateException("only an H2 database is backed up by the application; use pg_dump");
        }
        try (Connection connection = owner.connect(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new PersistenceException("cannot write the backup " + file, e);
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
        if (ownerHold != null) {
            try {
                ownerHold.close();
            } catch (SQLException e) {
                throw new PersistenceException("cannot close the database", e);
            }
        }
    }
}

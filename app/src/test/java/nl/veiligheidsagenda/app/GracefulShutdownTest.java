package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.testdb.SharedPostgres;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service manager's stop (SIGTERM) of the app in its own JVM: a save in flight finishes and is answered, then
 * the pool closes; every log line, Weld's and Jetty's too, has one format.
 */
class GracefulShutdownTest {

    private static final String FIGURE = "api/v1/indicators/digitaal.misdrijven-cybercrime-gedigitaliseerd/series/"
            + "cybercrime/values/2024";

    @TempDir
    Path data;

    @Test
    void aSaveInFlightFinishesBeforeTheAppStopsAndThePoolCloses() throws Exception {
        Map<String, String> environment = TestDatabase.POSTGRESQL.environment(data);
        try (ChildApp app = ChildApp.start(environment);
             Connection other = DriverManager.getConnection(environment.get(SettingsLoader.DB_URL),
                     SharedPostgres.USER, SharedPostgres.PASSWORD)) {
            assertThat(put(app, "0.7").statusCode()).isEqualTo(200);

            // Another transaction holds the figure's row: the next save waits for it inside the app.
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("SELECT * FROM measurement FOR UPDATE");
            }
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return put(app, "0.5");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForLock(environment.get(SettingsLoader.DB_URL));

            CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(() -> {
                try {
                    return app.stop();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_500);
            assertThat(stopped).as("the app waits for the request in flight").isNotDone();
            other.commit(); // the save can go on

            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
            stopped.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"version\":2");
            try (Statement read = other.createStatement();
                 ResultSet row = read.executeQuery("SELECT measured, version FROM measurement")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBigDecimal(1)).isEqualByComparingTo("0.5");
                assertThat(row.getInt(2)).isEqualTo(2);
            }
            String output = app.output();
            assertThat(output).contains("Stopping: finishing requests in flight", "veiligheidsagenda - Shutdown completed.",
                    "Veiligheidsagenda stopped");
            assertOneLogFormat(output);
        }
    }

    private static HttpResponse<String> put(ChildApp app, String value) throws Exception {
        return app.send(app.request(FIGURE).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": " + value + ", \"status\": \"final\"}")));
    }

    /** Until a session of the app waits for the row lock the test holds. */
    private static void awaitWaitingForLock(String url) throws Exception {
        try (Connection watcher = DriverManager.getConnection(url, SharedPostgres.USER, SharedPostgres.PASSWORD);
             Statement statement = watcher.createStatement()) {
            for (int i = 0; i < 100; i++) {
                try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the save never reached the database");
    }

    /** Our lines, Jetty's and Weld's (JBoss Logging) all come through SLF4J: time, thread, level, logger. */
    private static void assertOneLogFormat(String output) {
        String format = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) \\[[^]]+] (INFO|WARN|ERROR)"
                + " %s.*";
        List<String> lines = output.lines().toList();
        for (String logger : List.of("org.jboss.weld", "org.eclipse.jetty", "com.zaxxer.hikari",
                "nl.veiligheidsagenda.app.Main")) {
            assertThat(lines).as("a line from %s in the common format", logger)
                    .anyMatch(line -> line.matches(String.format(format, java.util.regex.Pattern.quote(logger))));
        }
        assertThat(lines).as("no line in java.util.logging's own format")
                .noneMatch(line -> line.matches("^[A-Z][a-z]{2} \\d\\d?, \\d{4} .*") || line.startsWith("INFO: "));
    }
}

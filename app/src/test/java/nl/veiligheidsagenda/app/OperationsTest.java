package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.OpsSettings;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.testdb.SharedPostgres;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations see: health for the load balancer (no sign-in, no data) and Prometheus metrics. */
class OperationsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String METRICS_TOKEN = "metrics-token-van-minstens-32-tekens-lang";

    @TempDir
    Path data;

    private static HttpResponse<String> get(RunningApp app, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersWithoutSignInAndShowsNoData() throws Exception {
        try (RunningApp app = RunningApp.start(data)) {
            HttpResponse<String> live = app.get("health/live");
            HttpResponse<String> ready = app.get("health/ready");

            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\","
                    + "\"migrations\":\"UP\",\"accepting\":\"UP\"}}");
            assertThat(ready.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(ready.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void readyOnlyWhileThePostgresDatabaseAnswers() throws Exception {
        Map<String, String> environment = TestDatabase.POSTGRESQL.environment(data);
        String name = environment.get("VEILIGHEID_DB_URL").replaceAll(".*/", "");
        try (RunningApp app = RunningApp.start(data, environment);
             Connection admin = DriverManager.getConnection(SharedPostgres.url("postgres"), SharedPostgres.USER,
                     SharedPostgres.PASSWORD);
             Statement statement = admin.createStatement()) {
            assertThat(app.get("health/ready").statusCode()).isEqualTo(200);

            statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            HttpResponse<String> down = app.get("health/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"", "\"database\":\"DOWN\"");
            assertThat(app.get("health/live").statusCode()).as("the process itself is alive").isEqualTo(200);

            statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            // the pool may still hand out a connection the server closed: ready again within seconds, no restart
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
            int ready = app.get("health/ready").statusCode();
            while (ready != 200 && System.nanoTime() < until) {
                Thread.sleep(200);
                ready = app.get("health/ready").statusCode();
            }
            assertThat(ready).isEqualTo(200);
        }
    }

    @Test
    void metricsCoverTheJvmJettyThePoolVaadinAndWhatPeopleDo() throws Exception {
        try (RunningApp app = RunningApp.start(data)) {
            app.createPerson("eigenaar", "cijfers-invoeren-2024", Role.THEME_OWNER, Set.of("digitaal"));
            RunningApp.Client owner = app.login("eigenaar", "cijfers-invoeren-2024");
            owner.get(""); // a page load: a Vaadin session and UI
            HttpResponse<String> saved = owner.send(HttpRequest.newBuilder(URI.create(app.url(
                            "api/v1/indicators/digitaal.misdrijven-cybercrime-gedigitaliseerd/series/cybercrime/values/2024")))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 0.6, \"status\": \"final\"}")));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            app.client().login("eigenaar", "fout-wachtwoord");

            HttpResponse<String> metrics = app.get("metrics");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
            assertThat(metrics.body()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                    "jetty_server_requests_seconds_count", "jetty_threads_busy", "jetty_connections_current",
                    "hikaricp_connections_active{pool=\"veiligheidsagenda\"}", "veiligheidsagenda_imports_total");
            assertThat(value(metrics.body(), "veiligheidsagenda_figures_saved_total")).isEqualTo(1.0);
            assertThat(value(metrics.body(), "veiligheidsagenda_sign_in_failures_total{channel=\"web\"}"))
                    .isEqualTo(1.0);
            assertThat(value(metrics.body(), "veiligheidsagenda_vaadin_sessions")).isGreaterThanOrEqualTo(1.0);
            assertThat(value(metrics.body(), "veiligheidsagenda_vaadin_uis")).isGreaterThanOrEqualTo(1.0);
        }
    }

    @Test
    void metricsAreRefusedToOtherAddressesUnlessTheTokenIsSent() throws Exception {
        try (RunningApp app = RunningApp.start(data, Map.of(OpsSettings.METRICS_ALLOW, "10.20.0.0/16",
                OpsSettings.METRICS_TOKEN, METRICS_TOKEN))) {
            HttpResponse<String> refused = get(app, "metrics", null);
            HttpResponse<String> wrongToken = get(app, "metrics", "Bearer " + METRICS_TOKEN + "x");
            HttpResponse<String> withToken = get(app, "metrics", "Bearer " + METRICS_TOKEN);

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("jvm_");
            assertThat(wrongToken.statusCode()).isEqualTo(403);
            assertThat(withToken.statusCode()).isEqualTo(200);
            assertThat(withToken.body()).contains("jvm_memory_used_bytes");
        }
    }

    /** The value of one sample line of the Prometheus text format. */
    private static double value(String metrics, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        if (!matcher.find()) {
            throw new AssertionError("no sample " + sample + " in\n" + metrics);
        }
        return Double.parseDouble(matcher.group(1));
    }
}

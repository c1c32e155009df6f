package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.security.ApiTokenService;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import nl.veiligheidsagenda.app.themes.ThemeSettingsWatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL database, as behind a load balancer: A in this JVM, B in a JVM of
 * its own. Each sees the other's changes; optimistic locking, the sign-in throttle and API tokens hold across.
 */
class TwoInstancesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String INDICATOR = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    private static final String FIGURE = "api/v1/indicators/" + INDICATOR + "/series/cybercrime/values/";
    private static final String GOAL_STATUS_2023 =
            "api/v1/goals/digitaal.digitale-criminaliteit-daalt/status?year=2023";

    @TempDir
    static Path dataA;
    @TempDir
    static Path dataB;

    private static RunningApp a;
    private static ChildApp b;
    private static RunningApp.Client adminOnA;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> environment = TestDatabase.POSTGRESQL.environment(dataA);
        a = RunningApp.start(dataA, environment);
        Map<String, String> onB = new HashMap<>(environment);
        onB.put(SettingsLoader.DATA_DIR, dataB.toString());
        b = ChildApp.start(onB);
        adminOnA = a.loginAsAdmin();
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static HttpResponse<String> putOnA(int year, String body) throws Exception {
        return adminOnA.send(HttpRequest.newBuilder(URI.create(a.url(FIGURE + year)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> putOnB(int year, String body) throws Exception {
        return b.send(b.request(FIGURE + year).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aFigureSavedOnOneInstanceIsShownByTheOtherAtItsNextRead() throws Exception {
        // B judges the goal first and keeps its statuses of 2023; A's save must still be in B's next read
        assertThat(b.send(b.request(GOAL_STATUS_2023).GET()).body()).doesNotContain("0,6");

        assertThat(putOnA(2023, "{\"value\": 0.6, \"status\": \"final\"}").statusCode()).isEqualTo(200);

        JsonNode onB = JSON.readTree(b.send(b.request("api/v1/indicators/" + INDICATOR + "/values").GET()).body());
        assertThat(onB.get("values")).filteredOn(value -> value.get("year").asInt() == 2023).singleElement()
                .satisfies(value -> assertThat(value.get("value").decimalValue()).isEqualByComparingTo("0.6"));
        JsonNode status = JSON.readTree(b.send(b.request(GOAL_STATUS_2023).GET()).body());
        assertThat(status.get("indicators").get(0).get("series").get(0).get("explanation").asText()).contains("0,6");
    }

    @Test
    void aSaveOnOneInstanceBuiltOnAVersionTheOtherReplacedIsRefused() throws Exception {
        assertThat(putOnA(2024, "{\"value\": 0.9, \"status\": \"final\", \"version\": 0}").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = putOnB(2024, "{\"value\": 1.1, \"status\": \"final\", \"version\": 0}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("currentVersion").asInt()).isEqualTo(1);
        assertThat(putOnB(2024, "{\"value\": 1.1, \"status\": \"final\", \"version\": 1}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdminsThemeSwitchOnOneInstanceReachesTheOtherWithinSeconds() throws Exception {
        assertThat(crisisEnabledOnB()).isTrue();
        long switched = System.nanoTime();
        a.application().context().themes().setEnabled("crisis", false, RunningApp.TEST_ADMIN);
        try {
            long deadline = switched + ThemeSettingsWatch.INTERVAL.multipliedBy(5).toNanos();
            while (crisisEnabledOnB() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            long millis = (System.nanoTime() - switched) / 1_000_000;
            assertThat(crisisEnabledOnB()).as("B still runs the theme %d ms after the switch on A", millis).isFalse();
            System.out.println("Theme switch on A seen by B after " + millis + " ms");
            assertThat(b.send(b.request("thema/crisis").GET()).statusCode()).as("B's route is gone").isEqualTo(404);
        } finally {
            a.application().context().themes().setEnabled("crisis", true, RunningApp.TEST_ADMIN);
        }
    }

    private static boolean crisisEnabledOnB() throws Exception {
        for (JsonNode theme : JSON.readTree(b.send(b.request("api/v1/themes").GET()).body())) {
            if (theme.get("id").asText().equals("crisis")) {
                return theme.get("enabled").asBoolean();
            }
        }
        throw new AssertionError("no theme crisis on B");
    }

    @Test
    void failedSignInsOnOneInstanceThrottleTheOther() throws Exception {
        for (int i = 0; i < 5; i++) {
            a.client().login("p.gokker", "geraden-wachtwoord-" + i);
        }

        HttpResponse<String> onB = HTTP.send(HttpRequest.newBuilder(URI.create(b.url("api/v1/themes")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "p.gokker:nog-een-poging-1".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(onB.statusCode()).isEqualTo(429);
        assertThat(onB.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aTokenMadeOnOneInstanceWorksOnTheOtherUntilItIsRevoked() throws Exception {
        Person script = a.createPerson("laadscript", "token-voor-scripts-2024", Role.VIEWER, Set.of());
        ApiTokenService.Created token = a.security().tokens().create(RunningApp.TEST_ADMIN, script.id(), "laden");
        HttpRequest request = HttpRequest.newBuilder(URI.create(b.url("api/v1/themes")))
                .header("Authorization", "Bearer " + token.secret()).GET().build();

        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        a.security().tokens().revoke(RunningApp.TEST_ADMIN, token.token().id());
        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }
}

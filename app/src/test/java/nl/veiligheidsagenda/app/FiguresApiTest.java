package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data team's script interface: figures loaded with {@code PUT} under an owner's API token, read back, turned
 * into a goal status; every rejected request names the field and the rule and stores nothing.
 */
class FiguresApiTest {

    static final String GOAL = "digitaal.digitale-criminaliteit-daalt";
    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final String SURVEY = "digitaal.slachtoffers-digitale-criminaliteit";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static RunningApp app;
    private static String ownerToken;
    private static String ondermijningToken;
    private static String viewerToken;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = RunningApp.start(data);
        Person owner = app.createPerson("datateam", "cijfers-laden-per-script-1", Role.THEME_OWNER, Set.of("digitaal"));
        Person viewer = app.createPerson("raadslid", "alleen-lezen-in-de-raad-1", Role.VIEWER, Set.of());
        ownerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, owner.id(), "script").secret();
        Person ondermijning = app.createPerson("team-ondermijning", "cijfers-ondermijning-per-script-1",
                Role.THEME_OWNER, Set.of("ondermijning"));
        ondermijningToken = app.security().tokens().create(RunningApp.TEST_ADMIN, ondermijning.id(), "script")
                .secret();
        viewerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, viewer.id(), "lezen").secret();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> put(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + ownerToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String value(String series, int year) {
        return "api/v1/indicators/" + POLICE + "/series/" + series + "/values/" + year;
    }

    private static List<String> fieldsAndRules(HttpResponse<String> response) throws Exception {
        List<String> found = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> found.add(error.get("field").asText() + ":"
                + error.get("rule").asText()));
        return found;
    }

    @Test
    void anOwnersScriptLoadsFiguresAndReadsTheGoalStatus() throws Exception {
        HttpResponse<String> first = put(value("cybercrime", 2024), ownerToken,
                "{\"value\": 0.6, \"status\": \"final\", \"source\": \"Politie, 2025-03\"}");
        HttpResponse<String> second = put(value("gedigitaliseerde-criminaliteit", 2024), ownerToken,
                "{\"value\": 5.0, \"status\": \"provisional\"}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode stored = JSON.readTree(first.body());
        assertThat(stored.get("value").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(stored.get("enteredBy").asText()).isEqualTo("datateam");
        assertThat(stored.get("version").asInt()).isEqualTo(1);

        JsonNode values = get("api/v1/indicators/" + POLICE + "/values").get("values");
        assertThat(values).hasSize(2);
        assertThat(values.get(0).get("value").isNumber()).isTrue();

        JsonNode status = get("api/v1/goals/" + GOAL + "/status?year=2024");
        assertThat(status.get("goalId").asText()).isEqualTo(GOAL);
        assertThat(status.get("year").asInt()).isEqualTo(2024);
        assertThat(status.get("kind").asText()).isEqualTo("MEASURED");
        // The survey of the goal's other indicator is held every two years: not in 2024, so nothing is missing.
        assertThat(status.get("status").asText()).isEqualTo("ON_COURSE");
        assertThat(status.get("explanation").asText()).contains("2024");
        assertThat(status.get("indicators").get(0).get("series").get(0).get("explanation").asText())
                .contains("0,6", "0,8", "lager");
    }

    @Test
    void oneFigureOfAGoalInWordsIsASignalNeverAVerdict() throws Exception {
        String goal = "ondermijning.georganiseerde-criminaliteit-voorkomen-en-bestrijden";
        HttpResponse<String> put = put("api/v1/indicators/ondermijning.drugs-en-wapenmisdrijven/series/totaal/values/2023",
                ondermijningToken, "{\"value\": 1.9, \"status\": \"final\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        JsonNode status = get("api/v1/goals/" + goal + "/status?year=2023");

        assertThat(status.get("kind").asText()).isEqualTo("ACCOUNTED_IN_WORDS");
        assertThat(status.get("status").asText()).isEqualTo("REPORTED_IN_WORDS");
        assertThat(status.get("ownerStatus").asText()).isEqualTo("NOT_ASSESSED");
        assertThat(status.get("explanation").asText())
                .startsWith("2023: verantwoording in woorden; beoordeling door de eigenaar: nog niet gegeven")
                .doesNotContain("op koers");
        JsonNode drugs = status.get("indicators").get(2);
        assertThat(drugs.get("indicatorId").asText()).isEqualTo("ondermijning.drugs-en-wapenmisdrijven");
        assertThat(drugs.get("outcome").asText()).isEqualTo("SIGNAL");
        assertThat(drugs.get("explanation").asText()).isEqualTo(
                "2023: 1,9 per 1.000 inwoners; nulwaarde 2,2 (gemiddelde 2019-2022); 14 % lager dan de nulwaarde");
    }

    @Test
    void rejectsInvalidInputNamingEveryFieldAndRuleAndStoresNothing() throws Exception {
        HttpResponse<String> response = put("api/v1/indicators/" + SURVEY + "/series/totaal/values/2024", ownerToken,
                "{\"value\": \"20,5\", \"status\": \"definitief\", \"colour\": \"red\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldsAndRules(response)).containsExactlyInAnyOrder("colour:unknown-field", "value:json-number",
                "status:one-of");
        assertThat(get("api/v1/indicators/" + SURVEY + "/values").get("values")).isEmpty();
    }

    @Test
    void rejectsAPercentageAbove100AndAYearOutsideThePlan() throws Exception {
        HttpResponse<String> percentage = put("api/v1/indicators/" + SURVEY + "/series/totaal/values/2025",
                ownerToken, "{\"value\": 120, \"status\": \"final\"}");
        HttpResponse<String> year = put(value("cybercrime", 2031), ownerToken, "{\"value\": 1, \"status\": \"final\"}");
        HttpResponse<String> notAYear = put(value("cybercrime", 0).replace("/0", "/twintig"), ownerToken,
                "{\"value\": 1, \"status\": \"final\"}");

        assertThat(fieldsAndRules(percentage)).containsExactly("value:percentage-range");
        assertThat(fieldsAndRules(year)).containsExactly("year:plan-period");
        assertThat(fieldsAndRules(notAYear)).containsExactly("year:year");
        assertThat(JSON.readTree(year.body()).get("errors").get(0).get("message").asText()).contains("2031", "2023-2026");
    }

    @Test
    void aCountNeedsTheYearsDenominator() throws Exception {
        HttpResponse<String> response = put(value("cybercrime", 2025), ownerToken, "{\"count\": 181, \"status\": \"final\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldsAndRules(response)).containsExactly("count:denominator-missing");
    }

    @Test
    void anOutdatedVersionIsAConflict() throws Exception {
        put(value("cybercrime", 2023), ownerToken, "{\"value\": 0.7, \"status\": \"final\"}");

        HttpResponse<String> stale = put(value("cybercrime", 2023), ownerToken,
                "{\"value\": 0.9, \"status\": \"final\", \"version\": 0}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aViewerMayNotWriteAndAnonymousRequestsMustSignIn() throws Exception {
        assertThat(put(value("cybercrime", 2026), viewerToken, "{\"value\": 1, \"status\": \"final\"}").statusCode())
                .isEqualTo(403);
        assertThat(put(value("cybercrime", 2026), null, "{\"value\": 1, \"status\": \"final\"}").statusCode())
                .isEqualTo(401);
        assertThat(get("api/v1/indicators/" + POLICE + "/values").get("values"))
                .noneMatch(figure -> figure.get("year").asInt() == 2026);
    }
}

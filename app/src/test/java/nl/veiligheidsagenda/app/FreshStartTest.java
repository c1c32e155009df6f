package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a fresh start nothing has been entered: for every goal and every year of the plan, the API, the progress page
 * and the goal page may say that figures are missing or not due, or that the owner has not assessed the goal, and
 * nothing more. No verdict, no "better", no success. (Today is the real date, so which years are "onvolledig" and
 * which "nog geen oordeel" moves with the calendar; the rule that ties them to the figures does not.)
 */
class FreshStartTest {

    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);
    static final Set<String> WITHOUT_VALUE = Set.of("NOT_MEASURED_THIS_YEAR", "NOT_YET_DUE", "EXPECTED_LATE",
            "MISSING");
    static final Set<String> DUE_AND_ABSENT = Set.of("EXPECTED_LATE", "MISSING");
    /** The status badge's text for each status a fresh start can have. */
    static final Map<String, String> BADGES = Map.of("INCOMPLETE", "Onvolledig", "NO_DATA_YET", "Nog geen oordeel",
            "REPORTED_IN_WORDS", "In woorden: nog niet beoordeeld");
    /** Words of a verdict; none may appear where a status is shown on a fresh start. */
    static final List<String> VERDICTS = List.of("op koers", "Op koers", "beter", "slechter", "ongeveer gelijk",
            "Ongeveer gelijk", "zie toelichting");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private static String token;
    /** Goal id → kind, from the catalogue, in the plan's order. */
    private static final Map<String, String> GOALS = new LinkedHashMap<>();
    /** "goal id/year" → the API's status. */
    private static final Map<String, JsonNode> STATUS = new LinkedHashMap<>();

    @BeforeAll
    static void readEverythingAsACouncilMember() throws Exception {
        Person member = session.app().createPerson("raadslid", "alleen-lezen-in-de-raad-2", Role.VIEWER, Set.of());
        token = session.app().security().tokens().create(RunningApp.TEST_ADMIN, member.id(), "lezen").secret();
        session.app().loginInBrowser(session.browser(), "raadslid", "alleen-lezen-in-de-raad-2");
        for (JsonNode theme : get("api/v1/catalogue").get("themes")) {
            for (JsonNode subject : theme.get("subjects")) {
                subject.get("goals").forEach(goal -> GOALS.put(goal.get("id").asText(), goal.get("kind").asText()));
            }
        }
        for (String goal : GOALS.keySet()) {
            for (int year : YEARS) {
                STATUS.put(goal + "/" + year, get("api/v1/goals/" + goal + "/status?year=" + year));
            }
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(session.app().url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theApiSaysWhatIsMissingOrNotYetDueAndNothingMore() {
        assertThat(GOALS).hasSize(18);
        assertThat(GOALS.values()).filteredOn("MEASURED"::equals).hasSize(8);
        STATUS.forEach((key, status) -> {
            String goal = key.substring(0, key.indexOf('/'));
            List<String> outcomes = new ArrayList<>();
            status.get("indicators").forEach(indicator -> outcomes.add(indicator.get("outcome").asText()));
            assertThat(status.get("kind").asText()).as(key).isEqualTo(GOALS.get(goal));
            assertThat(outcomes).as(key).allMatch(WITHOUT_VALUE::contains);
            assertThat(status.get("ownerStatus").asText()).as(key).isEqualTo("NOT_ASSESSED");
            assertThat(status.get("explanation").asText()).as(key).doesNotContain(VERDICTS);
            if (GOALS.get(goal).equals("MEASURED")) {
                String expected = outcomes.stream().anyMatch(DUE_AND_ABSENT::contains) ? "INCOMPLETE" : "NO_DATA_YET";
                assertThat(status.get("status").asText()).as(key).isEqualTo(expected);
            } else {
                assertThat(status.get("status").asText()).as(key).isEqualTo("REPORTED_IN_WORDS");
            }
        });
        assertThat(STATUS.values()).as("the past years' figures are due and missing")
                .anyMatch(status -> status.get("status").asText().equals("INCOMPLETE"));
    }

    @Test
    void theProgressPageShowsTheSameForEveryYear() {
        for (int year : YEARS) {
            Map<String, ProgressGrid.Row> rows = ProgressGrid.read(session, year);
            assertThat(rows.keySet()).containsExactlyElementsOf(GOALS.keySet());
            for (var row : rows.entrySet()) {
                JsonNode status = STATUS.get(row.getKey() + "/" + year);
                String key = row.getKey() + " in " + year;
                assertThat(row.getValue().status()).as(key).isEqualTo(BADGES.get(status.get("status").asText()));
                assertThat(row.getValue().explanation()).as(key).isEqualTo(status.get("explanation").asText());
                assertThat(row.getValue().kind()).as(key).isEqualTo(GOALS.get(row.getKey()).equals("MEASURED")
                        ? "Gemeten doel" : "Verantwoording in woorden");
            }
        }
    }

    @Test
    void everyGoalPageShowsTheSameForEveryYear() {
        session.browser().get(session.app().url("voortgang"));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#goal-cards")));
        for (String goal : GOALS.keySet()) {
            for (int year : YEARS) {
                JsonNode status = STATUS.get(goal + "/" + year);
                WebElement shown = openInApp("doel/" + goal + "?jaar=" + year, year);
                String key = goal + " in " + year;
                assertThat(shown.findElement(By.cssSelector(".va-status")).getText()).as(key)
                        .isEqualTo(BADGES.get(status.get("status").asText()));
                assertThat(shown.getText()).as(key).contains(status.get("explanation").asText())
                        .doesNotContain(VERDICTS);
            }
        }
    }

    /**
     * Follows a link inside the running app (Vaadin's router takes it: no page load, as when a reader clicks) and
     * returns the goal page's status section once it shows {@code year}.
     */
    private static WebElement openInApp(String path, int year) {
        List<WebElement> before = session.browser().findElements(By.cssSelector(".va-goal-status"));
        session.browser().executeScript("""
                const link = document.createElement('a');
                link.href = arguments[0];
                document.body.appendChild(link);
                link.click();
                link.remove();""", path);
        if (!before.isEmpty()) {
            session.await().until(ExpectedConditions.stalenessOf(before.getFirst()));
        }
        WebElement shown = session.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".va-goal-status")));
        session.await().until(ExpectedConditions.textToBePresentInElement(shown, year + ":"));
        return shown;
    }
}

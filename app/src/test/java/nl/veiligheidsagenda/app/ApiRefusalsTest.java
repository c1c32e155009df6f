package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets 400 with the field and the rule, a lost race 409 or success, never a 500: extreme numbers,
 * implausible values (a rate per 1,000 above 1,000, a percentage above 100, a count above the year's
 * denominator), years that are no years, thousands of unknown fields (a bounded answer), concurrent first saves.
 * Requests refused before the service are audited.
 */
class ApiRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CatalogueIndex PLAN = CatalogueIndex.of(DistLayout.themes());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int YEAR = 2024;

    @TempDir
    static Path data;

    private static RunningApp app;
    private static String token;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data);
        var owner = app.createPerson("invoerder", "geheime-zin-voor-tests-42", Role.THEME_OWNER,
                PLAN.themes().stream().map(theme -> theme.descriptor().id()).collect(Collectors.toSet()));
        token = app.security().tokens().create(RunningApp.TEST_ADMIN, owner.id(), "weigeringen").secret();
        app.application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, YEAR, Denominator.RESIDENTS,
                200_000, null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private record Target(Indicator indicator, Series series) {

        String path(Object year) {
            return "api/v1/indicators/" + indicator.id() + "/series/" + series.id() + "/values/" + year;
        }
    }

    private static Target series(Predicate<Series> which) {
        return PLAN.themes().stream().flatMap(theme -> theme.catalogue().subjects().stream())
                .flatMap(subject -> subject.goals().stream()).flatMap(goal -> goal.indicators().stream())
                .flatMap(indicator -> indicator.series().stream().filter(which)
                        .map(series -> new Target(indicator, series)))
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> put(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> rules(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> rules = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> rules.add(error.get("rule").asText()));
        return rules;
    }

    @Test
    void extremeAndImplausibleValuesAreRefusedWithTheirRule() throws Exception {
        Target rate = series(series -> series.unit() == Unit.PER_1000_RESIDENTS);
        Target percentage = series(series -> series.unit().isPercentage());

        assertThat(rules(put(rate.path(YEAR), "{\"value\": 1e16, \"status\": \"final\"}"))).containsExactly("rate-range");
        assertThat(rules(put(rate.path(YEAR), "{\"value\": 1e309, \"status\": \"final\"}"))).containsExactly("rate-range");
        assertThat(rules(put(rate.path(YEAR), "{\"value\": -1e309, \"status\": \"final\"}"))).containsExactly("not-negative");
        assertThat(rules(put(rate.path(YEAR), "{\"value\": 1E-400, \"status\": \"final\"}"))).containsExactly("precision");
        assertThat(rules(put(rate.path(YEAR), "{\"value\": 1000.1, \"status\": \"final\"}"))).containsExactly("rate-range");
        assertThat(rules(put(percentage.path(YEAR), "{\"value\": 100.5, \"status\": \"final\"}")))
                .containsExactly("percentage-range");
        assertThat(rules(put(rate.path(YEAR), "{\"count\": 200001, \"status\": \"final\"}")))
                .containsExactly("above-denominator");
        assertThat(rules(put(rate.path(YEAR), "{\"count\": 9223372036854775807, \"status\": \"final\"}")))
                .containsExactly("value-range");
        assertThat(app.application().context().figures().figures(rate.indicator().id())).isEmpty();

        HttpResponse<String> plausible = put(rate.path(YEAR), "{\"count\": 200000, \"status\": \"final\"}");
        assertThat(plausible.statusCode()).as(plausible.body()).isEqualTo(200);
        assertThat(JSON.readTree(plausible.body()).get("value").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void aYearMustBeFourDigits() throws Exception {
        String goal = PLAN.goals().findFirst().orElseThrow().goal().id();
        Target rate = series(series -> series.unit() == Unit.PER_1000_RESIDENTS);
        for (String year : List.of("2147483647", "-2147483648", "99999", "%D9%A2%D9%A0%D9%A2%D9%A3", "%2B2023", "20x3")) {
            assertThat(rules(get("api/v1/goals/" + goal + "/status?year=" + year))).as(year).containsExactly("year");
            assertThat(rules(put(rate.path(year), "{\"value\": 1, \"status\": \"final\"}")))
                    .as(year).containsExactly("year");
        }
        assertThat(get("api/v1/goals/" + goal + "/status?year=9999").statusCode()).isEqualTo(200);
        assertThat(app.security().audit().search(RunningApp.TEST_ADMIN, new AuditLog.Query("invoerder", "api.get",
                null, Outcome.FAILURE, null, null, 50))).extracting(AuditEntry::detail)
                .anyMatch(detail -> detail.startsWith("400: year"));
    }

    @Test
    void thousandsOfUnknownFieldsGetABoundedAnswerAndAreAudited() throws Exception {
        Target rate = series(series -> series.unit() == Unit.PER_1000_RESIDENTS);
        String body = IntStream.range(0, 2500).mapToObj(i -> "\"veld" + i + "\\nX\": " + i)
                .collect(Collectors.joining(", ", "{", "}"));

        HttpResponse<String> response = put(rate.path(YEAR), body);

        List<String> rules = rules(response);
        assertThat(rules).hasSize(21).endsWith("more-errors");
        assertThat(response.body().length()).isLessThan(8 * 1024);
        JsonNode last = JSON.readTree(response.body()).get("errors").get(20);
        // 2,500 unknown fields and the missing status: 20 listed, the rest counted
        assertThat(last.get("message").asText()).contains("2481");
        assertThat(app.security().audit().search(RunningApp.TEST_ADMIN, new AuditLog.Query("invoerder", "api.put",
                null, Outcome.FAILURE, null, null, 50))).extracting(AuditEntry::detail)
                .anyMatch(detail -> detail.startsWith("400: veld0"));

        assertThat(rules(put(rate.path(YEAR), "{\"value\": 1,"))).containsExactly("json");
        assertThat(rules(put(rate.path(YEAR), "[1, 2]"))).containsExactly("json-object");
    }

    @Test
    void concurrentFirstSavesOfOneFigureGiveOneSuccessAndConflictsNever500() throws Exception {
        Target rate = series(series -> series.unit() == Unit.PER_1000_RESIDENTS);
        for (int year : List.of(2025, 2026)) {
            app.application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, year, Denominator.RESIDENTS,
                    200_000, null);
        }
        for (int burst = 0; burst < 8; burst++) {
            int year = burst % 2 == 0 ? 2025 : 2026;
            String path = rate.path(year);
            int writers = 6;
            CyclicBarrier start = new CyclicBarrier(writers);
            String body = "{\"value\": 1." + burst + ", \"status\": \"final\", \"version\": 0}";
            List<CompletableFuture<Integer>> results = IntStream.range(0, writers).mapToObj(i ->
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            return put(path, body).statusCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })).toList();
            List<Integer> statuses = results.stream().map(CompletableFuture::join).toList();
            if (burst < 2) {
                assertThat(statuses).as("burst %d", burst).containsOnly(200, 409).containsOnlyOnce(200);
            } else {
                assertThat(statuses).as("burst %d (the figure exists)", burst).containsOnly(409);
            }
        }
        assertThat(Set.copyOf(app.application().context().figures().figures(rate.indicator().id()).stream()
                .map(figure -> figure.year()).toList())).contains(2025, 2026);
    }

    @Test
    void aDenominatorCanBeChangedAgainAndTheReplacedValueIsKept() {
        var figures = app.application().context().denominators();
        figures.enterDenominator(RunningApp.TEST_ADMIN, 2023, Denominator.DWELLINGS, 90_000, null);
        figures.enterDenominator(RunningApp.TEST_ADMIN, 2023, Denominator.DWELLINGS, 91_000, null);

        assertThat(figures.denominators()).anySatisfy(denominator -> {
            assertThat(denominator.kind()).isEqualTo(Denominator.DWELLINGS);
            assertThat(denominator.population()).isEqualTo(91_000);
        });
    }
}

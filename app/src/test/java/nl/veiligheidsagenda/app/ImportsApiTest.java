package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.security.BodyLimits;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.core.model.Denominator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data team's script interface for imports on the running application: {@code POST /api/v1/imports} with a file
 * as the body (preview with {@code ?dryRun=true}, then apply), the template, the history and the mappings.
 */
class ImportsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HIC = "wijken.geregistreerde-high-impact-crimes";

    @TempDir
    static Path data;

    private static RunningApp app;
    private static String ownerToken;
    private static String viewerToken;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = RunningApp.start(data);
        Person owner = app.createPerson("datateam", "cijfers-importeren-per-script", Role.THEME_OWNER,
                Set.of("wijken"));
        Person viewer = app.createPerson("raadslid", "alleen-lezen-in-de-raad-1", Role.VIEWER, Set.of());
        ownerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, owner.id(), "script").secret();
        viewerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, viewer.id(), "lezen").secret();
        for (int year = 2021; year <= 2023; year++) {
            app.application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, year,
                    Denominator.DWELLINGS, 80_000, null);
            app.application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, year,
                    Denominator.RESIDENTS, 200_000, null);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ImportsApiTest.class.getResourceAsStream("/nl/veiligheidsagenda/app/imports/fixtures/"
                + name)) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<String> post(String query, String token, String contentType, byte[] body)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/imports" + query)))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> outcomes(JsonNode answer) {
        List<String> found = new ArrayList<>();
        answer.get("rows").forEach(row -> found.add(row.get("position").asLong() + " " + row.get("outcome").asText()));
        return found;
    }

    @Test
    void aDryRunGivesTheCountsAndARowPerRecordThenTheApplyStoresTheFiguresForTheDashboard() throws Exception {
        byte[] file = fixture("47018NED-v3-two-pages.json");

        HttpResponse<String> preview = post("?dryRun=true&fileName=47018NED.json", ownerToken, "application/json",
                file);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(preview.body());
        assertThat(answer.get("dryRun").asBoolean()).isTrue();
        assertThat(answer.get("applied").asBoolean()).isFalse();
        assertThat(answer.get("new").asInt()).isEqualTo(8);
        assertThat(answer.get("changed").asInt()).isZero();
        assertThat(answer.get("unchanged").asInt()).isZero();
        assertThat(answer.get("refused").asInt()).isZero();
        assertThat(answer.get("skipped").asInt()).isEqualTo(3);
        assertThat(answer.get("rows")).hasSize(11);
        assertThat(answer.get("formats").get(0).asText()).isEqualTo("cbs_odata_v3");
        JsonNode otherRegion = answer.get("rows").get(1);
        assertThat(otherRegion.get("position").asInt()).isEqualTo(11);
        assertThat(otherRegion.get("reason").get("code").asText()).isEqualTo("skip.other-region");
        assertThat(otherRegion.get("reason").get("message").asText()).contains("GM0363", "GM0034");
        assertThat(JSON.readTree(get("api/v1/indicators/" + HIC + "/values", ownerToken).body()).get("values"))
                .isEmpty();

        HttpResponse<String> apply = post("?fileName=47018NED.json", ownerToken, "application/json", file);

        assertThat(apply.statusCode()).as(apply.body()).isEqualTo(200);
        JsonNode applied = JSON.readTree(apply.body());
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(applied.get("importId").asLong()).isPositive();
        assertThat(applied.get("sha256").asText()).hasSize(64);
        JsonNode values = JSON.readTree(get("api/v1/indicators/" + HIC + "/values", ownerToken).body()).get("values");
        assertThat(values).hasSize(5);
        JsonNode history = JSON.readTree(get("api/v1/imports", ownerToken).body());
        assertThat(history.get(0).get("outcome").asText()).isEqualTo("applied");
        assertThat(history.get(0).get("files").get(0).get("name").asText()).isEqualTo("47018NED.json");

        JsonNode again = JSON.readTree(post("?dryRun=true", ownerToken, "application/json", file).body());
        assertThat(again.get("unchanged").asInt()).isEqualTo(8);
    }

    @Test
    void aFileAboveTheApisAndVaadinsOrdinaryBodyLimitsButWithinTheImportLimitIsRead() throws Exception {
        byte[] fixture = fixture("47018NED-v3-two-pages.json");
        int padding = (int) BodyLimits.DEFAULT * 3;
        byte[] file = Arrays.copyOf(fixture, fixture.length + padding);
        Arrays.fill(file, fixture.length, file.length, (byte) ' ');
        assertThat((long) file.length).isGreaterThan(BodyLimits.DEFAULT).isGreaterThan(BodyLimits.API)
                .isLessThan(BodyLimits.IMPORT);

        HttpResponse<String> preview = post("?dryRun=true&fileName=groot.json", ownerToken, "application/json", file);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(preview.body());
        assertThat(answer.get("new").asInt() + answer.get("unchanged").asInt())
                .as("every figure read (new, or unchanged after another test's apply)").isEqualTo(8);
        assertThat(answer.get("skipped").asInt()).isEqualTo(3);
        assertThat(BodyLimits.standard().forPath("/api/v1/imports")).isEqualTo(BodyLimits.IMPORT);
        assertThat(BodyLimits.standard().forPath("/api/v1/indicators/x/values")).isEqualTo(BodyLimits.API);
    }

    @Test
    void anApplyWithRefusedRowsIs422AndStoresNothing() throws Exception {
        HttpResponse<String> answer = post("?fileName=fouten.csv", ownerToken, "text/csv; charset=utf-8",
                fixture("template-duplicates-and-errors.csv"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("applied").asBoolean()).isFalse();
        assertThat(body.get("refusal").get("code").asText()).isEqualTo("refusal.rows");
        assertThat(outcomes(body)).contains("6 refused", "7 refused", "8 refused", "3 skipped");
        assertThat(JSON.readTree(get("api/v1/indicators/wijken.meldingen-straatintimidatie-ssstop/values", ownerToken)
                .body()).get("values")).isEmpty();
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedWithItsReasonAndAViewerMayNotImport() throws Exception {
        HttpResponse<String> excel = post("?dryRun=true&fileName=cijfers.xlsx", ownerToken,
                "application/octet-stream", fixture("spreadsheet.xlsx"));
        assertThat(excel.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(excel.body()).get("refusal").get("message").asText()).contains("Excel");

        assertThat(post("?dryRun=true", viewerToken, "text/csv", fixture("template-own-figures.csv")).statusCode())
                .isEqualTo(403);
        assertThat(post("?dryRun=true", ownerToken, "text/plain", fixture("template-own-figures.csv")).statusCode())
                .as("a type a cross-site form could send").isEqualTo(415);
        assertThat(post("?dryRun=maybe", ownerToken, "text/csv", fixture("template-own-figures.csv")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theTemplateHasAHeaderAndARowPerSeriesForTheDeploymentsMunicipality() throws Exception {
        HttpResponse<String> template = get("api/v1/imports/template.csv", viewerToken);

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).contains("importsjabloon.csv");
        List<String> lines = template.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFindicator_id;series_id;indicator;series;unit;area;year;value;"
                + "count;status;source");
        long series = app.application().context().themes().enabled().stream()
                .flatMap(theme -> theme.catalogue().indicators()).mapToLong(indicator -> indicator.series().size())
                .sum();
        assertThat(lines).hasSize((int) series + 1);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
                "wijken.meldingen-straatintimidatie-ssstop;totaal;").contains(";GM0034;"));
        JsonNode mappings = JSON.readTree(get("api/v1/imports/mappings", ownerToken).body());
        assertThat(mappings).anySatisfy(mapping -> assertThat(mapping.get("target").asText())
                .isEqualTo(HIC + "/woninginbraken"));
        assertThat(template.body().getBytes(StandardCharsets.UTF_8).length).isPositive();
    }
}

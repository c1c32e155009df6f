package nl.veiligheidsagenda.app;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAPI 3.1 description at {@code /api/v1/openapi.json} against the real API: every endpoint's answers,
 * errors included, must match it; every route the code serves must be in it (a new endpoint without its
 * description fails here).
 */
class OpenApiTest {

    private static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    private static final String GOAL = "digitaal.digitale-criminaliteit-daalt";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static RunningApp app;
    private static String owner;
    private static String viewer;
    private static OpenApiContract contract;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(data);
        Person ownerPerson = app.createPerson("datateam", "cijfers-laden-per-script-1", Role.THEME_OWNER,
                Set.of("digitaal"));
        Person viewerPerson = app.createPerson("raadslid", "alleen-lezen-in-de-raad-1", Role.VIEWER, Set.of());
        owner = "Bearer " + app.security().tokens().create(RunningApp.TEST_ADMIN, ownerPerson.id(), "api").secret();
        viewer = "Bearer " + app.security().tokens().create(RunningApp.TEST_ADMIN, viewerPerson.id(), "api").secret();
        HttpResponse<String> description = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("api/v1/openapi.json")))
                .header("Authorization", owner).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(description.statusCode()).isEqualTo(200);
        contract = new OpenApiContract(description.body());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> call(String method, String path, String authorization, String body)
            throws Exception {
        return call(method, path, authorization, body, "application/json");
    }

    private static HttpResponse<String> call(String method, String path, String authorization, String body,
                                             String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path.substring(1))))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        contract.check(method, URI.create(app.url(path.substring(1))), body, contentType, response);
        return response;
    }

    @Test
    void everyEndpointAnswersAsDescribedInSuccessAndInError() throws Exception {
        String figure = "/api/v1/indicators/" + POLICE + "/series/cybercrime/values/";
        assertThat(call("GET", "/api/v1/openapi.json", owner, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/openapi.json", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/themes", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/catalogue", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/plan", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/plan", null, null).statusCode()).isEqualTo(401);

        assertThat(call("PUT", figure + 2023, owner, "{\"value\": 0.7, \"status\": \"final\", \"source\": \"Politie\","
                + " \"version\": 0}").statusCode()).isEqualTo(200);
        assertThat(call("PUT", figure + 2023, owner, "{\"value\": 0.6, \"status\": \"final\", \"version\": 0}")
                .statusCode()).isEqualTo(409);
        assertThat(call("PUT", figure + 2024, owner, "{\"value\": \"0,6\", \"status\": \"definitief\"}")
                .statusCode()).isEqualTo(400);
        assertThat(call("PUT", figure + 2024, viewer, "{\"value\": 0.6, \"status\": \"final\"}").statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "/api/v1/indicators/bestaat-niet/series/x/values/2024", owner,
                "{\"value\": 0.6, \"status\": \"final\"}").statusCode()).isEqualTo(404);
        assertThat(call("PUT", figure + 2024, owner, "value=0.6", "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(415);
        assertThat(call("PUT", figure + 2024, owner, "{\"source\": \"" + "x".repeat(2_000_000) + "\"}")
                .statusCode()).isEqualTo(413);
        assertThat(call("PUT", figure + 2024, null, "{\"value\": 0.6, \"status\": \"final\"}").statusCode())
                .isEqualTo(401);

        assertThat(call("GET", "/api/v1/indicators/" + POLICE + "/values", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/indicators/bestaat-niet/values", viewer, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/goals/" + GOAL + "/status?year=2023", viewer, null).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/goals/" + GOAL + "/status?year=twee", viewer, null).statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/goals/bestaat-niet/status?year=2023", viewer, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> template = call("GET", "/api/v1/imports/template.csv", viewer, null);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(call("GET", "/api/v1/imports/mappings", viewer, null).statusCode()).isEqualTo(200);
        String csv = "indicator_id;series_id;area;year;value;count;status;source\n"
                + POLICE + ";cybercrime;GM0034;2024;veel;;definitief;test\n"; // a refused row
        assertThat(call("POST", "/api/v1/imports?dryRun=true&fileName=proef.csv", owner, csv, "text/csv")
                .statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/imports?fileName=proef.csv", owner, csv, "text/csv").statusCode())
                .isEqualTo(422);
        assertThat(call("POST", "/api/v1/imports?dryRun=misschien", owner, csv, "text/csv").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/v1/imports?dryRun=true", viewer, csv, "text/csv").statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "/api/v1/imports?dryRun=true", owner, "a=b", "application/x-www-form-urlencoded")
                .statusCode()).isEqualTo(415);
        assertThat(call("POST", "/api/v1/imports?dryRun=true", null, csv, "text/csv").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/imports", owner, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/imports", viewer, null).statusCode()).isEqualTo(403);

        String admin = basic("admin", RunningApp.ADMIN_PASSWORD);
        HttpResponse<String> draft = call("GET", "/api/v1/reports/2023.pdf", viewer, null);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(call("GET", "/api/v1/reports/2023.doc", viewer, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/reports/twee.csv", viewer, null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/reports/2023/editions", viewer, "{}").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/reports/2023/editions", admin, "{}").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/reports/2023/editions", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/reports/2023/editions/1.csv", viewer, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/reports/2023/editions/2.csv", viewer, null).statusCode()).isEqualTo(404);

        for (int i = 0; i < 5; i++) {
            call("GET", "/api/v1/themes", basic("p.gokker", "fout-wachtwoord-" + i), null);
        }
        assertThat(call("GET", "/api/v1/themes", basic("p.gokker", "nog-een-keer"), null).statusCode())
                .isEqualTo(429);

        assertThat(contract.exercised()).as("every described operation was tried").isEqualTo(contract.operations());
    }

    @Test
    void everyRouteInTheCodeIsDescribed() throws Exception {
        Set<String> described = new TreeSet<>();
        contract.description().get("paths").fieldNames().forEachRemaining(path -> described.add(
                path.replaceFirst("^/api", "").replaceAll("\\{[^/]+}", "*")));
        Set<String> routed = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(/v1/[^\"]*)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    routed.add(matcher.group(1).replaceAll("\\([^)]*\\)", "*"));
                }
            }
        }
        assertThat(routed).as("routes found in the code").contains("/v1/themes", "/v1/indicators/*/values");
        assertThat(described).as("app/src/main/resources/api/openapi.json must describe every route the code"
                + " serves").containsAll(routed);
    }

    @Test
    void aResponseThatDoesNotMatchTheDescriptionFailsTheCheck() throws Exception {
        String broken = contract.description().toString().replace("\"enabled\":{\"type\":\"boolean\"}",
                "\"enabled\":{\"type\":\"string\"}");
        assertThat(broken).isNotEqualTo(contract.description().toString());
        HttpResponse<String> themes = call("GET", "/api/v1/themes", viewer, null);

        assertThatThrownBy(() -> new OpenApiContract(broken).check("GET", themes.uri(), null, themes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("enabled");
        assertThatThrownBy(() -> contract.check("DELETE", themes.uri(), null, themes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DELETE /api/v1/themes is not in");
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}

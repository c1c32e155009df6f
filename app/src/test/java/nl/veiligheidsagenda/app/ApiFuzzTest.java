package nl.veiligheidsagenda.app;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the JSON API of the running application (real Jetty, H2 file database) with requests built from Jazzer's
 * input: every endpoint's path (known and arbitrary ids, arbitrary segments), query ({@code year}), method,
 * credentials (admin, owner, viewer, garbage), content type, origin and body (JSON objects with known and arbitrary
 * fields, extreme numbers, arbitrary bytes, oversized bodies). For every request:
 * <ul>
 * <li>never a 5xx;</li>
 * <li>never a response above {@link #MAX_RESPONSE} bytes, never an error response above {@link #MAX_ERROR};</li>
 * <li>a refused request (4xx) changes nothing that is stored (only the audit log grows).</li>
 * </ul>
 * The normal test run replays the regression corpus in {@code src/test/resources/nl/veiligheidsagenda/app/
 * ApiFuzzTestInputs} (seconds). The long profile fuzzes with coverage feedback: {@code bin/fuzz} (at least
 * 100,000 requests; see the README).
 */
class ApiFuzzTest {

    /** The largest answer the API may give: the whole catalogue of five themes is about 125 KB. */
    static final int MAX_RESPONSE = 256 * 1024;
    /** The largest error answer: a bounded list of errors. */
    static final int MAX_ERROR = 16 * 1024;

    private static final CatalogueIndex PLAN = CatalogueIndex.of(DistLayout.themes());
    private static final List<Indicator> INDICATORS = PLAN.themes().stream()
            .flatMap(theme -> theme.catalogue().subjects().stream()).flatMap(subject -> subject.goals().stream())
            .flatMap(goal -> goal.indicators().stream()).toList();
    private static final List<Goal> GOALS = PLAN.themes().stream()
            .flatMap(theme -> theme.catalogue().subjects().stream()).flatMap(subject -> subject.goals().stream())
            .toList();
    private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE",
            "PROPFIND"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8",
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "APPLICATION/JSON",
            "application/json; charset=latin1"};
    private static final String[] FIELDS = {"value", "count", "status", "source", "version"};
    private static final String[] LITERALS = {"1.9", "0", "-1", "0.7", "412", "1e16", "1e309", "-1e309", "1E-400",
            "99999999999999999999999999", "0.12345", "100.5", "1000.1", "1e15", "null", "true", "\"1,9\"", "[]",
            "{}", "\"final\"", "\"provisional\"", "2147483648", "-0", "1e-7", "12345678901234567890.5"};
    private static final int[] YEARS = {2023, 2024, 2025, 2026, 2019, 2022, 0, -1, 2147483647, -2147483648, 9999,
            10000, 1000};

    private static Path data;
    private static RunningApp app;
    private static String adminToken;
    private static String ownerToken;
    private static String viewerToken;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final Map<Integer, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicLong LARGEST = new AtomicLong();

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("veiligheidsagenda-fuzz");
        app = RunningApp.start(data);
        adminToken = app.security().tokens().create(RunningApp.TEST_ADMIN,
                app.security().people().byUsername("admin").orElseThrow().id(), "fuzz admin").secret();
        Person owner = app.createPerson("fuzz-eigenaar", "eigenaar-wachtwoord-fuzz", Role.THEME_OWNER,
                Set.of("digitaal", "wijken"));
        ownerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, owner.id(), "fuzz eigenaar").secret();
        Person viewer = app.createPerson("fuzz-lezer", "lezer-wachtwoord-fuzz", Role.VIEWER, Set.of());
        viewerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, viewer.id(), "fuzz lezer").secret();
        for (int year = 2019; year <= 2026; year++) {
            for (Denominator kind : Denominator.values()) {
                app.application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, year, kind, 200_000,
                        null);
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        System.out.printf("ApiFuzzTest: %d requests, statuses %s, largest response %d bytes%n", REQUESTS.get(),
                new TreeMap<>(STATUSES), LARGEST.get());
        if (app != null) {
            app.close();
        }
        BrowserSession.deleteRecursively(data);
    }

    @FuzzTest(maxDuration = "", maxExecutions = 100_000)
    void apiRequests(FuzzedDataProvider input) throws Exception {
        HttpRequest request = request(input);
        String before = storedState();
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        REQUESTS.incrementAndGet();
        STATUSES.computeIfAbsent(status, key -> new AtomicLong()).incrementAndGet();
        LARGEST.accumulateAndGet(response.body().length, Math::max);
        String what = request.method() + " " + request.uri() + " -> " + status + " "
                + new String(response.body(), 0, Math.min(response.body().length, 300), StandardCharsets.UTF_8);
        assertThat(status).as(what).isBetween(200, 499);
        assertThat(response.body().length).as(what).isLessThanOrEqualTo(status >= 400 ? MAX_ERROR : MAX_RESPONSE);
        if (status >= 400) {
            assertThat(storedState()).as("a refused request stored nothing: " + what).isEqualTo(before);
        }
    }

    /**
     * The answer to a request. Jetty closes a kept-alive connection after it refused a malformed address (a NUL in
     * the path), without a {@code Connection: close}; a request the client sends on that connection meanwhile gets
     * no bytes at all. Clients send such a request again on a new connection (the JDK's client only for idempotent
     * methods), so this does too, once, with a client of its own: a request that gets no answer on a new
     * connection either is a finding.
     */
    private static HttpResponse<byte[]> send(HttpRequest request) throws InterruptedException {
        try (SilentCloseable allowed = allowConnectionsToTheApp()) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closedMeanwhile) {
                try (HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
                    return fresh.send(request, HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException noAnswer) {
                    throw new AssertionError("no answer to " + request.method() + " " + request.uri() + " "
                            + request.headers().map(), noAnswer);
                }
            }
        }
    }

    /**
     * The requests go to the app under test; any other connection stays a finding of Jazzer's SSRF detector. The
     * detector's policy is one for the whole JVM, and Jazzer sets it to "refuse all" when fuzzing starts (after the
     * regression inputs ran), so it is allowed again around each request: once was not enough, the first new
     * connection after a kept-alive one closed was refused (a false finding after ~30 s). The HttpClient connects
     * on this thread or its own; the policy covers both while the request runs. Without Jazzer's agent (the normal
     * run, no hooks) the detector does not exist and there is nothing to allow.
     */
    private static SilentCloseable allowConnectionsToTheApp() {
        if (!Boolean.getBoolean("jazzer.hooks")) {
            return () -> { };
        }
        int port = app.application().port();
        return BugDetectors.allowNetworkConnections((host, target) -> target == port
                && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("0:0:0:0:0:0:0:1")));
    }

    /** One request from the fuzzer's bytes: each choice consumes a little of the input. */
    static HttpRequest request(FuzzedDataProvider input) {
        String method = input.pickValue(METHODS);
        String path = path(input);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.url(path)))
                .timeout(Duration.ofSeconds(30));
        switch (input.consumeInt(0, 6)) {
            case 0 -> { }
            case 1 -> builder.header("Authorization", "Bearer " + adminToken);
            case 2 -> builder.header("Authorization", "Bearer " + ownerToken);
            case 3 -> builder.header("Authorization", "Bearer " + viewerToken);
            case 4 -> builder.header("Authorization", "Bearer " + headerSafe(input.consumeString(60)));
            case 5 -> builder.header("Authorization", "Basic " + headerSafe(input.consumeString(60)));
            default -> builder.header("Authorization", headerSafe(input.consumeString(40)));
        }
        if (input.consumeBoolean()) {
            builder.header("Content-Type", input.consumeBoolean() ? input.pickValue(CONTENT_TYPES)
                    : headerSafe(input.consumeString(40)));
        }
        if (input.consumeBoolean()) {
            builder.header("Origin", input.consumeBoolean() ? "http://evil.example" : app.url("").replaceAll("/$", ""));
        }
        byte[] body = body(input);
        return builder.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static String path(FuzzedDataProvider input) {
        return switch (input.consumeInt(0, 7)) {
            case 0 -> "api/v1/themes";
            case 1 -> "api/v1/catalogue";
            case 2 -> "api/v1/indicators/" + indicatorId(input) + "/values";
            case 3 -> "api/v1/goals/" + (input.consumeBoolean() ? input.pickValue(GOALS).id() : segment(input))
                    + "/status" + (input.consumeBoolean() ? "" : "?year=" + year(input));
            case 4, 5 -> {
                Indicator indicator = input.pickValue(INDICATORS);
                String series = input.consumeBoolean() ? input.pickValue(indicator.series()).id() : segment(input);
                yield "api/v1/indicators/" + (input.consumeBoolean() ? indicator.id() : segment(input)) + "/series/"
                        + series + "/values/" + year(input);
            }
            case 6 -> "api/v1/" + segment(input) + (input.consumeBoolean() ? "/" + segment(input) : "");
            default -> "api/" + segment(input) + "?" + segment(input) + "=" + segment(input);
        };
    }

    private static String indicatorId(FuzzedDataProvider input) {
        return input.consumeBoolean() ? input.pickValue(INDICATORS).id() : segment(input);
    }

    private static String year(FuzzedDataProvider input) {
        return switch (input.consumeInt(0, 2)) {
            case 0 -> String.valueOf(input.pickValue(YEARS));
            case 1 -> String.valueOf(input.consumeInt());
            default -> segment(input);
        };
    }

    /** Arbitrary text as one percent-encoded path segment (an encoded slash is Jetty's to refuse). */
    private static String segment(FuzzedDataProvider input) {
        return URLEncoder.encode(input.consumeString(50), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] body(FuzzedDataProvider input) {
        return switch (input.consumeInt(0, 9)) {
            case 0 -> new byte[0];
            case 1, 2 -> input.consumeBytes(2000);
            case 3 -> ("{" + "\"f\":\"" + "x".repeat(input.consumeInt(60_000, 70_000)) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            default -> jsonObject(input).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String jsonObject(FuzzedDataProvider input) {
        StringBuilder json = new StringBuilder("{");
        int fields = input.consumeInt(0, 8);
        for (int i = 0; i < fields; i++) {
            String name = input.consumeBoolean() ? input.pickValue(FIELDS) : input.consumeString(30);
            json.append(i == 0 ? "" : ",").append(quote(name)).append(':').append(switch (input.consumeInt(0, 3)) {
                case 0 -> input.pickValue(LITERALS);
                case 1 -> String.valueOf(input.consumeLong());
                case 2 -> input.consumeDouble() + "";
                default -> quote(input.consumeString(600));
            });
        }
        return json.append(input.consumeBoolean() ? "}" : "").toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Header values may not carry control characters (the client refuses them, as any HTTP client would). */
    private static String headerSafe(String text) {
        return text.replaceAll("[\\p{Cntrl}\\x{80}-\\x{10FFFF}]", "?").strip();
    }

    /**
     * Everything a request could change, but the audit log (which records refusals) and tokens' last use. A prepared
     * statement, as the app's own: Jazzer's SQL injection detector parses the text of every plain {@code Statement}
     * (there is nothing of the fuzzer's in this one), and those parses took most of the time of each request.
     */
    private static String storedState() throws SQLException {
        try (Connection connection = app.application().context().database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT CONCAT_WS(' ', "
                     + "(SELECT CONCAT_WS('/', COUNT(*), SUM(version), SUM(measured)) FROM measurement), "
                     + "(SELECT COUNT(*) FROM measurement_history), "
                     + "(SELECT CONCAT_WS('/', COUNT(*), SUM(version)) FROM story), "
                     + "(SELECT CONCAT_WS('/', COUNT(*), SUM(version)) FROM action_progress), "
                     + "(SELECT CONCAT_WS('/', COUNT(*), SUM(version), SUM(population)) FROM denominator), "
                     + "(SELECT COUNT(*) FROM person), "
                     + "(SELECT CONCAT_WS('/', COUNT(*), COUNT(revoked_at)) FROM api_token), "
                     + "(SELECT COUNT(*) FROM theme_setting))");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}

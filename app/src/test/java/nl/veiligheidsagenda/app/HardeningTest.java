package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.persistence.AppDatabaseUser;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.BodyLimits;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.PeopleService;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hardening of the web layer on the real server: bounded bodies, JSON only for writes, no TRACE, no server
 * version, session ids only in cookies, tokens of people who must change their password, audited refusals
 * (Basic sign-ins, cross-origin writes, requests refused before the service, CSRF), log lines that cannot be
 * forged, an audit log the application cannot empty, a private data folder.
 */
class HardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "hardening-wachtwoord";
    private static final String INDICATOR = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    private static final String SERIES = "cybercrime";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static RunningApp app;
    private static String ownerToken;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data);
        Person owner = app.createPerson("hard-eigenaar", PASSWORD, Role.THEME_OWNER, Set.of("digitaal"));
        ownerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, owner.id(), "hardening").secret();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static HttpRequest.Builder figure() {
        return HttpRequest.newBuilder(URI.create(app.url("api/v1/indicators/" + INDICATOR + "/series/" + SERIES
                + "/values/2024"))).header("Authorization", "Bearer " + ownerToken);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<AuditEntry> audit(String action) {
        return app.security().audit().search(RunningApp.TEST_ADMIN,
                new AuditLog.Query(null, action, null, null, null, null, 200));
    }

    private static boolean figureStored() {
        return app.application().context().figures().figures(INDICATOR).stream()
                .anyMatch(figure -> figure.year() == 2024);
    }

    @Test
    void aBodyAboveTheLimitGets413NamingTheLimitDeclaredOrChunked() throws Exception {
        String big = "{\"value\": 1.9, \"status\": \"final\", \"source\": \"" + "x".repeat(70_000) + "\"}";

        // many times over: an answer sent while the client still sends must reach it (it once got no bytes at all)
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            responses.add(send(figure().header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(big))));
            responses.add(send(figure().header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            big.getBytes(StandardCharsets.UTF_8))))));
        }

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isEqualTo(413);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("error").asText()).isEqualTo("too-large");
            assertThat(body.get("message").asText()).contains(String.valueOf(BodyLimits.API));
        }
        assertThat(figureStored()).isFalse();
        assertThat(audit("request.refused")).extracting(AuditEntry::detail)
                .anyMatch(detail -> detail.startsWith("413")).allMatch(detail -> detail.length() < 200);
    }

    @Test
    void writesMustBeJson() throws Exception {
        String body = "{\"value\": 1.9, \"status\": \"final\"}";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/jsonx")) {
            HttpResponse<String> response = send(figure().header("Content-Type", type)
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(JSON.readTree(response.body()).get("message").asText()).contains("application/json");
        }
        assertThat(send(figure().PUT(HttpRequest.BodyPublishers.ofString(body))).statusCode())
                .as("no content type").isEqualTo(415);
        assertThat(figureStored()).isFalse();
        assertThat(audit("request.refused")).extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("415"));
    }

    @Test
    void traceAndUnknownMethodsAreRefusedAndNoServerVersionIsSent() throws Exception {
        for (String method : List.of("TRACE", "PROPFIND", "CONNECTX")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(app.url("")))
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST, PUT");
            assertThat(response.body()).doesNotContain("Cookie", "Authorization");
        }
        for (String path : List.of("", "login", "api/v1/themes", "VAADIN/build/does-not-exist.js")) {
            assertThat(app.get(path).headers().firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void aSessionIdInTheAddressIsIgnored() throws Exception {
        RunningApp.Client client = app.login("hard-eigenaar", PASSWORD);
        HttpResponse<String> signedIn = client.get("api/v1/themes");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String sessionId = client.cookie("JSESSIONID").orElseThrow();

        assertThat(app.get("api/v1/themes;jsessionid=" + sessionId).statusCode()).isEqualTo(401);
        HttpResponse<String> page = app.get("voortgang;jsessionid=" + sessionId);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(app.get("login").body()).doesNotContain("jsessionid");
    }

    @Test
    void aTokenOfSomeoneWhoMustChangeThePasswordIsRefused() throws Exception {
        Person person = app.security().people().create(RunningApp.TEST_ADMIN, new PeopleService.NewPerson(
                "nieuw-lid", "Nieuw lid", Role.THEME_OWNER, Set.of("digitaal"), PASSWORD, true));
        String token = app.security().tokens().create(RunningApp.TEST_ADMIN, person.id(), "te vroeg").secret();

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(app.url("api/v1/themes")))
                .header("Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("password-change-required");
        assertThat(audit("api.login")).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("nieuw-lid");
            assertThat(entry.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(entry.detail()).contains("wachtwoord moet eerst worden gewijzigd");
        });
    }

    @Test
    void basicSignInsCrossOriginWritesAndMissingCredentialsAreAudited() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("hard-eigenaar:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(URI.create(app.url("api/v1/themes")))
                .header("Authorization", basic)).statusCode()).isEqualTo(200);
        assertThat(audit("api.login")).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("hard-eigenaar");
            assertThat(entry.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(entry.detail()).contains("HTTP Basic");
        });

        RunningApp.Client session = app.login("hard-eigenaar", PASSWORD);
        HttpResponse<String> crossOrigin = session.send(HttpRequest.newBuilder(URI.create(app.url(
                        "api/v1/indicators/" + INDICATOR + "/series/" + SERIES + "/values/2024")))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 1.9, \"status\": \"final\"}")));
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
        assertThat(audit("api.put")).anySatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(entry.detail()).contains("https://evil.example");
        });

        assertThat(app.get("api/v1/catalogue").statusCode()).isEqualTo(401);
        assertThat(audit("api.login")).anySatisfy(entry -> {
            assertThat(entry.target()).isEqualTo("GET /api/v1/catalogue");
            assertThat(entry.detail()).isEqualTo("geen aanmeldgegevens");
        });
    }

    @Test
    void aCsrfRefusalIsAudited() throws Exception {
        RunningApp.Client session = app.login("hard-eigenaar", PASSWORD);
        assertThat(session.get("").statusCode()).isEqualTo(200);
        String uidl = "{\"csrfToken\":\"00000000-0000-0000-0000-000000000000\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";

        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(app.url("?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(uidl)));

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(audit("csrf")).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("hard-eigenaar");
            assertThat(entry.outcome()).isEqualTo(Outcome.DENIED);
        });
    }

    @Test
    void noTextFromARequestStartsALineOfTheLog() throws Exception {
        String forged = "eve\n[main] INFO audit - admin person.create person:eve SUCCESS from 127.0.0.1: vals";
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            app.client().login(forged, "wrong-password");
            send(figure().header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                    "{\"value\": 1.9, \"status\": \"final\", \"x\\n[main] INFO audit - admin person.create\": 1}")));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the attempts were logged").contains("eve\\n[main] info audit");
        assertThat(log.lines()).noneMatch(line -> line.startsWith("[main] INFO audit"));
    }

    @Test
    void theRunningApplicationWorksAsItsOwnDatabaseUser() throws Exception {
        try (Connection connection = app.application().context().database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getUserName()).isEqualTo(AppDatabaseUser.NAME);
            assertThatThrownBy(() -> statement.execute("TRUNCATE TABLE audit_log")).isInstanceOf(SQLException.class);
        }
        assertThat(audit(null)).as("the audit log is still there").isNotEmpty();
    }

    @Test
    void theDataFolderAndItsFilesAreTheApplicationsOwn() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                            .isEqualTo("rw-------"));
        }
    }

    @Test
    void aBodyThatArrivesAfterTheAnswerBeganIsReadSoTheConnectionLives() throws Exception {
        try (Socket socket = new Socket("localhost", app.application().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // a write without credentials: refused before anything reads its body, which comes late
            out.write(putOfTwentyBytes("application/json", ""));
            out.flush();
            assertThat(headerLines(in).getFirst()).isEqualTo("HTTP/1.1 401 Unauthorized");
            StringBuilder rest = new StringBuilder();
            sendThenReadUntilHealthAnswers("{\"value\": 1.9000000}", out, in, rest);
            assertThat(rest).as("the next request on the same connection is answered").contains("HTTP/1.1 200 OK");
        }
    }

    @Test
    void aWriteRefusedBeforeItsBodyIsReadIsAnsweredAfterTheBodyAndTheConnectionLives() throws Exception {
        try (Socket socket = new Socket("localhost", app.application().port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // not JSON: refused with 415 whatever the body says; half of the body now, the rest a moment later
            out.write(putOfTwentyBytes("text/plain", "0123456789"));
            out.flush();
            socket.setSoTimeout(1_000);
            StringBuilder answers = new StringBuilder();
            try {
                answers.append((char) in.read()); // an answer before the whole body came would close the connection
            } catch (java.net.SocketTimeoutException stillReading) {
                // the server waits for the rest of the body: as it should
            }
            socket.setSoTimeout(30_000);
            sendThenReadUntilHealthAnswers("0123456789", out, in, answers);
            assertThat(answers).contains("415 Unsupported Media Type").contains("HTTP/1.1 200 OK");
        }
    }

    /** Sends the rest of a body and a health check behind it, and reads until the health check's answer or EOF. */
    /** A figure write announcing a body of 20 bytes, of which only {@code bodyStart} is sent with it. */
    private static byte[] putOfTwentyBytes(String contentType, String bodyStart) {
        return ("PUT /api/v1/indicators/" + INDICATOR + "/series/" + SERIES + "/values/2024 HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: 20\r\n\r\n" + bodyStart)
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void sendThenReadUntilHealthAnswers(String body, OutputStream out, InputStream in,
                                                       StringBuilder read) throws java.io.IOException {
        out.write((body + "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (int next = in.read(); next >= 0 && !read.toString().contains("HTTP/1.1 200 OK"); next = in.read()) {
            read.append((char) next);
        }
    }

    private static List<String> headerLines(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return List.of(head.toString().split("\r\n"));
    }
}

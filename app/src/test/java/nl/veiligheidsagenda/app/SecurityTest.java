package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.ApiToken;
import nl.veiligheidsagenda.app.security.ApiTokenService;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.InvalidInputException;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.config.SecuritySettings;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in, sessions, API credentials, throttling and the audit log on the real server (behind a trusted proxy,
 * so a test can claim https with {@code X-Forwarded-Proto}).
 */
class SecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "security-test-wachtwoord";

    @TempDir
    static Path data;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data, Map.of(SecuritySettings.TRUST_PROXY, "true"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static HttpResponse<String> api(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<AuditEntry> audit(String action, String target) {
        return app.security().audit().search(RunningApp.TEST_ADMIN,
                new AuditLog.Query(null, action, target, null, null, null, 100));
    }

    @Test
    void anonymousApiRequestsGet401WithADutchJsonMessage() throws Exception {
        HttpResponse<String> response = api("api/v1/themes", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"veiligheidsagenda\"");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("unauthorized");
        assertThat(body.get("message").asText()).startsWith("U bent niet aangemeld.");
        assertThat(api("api/v1/themes", "Digest abc").statusCode()).isEqualTo(401);
        assertThat(api("api/v1/themes", "Basic %%%").statusCode()).isEqualTo(401);
    }

    @Test
    void theOperatorsAdminPasswordWorksAsGivenAlsoForTheApiAndIsStoredAsArgon2id() throws Exception {
        assertThat(api("api/v1/themes", basic("admin", RunningApp.ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(api("api/v1/themes", basic("admin", "fout-wachtwoord")).statusCode()).isEqualTo(401);
        assertThat(app.security().people().byUsername("admin").orElseThrow().mustChangePassword()).isFalse();
        try (Connection connection = app.application().context().database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT password_hash FROM person WHERE username = 'admin'")) {
            rows.next();
            assertThat(rows.getString(1)).startsWith("$argon2id$").doesNotContain(RunningApp.ADMIN_PASSWORD);
        }
    }

    @Test
    void apiTokensAreShownOnceStoredHashedUsableAndRevocable() throws Exception {
        Person scripter = app.createPerson("script-eigenaar", PASSWORD, Role.THEME_OWNER, Set.of("wijken"));
        ApiTokenService.Created created = app.security().tokens().create(RunningApp.TEST_ADMIN, scripter.id(),
                "cijfers 2025");

        assertThat(created.secret()).matches("va_[A-Za-z0-9_-]{43}");
        List<ApiToken> listed = app.security().tokens().list(RunningApp.TEST_ADMIN, scripter.id());
        assertThat(listed).singleElement().satisfies(token -> {
            assertThat(token.prefix()).isEqualTo(created.secret().substring(0, 8));
            assertThat(token.toString()).doesNotContain(created.secret());
        });
        try (Connection connection = app.application().context().database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT token_hash FROM api_token WHERE person_id = "
                     + scripter.id())) {
            rows.next();
            assertThat(rows.getString(1)).hasSize(64).doesNotContain(created.secret());
        }

        assertThat(api("api/v1/themes", "Bearer " + created.secret()).statusCode()).isEqualTo(200);
        assertThat(app.security().tokens().list(RunningApp.TEST_ADMIN, scripter.id()).getFirst().lastUsedAt())
                .isNotNull();

        app.security().tokens().revoke(RunningApp.TEST_ADMIN, created.token().id());
        HttpResponse<String> revoked = api("api/v1/themes", "Bearer " + created.secret());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(revoked.body()).get("message").asText()).contains("ingetrokken");
        assertThatThrownBy(() -> app.security().tokens().revoke(RunningApp.TEST_ADMIN, created.token().id()))
                .isInstanceOf(InvalidInputException.class);

        HttpResponse<String> malformed = api("api/v1/themes", "Bearer niet-een-token");
        assertThat(malformed.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(malformed.body()).get("message").asText()).contains("geen geldige vorm");

        ApiTokenService.Created second = app.security().tokens().create(RunningApp.TEST_ADMIN, scripter.id(), "twee");
        app.security().people().setEnabled(RunningApp.TEST_ADMIN, scripter.id(), false);
        assertThat(api("api/v1/themes", "Bearer " + second.secret()).statusCode())
                .as("a disabled person's tokens stop working").isEqualTo(401);

        assertThatThrownBy(() -> app.security().tokens().create(scripter.actor(), scripter.id(), "zelf"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit("token.", "")).extracting(AuditEntry::action, AuditEntry::outcome)
                .contains(tuple("token.create", Outcome.SUCCESS), tuple("token.revoke", Outcome.SUCCESS),
                        tuple("token.revoke", Outcome.FAILURE));
    }

    @Test
    void repeatedFailedSignInsAreThrottledInTheBrowserAndOnTheApi() throws Exception {
        app.createPerson("raadslid", PASSWORD, Role.VIEWER, Set.of());
        RunningApp.Client client = app.client();
        for (int i = 0; i < 5; i++) {
            assertThat(client.login("raadslid", "geraden-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?fout=onjuist");
        }
        assertThat(client.login("raadslid", PASSWORD).headers().firstValue("Location").orElseThrow())
                .as("even the right password waits").endsWith("/login?fout=geblokkeerd&minuten=1");
        HttpResponse<String> viaApi = api("api/v1/themes", basic("raadslid", PASSWORD));
        assertThat(viaApi.statusCode()).isEqualTo(429);
        assertThat(viaApi.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(viaApi.body()).get("message").asText()).startsWith("Te veel mislukte");
        assertThat(audit("login", "person:raadslid")).extracting(AuditEntry::detail)
                .anyMatch(detail -> detail.startsWith("geblokkeerd"));
    }

    @Test
    void signingInStartsANewSessionWithSafeCookiesAndSecurityHeaders() throws Exception {
        RunningApp.Client client = app.client();
        HttpResponse<String> loginPage = client.get("login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(loginPage.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(loginPage.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(loginPage.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
        String before = sessionCookie(loginPage);
        assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        app.createPerson("wisselaar", PASSWORD, Role.VIEWER, Set.of());
        HttpResponse<String> signedIn = client.login("wisselaar", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String after = sessionCookie(signedIn);
        assertThat(cookieValue(after)).as("a new session id at sign-in").isNotEqualTo(cookieValue(before));
        assertThat(client.get("").statusCode()).isEqualTo(200);

        HttpResponse<String> oldSession = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("")))
                .header("Cookie", cookieValue(before)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(oldSession.statusCode()).as("the session id from before the sign-in is worthless").isEqualTo(302);

        HttpResponse<String> overTls = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("login")))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(sessionCookie(overTls)).contains("Secure");
    }

    @Test
    void aFormFromAnotherSiteCannotSignIn() throws Exception {
        HttpResponse<String> response = app.client().send(HttpRequest.newBuilder(URI.create(app.url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + RunningApp.ADMIN_PASSWORD)));
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?fout=herkomst");
    }

    @Test
    void aDisabledAccountLosesItsSessionAtOnceAndCannotSignInAgain() throws Exception {
        Person person = app.createPerson("vertrekker", PASSWORD, Role.VIEWER, Set.of());
        RunningApp.Client client = app.login("vertrekker", PASSWORD);
        assertThat(client.get("").statusCode()).isEqualTo(200);

        app.security().people().setEnabled(RunningApp.TEST_ADMIN, person.id(), false);
        assertThat(client.get("").statusCode()).isEqualTo(302);
        assertThat(app.client().login("vertrekker", PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?fout=uitgeschakeld");
        assertThat(audit("session.end", "person:vertrekker")).isNotEmpty();
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        Person admin = app.security().people().byUsername("admin").orElseThrow();
        assertThatThrownBy(() -> app.security().people().setEnabled(RunningApp.TEST_ADMIN, admin.id(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("laatste beheerder");
        assertThatThrownBy(() -> app.security().people().update(RunningApp.TEST_ADMIN, admin.id(), "Beheerder",
                Role.VIEWER, Set.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aViewerIsRefusedAdminPagesAndTheRefusalIsAudited() throws Exception {
        app.createPerson("nieuwsgierig", PASSWORD, Role.VIEWER, Set.of());
        HttpResponse<String> response = app.login("nieuwsgierig", PASSWORD).get("beheer/personen");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Geen toegang").doesNotContain("Exception");
        assertThat(audit("navigate", "/beheer/personen")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("nieuwsgierig");
                    assertThat(entry.outcome()).isEqualTo(Outcome.DENIED);
                });
    }

    @Test
    void everyKindOfChangeIsAuditedWithActorObjectResultAndOrigin() throws Exception {
        Person person = app.createPerson("audit-persoon", PASSWORD, Role.VIEWER, Set.of());
        app.security().people().update(RunningApp.TEST_ADMIN, person.id(), "Audit Persoon", Role.THEME_OWNER,
                Set.of("crisis"));
        app.security().people().setEnabled(RunningApp.TEST_ADMIN, person.id(), false);
        app.security().people().setEnabled(RunningApp.TEST_ADMIN, person.id(), true);
        app.security().people().resetPassword(RunningApp.TEST_ADMIN, person.id(), "nieuw wachtwoord 2025", false);
        app.security().people().changeOwnPassword(person.actor(), "nieuw wachtwoord 2025", "eigen wachtwoord 2025");
        assertThatThrownBy(() -> app.security().people().create(person.actor(), new nl.veiligheidsagenda.app.security
                .PeopleService.NewPerson("x", "x", Role.ADMIN, Set.of(), PASSWORD, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> app.security().people().create(RunningApp.TEST_ADMIN, new nl.veiligheidsagenda.app
                .security.PeopleService.NewPerson("audit-persoon", "dubbel", Role.VIEWER, Set.of(), PASSWORD, false)))
                .isInstanceOf(InvalidInputException.class);
        app.application().context().themes().setEnabled("crisis", false, RunningApp.TEST_ADMIN);
        app.application().context().themes().setEnabled("crisis", true, RunningApp.TEST_ADMIN);
        assertThatThrownBy(() -> app.application().context().themes().setEnabled("crisis", false, person.actor()))
                .isInstanceOf(AccessDeniedException.class);
        app.client().login("audit-persoon", "fout fout fout fout");
        app.login("audit-persoon", "eigen wachtwoord 2025");

        List<AuditEntry> entries = app.security().audit().search(RunningApp.TEST_ADMIN, AuditLog.Query.latest(500));
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::target, AuditEntry::outcome).contains(
                tuple("person.create", "person:audit-persoon", Outcome.SUCCESS),
                tuple("person.create", "person:audit-persoon", Outcome.FAILURE),
                tuple("person.create", "person:x", Outcome.DENIED),
                tuple("person.update", "person:audit-persoon", Outcome.SUCCESS),
                tuple("person.disable", "person:audit-persoon", Outcome.SUCCESS),
                tuple("person.enable", "person:audit-persoon", Outcome.SUCCESS),
                tuple("person.password-reset", "person:audit-persoon", Outcome.SUCCESS),
                tuple("password.change", "person:audit-persoon", Outcome.SUCCESS),
                tuple("theme.disable", "theme:crisis", Outcome.SUCCESS),
                tuple("theme.enable", "theme:crisis", Outcome.SUCCESS),
                tuple("theme.disable", "theme:crisis", Outcome.DENIED),
                tuple("login", "person:audit-persoon", Outcome.FAILURE),
                tuple("login", "person:audit-persoon", Outcome.SUCCESS));
        AuditEntry login = entries.stream().filter(entry -> entry.action().equals("login")
                && entry.outcome() == Outcome.SUCCESS && entry.target().equals("person:audit-persoon"))
                .findFirst().orElseThrow();
        assertThat(login.actor()).isEqualTo("audit-persoon");
        assertThat(login.originIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(login.occurredAt()).isNotNull();
        assertThat(entries.stream().map(AuditEntry::detail)).noneMatch(detail -> detail.contains(PASSWORD)
                || detail.contains("eigen wachtwoord 2025"));

        assertThat(app.security().audit().search(RunningApp.TEST_ADMIN, new AuditLog.Query("audit-pers", "login",
                null, Outcome.FAILURE, null, null, 10))).extracting(AuditEntry::action).containsOnly("login");
        assertThatThrownBy(() -> app.security().audit().search(person.actor(), AuditLog.Query.latest(5)))
                .isInstanceOf(AccessDeniedException.class);
    }


    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}

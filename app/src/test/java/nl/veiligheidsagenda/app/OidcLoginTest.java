package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.config.OidcSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in against {@link TestOidcProvider} started by the test: the authorization code flow with
 * state, nonce and PKCE, the client secret, the ID token's signature; role claims mapped to roles; failures end on
 * the login page with a Dutch message and an audit entry.
 */
class OidcLoginTest {

    @TempDir
    static Path data;

    private static TestOidcProvider provider;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        provider = new TestOidcProvider();
        app = RunningApp.start(data, Map.of(OidcSettings.ISSUER, provider.issuer(),
                OidcSettings.CLIENT_ID, TestOidcProvider.CLIENT_ID, OidcSettings.CLIENT_SECRET,
                TestOidcProvider.CLIENT_SECRET, OidcSettings.ADMIN_VALUES, "va-beheer",
                OidcSettings.VIEWER_VALUES, "va-lezer", OidcSettings.OWNER_VALUES, "va-wijken=wijken"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    /** Walks the browser's redirects: app → provider → app's callback. Returns the callback's answer. */
    private static HttpResponse<String> signIn(RunningApp.Client client, TestOidcProvider.User user,
                                               java.util.function.UnaryOperator<String> tamper) throws Exception {
        provider.nextUser = user;
        HttpResponse<String> toProvider = client.get("oidc/login");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(provider.issuer() + "/authorize?").contains("code_challenge=", "nonce=",
                "state=");
        HttpResponse<String> back = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authorize))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = tamper.apply(back.headers().firstValue("Location").orElseThrow());
        assertThat(callback).startsWith(app.url("oidc/callback"));
        return client.send(HttpRequest.newBuilder(URI.create(callback)).GET());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void theLoginPageOffersTheOrganisationSignIn() throws Exception {
        assertThat(app.client().get("login").body()).contains("Aanmelden met uw organisatie-account");
    }

    @Test
    void aViewerSignsInThroughTheProviderAndGetsAnAccount() throws Exception {
        RunningApp.Client client = app.client();
        HttpResponse<String> callback = signIn(client, new TestOidcProvider.User("j.jansen@gemeente.example",
                "Jan Jansen", List.of("va-lezer", "iets-anders")), url -> url);

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).endsWith("/");
        assertThat(client.get("").statusCode()).isEqualTo(200);
        assertThat(client.get("beheer/personen").statusCode()).isEqualTo(403);
        Person person = app.security().people().byUsername("j.jansen@gemeente.example").orElseThrow();
        assertThat(person.source()).isEqualTo(Person.Source.OIDC);
        assertThat(person.role()).isEqualTo(Role.VIEWER);
        assertThat(person.displayName()).isEqualTo("Jan Jansen");
        assertThat(client.get("api/v1/themes").statusCode()).as("the session also opens the API").isEqualTo(200);
    }

    @Test
    void roleClaimsMapToAdminAndThemeOwnerAndFollowTheProviderAtEverySignIn() throws Exception {
        RunningApp.Client admin = app.client();
        signIn(admin, new TestOidcProvider.User("beheer@gemeente.example", "Bea Beheer", List.of("va-beheer",
                "va-wijken")), url -> url);
        assertThat(admin.get("beheer/personen").statusCode()).isEqualTo(200);

        signIn(app.client(), new TestOidcProvider.User("eigenaar@gemeente.example", "Eva Eigenaar",
                List.of("va-wijken")), url -> url);
        Person owner = app.security().people().byUsername("eigenaar@gemeente.example").orElseThrow();
        assertThat(owner.role()).isEqualTo(Role.THEME_OWNER);
        assertThat(owner.ownedThemes()).containsExactly("wijken");

        signIn(app.client(), new TestOidcProvider.User("eigenaar@gemeente.example", "Eva Eigenaar",
                List.of("va-lezer")), url -> url);
        assertThat(app.security().people().byUsername("eigenaar@gemeente.example").orElseThrow().role())
                .isEqualTo(Role.VIEWER);
    }

    @Test
    void someoneWithoutAMappedRoleIsRefused() throws Exception {
        HttpResponse<String> callback = signIn(app.client(), new TestOidcProvider.User("buiten@gemeente.example",
                "Buiten Staander", List.of("iets-anders")), url -> url);

        assertThat(location(callback)).endsWith("/login?fout=geen-rol");
        assertThat(app.security().people().byUsername("buiten@gemeente.example")).isEmpty();
        assertThat(app.security().audit().search(RunningApp.TEST_ADMIN, new AuditLog.Query(null, "login",
                "person:buiten@gemeente.example", null, null, null, 5))).extracting(AuditEntry::detail)
                .anyMatch(detail -> detail.contains("geen rol"));
    }

    @Test
    void aTamperedStateAForeignSignatureOrAMissingSignInAreRefused() throws Exception {
        TestOidcProvider.User user = new TestOidcProvider.User("k.klaas@gemeente.example", "Klaas", List.of("va-lezer"));
        assertThat(location(signIn(app.client(), user, url -> url.replaceAll("state=[^&]+", "state=vervalst"))))
                .endsWith("/login?fout=oidc");

        provider.signWithUnknownKey = true;
        try {
            assertThat(location(signIn(app.client(), user, url -> url))).endsWith("/login?fout=oidc");
        } finally {
            provider.signWithUnknownKey = false;
        }
        assertThat(location(app.client().get("oidc/callback?code=x&state=y"))).endsWith("/login?fout=oidc");
        assertThat(app.security().people().byUsername("k.klaas@gemeente.example")).isEmpty();
    }

    @Test
    void aLocalAccountIsNeverTakenOverAndADisabledOneStaysOut() throws Exception {
        app.createPerson("lokaal@gemeente.example", "lokaal-wachtwoord-1", Role.VIEWER, Set.of());
        assertThat(location(signIn(app.client(), new TestOidcProvider.User("lokaal@gemeente.example", "Lokaal",
                List.of("va-beheer")), url -> url))).endsWith("/login?fout=oidc");
        assertThat(app.security().people().byUsername("lokaal@gemeente.example").orElseThrow().role())
                .isEqualTo(Role.VIEWER);

        TestOidcProvider.User leaver = new TestOidcProvider.User("weg@gemeente.example", "Weg", List.of("va-lezer"));
        signIn(app.client(), leaver, url -> url);
        Person person = app.security().people().byUsername("weg@gemeente.example").orElseThrow();
        app.security().people().setEnabled(RunningApp.TEST_ADMIN, person.id(), false);
        assertThat(location(signIn(app.client(), leaver, url -> url))).endsWith("/login?fout=uitgeschakeld");
    }
}

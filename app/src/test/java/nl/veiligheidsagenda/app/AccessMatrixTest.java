package nl.veiligheidsagenda.app;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.veiligheidsagenda.app.security.ApiTokenService;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.app.ui.security.AccessControlSetup;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the running app and every API endpoint, for anonymous, a viewer, the owner of theme A (on theme A
 * and on theme B) and an admin, with the expected outcome: allowed (200), login redirect (302 to /login; 401 on
 * the API) or refused (403). The routes come from the running app's route registry, so a route added without an
 * entry in {@link #RULES} (its access rule) fails {@link #everyRouteHasAnAccessRuleAndAnAnnotation()}.
 */
class AccessMatrixTest {

    /** Who may open a view. */
    enum Access {
        /** The login page: everybody. */
        ANONYMOUS,
        /** Every signed-in person (lezer, thema-eigenaar, beheerder): the plan's content is read by all. */
        SIGNED_IN,
        /** Thema-eigenaren and beheerders: where figures, stories and progress are entered. */
        OWNER_OR_ADMIN,
        /** Beheerders only. */
        ADMIN
    }

    /** The access rule of each fixed route template; theme routes ({@code thema/…}) are {@code SIGNED_IN}. */
    static final Map<String, Access> RULES = Map.ofEntries(
            Map.entry("", Access.SIGNED_IN),
            Map.entry("login", Access.ANONYMOUS),
            Map.entry("account", Access.SIGNED_IN),
            Map.entry("voortgang", Access.SIGNED_IN),
            Map.entry("rapportage", Access.SIGNED_IN),
            Map.entry("acties", Access.SIGNED_IN),
            Map.entry("jeugd", Access.SIGNED_IN),
            Map.entry("plan", Access.SIGNED_IN),
            Map.entry("plan/:section", Access.SIGNED_IN),
            Map.entry("effectindicatoren", Access.SIGNED_IN),
            Map.entry("doel/:goalId", Access.SIGNED_IN),
            Map.entry("indicator/:indicatorId", Access.SIGNED_IN),
            Map.entry("invoeren", Access.OWNER_OR_ADMIN),
            Map.entry("mijn-taken", Access.OWNER_OR_ADMIN),
            Map.entry("beheer/noemers", Access.ADMIN),
            Map.entry("importeren", Access.OWNER_OR_ADMIN),
            Map.entry("importeren/geschiedenis", Access.OWNER_OR_ADMIN),
            Map.entry("beheer/bronnen", Access.ADMIN),
            Map.entry("beheer/themas", Access.ADMIN),
            Map.entry("beheer/personen", Access.ADMIN),
            Map.entry("beheer/audit", Access.ADMIN));

    static final String THEME_A = "wijken";
    static final String THEME_B = "digitaal";
    static final String PASSWORD = "matrix-wachtwoord-2024";

    enum Who {
        ANONYMOUS, VIEWER, OWNER_OF_A, ADMIN
    }

    @TempDir
    static Path data;

    private static RunningApp app;
    private static final Map<Who, RunningApp.Client> SESSIONS = new LinkedHashMap<>();
    private static final Map<Who, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(data);
        app.createPerson("lezer", PASSWORD, Role.VIEWER, Set.of());
        app.createPerson("eigenaar-a", PASSWORD, Role.THEME_OWNER, Set.of(THEME_A));
        SESSIONS.put(Who.ANONYMOUS, app.client());
        SESSIONS.put(Who.VIEWER, app.login("lezer", PASSWORD));
        SESSIONS.put(Who.OWNER_OF_A, app.login("eigenaar-a", PASSWORD));
        SESSIONS.put(Who.ADMIN, app.loginAsAdmin());
        for (Who who : List.of(Who.VIEWER, Who.OWNER_OF_A, Who.ADMIN)) {
            String username = switch (who) {
                case VIEWER -> "lezer";
                case OWNER_OF_A -> "eigenaar-a";
                default -> "admin";
            };
            long id = app.security().people().byUsername(username).orElseThrow().id();
            ApiTokenService.Created token = app.security().tokens().create(RunningApp.TEST_ADMIN, id, "matrix");
            TOKENS.put(who, token.secret());
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static List<RouteData> routes() {
        return app.routes().getRegisteredRoutes();
    }

    private static List<String> templates() {
        return templates(app);
    }

    /**
     * Every address of {@code running} to check: the registry's route templates (one per view class) plus every
     * theme route, which the registry lists under one of them only since one view class serves them all.
     */
    static List<String> templates(RunningApp running) {
        Set<String> templates = new TreeSet<>();
        running.routes().getRegisteredRoutes().forEach(route -> templates.add(route.getTemplate()));
        ApplicationRouteRegistry registry = running.routes();
        for (var plugin : running.application().context().themes().enabled()) {
            String id = plugin.descriptor().id();
            templates.add(CatalogueLinks.themePath(id));
            plugin.catalogue().pages().forEach(page -> templates.add(CatalogueLinks.pagePath(id, page)));
        }
        templates.forEach(template -> assertThat(registry.getNavigationRouteTarget(samplePath(running, template))
                .hasTarget()).as("/%s is routed", template).isTrue());
        return List.copyOf(templates);
    }

    private static Access rule(String template) {
        return template.startsWith("thema/") ? Access.SIGNED_IN : RULES.get(template);
    }

    @Test
    void everyRouteHasAnAccessRuleAndAnAnnotation() {
        List<String> templates = templates();
        assertThat(templates).as("the app's routes").contains("", "login", "beheer/themas", "thema/" + THEME_A,
                "thema/" + THEME_B);
        for (RouteData route : routes()) {
            assertThat(rule(route.getTemplate()))
                    .as("route '%s' (%s) has no access rule in AccessMatrixTest.RULES: decide who may open it,"
                            + " annotate the view and add it there", route.getTemplate(),
                            route.getNavigationTarget().getSimpleName())
                    .isNotNull();
            Class<?> view = route.getNavigationTarget();
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as("view %s of route '%s' carries an access annotation", view.getName(), route.getTemplate())
                    .isTrue();
        }
        assertThat(RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(templates);
    }

    @Test
    void everyRouteAnswersEachRoleAsItsRuleSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String template : templates()) {
            Access access = rule(template);
            if (access == null) {
                mismatches.add(template + ": no access rule");
                continue;
            }
            String path = samplePath(template);
            for (Who who : Who.values()) {
                String expected = expectedPage(access, who);
                String actual = outcome(SESSIONS.get(who).get(path));
                checked++;
                if (!expected.equals(actual)) {
                    mismatches.add(String.format("%-45s %-11s expected %-8s got %s", "/" + path,
                            label(who, path), expected, actual));
                }
            }
        }
        assertThat(mismatches).as("routes whose outcome differs from the matrix (%d checks)", checked).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(4 * (RULES.size() + 2));
    }

    /** Defence in depth: Vaadin's own navigation access control refuses anonymous visitors on every route too. */
    @Test
    void vaadinNavigationAccessControlRefusesAnonymousEverywhereButTheLoginPage() {
        ApplicationRouteRegistry registry = app.routes();
        var control = AccessControlSetup.accessControl();
        for (String template : templates()) {
            String path = samplePath(template);
            NavigationRouteTarget target = registry.getNavigationRouteTarget(path);
            NavigationContext anonymous = new NavigationContext(new Router(registry),
                    target.getRouteTarget().getTarget(), new Location(path), target.getRouteParameters(), null,
                    role -> false, false);
            AccessCheckDecision decision = control.checkAccess(anonymous, true).decision();
            assertThat(decision).as("anonymous on /%s", path)
                    .isEqualTo(rule(template) == Access.ANONYMOUS ? AccessCheckDecision.ALLOW
                            : AccessCheckDecision.DENY);
        }
    }

    @Test
    void anUnknownAddressSendsAnonymousToTheLoginPageAndShowsSignedInPeopleA404() throws Exception {
        assertThat(outcome(SESSIONS.get(Who.ANONYMOUS).get("bestaat-niet"))).isIn("LOGIN", "LOGIN-VIEW");
        assertThat(SESSIONS.get(Who.VIEWER).get("bestaat-niet").statusCode()).isEqualTo(404);
    }

    record Endpoint(String method, String path, String body, String themeOfChange) {
    }

    /**
     * Every API endpoint; {@code themeOfChange} marks a write and names the theme it changes, {@value #ANY_THEME}
     * marks what any owner or admin may do (imports: rows of other themes are refused inside the answer).
     */
    static List<Endpoint> endpoints() {
        ThemeCatalogue a = catalogue(THEME_A);
        ThemeCatalogue b = catalogue(THEME_B);
        Indicator indicatorA = a.indicators().filter(i -> !i.series().isEmpty()).findFirst().orElseThrow();
        Indicator indicatorB = b.indicators().filter(i -> !i.series().isEmpty()).findFirst().orElseThrow();
        String body = "{\"value\": 1.5, \"status\": \"provisional\", \"source\": \"matrixtest\"}";
        return List.of(
                new Endpoint("GET", "api/v1/themes", null, null),
                new Endpoint("GET", "api/v1/catalogue", null, null),
                new Endpoint("GET", "api/v1/plan", null, null),
                new Endpoint("GET", "api/v1/indicators/" + indicatorA.id() + "/values", null, null),
                new Endpoint("GET", "api/v1/goals/" + a.goals().findFirst().orElseThrow().id() + "/status?year=2024",
                        null, null),
                new Endpoint("PUT", "api/v1/indicators/" + indicatorA.id() + "/series/"
                        + indicatorA.series().getFirst().id() + "/values/2024", body, THEME_A),
                new Endpoint("PUT", "api/v1/indicators/" + indicatorB.id() + "/series/"
                        + indicatorB.series().getFirst().id() + "/values/2024", body, THEME_B),
                new Endpoint("GET", "api/v1/imports/template.csv", null, null),
                new Endpoint("GET", "api/v1/imports/mappings", null, null),
                new Endpoint("GET", "api/v1/imports", null, ANY_THEME),
                new Endpoint("POST", "api/v1/imports?dryRun=true&fileName=matrix.json", "{\"value\": [{\"ID\": 0,"
                        + " \"RegioS\": \"GM0034\", \"Perioden\": \"2024JJ00\", \"Onbekend_1\": 1}]}", ANY_THEME),
                new Endpoint("GET", "api/v1/reports/2024.csv", null, null),
                new Endpoint("GET", "api/v1/reports/2024/editions", null, null),
                // publishing is for admins only: a "theme" nobody owns
                new Endpoint("POST", "api/v1/reports/2024/editions", "{}", "beheer"),
                new Endpoint("GET", "api/v1/reports/2024/editions/1.csv", null, null),
                new Endpoint("GET", "api/v1/bestaat-niet", null, null));
    }

    static final String ANY_THEME = "*";

    @Test
    void everyApiEndpointAnswersEachRoleAsTheRulesSay() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                String expected = expectedApi(endpoint, who);
                String viaSession = apiOutcome(endpoint, SESSIONS.get(who).send(request(endpoint)));
                if (!expected.equals(viaSession)) {
                    mismatches.add(endpoint.method() + " /" + endpoint.path() + " " + who + " (session): expected "
                            + expected + ", got " + viaSession);
                }
                if (who != Who.ANONYMOUS) {
                    String viaToken = apiOutcome(endpoint, app.client().send(request(endpoint)
                            .header("Authorization", "Bearer " + TOKENS.get(who))));
                    if (!expected.equals(viaToken)) {
                        mismatches.add(endpoint.method() + " /" + endpoint.path() + " " + who + " (token): expected "
                                + expected + ", got " + viaToken);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static HttpRequest.Builder request(Endpoint endpoint) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.url(endpoint.path())));
        return endpoint.body() == null ? builder.GET() : builder.header("Content-Type", "application/json")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(endpoint.body()));
    }

    private static String expectedPage(Access access, Who who) {
        return switch (access) {
            case ANONYMOUS -> "ALLOWED";
            case SIGNED_IN -> who == Who.ANONYMOUS ? "LOGIN" : "ALLOWED";
            case OWNER_OR_ADMIN -> who == Who.ANONYMOUS ? "LOGIN" : who == Who.VIEWER ? "FORBIDDEN" : "ALLOWED";
            case ADMIN -> who == Who.ANONYMOUS ? "LOGIN" : who == Who.ADMIN ? "ALLOWED" : "FORBIDDEN";
        };
    }

    private static String expectedApi(Endpoint endpoint, Who who) {
        if (who == Who.ANONYMOUS) {
            return "UNAUTHORIZED";
        }
        if (endpoint.path().contains("bestaat-niet")) {
            return "NOT_FOUND";
        }
        if (endpoint.themeOfChange() == null || who == Who.ADMIN) {
            return "ALLOWED";
        }
        if (endpoint.themeOfChange().equals(ANY_THEME)) {
            return who == Who.VIEWER ? "FORBIDDEN" : "ALLOWED";
        }
        return who == Who.OWNER_OF_A && endpoint.themeOfChange().equals(THEME_A) ? "ALLOWED" : "FORBIDDEN";
    }

    /** A page request's outcome: ALLOWED, LOGIN (302 to /login), FORBIDDEN (403), or the status. */
    static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
            return "LOGIN";
        }
        if (status == 200 && response.body().contains("Aanmelden | Veiligheidsagenda")) {
            return response.uri().getPath().equals("/login") ? "ALLOWED" : "LOGIN-VIEW";
        }
        return switch (status) {
            case 200 -> response.body().contains("Geen toegang") ? "DENIED-BUT-200" : "ALLOWED";
            case 403 -> "FORBIDDEN";
            default -> "HTTP " + status;
        };
    }

    /** An API request's outcome: ALLOWED (2xx, or 400/409: past the access checks), UNAUTHORIZED, FORBIDDEN. */
    static String apiOutcome(Endpoint endpoint, HttpResponse<String> response) {
        return switch (response.statusCode()) {
            case 200, 201, 204, 400, 409 -> "ALLOWED";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> endpoint.path().contains("bestaat-niet") ? "NOT_FOUND" : "HTTP 404 " + response.body();
            default -> "HTTP " + response.statusCode() + " " + response.body();
        };
    }

    private static String label(Who who, String path) {
        if (who != Who.OWNER_OF_A) {
            return who.name();
        }
        return path.contains(THEME_A) ? "OWNER(A@A)" : path.contains(THEME_B) ? "OWNER(A@B)" : "OWNER(A)";
    }

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)[?*]?(\\([^)]*\\))?");

    static String samplePath(String template) {
        return samplePath(app, template);
    }

    /** A concrete address for a route template of {@code running}: parameters get an id of theme A that exists. */
    static String samplePath(RunningApp running, String template) {
        ThemeCatalogue a = running.application().context().themes().enabledTheme(THEME_A).orElseThrow().catalogue();
        Map<String, String> samples = Map.of(
                "goalId", a.goals().findFirst().orElseThrow().id(),
                "indicatorId", a.indicators().findFirst().orElseThrow().id(),
                "themeId", THEME_A,
                "section", "inleiding");
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String sample = samples.get(matcher.group(1));
            assertThat(sample).as("a sample value for parameter '%s' of route '%s' in AccessMatrixTest.samplePath",
                    matcher.group(1), template).isNotNull();
            matcher.appendReplacement(path, sample);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static ThemeCatalogue catalogue(String themeId) {
        return app.application().context().themes().enabledTheme(themeId).orElseThrow().catalogue();
    }

    @Test
    void theMatrixCoversEveryThemeRoute() {
        Set<String> themeRoutes = new TreeSet<>();
        templates().stream().filter(t -> t.startsWith("thema/")).forEach(themeRoutes::add);
        assertThat(themeRoutes).contains("thema/" + THEME_A, "thema/" + THEME_B, "thema/ondermijning",
                "thema/crisis", "thema/polarisatie", "thema/polarisatie/manifestaties");
    }
}

package nl.veiligheidsagenda.app;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.veiligheidsagenda.app.config.SecuritySettings;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.PeopleService;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.security.Security;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the real application (Jetty, Weld, Vaadin, H2 file database) on a free port for a test, with the themes of
 * the distribution's plugin folder, each in its own module layer (unless the test sets VEILIGHEID_PLUGIN_DIR). The first-run
 * admin {@code admin} gets {@link #ADMIN_PASSWORD} unless the test sets {@code VEILIGHEID_ADMIN_PASSWORD} itself
 * (an empty value: a generated password).
 */
final class RunningApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = "beheer-wachtwoord-voor-tests";
    /** The distribution's plan description, laid out by the build before the tests. */
    static final Path DEFAULT_PLAN = Path.of("target/dist/plan/veiligheidsplan.yaml").toAbsolutePath();
    /** The actor tests use to set things up through the services (audited as "test"). */
    static final Actor TEST_ADMIN = Actor.admin("test");

    private final Application application;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningApp(Application application) {
        this.application = application;
    }

    static RunningApp start(Path dataDirectory, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put(SettingsLoader.DATA_DIR, dataDirectory.toString());
        environment.put(SettingsLoader.PORT, "0");
        environment.putIfAbsent(SecuritySettings.ADMIN_PASSWORD, ADMIN_PASSWORD);
        environment.putIfAbsent(SettingsLoader.PLAN_FILE, DEFAULT_PLAN.toString());
        return new RunningApp(Application.start(SettingsLoader.load(environment, Optional.of(DistLayout.plugins()))));
    }

    static RunningApp start(Path dataDirectory) {
        return start(dataDirectory, Map.of());
    }

    Application application() {
        return application;
    }

    Security security() {
        return application.context().security();
    }

    /** Vaadin's routes of the running server. */
    ApplicationRouteRegistry routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(application.servletContext()));
    }

    String url(String path) {
        return application.url() + path;
    }

    /** An anonymous request (no session, no credentials; redirects are not followed). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A local account created through the service, ready to sign in (no password change required). */
    Person createPerson(String username, String password, Role role, Set<String> themes) {
        return security().people().create(TEST_ADMIN, new PeopleService.NewPerson(username, username + " (test)",
                role, themes, password, false));
    }

    /** A browser-like client with its own cookies, not yet signed in. */
    Client client() {
        return new Client();
    }

    /** A client signed in through the login form's {@code POST /login}. */
    Client login(String username, String password) throws IOException, InterruptedException {
        Client client = new Client();
        HttpResponse<String> response = client.login(username, password);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("fout=")) {
            throw new AssertionError("sign-in of " + username + " failed: " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return client;
    }

    Client loginAsAdmin() throws IOException, InterruptedException {
        return login("admin", ADMIN_PASSWORD);
    }

    /** Signs a real browser in through the login view as {@code username}, and waits for the start page. */
    void loginInBrowser(WebDriver browser, String username, String password) {
        loginInBrowser(browser, url("login"), username, password);
    }

    /** Signs a browser in through the login view at {@code loginUrl} (also used against the distribution). */
    static void loginInBrowser(WebDriver browser, String loginUrl, String username, String password) {
        browser.get(loginUrl);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void loginInBrowserAsAdmin(WebDriver browser) {
        loginInBrowser(browser, "admin", ADMIN_PASSWORD);
    }

    @Override
    public void close() {
        application.close();
    }

    /** Keeps its session cookie between requests, like a browser; follows no redirects. */
    final class Client {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The value of a cookie the server set. */
        Optional<String> cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst();
        }

        HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return send(HttpRequest.newBuilder(URI.create(url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", application.url().replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

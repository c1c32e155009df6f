package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Indicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored and reflected cross-site scripting, in a real Chromium: a script payload goes into every text a person or
 * an anonymous visitor can enter, and every page that shows one is opened with a full page load (the page's data
 * inline in Vaadin's bootstrap page) and by navigation inside the app (the data as JSON over XHR). A page fails
 * when a payload's script ran (it sets {@code window.__xss}), when the browser reports a Content-Security-Policy
 * violation (an injected inline script or handler that the policy blocked: the text became markup), when the page
 * has no heading or shows Vaadin's error, or when a payload is not shown as plain text. The raw HTML of every full
 * page load is checked too, independent of the browser and its policy.
 * <p>
 * Import file names join the texts here when imports exist: add them to {@link #storeImportFileNames} (the
 * extension point) and their pages to the lists below.
 */
class XssPayloadBrowserTest {

    private static final CatalogueIndex PLAN = CatalogueIndex.of(DistLayout.themes());
    private static final String OWNER = "xss-eigenaar";
    private static final String PASSWORD = "eigenaar-wachtwoord-xss";
    private static final int YEAR = FiguresBrowserTest.YEAR;
    private static final String POLICE = FiguresBrowserTest.POLICE;
    private static final String POLICE_GOAL = FiguresBrowserTest.GOAL;
    private static final String WORDS_GOAL = "polarisatie.radicalisering-herkend";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    /** Which payload went where, by its field name. */
    private static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    /**
     * A text that tries every way out of its place: out of an attribute ({@code "'>}), out of the bootstrap's data
     * script ({@code </script>}), into an HTML comment ({@code <!--}), an inline script and an event handler.
     */
    static String payload(String field) {
        String payload = "xss-" + field + "\"'></script><script>window.__xss='" + field + "'</script><!--"
                + "<img src=x onerror=\"window.__xss='" + field + "'\">";
        PAYLOADS.put(field, payload);
        return payload;
    }

    @BeforeAll
    static void storePayloads() throws Exception {
        RunningApp app = session.app();
        Actor admin = RunningApp.TEST_ADMIN;
        // a person's name (admin enters it) and the description of their API token
        Person owner = app.createPerson(OWNER, PASSWORD, Role.THEME_OWNER, Set.of("digitaal"));
        app.security().people().update(admin, owner.id(), payload("naam"), Role.THEME_OWNER, Set.of("digitaal"));
        String token = app.security().tokens().create(admin, owner.id(), "xss script").secret();
        // a figure's source note, through the JSON API as a script would send it
        Indicator police = PLAN.indicator(POLICE).orElseThrow().indicator();
        HttpResponse<String> put = app.client().send(HttpRequest.newBuilder(URI.create(app.url("api/v1/indicators/"
                        + POLICE + "/series/" + police.series().getFirst().id() + "/values/" + YEAR)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 0.7, \"status\": \"final\", \"source\": "
                        + json(payload("bron")) + "}")));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        // the owner's story behind an indicator, the goal's story, an action's progress note
        Actor ownerActor = app.security().people().active(owner.id()).orElseThrow().actor();
        app.application().context().stories().writeIndicatorStory(ownerActor, POLICE, YEAR, payload("verhaal"), null);
        app.application().context().stories().writeGoalStory(ownerActor, POLICE_GOAL, YEAR, payload("doelverhaal"),
                null, null);
        String action = PLAN.goal(POLICE_GOAL).orElseThrow().goal().actions().getFirst().id();
        app.application().context().progress().recordProgress(ownerActor, action, YEAR, ActionStatus.RUNNING,
                payload("voortgang"), null);
        // the assessment of a goal accounted for in words (an admin may write for every theme)
        app.application().context().stories().writeGoalStory(admin, WORDS_GOAL, YEAR, payload("beoordeling"),
                OwnerStatus.PARTLY_ON_COURSE, null);
        storeImportFileNames();
        // the token's description last: the audit page shows the newest entries first
        app.security().tokens().create(admin, owner.id(), payload("token"));
        // an anonymous visitor types the user name at the sign-in form: it lands in the audit log
        session.browser().manage().deleteAllCookies();
        session.browser().get(app.url("login"));
        session.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        session.browser().findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(payload("gebruikersnaam"));
        session.browser().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("fout" + Keys.ENTER);
        session.await().until(ExpectedConditions.urlContains("fout=onjuist"));
    }

    /**
     * Extension point: the import feature stores an uploaded file under a hostile name (the import is refused, so
     * only the history keeps it) and a hostile source text through our template (the import is applied).
     */
    private static void storeImportFileNames() throws Exception {
        RunningApp app = session.app();
        String token = app.security().tokens().create(RunningApp.TEST_ADMIN,
                app.security().people().byUsername("admin").orElseThrow().id(), "xss import").secret();
        String rows = "indicator_id;series_id;area;year;value;status;source\n" + POLICE + ";"
                + PLAN.indicator(POLICE).orElseThrow().indicator().series().get(1).id() + ";GM0034;" + YEAR
                + ";6,1;definitief;" + payload("importbron").replace(";", ",") + "\n";
        HttpResponse<String> applied = app.client().send(HttpRequest.newBuilder(URI.create(app.url(
                        "api/v1/imports?fileName=eigen.csv"))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(rows)));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        HttpResponse<String> refused = app.client().send(HttpRequest.newBuilder(URI.create(app.url(
                        "api/v1/imports?fileName=" + URLEncoder.encode(payload("bestandsnaam"),
                                StandardCharsets.UTF_8)))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("geen tabel")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    }

    @Test
    void ownerPagesShowEveryPayloadAsText() throws Exception {
        signIn(OWNER, PASSWORD);
        String indicatorGoal = "doel/" + POLICE_GOAL;
        List<Page> pages = List.of(
                new Page("", "naam"),
                new Page("voortgang", "naam"),
                new Page("invoeren", "naam", "bron", "importbron"),
                new Page("mijn-taken", "naam"),
                new Page("acties", "naam", "voortgang"),
                new Page("thema/digitaal", "naam", "voortgang"),
                new Page(indicatorGoal, "naam", "doelverhaal", "voortgang"),
                new Page("doel/" + WORDS_GOAL, "naam", "beoordeling"),
                new Page("indicator/" + POLICE, "naam", "verhaal"),
                new Page("account", "naam"));
        checkEveryWay(pages);
    }

    @Test
    void adminPagesShowEveryPayloadAsText() throws Exception {
        signIn("admin", RunningApp.ADMIN_PASSWORD);
        List<Page> pages = List.of(
                new Page("beheer/audit", "gebruikersnaam", "token"),
                new Page("beheer/personen", "naam"),
                new Page("importeren/geschiedenis", "bestandsnaam"),
                new Page("doel/" + WORDS_GOAL, "beoordeling"));
        checkEveryWay(pages);
    }

    @Test
    void addressesAndLinksReachThePageOnlyAsText() throws Exception {
        signIn("admin", RunningApp.ADMIN_PASSWORD);
        // no "/" in an address's payload: Jetty refuses an encoded slash in a path before any page is made
        String address = "xss-adres\"'><img src=x onerror=\"window.__xss='adres'\"><!--";
        PAYLOADS.put("adres", address);
        String path = "bestaat-niet-" + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20");
        fullLoad(new Page(path, "adres"));
        session.browser().manage().deleteAllCookies();
        // a crafted link to the real login page (reflected): only known codes and a number reach the page
        String login = "login?fout=geblokkeerd&minuten=" + URLEncoder.encode(payload("minuten"), StandardCharsets.UTF_8)
                + "&x=" + URLEncoder.encode(payload("parameter"), StandardCharsets.UTF_8);
        fullLoad(new Page(login));
        assertThat(text()).contains("Probeer het over 15 minuten opnieuw");
        rawHtmlIsSafe(session.app().client(), login);
    }

    private record Page(String path, String... payloads) {
    }

    private static void checkEveryWay(List<Page> pages) throws Exception {
        RunningApp.Client client = null;
        for (Page page : pages) {
            fullLoad(page);
        }
        for (Page page : pages) {
            navigateInApp(page);
        }
        client = httpClientFor();
        for (Page page : pages) {
            rawHtmlIsSafe(client, page.path());
        }
    }

    private static void fullLoad(Page page) {
        session.browser().get(session.app().url(page.path()));
        checkPage(page, "full page load");
    }

    /**
     * Navigation as a click on a link inside the app does it: Vaadin's client handles the click and fetches the view
     * as JSON, the document stays (a marker on the window survives, which a reload would clear).
     */
    private static void navigateInApp(Page page) {
        JavascriptExecutor js = session.browser();
        js.executeScript("window.__stayed = true;"
                + "const link = document.createElement('a'); link.href = arguments[0]; link.setAttribute('router-link', '');"
                + "link.id = '__xss-nav'; link.textContent = 'nav'; document.body.appendChild(link); link.click();"
                + "link.remove();", page.path());
        session.await().until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return decodeURI(location.pathname).endsWith('/' + decodeURI(arguments[0]))", page.path()).equals(true));
        checkPage(page, "navigation in the app");
        assertThat(js.executeScript("return window.__stayed === true")).as("%s was reached without a page load",
                page.path()).isEqualTo(true);
    }

    private static void checkPage(Page page, String how) {
        String where = page.path() + " (" + how + ")";
        session.await().until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                        + " && document.querySelector('h1') !== null").equals(true));
        for (String field : page.payloads()) {
            String shown = PAYLOADS.get(field);
            new WebDriverWait(session.browser(), Duration.ofSeconds(10))
                    .withMessage(where + " shows the payload of " + field + " as text")
                    .until(driver -> text().contains(shown));
        }
        JavascriptExecutor js = session.browser();
        assertThat(js.executeScript("return window.__xss === undefined ? null : String(window.__xss)"))
                .as("a payload's script ran on %s", where).isNull();
        assertThat(cspViolations()).as("text became markup (blocked by the policy) on %s", where).isEmpty();
        assertThat(text()).as("%s shows no error", where).doesNotContain("Er ging iets mis", "Internal error");
    }

    /** All text of the page, including text in shadow roots and form fields' values. */
    private static String text() {
        return (String) ((JavascriptExecutor) session.browser()).executeScript("""
                const parts = [];
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                  if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') { return; }
                  if (node.value !== undefined && typeof node.value === 'string') { parts.push(node.value); }
                  if (node.shadowRoot) { walk(node.shadowRoot); }
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return parts.join('\\n');""");
    }

    private static List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : session.browser().manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        return violations;
    }

    private static void signIn(String username, String password) {
        session.browser().manage().deleteAllCookies();
        session.app().loginInBrowser(session.browser(), username, password);
        currentUser = username;
        currentPassword = password;
        cspViolations();
    }

    private static String currentUser;
    private static String currentPassword;

    private static RunningApp.Client httpClientFor() throws Exception {
        return session.app().login(currentUser, currentPassword);
    }

    /** The bootstrap page as the server sends it: no payload's markup outside the escaped data. */
    private static void rawHtmlIsSafe(RunningApp.Client client, String path) throws Exception {
        HttpResponse<String> page = client.get(path);
        assertThat(page.body()).as("raw HTML of %s", path).contains("<html").doesNotContain(
                "<script>window.__xss", "<img src=x onerror", "</script><!--");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader (role Lezer) in a real Chromium: sees the action progress an owner reported wherever the action is
 * shown (theme page, goal page, Acties with its status filter, Jeugd) and a per-theme tally on Voortgang; and every
 * reading view at a phone's width (360 px) with nothing running out of sight or cut off.
 */
class ReaderBrowserTest {

    private static final CatalogueIndex PLAN = CatalogueIndex.of(DistLayout.themes());
    private static final int YEAR = FiguresBrowserTest.YEAR;
    private static final String READER = "lezer";
    private static final String PASSWORD = "zonnebloem-veld-2024";
    private static final String NOTE = "op 6 scholen gestart, 420 leerlingen bereikt";
    /** A youth action of theme wijken: shown on its theme page, goal page, Acties and Jeugd. */
    private static final ActionEntry RUNNING = PLAN.actions().stream()
            .filter(entry -> entry.themeId().equals("wijken") && entry.action().targetGroups().contains("Jeugd"))
            .findFirst().orElseThrow();
    private static final ActionEntry COMPLETED = PLAN.actions().stream()
            .filter(entry -> entry.themeId().equals("wijken") && entry != RUNNING).findFirst().orElseThrow();

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void ownerReportsAndReaderSignsIn() {
        RunningApp app = session.app();
        Person owner = app.createPerson("eigenaar-wijken", "tulpenveld-voorjaar-2024", Role.THEME_OWNER,
                Set.of("wijken"));
        Actor actor = app.security().people().active(owner.id()).orElseThrow().actor();
        var progress = app.application().context().progress();
        progress.recordProgress(actor, RUNNING.action().id(), YEAR - 1, ActionStatus.NOT_STARTED, "", null);
        progress.recordProgress(actor, RUNNING.action().id(), YEAR, ActionStatus.RUNNING, NOTE, null);
        progress.recordProgress(actor, COMPLETED.action().id(), YEAR, ActionStatus.COMPLETED, "", null);
        app.createPerson(READER, PASSWORD, Role.VIEWER, Set.of());
        app.loginInBrowser(session.browser(), READER, PASSWORD);
    }

    @Test
    void readerSeesTheOwnersActionProgressWhereverTheActionIsShown() throws Exception {
        String title = RUNNING.action().title();
        open("thema/wijken");
        assertThat(progressOf(title)).contains(YEAR + " Lopend " + NOTE, (YEAR - 1) + " Niet gestart");

        open("doel/" + RUNNING.place().goal().id());
        assertThat(progressOf(title)).contains(YEAR + " Lopend " + NOTE);

        open("jeugd");
        assertThat(progressOf(title)).contains(YEAR + " Lopend " + NOTE);

        open("acties");
        assertThat(session.browser().findElements(By.cssSelector("#actions-list > li")))
                .extracting(card -> card.getDomAttribute("id")).contains("actie-" + RUNNING.action().id());
        assertThat(card(RUNNING).getText()).contains("Lopend", NOTE);
        choose("filter-status", "Lopend");
        session.await().until(ExpectedConditions.textToBe(By.id("actions-count"), "1 actie"));
        assertThat(session.browser().findElements(By.cssSelector("#actions-list > li"))).singleElement()
                .extracting(WebElement::getText).asString().contains(title, NOTE);
        choose("filter-status", "Afgerond");
        // the count says "1 actie" before and after: wait for the other card
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.id("actie-" + COMPLETED.action().id())));
        assertThat(session.browser().findElement(By.id("actions-count")).getText()).isEqualTo("1 actie");
        assertThat(session.browser().findElements(By.cssSelector("#actions-list > li"))).singleElement()
                .extracting(WebElement::getText).asString().contains(COMPLETED.action().title(), "Afgerond");
        Screenshots.fullPage(session.browser(), "acties-status.png");

        open("voortgang?jaar=" + YEAR);
        long wijken = PLAN.actions().stream().filter(entry -> entry.themeId().equals("wijken")).count();
        assertThat(session.browser().findElement(By.id("actions-wijken")).getText())
                .isEqualTo("Veilige wijken: 1 lopend, 1 afgerond, " + (wijken - 2) + " nog niets gemeld");
        long digitaal = PLAN.actions().stream().filter(entry -> entry.themeId().equals("digitaal")).count();
        assertThat(session.browser().findElement(By.id("actions-digitaal")).getText())
                .isEqualTo("Digitale veiligheid: " + digitaal + " nog niets gemeld");
        open("voortgang?jaar=" + (YEAR - 1));
        assertThat(session.browser().findElement(By.id("actions-wijken")).getText())
                .startsWith("Veilige wijken: 1 niet gestart, ");
    }

    @Test
    void everyReadingViewFitsAPhone() throws Exception {
        List<String> pages = List.of("", "voortgang", "acties", "jeugd", "thema/wijken",
                "doel/" + RUNNING.place().goal().id(), "doel/digitaal.digitale-criminaliteit-daalt",
                "indicator/wijken.geregistreerde-high-impact-crimes", "indicator/" + FiguresBrowserTest.POLICE, "effectindicatoren", "account");
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try {
            for (int width : new int[] {360, 390}) {
                PhoneLayout.emulate(session.browser(), width);
                for (String page : pages) {
                    open(page);
                    List<String> found = PhoneLayout.problems(session.browser());
                    if (!found.isEmpty()) {
                        problems.put(width + " px /" + page, found);
                    }
                }
            }
            PhoneLayout.emulate(session.browser(), 360);
            open("voortgang");
            Screenshots.fullPage(session.browser(), "telefoon-voortgang.png");
        } finally {
            PhoneLayout.reset(session.browser());
        }
        assertThat(problems).as("what runs out of sight or is cut off at a phone's width").isEmpty();
    }

    @Test
    void theMenuShowsEveryThemeNameWhole() {
        open("");
        assertThat(PhoneLayout.problems(session.browser(), "vaadin-app-layout > [slot=drawer]"))
                .as("menu entries cut off").isEmpty();
        assertThat(session.browser().findElement(By.cssSelector("[slot=drawer]")).getText())
                .contains("Georganiseerde ondermijnende criminaliteit");
    }

    private static void open(String path) {
        session.browser().get(session.app().url(path));
        session.await().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                return document.querySelector('h1') !== null && window.Vaadin?.Flow?.clients !== undefined
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive());"""));
    }

    /** The progress lists of the action titled {@code title} on the page, as text without line breaks. */
    @SuppressWarnings("unchecked")
    private static List<String> progressOf(String title) {
        return (List<String>) session.browser().executeScript("""
                return [...document.querySelectorAll('.va-action-progress ul')]
                    .filter(list => list.getAttribute('aria-label').endsWith(arguments[0]))
                    .flatMap(list => [...list.children].map(item => item.innerText.replace(/\\s+/g, ' ').trim()));""",
                title);
    }

    private static WebElement card(ActionEntry entry) {
        return session.browser().findElement(By.id("actie-" + entry.action().id()));
    }

    private static void choose(String comboBoxId, String item) {
        WebElement input = session.browser().findElement(By.id(comboBoxId)).findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), item);
        session.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//vaadin-combo-box-item[normalize-space(.)='" + item + "']")));
        input.sendKeys(Keys.ENTER);
        session.await().until(driver -> item.equals(input.getDomProperty("value"))
                && driver.findElement(By.id(comboBoxId)).getDomAttribute("opened") == null);
    }
}

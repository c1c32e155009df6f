package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.PeopleService;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
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
    /** An owner's name as people know it, typed as hostile as a name can be. */
    private static final String WRITER = "Fatima <b>El</b> Amrani";
    private static final String STORY_INDICATOR = "wijken.geregistreerde-high-impact-crimes";
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
        Person writer = app.security().people().create(RunningApp.TEST_ADMIN, new PeopleService.NewPerson(
                "schrijver-wijken", WRITER, Role.THEME_OWNER, Set.of("wijken"), "lentebloesem-tuin-2024", false));
        app.application().context().stories().writeIndicatorStory(writer.actor(), STORY_INDICATOR, YEAR,
                "Minder inbraken door buurtpreventie.", null);
        var figures = app.application().context().figures();
        for (String[] figure : new String[][] {{"woninginbraken", "5.1"}, {"straatroven", "0.5"},
                {"overvallen", "0.1"}, {"geweldsdelicten", "2.7"}}) {
            figures.enterFigure(writer.actor(), new FigureInput(STORY_INDICATOR, figure[0], YEAR,
                    new BigDecimal(figure[1]), null, FigureStatus.PROVISIONAL, "politie", 0));
        }
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
    void aFilteredAddressReopensWithTheSameFiltersAndYear() {
        open("acties");
        choose("filter-theme", "Veilige wijken");
        choose("filter-status", "Lopend");
        session.await().until(ExpectedConditions.textToBe(By.id("actions-count"), "1 actie"));
        session.await().until(driver -> query().equals(Map.of("jaar", String.valueOf(YEAR), "thema", "wijken",
                "status", "lopend")));

        open(session.browser().getCurrentUrl().substring(session.app().url("").length()));
        assertThat(session.browser().findElement(By.id("actions-count")).getText()).isEqualTo("1 actie");
        assertThat(fieldValue("filter-theme")).isEqualTo("Veilige wijken");
        assertThat(fieldValue("filter-status")).isEqualTo("Lopend");
        assertThat(card(RUNNING).getText()).contains(NOTE);

        // another year: the status filter looks at what was reported in that year
        open("acties?jaar=" + (YEAR - 1) + "&thema=wijken&status=niet-gestart");
        assertThat(session.browser().findElement(By.id("actions-count")).getText()).isEqualTo("1 actie");
        assertThat(session.browser().findElements(By.cssSelector("#actions-list > li"))).singleElement()
                .extracting(card -> card.getDomAttribute("id")).isEqualTo("actie-" + RUNNING.action().id());
        assertThat(session.browser().findElement(By.id("filter-status")).getText())
                .contains("Status in " + (YEAR - 1));

        // unknown choices are ignored; a typed search text is shown as text, never run
        String payload = "<img src=x onerror=\"window.__hit=1\">";
        open("acties?thema=bestaat-niet&status=%3Cb%3E&jaar=1999&zoek="
                + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fieldValue("filter-theme")).isEmpty();
        assertThat(fieldValue("filter-text")).isEqualTo(payload);
        assertThat(session.browser().findElement(By.id("actions-count")).getText()).isEqualTo("Geen acties");
        assertThat(session.browser().findElement(By.id("filter-status")).getText()).contains("Status in " + YEAR);
        assertThat(((JavascriptExecutor) session.browser()).executeScript("return window.__hit === undefined"))
                .isEqualTo(true);
    }

    @Test
    void voortgangKeepsYearAndThemeInTheAddressAndItsLinksKeepTheYear() {
        int earlier = YEAR - 1;
        open("voortgang?jaar=" + earlier + "&thema=wijken");
        assertThat(session.browser().findElements(By.cssSelector("#action-summary > li")))
                .extracting(WebElement::getText).singleElement().asString().startsWith("Veilige wijken: ");
        assertThat(session.browser().findElements(By.cssSelector("#goal-cards > li")))
                .allMatch(card -> card.getDomAttribute("data-goal").startsWith("wijken."));

        WebElement goal = session.browser().findElement(By.cssSelector("#goal-cards > li h3 a"));
        String goalId = goal.findElement(By.xpath("ancestor::li")).getDomAttribute("data-goal");
        click(goal);
        session.await().until(ExpectedConditions.urlContains("/doel/" + goalId));
        assertThat(query()).containsEntry("jaar", String.valueOf(earlier));
        session.await().until(driver -> driver.findElement(By.cssSelector(".va-goal-status")).getText()
                .contains(String.valueOf(earlier)));
        assertThat(session.browser().findElement(By.cssSelector("vaadin-select")).getText())
                .contains(String.valueOf(earlier));

        open("voortgang?jaar=" + earlier + "&thema=wijken");
        click(session.browser().findElement(By.cssSelector("#actions-wijken a")));
        session.await().until(ExpectedConditions.urlContains("/acties"));
        session.await().until(driver -> driver.findElement(By.id("filter-status")).getText()
                .contains("Status in " + earlier));
        assertThat(query()).containsEntry("jaar", String.valueOf(earlier)).containsEntry("thema", "wijken");
        assertThat(fieldValue("filter-theme")).isEqualTo("Veilige wijken");
    }

    @Test
    void aStorySaysWhoWroteItByName() {
        open("indicator/" + STORY_INDICATOR);
        WebElement byLine = session.browser().findElement(By.xpath(
                "//p[contains(@class, 'va-muted') and starts-with(normalize-space(.), 'Geschreven door')]"));
        assertThat(byLine.getText()).startsWith("Geschreven door " + WRITER + " op ")
                .doesNotContain("schrijver-wijken");
        assertThat(byLine.findElements(By.tagName("b"))).as("the name is text, not markup").isEmpty();
    }

    @Test
    void seriesInDifferentUnitsGetAChartEachWithTheUnitOnItsAxisAndNoTextOverOtherText() {
        open("indicator/" + STORY_INDICATOR);
        session.await().until(driver -> driver.findElements(By.cssSelector(".va-chart svg")).size() == 2);
        List<WebElement> charts = session.browser().findElements(By.cssSelector(".va-chart"));
        assertThat(charts).extracting(chart -> chart.getDomAttribute("data-unit"))
                .containsExactly("PER_1000_DWELLINGS", "PER_1000_RESIDENTS");
        assertThat(charts.get(0).getDomAttribute("aria-label")).contains("per 1.000 woningen");
        assertThat(charts.get(1).getDomAttribute("aria-label")).contains("per 1.000 inwoners");
        assertThat(textOf(charts.get(0))).contains("per 1.000 woningen", "Woninginbraken")
                .doesNotContain("Straatroven");
        assertThat(textOf(charts.get(1))).contains("per 1.000 inwoners", "Straatroven", "Overvallen")
                .doesNotContain("Woninginbraken");
        @SuppressWarnings("unchecked")
        List<String> overlapping = (List<String>) session.browser().executeScript("""
                const found = [];
                for (const chart of document.querySelectorAll('.va-chart svg')) {
                    const texts = [...chart.querySelectorAll('text')].filter(text => text.textContent.trim())
                        .map(text => [text.textContent, text.getBoundingClientRect()]);
                    texts.forEach(([a, boxA], i) => texts.slice(i + 1).forEach(([b, boxB]) => {
                        if (boxA.left < boxB.right - 1 && boxB.left < boxA.right - 1
                                && boxA.top < boxB.bottom - 1 && boxB.top < boxA.bottom - 1) {
                            found.push(a + ' / ' + b);
                        }
                    }));
                }
                return found;""");
        assertThat(overlapping).as("chart texts printed over each other").isEmpty();
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

    /** The query parameters of the address the browser shows now. */
    private static Map<String, String> query() {
        String address = session.browser().getCurrentUrl();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (address.contains("?")) {
            for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8),
                        parts.length < 2 ? "" : java.net.URLDecoder.decode(parts[1],
                                java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    /** The text in an element, also in its SVG (a chart's axis names, legend and labels). */
    private static String textOf(WebElement element) {
        return String.valueOf(session.browser().executeScript("return arguments[0].textContent", element));
    }

    private static String fieldValue(String id) {
        return session.browser().findElement(By.id(id)).findElement(By.tagName("input")).getDomProperty("value");
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) session.browser()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
        element.click();
    }

    private static WebElement card(ActionEntry entry) {
        return session.browser().findElement(By.id("actie-" + entry.action().id()));
    }

    private static void choose(String comboBoxId, String item) {
        session.choose(comboBoxId, item);
    }
}

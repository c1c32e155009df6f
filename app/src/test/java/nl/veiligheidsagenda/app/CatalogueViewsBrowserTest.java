package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.ui.catalogue.ActionFilter;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.model.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's pages in a real headless Chromium on the real app with the five real themes, signed in: a goal,
 * an indicator with its caveat, the filtered actions overview, the youth page, the effect indicators annex and the
 * not-found page. Full-page screenshots are kept in {@code app/target/screenshots}.
 */
class CatalogueViewsBrowserTest {

    /** The same plugins the app loads, read here to know what the pages must show. */
    private static final CatalogueIndex PLAN = CatalogueIndex.of(DistLayout.themes());

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void signIn() throws Exception {
        session.app().loginInBrowserAsAdmin(session.browser());
    }

    @Test
    void goalPageShowsStatementRuleIndicatorsAndActions() throws Exception {
        open("doel/wijken.overlast-op-straat-daalt",
                "Overlast op straat daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld).");

        assertThat(session.browser().findElements(By.tagName("h1"))).hasSize(1);
        assertThat(page()).contains("Gemeten doel: het plan formuleert het als een verbetering ten opzichte van de "
                        + "voorgaande periode („daalt ten opzichte van de voorgaande periode (2019 t/m 2022 "
                        + "gemiddeld)”). De cijfers worden vergeleken met de nulwaarde; lager is beter.",
                "Een oordeel (op koers, ongeveer gelijk, niet op koers) volgt pas als alle cijfers binnen zijn",
                "Drugs- en drankoverlast: nulwaarde 1,7 per 1.000 inwoners (gemiddelde 2019-2022)", "Bron: Politie");
        assertThat(link("Veilige wijken").getDomAttribute("href")).isEqualTo("thema/wijken");
        assertThat(link("Overlast op straat").getDomAttribute("href"))
                .isEqualTo("thema/wijken#wijken.overlast-op-straat");
        assertThat(headings("h2"))
                .containsExactly("Hoe dit doel wordt beoordeeld", "Voortgang", "Effectindicatoren", "Aanpak");
        // Each line of the progress explanation names what it is about: the indicator, then each of its series.
        assertThat(session.browser().findElements(By.cssSelector(".va-goal-status > ul > li > strong")))
                .extracting(WebElement::getText).containsExactly("Aantal geregistreerde incidenten van drugs- en "
                        + "drankoverlast, overlast van daklozen, overlast van verward of onbegrepen gedrag en "
                        + "jeugdoverlast per jaar per 1.000 inwoners");
        assertThat(session.browser().findElements(By.cssSelector(".va-goal-status > ul > li > ul > li > strong")))
                .extracting(WebElement::getText).containsExactly("Drugs- en drankoverlast", "Overlast van daklozen",
                        "Overlast van verward of onbegrepen gedrag", "Jeugdoverlast");
        assertThat(headings("h3")).contains("Hotspotaanpak bij structurele en ernstige overlast");
        assertThat(page()).contains("Partners\nBoa's, Politie, Zorg- en welzijnspartners");
        screenshot("doel.png");

        click(link("Aantal geregistreerde incidenten van drugs- en drankoverlast, overlast van daklozen, overlast van "
                + "verward of onbegrepen gedrag en jeugdoverlast per jaar per 1.000 inwoners"));
        session.await().until(ExpectedConditions.urlContains("/indicator/wijken.geregistreerde-overlastincidenten"));
    }

    @Test
    void aQualitativeGoalWithoutIndicatorIsReportedInWords() {
        open("doel/polarisatie.radicalisering-herkend", "Radicalisering");

        assertThat(page()).contains("Verantwoording in woorden: het plan geeft bij dit doel („worden herkend en "
                + "aangepakt”) geen effectindicator.", "Geen effectindicator beschikbaar");
    }

    @Test
    void aGoalPageSaysWhichPeriodItsBaselineCoversAndWhy() throws Exception {
        open("doel/wijken.huiselijk-geweld-en-kindermishandeling-dalen",
                "Huiselijk geweld en kindermishandeling dalen ten opzichte van de voorgaande periode");

        assertThat(headings("h3")).contains("Periode van de nulwaarden");
        assertThat(page()).contains("De nulwaarde van Aantal meldingen van huiselijk geweld en kindermishandeling per "
                + "jaar per 1.000 inwoners beslaat gemiddelde 2019-2021, het doel noemt gemiddelde 2019-2022. Bijlage 2 "
                + "geeft het gemiddelde van 2019-2021. Het plan zegt niet waarom;");
    }

    @Test
    void aGoalInWordsShowsItsIndicatorsAsSignals() throws Exception {
        open("doel/ondermijning.mensenhandel-aanpakken", "Mensenhandel wordt aangepakt.");

        assertThat(headings("h2")).contains("Effectindicatoren (signalen, zonder oordeel)");
        assertThat(page()).contains("Verantwoording in woorden: het plan formuleert dit doel als „wordt aangepakt”",
                "De effectindicatoren zijn signalen").doesNotContain("Periode van de nulwaarden");
    }

    @Test
    void indicatorPageShowsItsCaveatAndDutchNumbers() throws Exception {
        open("indicator/wijken.geregistreerde-high-impact-crimes", "Aantal geregistreerde high impact crimes");

        WebElement caveat = session.browser().findElement(By.cssSelector("[role=note]"));
        assertThat(caveat.getText()).startsWith("Let op: Wij zetten communicatie in om de meldingsbereidheid");
        assertThat(caveat.findElements(By.tagName("vaadin-icon"))).hasSize(1);
        assertThat(page()).contains("Doel\nHigh impact crimes en veelvoorkomende criminaliteit dalen",
                "Eenheid\naantal per 1.000 inwoners", "Meetfrequentie\njaarlijks vanaf 2019",
                "Richting\nlager is beter", "Bijzonderheden\n-");
        WebElement table = session.browser().findElement(By.tagName("table"));
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).extracting(WebElement::getText)
                .containsExactly("Reeks", "Nulwaarde", "Periode", "Eenheid");
        assertThat(table.getText()).contains("Woninginbraken 5,8 gemiddelde 2019-2022 per 1.000 woningen",
                "Overvallen 0,09 gemiddelde 2019-2022 per 1.000 inwoners");
        screenshot("indicator.png");

        open("indicator/ondermijning.jeugdige-verdachten", "Aantal jeugdige verdachten");
        assertThat(page()).contains("jaarlijks vanaf 2019; cijfers voorgaande jaar vanaf april beschikbaar",
                "aantal per 1.000 jeugdigen van 12 tot en met 24 jaar", "Totaal 24,3 gemiddelde 2019-2021");

        open("indicator/ondermijning.slachtoffers-mensenhandel", "slachtoffers van mensenhandel");
        assertThat(session.browser().findElement(By.tagName("table")).getText()).contains("Slachtoffers nog geen nulwaarde -");
    }

    @Test
    void actionsOverviewFiltersByPartnerAndTargetGroup() throws Exception {
        open("acties", "Acties");
        List<String> expected = PLAN.actions().stream().filter(new ActionFilter(null, null, "Politie", "Jeugd", null))
                .map(entry -> entry.action().title()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(count()).isEqualTo(PLAN.actions().size() + " acties");
        screenshot("acties.png");

        choose("filter-partner", "Politie");
        session.await().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("actions-count"),
                PLAN.actions().size() + " acties")));
        choose("filter-target-group", "Jeugd");
        session.await().until(ExpectedConditions.textToBe(By.id("actions-count"), expected.size() + " acties"));
        assertThat(cardTitles()).containsExactlyElementsOf(expected);

        Action first = PLAN.actions().stream().map(CatalogueIndex.ActionEntry::action)
                .filter(action -> action.title().equals(expected.getFirst())).findFirst().orElseThrow();
        WebElement card = session.browser().findElement(By.id("actie-" + first.id()));
        String opening = first.description().strip().substring(0, 40);
        assertThat(card.getText()).doesNotContain(opening);
        click(card.findElement(By.tagName("vaadin-details-summary")));
        session.await().until(driver -> card.getText().contains(opening));
        screenshot("acties-gefilterd.png");

        choose("filter-theme", "Veilige wijken");
        long inWijken = PLAN.actions().stream().filter(new ActionFilter("wijken", null, "Politie", "Jeugd", null))
                .count();
        session.await().until(ExpectedConditions.textToBe(By.id("actions-count"),
                inWijken + (inWijken == 1 ? " actie" : " acties")));
    }

    @Test
    void youthPageGroupsTheYouthActionsByTheme() throws Exception {
        open("jeugd", "Jeugd");
        long youthActions = PLAN.actions().stream().filter(entry -> entry.action().targetGroups().contains("Jeugd"))
                .count();

        assertThat(page()).contains("Deze thema-overstijgende doelgroep komt in nagenoeg alle thema’s prominent "
                + "naar voren.", youthActions + " acties met doelgroep jeugd");
        assertThat(headings("h2")).containsSubsequence("Georganiseerde ondermijnende criminaliteit",
                "Digitale veiligheid", "Veilige wijken", "Maatschappelijke onrust, polarisatie en radicalisering",
                "Doelen die jongeren meten");
        assertThat(headings("h3")).contains("Jonge aanwas en doorgroei van jongeren in de georganiseerde "
                + "(drugs)criminaliteit wordt voorkomen en bestreden.");
        assertThat(link("Aantal jeugdige verdachten (12 t/m 24 jaar) in totaal en van drugs- en vuurwapenmisdrijven "
                + "per jaar per 1.000 jeugdigen").getDomAttribute("href"))
                .isEqualTo("indicator/ondermijning.jeugdige-verdachten");
        screenshot("jeugd.png");
    }

    @Test
    void effectIndicatorsPageReproducesBijlage2() throws Exception {
        open("effectindicatoren", "Overzicht effectindicatoren");

        List<WebElement> tables = session.browser().findElements(By.tagName("table"));
        assertThat(tables).hasSize(PLAN.themes().size());
        assertThat(tables.getFirst().findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
                .containsExactly("Onderwerp", "Effectindicator", "Waarde nulmoment", "Bron", "Bijzonderheden");
        String text = page();
        assertThat(text).contains("Woninginbraken: 5,8 per 1.000 woningen (gemiddelde 2019-2022)",
                "Meldingen over ondermijning: 0,6 per 1.000 inwoners (2022)", "Geen effectindicator",
                "Veiligheidsmonitor", "Data tweejaarlijks beschikbaar vanaf 2021", "Casussen: -");
        assertThat(session.browser().findElements(By.cssSelector("th[scope=rowgroup]"))).extracting(WebElement::getText)
                .contains("Schoolveiligheid", "Jonge aanwas");
        screenshot("effectindicatoren.png");
    }

    @Test
    void menuAndThemePagesLeadToTheNewPages() {
        open("thema/wijken", "Veilige wijken");
        assertThat(session.browser().findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText)
                .map(String::trim).toList()).containsSubsequence("Start", "Acties", "Jeugd", "Effectindicatoren");

        click(link("Overlast op straat daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)."));
        session.await().until(ExpectedConditions.urlContains("/doel/wijken.overlast-op-straat-daalt"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Overlast op straat daalt"));

        click(link("Overlast op straat"));
        session.await().until(ExpectedConditions.urlContains("/thema/wijken#wijken.overlast-op-straat"));
        session.await().until(driver -> (Boolean) session.browser().executeScript("""
                const section = document.getElementById('wijken.overlast-op-straat');
                if (!section) { return false; }
                const top = section.getBoundingClientRect().top;
                return top >= 0 && top < window.innerHeight / 2;
                """));
    }

    @Test
    void unknownGoalsAndIndicatorsShowTheNotFoundPage() {
        open("doel/bestaat-niet", "Pagina niet gevonden");
        open("indicator/bestaat-niet", "Pagina niet gevonden");
    }

    private static void open(String path, String heading) {
        session.open(path, heading);
    }

    private static String page() {
        return session.pageText();
    }

    private static WebElement link(String text) {
        return session.browser().findElement(By.linkText(text));
    }

    /** Scrolls the element to the middle of the window first, clear of the fixed title bar. */
    private static void click(WebElement element) {
        session.browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static List<String> headings(String tag) {
        return session.headings(tag);
    }

    private static String count() {
        return session.browser().findElement(By.id("actions-count")).getText();
    }

    private static void choose(String comboBoxId, String item) {
        session.choose(comboBoxId, item);
    }

    /** The titles of the action cards that are shown, in order. */
    private static List<String> cardTitles() {
        return session.browser().findElements(By.cssSelector("#actions-list > li h2")).stream()
                .map(WebElement::getText).toList();
    }

    private static void screenshot(String name) throws Exception {
        Screenshots.fullPage(session.browser(), name);
    }
}

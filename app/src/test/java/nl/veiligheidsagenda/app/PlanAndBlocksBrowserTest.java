package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan above the themes and the content blocks in a real Chromium: the start page's plan section, "Over dit
 * plan" with Bijlage 1, theme 2's page that uses every kind of block, the approaches with their lead-ins, parts and
 * links on the theme pages, and the Jeugd view with what the plan says about youth.
 */
class PlanAndBlocksBrowserTest {

    private static final CatalogueIndex PLAN = CatalogueIndex.of(DistLayout.themes());

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void signIn() {
        session.app().loginInBrowserAsAdmin(session.browser());
    }

    @Test
    void theStartPageAndOverDitPlanShowThePlanOfTheDeployment() throws Exception {
        session.open("", "Uitvoering veiligheidsagenda");
        WebElement plan = session.browser().findElement(By.id("plan"));
        assertThat(plan.getText()).contains("Uitvoeringsplan Veiligheidsagenda Almere 2023-2026",
                "Almere (CBS-code GM0034)", "2023-2026",
                "Almere blijft een veilige stad om in te wonen, te werken en te verblijven.");

        session.open("plan", "Uitvoeringsplan Veiligheidsagenda Almere 2023-2026");
        assertThat(session.browser().findElement(By.linkText("Inleiding")).getDomAttribute("href"))
                .isEqualTo("plan/inleiding");
        session.open("plan/inleiding", "Inleiding");
        assertThat(session.pageText()).contains("Een ander nadeel is dat bij sommige indicatoren een verhoogde inzet "
                + "juist kan leiden tot meer meldingen");
        assertThat(session.browser().findElements(By.cssSelector(".va-blocks ol li"))).extracting(WebElement::getText)
                .containsExactly("Georganiseerde ondermijnende criminaliteit", "Digitale veiligheid", "Veilige wijken",
                        "Maatschappelijke onrust, polarisatie en radicalisering", "Crisisbeheersing");
        Screenshots.window(session.browser(), "plan-inleiding.png");
    }

    @Test
    void bijlage1ShowsTheQuotesWithTheirSpeakersAndTheBudgetQuestionAsChartAndTable() throws Exception {
        session.open("plan/onderleggers", "Bijlage 1");

        assertThat(session.headings("h2")).contains("1. Coalitieakkoord", "2. Veiligheidsbeeld",
                "3. Samenwerkingspartners", "4. Bewoners", "5. Gemeenteraad");
        List<WebElement> quotes = session.browser().findElements(By.cssSelector("figure.va-quote"));
        assertThat(quotes).hasSize(16);
        assertThat(quotes.get(1).findElement(By.tagName("blockquote")).getText())
                .isEqualTo("Er is behoefte aan realistische doelen, met een lange adem!");
        assertThat(quotes.get(1).findElement(By.tagName("figcaption")).getText())
                .isEqualTo("— Een samenwerkingspartner, in de enquête onder partners");
        WebElement budget = figureTitled("Verdeling van een veiligheidsbudget van €1000 over 10 thema’s");
        assertThat(budget.findElement(By.cssSelector(".va-chart[role=img]")).getDomAttribute("aria-label"))
                .contains("Dezelfde cijfers staan in de tabel eronder");
        session.await().until(driver -> !budget.findElements(By.cssSelector(".va-chart svg")).isEmpty());
        assertThat(budget.findElements(By.cssSelector("tbody th[scope=row]"))).hasSize(10);
        assertThat(budget.findElement(By.tagName("tbody")).getText())
                .contains("Overlast die je thuis ervaart van buren 48");
        Screenshots.fullPage(session.browser(), "plan-bijlage-1.png");
    }

    @Test
    void aThemePageWrittenInEveryKindOfBlockRendersEachAccessibly() throws Exception {
        session.open("thema/digitaal/in-een-oogopslag", "Digitale veiligheid in één oogopslag");

        assertThat(session.browser().findElements(By.tagName("h1"))).hasSize(1);
        assertThat(session.headings("h2")).contains("Het doel", "De nulwaarden", "Almere en Nederland", "Voor wie",
                "Wat wij doen voor de jeugd", "Verder lezen");
        WebElement baselines = tableCaptioned("Nulwaarden van de effectindicatoren");
        assertThat(baselines.findElements(By.cssSelector("thead th[scope=col]"))).extracting(WebElement::getText)
                .containsExactly("Reeks", "Nulwaarde", "Periode", "Eenheid");
        assertThat(baselines.findElement(By.tagName("tbody")).getText())
                .contains("Cybercrime 0,8 gemiddelde 2019-2022 per 1.000 inwoners",
                        "Gedigitaliseerde criminaliteit 6,3");
        WebElement series = tableCaptioned("Aantal misdrijven cybercrime en gedigitaliseerde criminaliteit "
                + "(horizontale fraude) per jaar per 1.000 inwoners: Cybercrime");
        assertThat(series.getText()).contains("Nulwaarde (gemiddelde 2019-2022) 0,8");
        session.await().until(driver -> driver.findElements(By.cssSelector(".va-chart svg")).size() == 2);
        assertThat(session.browser().findElement(By.cssSelector("figure.va-quote figcaption")).getText())
                .isEqualTo("— Coalitieakkoord Almere 2022-2026 ‘Bouwen aan een gezonde toekomst’");
        assertThat(session.browser().findElements(By.cssSelector("li.va-action"))).extracting(item ->
                item.getDomAttribute("id")).containsExactly("digitaal.hackshield", "digitaal.cyber24");
        assertThat(session.browser().findElement(By.linkText("Digitale criminaliteit in cijfers"))
                .getDomAttribute("href")).isEqualTo("thema/digitaal/cijfers");
        assertThat(session.browser().findElement(By.linkText("Over dit plan")).getDomAttribute("href"))
                .isEqualTo("plan");
        assertThat(session.browser().findElement(By.linkText(
                "Digitale criminaliteit daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)."))
                .getDomAttribute("href")).isEqualTo("doel/digitaal.digitale-criminaliteit-daalt");
        Screenshots.fullPage(session.browser(), "thema-pagina-blokken.png");
    }

    @Test
    void theThemePagesShowTheApproachWithItsLeadInPartsTitlesOfOursAndLinksToOtherThemes() throws Exception {
        session.open("thema/polarisatie", "Maatschappelijke onrust");
        assertThat(session.pageText()).contains("Wij werken aan het herkennen en aanpakken van radicalisering en "
                + "extremisme in Almere door kennisvermeerdering en een combinatie van preventieve en repressieve "
                + "maatregelen:");
        assertThat(session.browser().findElements(By.cssSelector(".va-title-ours"))).hasSize(8);

        session.open("thema/ondermijning", "Georganiseerde ondermijnende criminaliteit");
        WebElement intensiveren = session.browser().findElement(By.id("ondermijning.bestaande-aanpak-intensiveren"));
        assertThat(intensiveren.findElements(By.cssSelector(".va-action-parts > li"))).extracting(part ->
                part.getDomAttribute("id")).containsExactly("ondermijning.geprioriteerde-themas",
                "ondermijning.informatiepositie-versterken", "ondermijning.sociale-cohesie");
        assertThat(session.browser().findElement(By.id("ondermijning.zicht-op-jeugdnetwerken"))
                .findElement(By.cssSelector(".va-see-also a")).getDomAttribute("href"))
                .isEqualTo("thema/wijken#wijken.jeugdoverlast-en-jeugdnetwerken");
        assertThat(session.pageText()).doesNotContain("Regionaal Ambitieplan Mensenhandel Flevoland 2022\n")
                .contains("Adequaat signaleren en melden");
        Screenshots.fullPage(session.browser(), "thema-aanpak.png");
    }

    @Test
    void theYouthViewShowsWhatThePlanSaysAboutYouth() {
        session.open("jeugd", "Jeugd");

        assertThat(session.pageText()).contains("Deze thema-overstijgende doelgroep komt in nagenoeg alle thema’s "
                + "prominent naar voren.");
        List<String> expected = PLAN.actions().stream()
                .filter(entry -> entry.action().targetGroups().contains("Jeugd"))
                .map(entry -> entry.action().title()).toList();
        List<String> shown = session.browser().findElements(By.cssSelector("section.va-card li a")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).isEqualTo(expected)
                .contains("Hackshield voor kinderen van 8-12 jaar", "Tijdelijk huisverbod")
                .doesNotContain("Veiligheid in en om school verbeteren", "Convenant Veiligheid op scholen actualiseren");
    }

    private static WebElement figureTitled(String title) {
        return session.browser().findElement(By.xpath("//div[contains(@class,'va-figure')][*[self::h2 or self::h3 "
                + "or self::h4][normalize-space(.)='" + title + "']]"));
    }

    private static WebElement tableCaptioned(String caption) {
        return session.browser().findElement(By.xpath("//table[caption[normalize-space(.)=\"" + caption + "\"]]"));
    }
}

package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain in a real headless Chromium (Debian's chromium + chromedriver): an anonymous visitor is sent to
 * the login page, signs in, the menu lists the five themes, a theme's page opens, signing out ends the session;
 * screenshots are kept in {@code app/target/screenshots}.
 */
class BrowserEndToEndTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void signsInShowsTheFiveThemesOpensAThemeAndSignsOut() throws Exception {
        session.browser().manage().deleteAllCookies();
        session.browser().get(session.app().url(""));
        session.await().until(ExpectedConditions.urlContains("/login"));
        session.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        screenshot("login.png");
        session.browser().findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin");
        session.browser().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(RunningApp.ADMIN_PASSWORD
                + Keys.ENTER);
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Uitvoering veiligheidsagenda"));
        assertThat(session.browser().findElement(By.id("signed-in-as")).getText()).isEqualTo("Beheerder");

        assertThat(menu()).contains("Georganiseerde ondermijnende criminaliteit", "Digitale veiligheid",
                "Veilige wijken", "Maatschappelijke onrust, polarisatie en radicalisering", "Crisisbeheersing");
        screenshot("start.png");

        session.browser().findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> String.valueOf(item.getAttribute("path")).endsWith("thema/wijken")).findFirst().orElseThrow()
                .click();
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Veilige wijken"));
        assertThat(session.browser().getCurrentUrl()).endsWith("/thema/wijken");
        assertThat(session.browser().findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("Veiligheidsbeleving", "Schoolveiligheid");
        screenshot("thema-wijken.png");

        session.browser().findElement(By.id("logout")).click();
        session.await().until(ExpectedConditions.urlContains("/login"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.className("va-login-info"),
                "U bent afgemeld."));
        session.browser().get(session.app().url("thema/wijken"));
        session.await().until(ExpectedConditions.urlContains("/login"));
        assertThat(session.browser().findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void anAdminSwitchesAThemeOffAndItsMenuEntryDisappearsWithoutARestart() throws Exception {
        session.browser().manage().deleteAllCookies();
        session.app().loginInBrowserAsAdmin(session.browser());
        session.browser().get(session.app().url("beheer/themas"));
        // the switch's accessible name is what a screen reader announces, and what the test finds it by
        By crisisSwitch = By.cssSelector("vaadin-checkbox input[aria-label='Thema Crisisbeheersing ingeschakeld']");
        toggle(session.await().until(ExpectedConditions.presenceOfElementLocated(crisisSwitch)));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Thema Crisisbeheersing is uitgeschakeld')]")));
        screenshot("beheer-themas.png");

        session.browser().get(session.app().url(""));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Uitvoering"));
        assertThat(menu()).contains("Veilige wijken").doesNotContain("Crisisbeheersing");
        session.browser().get(session.app().url("thema/crisis"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Pagina niet gevonden"));

        session.browser().get(session.app().url("beheer/themas"));
        toggle(session.await().until(ExpectedConditions.presenceOfElementLocated(crisisSwitch)));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Thema Crisisbeheersing is ingeschakeld')]")));
        session.browser().get(session.app().url(""));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Uitvoering"));
        assertThat(menu()).contains("Crisisbeheersing");
        session.browser().findElement(By.id("logout")).click();
        session.await().until(ExpectedConditions.urlContains("/login"));
    }

    /** The menu is derived from the views' access rules: each role sees exactly the pages it may open. */
    @Test
    void eachRoleSeesTheMenuEntriesOfThePagesItMayOpen() {
        List<String> general = List.of("Start", "Voortgang", "Acties", "Jeugd", "Effectindicatoren");
        List<String> editing = List.of("Mijn taken", "Cijfers invoeren");
        List<String> admin = List.of("Thema's beheren", "Noemers", "Personen en rechten", "Auditlog");
        session.app().createPerson("lezer-menu", "lezer-wachtwoord-12", Role.VIEWER, Set.of());
        session.app().createPerson("eigenaar-menu", "eigenaar-wachtwoord-12", Role.THEME_OWNER, Set.of("wijken"));

        assertThat(menuOf("lezer-menu", "lezer-wachtwoord-12")).containsAll(general)
                .doesNotContainAnyElementsOf(editing).doesNotContainAnyElementsOf(admin).doesNotContain("Beheer");
        assertThat(menuOf("eigenaar-menu", "eigenaar-wachtwoord-12")).containsAll(general).containsAll(editing)
                .doesNotContainAnyElementsOf(admin).doesNotContain("Beheer");
        assertThat(menuOf("admin", RunningApp.ADMIN_PASSWORD)).containsSubsequence(general.getFirst(),
                general.get(1), editing.getFirst(), editing.get(1), general.get(2)).containsAll(admin);
    }

    private static List<String> menuOf(String username, String password) {
        session.browser().manage().deleteAllCookies();
        session.app().loginInBrowser(session.browser(), username, password);
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        List<String> entries = new ArrayList<>(menu());
        session.browser().findElements(By.cssSelector("vaadin-side-nav")).stream().filter(WebElement::isDisplayed)
                .map(nav -> nav.getDomProperty("label")).filter(label -> label != null).forEach(entries::add);
        return entries;
    }

    /** Scrolls the switch into view (the grid is taller than the window) and flips it. */
    private static void toggle(WebElement checkbox) {
        session.browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", checkbox);
    }

    /**
     * The labels of the menu entries in the page, each without its sub-entries. Read from the DOM, not with
     * {@code getText()}: that gives "" for an entry the side menu has scrolled out of view (a long admin menu after
     * landing on a page near its end).
     */
    @SuppressWarnings("unchecked")
    private static List<String> menu() {
        return (List<String>) session.browser().executeScript("""
                return [...document.querySelectorAll('vaadin-side-nav-item')].map(item => [...item.childNodes]
                    .filter(node => !(node.nodeType === Node.ELEMENT_NODE && node.getAttribute('slot') === 'children'))
                    .map(node => node.textContent).join('').trim());
                """);
    }

    static void screenshot(String name) throws Exception {
        Screenshots.window(session.browser(), name);
    }
}

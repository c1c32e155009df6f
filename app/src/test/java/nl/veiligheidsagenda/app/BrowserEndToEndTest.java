package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain in a real headless Chromium (Debian's chromium + chromedriver): an anonymous visitor is sent to
 * the login page, signs in, the menu lists the five themes, a theme's page opens, signing out ends the session;
 * screenshots are kept in {@code app/target/screenshots}.
 */
class BrowserEndToEndTest {

    @TempDir
    static Path data;

    private static RunningApp app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(data);
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void signsInShowsTheFiveThemesOpensAThemeAndSignsOut() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(app.url(""));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        screenshot("login.png");
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin");
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(RunningApp.ADMIN_PASSWORD
                + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Uitvoering veiligheidsagenda"));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Beheerder");

        assertThat(menu()).contains("Georganiseerde ondermijnende criminaliteit", "Digitale veiligheid",
                "Veilige wijken", "Maatschappelijke onrust, polarisatie en radicalisering", "Crisisbeheersing");
        screenshot("start.png");

        browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().trim().equals("Veilige wijken")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Veilige wijken"));
        assertThat(browser.getCurrentUrl()).endsWith("/thema/wijken");
        assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("Veiligheidsbeleving", "Schoolveiligheid");
        screenshot("thema-wijken.png");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("va-login-info"),
                "U bent afgemeld."));
        browser.get(app.url("thema/wijken"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void anAdminSwitchesAThemeOffAndItsMenuEntryDisappearsWithoutARestart() throws Exception {
        browser.manage().deleteAllCookies();
        app.loginInBrowserAsAdmin(browser);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app.url("beheer/themas"));
        // the switch's accessible name is what a screen reader announces, and what the test finds it by
        By crisisSwitch = By.cssSelector("vaadin-checkbox input[aria-label='Thema Crisisbeheersing ingeschakeld']");
        toggle(wait.until(ExpectedConditions.presenceOfElementLocated(crisisSwitch)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Thema Crisisbeheersing is uitgeschakeld')]")));
        screenshot("beheer-themas.png");

        browser.get(app.url(""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Uitvoering"));
        assertThat(menu()).contains("Veilige wijken").doesNotContain("Crisisbeheersing");
        browser.get(app.url("thema/crisis"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Pagina niet gevonden"));

        browser.get(app.url("beheer/themas"));
        toggle(wait.until(ExpectedConditions.presenceOfElementLocated(crisisSwitch)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Thema Crisisbeheersing is ingeschakeld')]")));
        browser.get(app.url(""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Uitvoering"));
        assertThat(menu()).contains("Crisisbeheersing");
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** Scrolls the switch into view (the grid is taller than the window) and flips it. */
    private static void toggle(WebElement checkbox) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", checkbox);
    }

    private static List<String> menu() {
        return browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    static void screenshot(String name) throws Exception {
        Screenshots.window(browser, name);
    }
}

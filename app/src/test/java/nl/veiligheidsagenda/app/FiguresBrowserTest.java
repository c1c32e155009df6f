package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theme owner runs the year in a real Chromium: enters figures with a Dutch decimal comma, and the goal's
 * status on the progress page changes from "no figures yet" to "on course", with the figure on the indicator page
 * as chart and table.
 */
class FiguresBrowserTest {

    static final String GOAL = "digitaal.digitale-criminaliteit-daalt";
    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final String PASSWORD = "eigenaar-wachtwoord-2024";
    /** The views open on last year, kept within the plan period 2023-2026. */
    static final int YEAR = Math.max(2023, Math.min(2026, LocalDate.now().getYear() - 1));

    @TempDir
    static Path data;

    private static RunningApp app;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(data);
        app.createPerson("eigenaar-digitaal", PASSWORD, Role.THEME_OWNER, Set.of("digitaal"));
        browser = Browsers.headlessChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        app.loginInBrowser(browser, "eigenaar-digitaal", PASSWORD);
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

    private static String goalRowStatus() {
        browser.get(app.url("voortgang"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Voortgang per doel"));
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid a[href='doel/" + GOAL + "']")));
        // the status cell is the third cell of the row the link sits in
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const cell = arguments[0].closest('vaadin-grid-cell-content');
                const grid = cell.closest('vaadin-grid');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const index = cells.indexOf(cell);
                return cells[index + 2].innerText;""", link);
    }

    private static void enter(String series, String value) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-text-field[.//label[starts-with(normalize-space(.), 'Waarde " + series + "')]]//input")));
        field.clear();
        field.sendKeys(value);
        // by keyboard, as many owners will: a notification of the previous save may cover the button
        browser.findElement(By.xpath("//vaadin-button[@aria-label='Opslaan " + series + " " + YEAR + "']"))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Cijfer opgeslagen: " + series + " " + YEAR + "')]")));
    }

    @Test
    void anOwnerEntersFiguresAndTheGoalStatusChanges() throws Exception {
        assertThat(goalRowStatus()).contains("Nog geen cijfers");

        browser.get(app.url("invoeren"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cijfers, verhalen"));
        enter("Cybercrime", "0,7");
        enter("Gedigitaliseerde criminaliteit", "5,1");
        Screenshots.fullPage(browser, "invoeren.png");

        assertThat(goalRowStatus()).contains("Op koers");
        Screenshots.fullPage(browser, "voortgang.png");

        browser.get(app.url("indicator/" + POLICE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".va-chart svg")));
        assertThat(browser.findElement(By.cssSelector(".va-table")).getText()).contains(String.valueOf(YEAR), "0,7", "5,1");
        Screenshots.fullPage(browser, "indicator-cijfers.png");
    }
}

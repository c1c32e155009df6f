package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain in a real headless Chromium (Debian's chromium + chromedriver): the menu lists the five themes,
 * a theme's page opens, and screenshots are kept in {@code app/target/screenshots}.
 */
class BrowserEndToEndTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;

    private static RunningApp app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(data);
        browser = Browsers.headlessChromium();
        Files.createDirectories(SCREENSHOTS);
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
    void showsTheFiveThemesInTheMenuAndOpensATheme() throws Exception {
        browser.get(app.url(""));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Uitvoering veiligheidsagenda"));

        List<String> menu = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
        assertThat(menu).contains("Georganiseerde ondermijnende criminaliteit", "Digitale veiligheid",
                "Veilige wijken", "Maatschappelijke onrust, polarisatie en radicalisering", "Crisisbeheersing");
        screenshot("start.png");

        browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().trim().equals("Veilige wijken")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Veilige wijken"));
        assertThat(browser.getCurrentUrl()).endsWith("/thema/wijken");
        assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("Veiligheidsbeleving", "Schoolveiligheid");
        screenshot("thema-wijken.png");
    }

    static void screenshot(String name) throws Exception {
        File file = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}

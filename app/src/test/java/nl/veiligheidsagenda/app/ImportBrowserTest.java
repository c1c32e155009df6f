package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.BodyLimits;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.core.model.Denominator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data team in a real Chromium: uploads the police's OData pages, sees per record what will change (new,
 * skipped with the reason), imports them in the background with progress, and the indicator page shows the figures;
 * the import is in the history.
 */
class ImportBrowserTest {

    static final String HIC = "wijken.geregistreerde-high-impact-crimes";
    static final String PASSWORD = "cijfers-inlezen-wachtwoord-2024";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void signIn() throws Exception {
        for (int year = 2021; year <= 2023; year++) {
            session.app().application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, year,
                    Denominator.DWELLINGS, 80_000, null);
            session.app().application().context().denominators().enterDenominator(RunningApp.TEST_ADMIN, year,
                    Denominator.RESIDENTS, 200_000, null);
        }
        session.app().createPerson("datateam", PASSWORD, Role.THEME_OWNER, Set.of("wijken"));
        session.app().loginInBrowser(session.browser(), "datateam", PASSWORD);
    }

    /**
     * The fixture followed by blanks up to twice the body limit of Vaadin's ordinary requests, so the upload also
     * shows that a file above that limit (within the import's) arrives whole.
     */
    private static Path fixture(String name) throws Exception {
        Path file = Files.createTempDirectory("import-browser").resolve(name);
        try (InputStream in = ImportBrowserTest.class.getResourceAsStream(
                "/nl/veiligheidsagenda/app/imports/fixtures/" + name)) {
            Files.copy(in, file);
        }
        Files.write(file, " ".repeat((int) BodyLimits.DEFAULT * 2).getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.APPEND);
        return file;
    }

    private static String status() {
        return session.browser().findElement(By.cssSelector(".va-import-status")).getText();
    }

    @Test
    void theDataTeamPreviewsAndImportsPoliceFiguresAndTheIndicatorShowsThem() throws Exception {
        session.browser().get(session.app().url("importeren"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Cijfers importeren"));
        WebElement upload = session.browser().findElement(By.tagName("vaadin-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) session.browser()).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(fixture("47018NED-v3-two-pages.json").toString());

        session.await().withTimeout(Duration.ofSeconds(60)).until(driver -> status().contains("8 nieuw"));
        assertThat(status()).contains("0 afgewezen", "3 overgeslagen");
        String preview = session.browser().findElement(By.cssSelector("vaadin-grid.va-import-rows")).getText();
        assertThat(preview).contains("Nieuw", HIC + "/woninginbraken", "Overgeslagen",
                "Andere regio GM0363; deze installatie importeert");
        Screenshots.fullPage(session.browser(), "importeren.png");

        WebElement apply = session.browser().findElement(By.xpath("//vaadin-button[normalize-space(.)='Importeren']"));
        session.await().until(driver -> apply.isEnabled() && apply.getDomAttribute("disabled") == null);
        apply.click();
        session.await().withTimeout(Duration.ofSeconds(60)).until(driver -> status().contains("8 cijfers zijn opgeslagen"));

        session.browser().get(session.app().url("indicator/" + HIC));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".va-table")));
        assertThat(session.browser().findElement(By.cssSelector(".va-table")).getText()).contains("5,15");

        session.browser().get(session.app().url("importeren/geschiedenis"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Eerdere imports"));
        assertThat(session.browser().findElement(By.tagName("vaadin-grid")).getText())
                .contains("datateam", "47018NED-v3-two-pages.json", "Geïmporteerd");
    }
}

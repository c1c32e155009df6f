package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.web.AppContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress report in a real Chromium: the HTML report passes axe-core's WCAG 2.1 AA rules with no serious or
 * critical violation; the Rapportage view makes the draft in the background and then offers the preview and every
 * download, and an admin publishes an edition that the list shows with its checksums.
 */
class ReportBrowserTest {

    /** The view opens on last year, kept within the plan period 2023-2026. */
    static final int YEAR = Math.max(2023, Math.min(2026, LocalDate.now().getYear() - 1));
    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final String PAYLOAD = "<script>document.title='xss'</script><img src=x onerror=\"document.title='xss'\">";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void figuresAndSignIn() {
        AppContext app = session.app().application().context();
        Actor admin = Actor.admin("admin");
        for (String[] figure : new String[][] {{"cybercrime", "0.7"}, {"gedigitaliseerde-criminaliteit", "5.1"}}) {
            app.figures().enterFigure(admin, new FigureInput(POLICE, figure[0], YEAR, new BigDecimal(figure[1]), null,
                    FigureStatus.PROVISIONAL, "Politie", 0));
        }
        app.stories().writeIndicatorStory(admin, POLICE, YEAR, "Minder aangiften. " + PAYLOAD, 0);
        session.app().loginInBrowserAsAdmin(session.browser());
    }

    @Test
    void theHtmlReportHasNoSeriousOrCriticalAccessibilityViolation() throws Exception {
        session.browser().get(session.app().url("api/v1/reports/" + YEAR + ".html"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Voortgangsrapportage " + YEAR));
        assertThat(session.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        // the whole report is a long page: axe may take minutes on a loaded machine
        List<Axe.Violation> violations = Axe.scan(session.browser(), Duration.ofMinutes(3));
        System.out.println("axe-core on the HTML report: " + violations.size() + " violation(s) of any impact "
                + violations);
        assertThat(violations).filteredOn(violation -> Axe.BLOCKING.contains(violation.impact())).isEmpty();
        assertThat(session.browser().findElements(By.cssSelector("script, img"))).isEmpty();
        assertThat(session.browser().getTitle()).startsWith("Voortgangsrapportage");
        assertThat(session.browser().findElement(By.tagName("main")).getText()).contains("Minder aangiften. " + PAYLOAD);
        Screenshots.window(session.browser(), "rapportage-html.png");
        ((JavascriptExecutor) session.browser()).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
                "indicator-" + POLICE);
        Screenshots.window(session.browser(), "rapportage-hoofdstuk.png");
    }

    @Test
    void theViewMakesTheDraftInTheBackgroundAndAnAdminPublishesAnEdition() throws Exception {
        session.browser().get(session.app().url("rapportage"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Voortgangsrapportage"));
        session.browser().findElement(By.xpath("//vaadin-button[normalize-space(.)='Concept bekijken']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(session.browser(), Duration.ofSeconds(90)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "is klaar"));
        assertThat(session.browser().findElements(By.xpath("//a[normalize-space(.)='PDF (PDF/A en PDF/UA)']")))
                .hasSize(1);
        assertThat(session.browser().findElements(By.xpath("//a[starts-with(normalize-space(.), 'Bijlage 2 als')]")))
                .hasSize(3);
        assertThat(session.browser().findElement(By.tagName("iframe")).getAttribute("srcdoc"))
                .contains("Voortgangsrapportage");

        session.browser().findElement(By.xpath("//vaadin-button[normalize-space(.)='Editie publiceren']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(session.browser(), Duration.ofSeconds(90)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                        "Editie 1 van " + YEAR + " is gepubliceerd"));
        String editions = session.browser().findElement(By.cssSelector(".va-table")).getText();
        assertThat(editions).contains("PDF", "HTML", "CSV", "ODS", "XLSX", "admin").containsPattern("[0-9a-f]{64}");
    }
}

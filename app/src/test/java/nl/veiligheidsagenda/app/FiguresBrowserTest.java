package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void signIn() throws Exception {
        session.app().createPerson("eigenaar-digitaal", PASSWORD, Role.THEME_OWNER, Set.of("digitaal"));
        session.app().loginInBrowser(session.browser(), "eigenaar-digitaal", PASSWORD);
    }

    private static String goalRowStatus() {
        session.browser().get(session.app().url("voortgang"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Voortgang per doel"));
        WebElement link = session.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid a[href='doel/" + GOAL + "']")));
        // the status cell is the third cell of the row the link sits in
        return (String) ((JavascriptExecutor) session.browser()).executeScript("""
                const cell = arguments[0].closest('vaadin-grid-cell-content');
                const grid = cell.closest('vaadin-grid');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const index = cells.indexOf(cell);
                return cells[index + 2].innerText;""", link);
    }

    private static void enter(String series, String value) {
        WebElement field = session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-text-field[.//label[starts-with(normalize-space(.), 'Waarde " + series + "')]]//input")));
        field.clear();
        field.sendKeys(value);
        // by keyboard, as many owners will: a notification of the previous save may cover the button
        session.browser().findElement(By.xpath("//vaadin-button[@aria-label='Opslaan " + series + " " + YEAR + "']"))
                .sendKeys(Keys.ENTER);
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Cijfer opgeslagen: " + series + " " + YEAR + "')]")));
    }

    @Test
    void anOwnerEntersFiguresAndTheGoalStatusChanges() throws Exception {
        assertThat(goalRowStatus()).contains("Nog geen cijfers");

        session.browser().get(session.app().url("invoeren"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cijfers, verhalen"));
        enter("Cybercrime", "0,7");
        enter("Gedigitaliseerde criminaliteit", "5,1");
        Screenshots.fullPage(session.browser(), "invoeren.png");

        assertThat(goalRowStatus()).contains("Op koers");
        Screenshots.fullPage(session.browser(), "voortgang.png");

        session.browser().get(session.app().url("indicator/" + POLICE));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".va-chart svg")));
        assertThat(session.browser().findElement(By.cssSelector(".va-table")).getText()).contains(String.valueOf(YEAR), "0,7", "5,1");
        Screenshots.fullPage(session.browser(), "indicator-cijfers.png");
    }
}

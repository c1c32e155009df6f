package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theme owner runs the year in a real Chromium: enters figures with a Dutch decimal comma for a measured goal.
 * While one of its due figures is missing the progress page says "Onvolledig" (never a verdict on part of the
 * figures); with all of them in, "Op koers". The figures show on the indicator page as chart and table.
 */
class FiguresBrowserTest {

    static final String GOAL = "digitaal.digitale-criminaliteit-daalt";
    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final String PASSWORD = "eigenaar-wachtwoord-2024";
    /** The views open on last year, kept within the plan period 2023-2026. */
    static final int YEAR = Math.max(2023, Math.min(2026, LocalDate.now().getYear() - 1));
    /** The Veiligheidsmonitor's share of victims is measured every two years from 2021. */
    static final boolean SURVEY_YEAR = (YEAR - 2021) % 2 == 0;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void signIn() throws Exception {
        session.app().createPerson("eigenaar-digitaal", PASSWORD, Role.THEME_OWNER, Set.of("digitaal"));
        session.app().loginInBrowser(session.browser(), "eigenaar-digitaal", PASSWORD);
    }

    private static String goalRowStatus() {
        return ProgressGrid.read(session, YEAR, GOAL).get(GOAL).status();
    }

    private static String goalRowExplanation() {
        return ProgressGrid.read(session, YEAR, GOAL).get(GOAL).explanation();
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
        // Last year's figures are due since January: a fresh deployment shows them as missing, never as success.
        assertThat(goalRowStatus()).contains("Onvolledig").doesNotContain("Op koers");

        session.browser().get(session.app().url("invoeren"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cijfers, verhalen"));
        enter("Cybercrime", "0,7");
        String partly = goalRowStatus();
        assertThat(partly).contains("Onvolledig").doesNotContain("Op koers");
        assertThat(goalRowExplanation()).contains(SURVEY_YEAR
                ? "1 van 2 indicatoren ontbreekt, 1 is niet compleet" : "1 van 2 indicatoren is niet compleet");

        session.browser().get(session.app().url("invoeren"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cijfers, verhalen"));
        enter("Gedigitaliseerde criminaliteit", "5,1");
        if (SURVEY_YEAR) {
            enter("Slachtoffers van digitale criminaliteit", "18");
        }
        Screenshots.fullPage(session.browser(), "invoeren.png");

        assertThat(goalRowStatus()).contains("Op koers");
        assertThat(goalRowExplanation()).contains("op koers (indicatoren: 2 beter)");
        Screenshots.fullPage(session.browser(), "voortgang.png");

        session.browser().get(session.app().url("indicator/" + POLICE));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".va-chart svg")));
        assertThat(session.browser().findElement(By.cssSelector(".va-table")).getText()).contains(String.valueOf(YEAR), "0,7", "5,1");
        Screenshots.fullPage(session.browser(), "indicator-cijfers.png");
    }
}

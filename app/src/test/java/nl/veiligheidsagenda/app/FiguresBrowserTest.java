package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theme owner runs the year in a real Chromium: enters figures with a Dutch decimal comma for a measured goal.
 * While one of its due figures is missing the progress page says "Onvolledig" (never a verdict on part of the
 * figures); with all of them in, "Op koers". The figures show on the indicator page as chart and table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        return ProgressGrid.read(session, YEAR).get(GOAL).status();
    }

    private static String goalRowExplanation() {
        return ProgressGrid.read(session, YEAR).get(GOAL).explanation();
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
    @Order(1)
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

    @Test
    @Order(3)
    void theEntryFormShowsEveryLabelWholeOnADesktopAndAPhone() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try {
            for (int width : new int[] {1280, 360}) {
                PhoneLayout.emulate(session.browser(), width);
                session.browser().get(session.app().url("invoeren"));
                session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                        "//vaadin-text-field[.//label[starts-with(normalize-space(.), 'Waarde Cybercrime')]]")));
                List<String> found = PhoneLayout.problems(session.browser());
                if (!found.isEmpty()) {
                    problems.put(width + " px", found);
                }
            }
        } finally {
            PhoneLayout.reset(session.browser());
        }
        assertThat(problems).as("labels and fields cut off or past the edge on the entry form").isEmpty();
    }

    /** After the journey above: the figures it leaves are the "earlier" ones here need not be. */
    @Test
    @Order(2)
    void numberEntryGivesTheApisMessagesAndAsksAboutAnImplausibleValue() {
        session.browser().get(session.app().url("invoeren"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cijfers, verhalen"));
        assertThat(refusal("Cybercrime", "-1")).isEqualTo(apiMessage(POLICE, "cybercrime", "-1"))
                .isEqualTo("Een waarde kan niet negatief zijn.");
        if (SURVEY_YEAR) { // the Veiligheidsmonitor's percentage is entered in its survey years only
            assertThat(refusal("Slachtoffers van digitale criminaliteit", "1.500")).isEqualTo(apiMessage(
                    "digitaal.slachtoffers-digitale-criminaliteit", "totaal", "1500") + " U typte 1.500: in het"
                    + " Nederlands scheidt de punt duizendtallen, dus dat is 1.500. Bedoelt u 1,500? Gebruik dan een"
                    + " komma.");
        }

        // 123,4 per 1.000 where the baseline is 6,3: allowed by the rules, but asked about
        String series = "Gedigitaliseerde criminaliteit";
        type(series, "123,4");
        WebElement question = session.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("plausibility-question")));
        assertThat(question.getText()).startsWith("123,4 is meer dan drie keer zo hoog als wat " + series
                + " eerder liet zien (nulwaarde en andere jaren: 6,3");
        session.browser().findElement(By.id("plausibility-cancel")).click();
        session.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("plausibility-question")));
        assertThat(storedValue("gedigitaliseerde-criminaliteit")).isNotEqualTo("123.4");

        type(series, "123,4");
        session.await().until(ExpectedConditions.elementToBeClickable(By.id("plausibility-save"))).click();
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Cijfer opgeslagen: " + series + " " + YEAR + "')]")));
        assertThat(storedValue("gedigitaliseerde-criminaliteit")).isEqualTo("123.4");
    }

    /** The value field of {@code series} in {@code YEAR}'s row: the row whose save button names both. */
    private static By valueField(String series) {
        return By.xpath("//vaadin-button[@aria-label='Opslaan " + series + " " + YEAR + "']/parent::*"
                + "/vaadin-text-field[.//label[starts-with(normalize-space(.), 'Waarde " + series + "')]]");
    }

    private static void type(String series, String text) {
        WebElement input = session.await().until(ExpectedConditions.presenceOfElementLocated(valueField(series)))
                .findElement(By.tagName("input"));
        session.browser().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        session.await().until(ExpectedConditions.elementToBeClickable(input));
        input.clear();
        input.sendKeys(text);
        session.browser().findElement(By.xpath("//vaadin-button[@aria-label='Opslaan " + series + " " + YEAR + "']"))
                .sendKeys(Keys.ENTER);
    }

    /** The message under the value field after saving {@code text}. */
    private static String refusal(String series, String text) {
        type(series, text);
        WebElement field = session.browser().findElement(valueField(series));
        session.await().until(driver -> field.getDomAttribute("invalid") != null);
        return field.getDomProperty("errorMessage");
    }

    /** What the service behind the API says to the same value. */
    private static String apiMessage(String indicator, String series, String value) {
        try {
            session.app().application().context().figures().enterFigure(RunningApp.TEST_ADMIN, new FigureInput(
                    indicator, series, YEAR, new BigDecimal(value), null, FigureStatus.FINAL, "", null));
            throw new AssertionError(value + " was accepted");
        } catch (ValidationException e) {
            return e.errors().getFirst().message();
        }
    }

    private static String storedValue(String series) {
        return session.app().application().context().figures().figures(POLICE).stream()
                .filter(figure -> figure.seriesId().equals(series) && figure.year() == YEAR)
                .map(figure -> figure.value().stripTrailingZeros().toPlainString()).findFirst().orElse("none");
    }
}

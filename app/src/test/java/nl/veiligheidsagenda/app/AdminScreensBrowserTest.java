package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.core.model.Denominator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's screens in a real Chromium: the person dialog shows each refusal at its field (and no stale error
 * after a success), the audit log reads in words, Noemers says which denominators are still missing and for
 * what.
 */
class AdminScreensBrowserTest {

    private static final int YEAR = FiguresBrowserTest.YEAR;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @BeforeAll
    static void signIn() {
        session.app().loginInBrowserAsAdmin(session.browser());
    }

    @Test
    void thePersonDialogShowsEachRefusalAtItsField() throws Exception {
        open("beheer/personen", "Personen");
        session.browser().findElement(By.id("new-person")).click();
        WebElement username = session.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("person-username")));
        type(username, "admin");
        type(session.browser().findElement(By.id("person-name")), "Nieuwe Beheerder");
        type(session.browser().findElement(By.id("person-password")), "kort");
        session.browser().findElement(By.id("save-person")).click();

        WebElement password = session.browser().findElement(By.id("person-password"));
        session.await().until(driver -> password.getDomAttribute("invalid") != null);
        assertThat(password.getText()).contains("minstens");
        assertThat(username.getDomAttribute("invalid")).isNull();

        type(password, "een-lang-genoeg-wachtwoord-2024");
        session.browser().findElement(By.id("save-person")).click();
        session.await().until(driver -> username.getDomAttribute("invalid") != null);
        assertThat(username.getText()).contains("De gebruikersnaam 'admin' bestaat al.");
        assertThat(password.getDomAttribute("invalid")).as("the earlier error is gone").isNull();
        assertThat(session.browser().findElements(By.tagName("vaadin-notification-card")))
                .as("no message over the fields").isEmpty();
        Screenshots.window(session.browser(), "beheer-persoon-fout.png");

        type(username, "nieuwe-beheerder");
        session.browser().findElement(By.id("save-person")).click();
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'nieuwe-beheerder')]")));
        session.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-username")));
    }

    @Test
    void eachPersonOpensFromTheKeyboardWithTheButtonInTheirRow() {
        open("beheer/personen", "Personen");
        WebElement edit = session.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "vaadin-button.va-edit-person[aria-label='Bewerken: admin']")));
        assertThat(edit.getText()).isEqualTo("Bewerken");
        edit.sendKeys(Keys.ENTER);
        WebElement username = session.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("person-username")));
        assertThat(username.getDomProperty("value")).isEqualTo("admin");
        username.sendKeys(Keys.ESCAPE);
        session.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-username")));
    }

    @Test
    void theAuditLogSaysWhoDidWhatInWords() throws Exception {
        RunningApp app = session.app();
        Person owner = app.createPerson("audit-eigenaar", "audit-wachtwoord-2024", Role.THEME_OWNER,
                Set.of("digitaal"));
        app.application().context().figures().enterFigure(owner.actor(), new FigureInput(FiguresBrowserTest.POLICE,
                "cybercrime", YEAR, new BigDecimal("1.1"), null, FigureStatus.FINAL, "politie", 0));
        app.security().people().update(RunningApp.TEST_ADMIN, owner.id(), owner.displayName(), Role.THEME_OWNER,
                Set.of("digitaal", "wijken"));

        open("beheer/audit", "Auditlog");
        choose("audit-action", "Cijfer invoeren");
        session.browser().findElement(By.id("audit-search")).click();
        session.await().until(driver -> cells().contains("Cijfer invoeren"));
        String figure = cells();
        assertThat(figure).contains("audit-eigenaar", "waarde 1,1", "definitief", "Gelukt")
                .containsPattern("Cijfer: .+ – Cybercrime, " + YEAR)
                .doesNotContain("figure.enter", "FINAL", "waarde 1.1", "figure:");

        choose("audit-action", "Persoon wijzigen");
        session.browser().findElement(By.id("audit-search")).click();
        // wait for the change's own row: the rows shown before the filter also name the person (added)
        session.await().until(driver -> cells().contains("Persoon audit-eigenaar")
                && cells().contains("nu rol thema-eigenaar"));
        assertThat(cells()).contains("was rol thema-eigenaar (Digitale veiligheid), nu rol thema-eigenaar "
                + "(Digitale veiligheid, Veilige wijken)").doesNotContain("THEME_OWNER", "[digitaal");
        Screenshots.window(session.browser(), "beheer-auditlog.png");
    }

    @Test
    void noemersSaysWhichDenominatorsAreMissingAndWhatNeedsThem() throws Exception {
        open("beheer/noemers", "Noemers");
        String years = IntStream.rangeClosed(2023, YEAR).mapToObj(String::valueOf)
                .collect(Collectors.joining(", "));
        WebElement residents = session.browser().findElement(By.cssSelector(
                "#denominators-missing > li[data-kind=RESIDENTS]"));
        assertThat(residents.getText()).startsWith("Inwoners: " + years).containsPattern("Nodig voor \\d+ indicatoren");
        assertThat(session.browser().findElement(By.id("denominators-missing-summary")).getText())
                .contains("weigert de invoer een aantal");
        Screenshots.window(session.browser(), "beheer-noemers.png");

        IntStream.rangeClosed(2023, YEAR).forEach(year -> session.app().application().context().denominators()
                .enterDenominator(RunningApp.TEST_ADMIN, year, Denominator.RESIDENTS, 226_000, 0));
        open("beheer/noemers", "Noemers");
        assertThat(session.browser().findElements(By.cssSelector("#denominators-missing > li")))
                .extracting(item -> item.getDomAttribute("data-kind")).doesNotContain("RESIDENTS");
    }

    private static void open(String path, String heading) {
        session.open(path, heading);
    }

    private static void type(WebElement field, String text) {
        WebElement input = field.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** The text of every rendered cell of the page's grid, one line per cell. */
    @SuppressWarnings("unchecked")
    private static String cells() {
        return String.join("\n", (List<String>) session.browser().executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')].map(cell => cell.textContent);"""));
    }

    private static void choose(String comboBoxId, String item) {
        session.choose(comboBoxId, item);
    }
}

package nl.veiligheidsagenda.app;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The progress page ({@code voortgang}) of a year as the browser shows it: one card per goal, read part by part. */
final class ProgressGrid {

    /** What a goal's card says besides its link. */
    record Row(String theme, String kind, String status, String explanation) {
    }

    private ProgressGrid() {
    }

    /** Opens the progress page on {@code year} and reads every row, by goal id in the plan's order. */
    @SuppressWarnings("unchecked")
    static Map<String, Row> read(BrowserSession session, int year) {
        session.browser().get(session.app().url("voortgang?jaar=" + year));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-app-layout"),
                "verslagjaar " + year));
        session.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#goal-cards a[href^='doel/']")));
        List<List<String>> rows = (List<List<String>>) session.browser().executeScript("""
                return [...document.querySelectorAll('#goal-cards > li')].map(card => [card.dataset.goal,
                    ...['.va-goal-theme', '.va-goal-kind', '.va-goal-status', '.va-goal-explanation']
                        .map(part => card.querySelector(part).innerText.trim())]);""");
        Map<String, Row> byGoal = new LinkedHashMap<>();
        rows.forEach(cells -> byGoal.put(cells.get(0), new Row(cells.get(1), cells.get(2), cells.get(3), cells.get(4))));
        return byGoal;
    }
}

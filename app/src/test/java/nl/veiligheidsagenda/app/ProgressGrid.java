package nl.veiligheidsagenda.app;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The progress page ({@code voortgang}) of a year as the browser shows it: one row of cell texts per goal. */
final class ProgressGrid {

    /** The cells after a goal's link, in column order. */
    record Row(String theme, String kind, String status, String explanation) {
    }

    private ProgressGrid() {
    }

    /** Opens the progress page on {@code year} and reads every row, by goal id in the plan's order. */
    static Map<String, Row> read(BrowserSession session, int year) {
        return read(session, year, null);
    }

    /**
     * As {@link #read(BrowserSession, int)}, after waiting until the row of {@code goalId} is rendered: the grid
     * renders its rows in batches, so on a loaded machine the first link can be there before the goal's row.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Row> read(BrowserSession session, int year, String goalId) {
        session.browser().get(session.app().url("voortgang?jaar=" + year));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-app-layout"),
                "verslagjaar " + year));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(goalId == null
                ? "vaadin-grid a[href^='doel/']" : "vaadin-grid a[href='doel/" + goalId + "']")));
        List<List<String>> rows = (List<List<String>>) session.browser().executeScript("""
                const grid = document.querySelector('vaadin-grid');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                return [...grid.querySelectorAll("a[href^='doel/']")].map(link => {
                    const index = cells.indexOf(link.closest('vaadin-grid-cell-content'));
                    return [link.getAttribute('href').substring('doel/'.length),
                            ...[1, 2, 3, 4].map(offset => cells[index + offset].innerText)];
                });""");
        Map<String, Row> byGoal = new LinkedHashMap<>();
        rows.forEach(cells -> byGoal.put(cells.get(0), new Row(cells.get(1), cells.get(2), cells.get(3), cells.get(4))));
        return byGoal;
    }
}

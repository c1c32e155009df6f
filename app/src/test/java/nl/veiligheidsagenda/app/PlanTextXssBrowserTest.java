package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan description is data somebody wrote: markup and script in any of its texts stay text, on the start page,
 * the overview and a section, on a full page load and after navigating inside the app.
 */
class PlanTextXssBrowserTest {

    private static final String SCRIPT = "<script>window.__planXss = 1</script>";
    private static final String IMAGE = "<img src=x onerror=\"window.__planXss = 2\">";
    private static final String LABEL = "<img src=y onerror=\"window.__planXss = 3\">";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(Map.of(SettingsLoader.PLAN_FILE, planFile().toString()));

    /** A valid plan description whose texts all carry a payload. */
    private static Path planFile() {
        try {
            Path folder = Files.createTempDirectory("veiligheidsagenda-plan-xss");
            return Files.writeString(folder.resolve("plan.yaml"), """
                    name: 'Plan %1$s'
                    municipality: {name: 'Proefstad %2$s', cbsCode: GM0999}
                    period: {firstYear: 2023, lastYear: 2026}
                    ambition: 'Veilig %2$s'
                    sections:
                      - path: proef
                        title: 'Proef <b id="injected-title">titel</b>'
                        summary: 'Samenvatting %2$s'
                        blocks:
                          - heading: 'Kop %1$s'
                          - paragraph: 'Tekst %2$s'
                          - list: ['Punt %2$s']
                          - quote: {text: '</blockquote>%1$s', speaker: '<b id="injected-speaker">spreker</b>'}
                          - table: {caption: 'Tabel %2$s', columns: [{label: '<i>kolom</i>'}, {label: getal, numeric: true}],
                                    rows: [['<u id="injected-cell">rij</u>', '1.5']]}
                          - links: [{plan: '', text: '<a href="javascript:window.__planXss=1">klik</a>'}]
                          - figure: proefcijfer
                    figures:
                      - id: proefcijfer
                        title: 'Cijfer %1$s'
                        description: 'Uitleg %2$s'
                        unit: '<b id="injected-unit">eenheid</b>'
                        source: 'Bron %2$s'
                        points:
                          - {label: '%3$s', value: 3}
                    """.formatted(SCRIPT, IMAGE, LABEL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void signIn() {
        session.app().loginInBrowserAsAdmin(session.browser());
    }

    @Test
    void everyTextOfThePlanIsShownAsWrittenAndNothingOfItRuns() {
        session.open("", "Uitvoering veiligheidsagenda");
        assertThat(session.browser().findElement(By.id("plan")).getText()).contains("Plan " + SCRIPT,
                "Proefstad " + IMAGE, "Veilig " + IMAGE);

        session.browser().get(session.app().url("plan/proef"));
        session.await().until(driver -> driver.findElement(By.tagName("h1")).getText().startsWith("Proef <b"));
        assertThat(session.pageText()).contains("Kop " + SCRIPT, "Tekst " + IMAGE, "Punt " + IMAGE,
                "— <b id=\"injected-speaker\">spreker</b>", "Tabel " + IMAGE, "<u id=\"injected-cell\">rij</u>",
                "<a href=\"javascript:window.__planXss=1\">klik</a>");
        assertThat(session.browser().findElement(By.tagName("table")).getText()).contains("1,5");
        assertThat(session.pageText()).contains("Cijfer " + SCRIPT, "Uitleg " + IMAGE, "Bron " + IMAGE, LABEL,
                "<b id=\"injected-unit\">eenheid</b>");
        assertNothingRan();
        assertTheChartsTooltipShowsItsLabelAndUnitAsText();

        session.open("plan", "Plan <script>");
        assertThat(session.pageText()).contains("Samenvatting " + IMAGE);
        session.browser().findElement(By.partialLinkText("Proef <b")).click();
        session.await().until(driver -> driver.getCurrentUrl().endsWith("/plan/proef"));
        assertNothingRan();
    }

    /** ECharts writes its tooltip as HTML: the figure's label and unit must arrive there as text. */
    private static void assertTheChartsTooltipShowsItsLabelAndUnitAsText() {
        WebElement chart = session.browser().findElement(By.cssSelector(".va-figure .va-chart"));
        session.await().until(driver -> !chart.findElements(By.tagName("svg")).isEmpty());
        session.browser().executeScript("echarts.getInstanceByDom(arguments[0])"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})", chart);
        String tooltip = session.await().until(driver -> {
            Object text = session.browser().executeScript("const tips = [...arguments[0].querySelectorAll('div')]"
                    + ".filter(div => div.style.position === 'absolute' && div.innerText.includes('eenheid'));"
                    + "return tips.length === 0 ? null : tips[0].innerText", chart);
            return (String) text;
        });
        assertThat(tooltip).contains(LABEL, "<b id=\"injected-unit\">eenheid</b>");
        assertNothingRan();
    }

    private static void assertNothingRan() {
        assertThat(session.browser().executeScript("return window.__planXss === undefined")).isEqualTo(true);
        assertThat(session.browser().findElements(By.cssSelector(
                "#injected-title, #injected-speaker, #injected-cell, #injected-unit, .va-blocks img, "
                        + ".va-blocks script, "
                        + ".va-blocks u, .va-blocks i, a[href^='javascript']"))).isEmpty();
    }
}

package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.ui.AppI18NProvider;
import nl.veiligheidsagenda.app.ui.catalogue.PlanWords;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report is one well-formed page in Dutch with every goal and its status; what people typed stays text
 * (the browser test {@code ReportBrowserTest} scans the same page with axe-core).
 */
class ReportHtmlTest {

    private final ReportContent content = SampleReport.draft();
    private final String html = new String(ReportFormat.HTML.render(content), StandardCharsets.UTF_8);

    @Test
    void isWellFormedDutchWithOneTitleAndAHeadingPerChapter() throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.substring(html.indexOf("<html")).getBytes(StandardCharsets.UTF_8)));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"");
        assertThat(count("<h1")).isEqualTo(1);
        content.chapters().forEach(chapter -> assertThat(html).contains(">Thema: " + Markup.escape(chapter.name()) + "</h2>"));
        assertThat(html).contains("CONCEPT");
    }

    @Test
    void everyGoalIsThereWithItsStatusInWords() {
        content.goals().forEach(goal -> {
            assertThat(html).contains(Markup.escape(goal.goal().statement()));
            assertThat(html).contains(Markup.escape(ReportTexts.status(goal.result()).text()));
        });
    }

    @Test
    void everyGoalSaysHowItIsJudgedInTheGoalPagesWords() {
        PlanWords goalPage = new PlanWords((key, parameters) -> new AppI18NProvider().getTranslation(key,
                Locale.of("nl", "NL"), parameters), Locale.of("nl", "NL"));
        content.goals().forEach(goal -> {
            List<String> sentences = goalPage.rule(goal.goal());
            assertThat(sentences).as(goal.goal().id()).isNotEmpty();
            sentences.forEach(sentence -> assertThat(html).as(goal.goal().id()).contains(Markup.escape(sentence)));
            goal.goal().periodDifferences().forEach(difference -> assertThat(html).as(goal.goal().id())
                    .contains(Markup.escape(goalPage.periodDifference(difference))));
        });
        assertThat(html).contains("Gemeten doel: het plan formuleert het als een verbetering")
                .contains("Verantwoording in woorden: het plan formuleert dit doel als")
                .contains("De effectindicatoren zijn signalen")
                .contains("Een oordeel (op koers, ongeveer gelijk, niet op koers) volgt pas als alle cijfers binnen zijn")
                .contains("De nulwaarde van ");
    }

    @Test
    void theSummaryNamesEachGoalsKindAndSignalsAreNotCalledMeasures() {
        assertThat(count("<span class=\"kind\">Gemeten doel</span>"))
                .isEqualTo((int) content.goals().filter(goal -> goal.goal().measured()).count()).isPositive();
        assertThat(count("<span class=\"kind\">Verantwoording in woorden</span>"))
                .isEqualTo((int) content.goals().filter(goal -> !goal.goal().measured()).count()).isPositive();
        content.goals().forEach(goal -> goal.indicators().forEach(indicator -> assertThat(html)
                .as(indicator.indicator().id())
                .contains((goal.goal().measured() ? ">Effectindicator: " : ">Effectindicator (signaal, zonder oordeel): ")
                        + Markup.escape(indicator.indicator().name()) + "</h5>")));
    }

    @Test
    void everyChartHasATitleAndATableOfItsFigures() {
        int charts = count("<svg ");
        assertThat(charts).isEqualTo((int) content.goals().flatMap(goal -> goal.indicators().stream()).count());
        assertThat(count("role=\"img\" aria-labelledby=")).isEqualTo(charts);
        assertThat(count("<table class=\"figures\"")).isEqualTo(charts);
        assertThat(html).doesNotContain(" alt=\"");
    }

    @Test
    void aScriptPayloadStaysText() {
        assertThat(html).doesNotContain("<script").doesNotContain("<img ")
                .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(Markup.escape("a\u0000b\u0007c\uFFFEd\uD800e\tf\n")).isEqualTo("abcde\tf\n");
        assertThat(Markup.escape("\uD83D\uDE00 <")).isEqualTo("\uD83D\uDE00 &lt;");
    }

    private int count(String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

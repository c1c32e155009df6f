package nl.veiligheidsagenda.app.ui.figures;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page's lists as server-built HTML: every text from a plugin or the evaluation is text, never markup
 * (the browser check on a full page load is {@code HostileThemeBrowserTest}); the structure the page's tests and
 * styles rely on.
 */
class DashboardListsTest {

    private static final String HOSTILE = "\"'></script><script>window.__xss=1</script><!--<img src=x onerror=\"x()\">&amp;";
    /** Beyond ASCII too: the HTML is printed in ASCII, with references for the rest. */
    private static final String STATEMENT = "Doel „één” " + HOSTILE;
    private static final BiFunction<String, Object[], String> KEYS = (key, arguments) ->
            key + (arguments.length == 0 ? "" : Arrays.toString(arguments));

    private final Goal goal = new Goal("kwaad.doel", STATEMENT, EvaluationRule.inWords("wordt aangepakt"),
            List.of(), List.of());
    private final ThemePlugin theme = new TestTheme(new PluginDescriptor("kwaad", "Thema " + HOSTILE, "1.0.0",
            "[1.0,2.0)", 1), new ThemeCatalogue("Inleiding.", List.of(new Subject("kwaad.onderwerp", "Onderwerp",
            "Inleiding.", List.of(goal)))));
    private final GoalResult result = new GoalResult(goal.id(), GoalKind.ACCOUNTED_IN_WORDS, 2024,
            GoalStatus.REPORTED_IN_WORDS, OwnerStatus.PARTLY_ON_COURSE, "Uitleg " + HOSTILE, List.of());

    @Test
    void goalCardsShowEveryTextAsTextInTheStructureThePageUses() {
        CatalogueIndex.Place place = CatalogueIndex.of(List.of(theme)).goals().findFirst().orElseThrow();
        Element cards = DashboardLists.goalCards(List.of(place), Map.of(goal.id(), result), 2024, KEYS);
        assertThat(cards.html().chars()).allMatch(character -> character < 128);
        Document page = parse(cards);

        assertThat(page.select("script, img, [onerror]")).isEmpty();
        Element card = page.selectFirst("#list > li.va-card[data-goal=kwaad.doel]");
        assertThat(card).isNotNull();
        Element link = card.selectFirst("h3.va-card-title > a");
        assertThat(link.attr("href")).isEqualTo("doel/kwaad.doel?jaar=2024");
        assertThat(link.text()).isEqualTo(STATEMENT);
        assertThat(card.selectFirst(".va-goal-theme").text()).isEqualTo("Thema " + HOSTILE);
        assertThat(card.selectFirst(".va-goal-kind").text()).isEqualTo("goal.kind.ACCOUNTED_IN_WORDS");
        assertThat(card.selectFirst(".va-goal-explanation").text()).isEqualTo("Uitleg " + HOSTILE);
        Element status = card.selectFirst("span.va-status.va-status-neutral.va-goal-status");
        Element icon = status.selectFirst("vaadin-icon");
        assertThat(icon.attr("icon")).isEqualTo("vaadin:comment-ellipsis");
        assertThat(icon.attr("aria-hidden")).isEqualTo("true");
        assertThat(status.text()).isEqualTo("status.REPORTED_IN_WORDS[owner.PARTLY_ON_COURSE]");
    }

    @Test
    void actionLinesLinkEachThemeToItsActionsInTheYear() {
        Document page = parse(DashboardLists.actionLines(List.of(theme),
                ActionTally.of(CatalogueIndex.of(List.of(theme)), List.of()), 2023, KEYS));

        assertThat(page.select("script, img, [onerror]")).isEmpty();
        Element line = page.selectFirst("#list > li#actions-kwaad");
        assertThat(line.selectFirst("a.va-strong").attr("href")).startsWith("acties?").contains("jaar=2023",
                "thema=kwaad");
        assertThat(line.text()).isEqualTo("Thema " + HOSTILE + ": action-status.count.NONE[0]");
    }

    /** The HTML as the browser reads it when it is set as a list's content. */
    private static Document parse(Element list) {
        return Jsoup.parse("<ul id=\"list\">" + list.html() + "</ul>");
    }

    private record TestTheme(PluginDescriptor descriptor, ThemeCatalogue catalogue) implements ThemePlugin {
    }
}

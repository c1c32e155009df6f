package nl.veiligheidsagenda.app.ui.figures;

import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.ui.components.AddressQuery;
import nl.veiligheidsagenda.app.ui.components.ServerHtml;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The progress page's two lists (the actions per theme, the goal cards) as HTML built on the server
 * ({@link ServerHtml}): as components, the cards were about a dozen server-side nodes each (a page kept ~480 nodes,
 * most of its memory). Every text (plan texts, theme names, explanations) is a text node, never markup.
 */
final class DashboardLists {

    private DashboardLists() {
    }

    /** Per theme its name (a link to its actions on Acties in {@code year}) and how its actions stand. */
    static Element actionLines(List<ThemePlugin> themes, ActionTally tally, int year,
                              BiFunction<String, Object[], String> translation) {
        Element list = ServerHtml.holder("ul");
        for (ThemePlugin theme : themes) {
            String id = theme.descriptor().id();
            Element line = list.appendElement("li").id("actions-" + id);
            line.appendElement("a").addClass("va-strong").attr("href", AddressQuery.link("acties",
                    AddressQuery.parameters(PlanCalendar.YEAR_PARAMETER, String.valueOf(year), AddressQuery.THEME,
                            id))).text(theme.descriptor().name());
            line.appendElement("span").text(": " + tally.text(id, translation));
        }
        return list;
    }

    /**
     * Every goal as a card: its statement as a heading with a link to the goal in {@code year}, theme and kind,
     * status (icon and text) and the one-line explanation.
     */
    static Element goalCards(List<CatalogueIndex.Place> places, Map<String, GoalResult> results, int year,
                            BiFunction<String, Object[], String> translation) {
        Element list = ServerHtml.holder("ul");
        for (CatalogueIndex.Place place : places) {
            GoalResult result = results.get(place.goal().id());
            Element card = list.appendElement("li").addClass("va-card").attr("data-goal", place.goal().id());
            card.appendElement("h3").addClass("va-card-title").appendElement("a")
                    .attr("href", YearInAddress.link("doel/" + place.goal().id(), year)).text(place.goal().statement());
            Element facts = card.appendElement("p").addClass("va-muted");
            facts.appendElement("span").addClass("va-goal-theme").text(place.themeName());
            facts.appendElement("span").text(" · ");
            facts.appendElement("span").addClass("va-goal-kind")
                    .text(translation.apply("goal.kind." + result.kind().name(), new Object[0]));
            card.appendElement("div").appendChild(StatusBadge.html(result, translation).addClass("va-goal-status"));
            card.appendElement("p").addClass("va-goal-explanation").text(result.explanation());
        }
        return list;
    }
}

package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.html.Anchor;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.ThemePage;

/**
 * Links between the catalogue's pages: theme (and its extra pages), subject (an anchor on the theme page), goal
 * and indicator.
 */
public final class CatalogueLinks {

    public static final String THEME = "thema";
    public static final String GOAL = "doel";
    public static final String INDICATOR = "indicator";

    private CatalogueLinks() {
    }

    /** A theme's landing page. */
    public static String themePath(String themeId) {
        return THEME + "/" + themeId;
    }

    /** One of a theme's extra pages. */
    public static String pagePath(String themeId, ThemePage page) {
        return themePath(themeId) + "/" + page.path();
    }

    public static String goalPath(String goalId) {
        return GOAL + "/" + goalId;
    }

    public static String indicatorPath(String indicatorId) {
        return INDICATOR + "/" + indicatorId;
    }

    /** The goal's statement, linking to its page. */
    public static Anchor goal(Goal goal) {
        return new Anchor(goalPath(goal.id()), goal.statement());
    }

    /** The indicator's name, linking to its page. */
    public static Anchor indicator(Indicator indicator) {
        return new Anchor(indicatorPath(indicator.id()), indicator.name());
    }

    public static Anchor theme(Place place) {
        return new Anchor(themePath(place.themeId()), place.themeName());
    }

    /** The subject's section on its theme page. */
    public static Anchor subject(Place place) {
        return new Anchor(themePath(place.themeId()) + "#" + place.subject().id(),
                place.subject().name());
    }
}

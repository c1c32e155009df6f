package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Anchor;
import nl.veiligheidsagenda.app.ui.ThemeRoutes;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;

/** Links between the catalogue's pages: theme, subject (an anchor on the theme page), goal and indicator. */
public final class CatalogueLinks {

    public static final String GOAL = "doel";
    public static final String INDICATOR = "indicator";

    private CatalogueLinks() {
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
        return new Anchor(ThemeRoutes.themePath(place.themeId()), place.themeName());
    }

    /** The subject's section on its theme page. */
    public static Anchor subject(Place place) {
        return new Anchor(ThemeRoutes.themePath(place.themeId()) + "#" + place.subject().id(),
                place.subject().name());
    }
}

package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import nl.veiligheidsagenda.app.themes.ThemeService;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A page about one item of the catalogue named by a route parameter (a goal, an indicator). An unknown id, or one
 * of a disabled theme, shows the not-found page instead.
 */
abstract class ItemPage<T> extends CataloguePage implements BeforeEnterObserver {

    private final String parameter;
    private final BiFunction<CatalogueIndex, String, Optional<T>> finder;
    private Location location = new Location("");

    ItemPage(ThemeService themes, String parameter, BiFunction<CatalogueIndex, String, Optional<T>> finder) {
        super(themes);
        this.parameter = parameter;
        this.finder = finder;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<T> item = event.getRouteParameters().get(parameter).flatMap(id -> finder.apply(index(), id));
        if (item.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        location = event.getLocation();
        removeAll();
        show(item.get());
    }

    /** The address the page was opened with (its query parameters, e.g. a year). */
    Location location() {
        return location;
    }

    /** Fills the page with the item. */
    abstract void show(T item);
}

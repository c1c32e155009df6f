package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;

/** Where a goal or indicator sits, as links back: theme › subject. */
final class Trail extends Nav {

    Trail(Place place) {
        getElement().setAttribute("aria-label", getTranslation("catalogue.trail"));
        Span separator = new Span(" › ");
        separator.getElement().setAttribute("aria-hidden", "true");
        add(CatalogueLinks.theme(place), separator, CatalogueLinks.subject(place));
        addClassName("va-muted");
    }
}

package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueIndex.Place;

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

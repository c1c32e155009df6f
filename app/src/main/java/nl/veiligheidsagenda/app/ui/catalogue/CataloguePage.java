package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.veiligheidsagenda.app.themes.ThemeService;

/**
 * What the catalogue's pages share: the page frame, the browser title from the H1, and opening at the top.
 */
abstract class CataloguePage extends Div implements HasDynamicTitle, AfterNavigationObserver {

    private final ThemeService themes;
    private String title = "";

    CataloguePage(ThemeService themes) {
        this.themes = themes;
        addClassName("va-page");
    }

    /** The enabled themes' catalogues, as they are now (an admin may switch a theme at any time). */
    CatalogueIndex index() {
        return CatalogueIndex.of(themes.enabled());
    }

    PlanWords words() {
        return new PlanWords(this::getTranslation, getLocale());
    }

    /** The page's only H1; it also titles the browser tab. */
    H1 heading(String text) {
        title = text;
        return new H1(text);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ContentScroll.toFragmentOrTop(this);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

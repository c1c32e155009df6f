package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNav.SideNavI18n;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.app.ui.components.ServerHtml;
import nl.veiligheidsagenda.app.ui.components.SideNavHtml;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * The menu of the enabled themes, each with its extra pages (entries drawn from {@link SideNavHtml}). When an admin
 * switches a theme on or off, every open menu is rebuilt (as {@link ThemeRoutes} adds or removes the routes).
 */
public class ThemeMenu extends SideNav {

    private final ThemeService themes;
    private Consumer<PluginRegistry> listener;

    public ThemeMenu(ThemeService themes) {
        this.themes = themes;
        setLabel(getTranslation("nav.themes"));
        setI18n(new SideNavI18n().setToggle(getTranslation("nav.toggle-pages")));
        getElement().setAttribute("aria-label", getTranslation("nav.themes"));
        build();
    }

    private void build() {
        Element menu = SideNavHtml.entries();
        for (ThemePlugin plugin : themes.enabled()) {
            String id = plugin.descriptor().id();
            Element entry = SideNavHtml.wrappingEntry(menu, plugin.descriptor().name(), CatalogueLinks.themePath(id));
            plugin.catalogue().pages().forEach(page -> SideNavHtml.subEntry(entry, page.title(),
                    CatalogueLinks.pagePath(id, page)));
        }
        ServerHtml.show(this, menu);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        listener = registry -> ui.access(this::build);
        themes.addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        themes.removeListener(listener);
        super.onDetach(detachEvent);
    }
}

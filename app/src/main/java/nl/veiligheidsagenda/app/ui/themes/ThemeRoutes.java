package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the routes of theme pages equal to the enabled themes: {@code thema/<id>} for a theme's landing page and
 * {@code thema/<id>/<page>} for its extra pages. A disabled theme has no route at all.
 */
public final class ThemeRoutes {

    private final RouteConfiguration routes;
    private final Class<? extends RouterLayout> layout;
    private final Set<String> registered = new HashSet<>();

    private ThemeRoutes(VaadinContext context, Class<? extends RouterLayout> layout) {
        this.routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context));
        this.layout = layout;
    }

    /** Routes the enabled themes' pages inside {@code layout} now and after every switch of a theme. */
    public static void install(VaadinContext context, ThemeService themes, Class<? extends RouterLayout> layout) {
        ThemeRoutes routes = new ThemeRoutes(context, layout);
        routes.synchronise(themes.registry());
        themes.addListener(routes::synchronise);
    }

    public synchronized void synchronise(PluginRegistry registry) {
        Set<String> wanted = new HashSet<>();
        for (ThemePlugin plugin : registry.enabled()) {
            String id = plugin.descriptor().id();
            wanted.add(CatalogueLinks.themePath(id));
            plugin.catalogue().pages().forEach(page -> wanted.add(CatalogueLinks.pagePath(id, page)));
        }
        for (String path : Set.copyOf(registered)) {
            if (!wanted.contains(path)) {
                routes.removeRoute(path);
                registered.remove(path);
            }
        }
        for (String path : wanted) {
            if (registered.add(path)) {
                Class<? extends Component> view =
                        path.chars().filter(c -> c == '/').count() == 1 ? ThemeView.class : ThemePageView.class;
                routes.setRoute(path, view, List.of(layout));
            }
        }
    }
}

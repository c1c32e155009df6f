package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.veiligheidsagenda.core.model.ThemePage;
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
    private final Set<String> registered = new HashSet<>();

    public ThemeRoutes(VaadinContext context) {
        this.routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context));
    }

    public static String themePath(String themeId) {
        return "thema/" + themeId;
    }

    public static String pagePath(String themeId, ThemePage page) {
        return themePath(themeId) + "/" + page.path();
    }

    public synchronized void synchronise(PluginRegistry registry) {
        Set<String> wanted = new HashSet<>();
        for (ThemePlugin plugin : registry.enabled()) {
            String id = plugin.descriptor().id();
            wanted.add(themePath(id));
            plugin.catalogue().pages().forEach(page -> wanted.add(pagePath(id, page)));
        }
        for (String path : Set.copyOf(registered)) {
            if (!wanted.contains(path)) {
                routes.removeRoute(path);
                registered.remove(path);
            }
        }
        for (String path : wanted) {
            if (registered.add(path)) {
                Class<? extends com.vaadin.flow.component.Component> view =
                        path.chars().filter(c -> c == '/').count() == 1 ? ThemeView.class : ThemePageView.class;
                routes.setRoute(path, view, List.of(MainLayout.class));
            }
        }
    }
}

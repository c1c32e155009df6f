package nl.veiligheidsagenda.app.ui;

import nl.veiligheidsagenda.app.ui.admin.PluginAdminView;

import java.util.List;

/**
 * The views with a fixed route. Theme routes are not here: {@link ThemeRoutes} adds and removes them while the
 * application runs, as themes are switched on and off.
 */
public final class Routes {

    public static final List<Class<?>> STATIC_ROUTES = List.of(StartView.class, PluginAdminView.class);

    public static final List<Class<?>> ERROR_VIEWS = List.of(NotFoundView.class);

    private Routes() {
    }
}

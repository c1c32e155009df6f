package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.persistence.ThemeSettingsStore;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.web.AppContext;
import nl.veiligheidsagenda.app.web.WebServer;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;

import java.time.Clock;
import java.util.stream.Collectors;

/** A running Veiligheidsagenda: plugins checked, database migrated, web server listening. */
public final class Application implements AutoCloseable {

    /** The period of the plan the installed themes carry (Uitvoeringsplan Veiligheidsagenda Almere 2023-2026). */
    static final PlanPeriod PLAN_PERIOD = new PlanPeriod(2023, 2026);

    private final AppContext context;
    private final WebServer server;

    private Application(AppContext context, WebServer server) {
        this.context = context;
        this.server = server;
    }

    /** Starts everything or fails with a {@link nl.veiligheidsagenda.app.config.SettingsException}. */
    public static Application start(Settings settings) {
        PluginRegistry registry = PluginLoader.discover(settings.pluginDirectory());
        SettingsLoader.checkThemesInstalled(settings,
                registry.installed().stream().map(PluginStatus::id).collect(Collectors.toSet()));
        Database database = Database.open(settings);
        try {
            Security security = Security.start(database.dataSource(), settings.security(),
                    () -> registry.installed().stream().map(PluginStatus::id).collect(Collectors.toSet()),
                    Clock.systemDefaultZone(), System.out);
            ThemeService themes = new ThemeService(registry, settings, new ThemeSettingsStore(database.dataSource()),
                    security.audit());
            FigureService figures = new FigureService(themes,
                    new JdbcFigureStore(database.dataSource()), PLAN_PERIOD, Clock.systemDefaultZone(), security.audit());
            AppContext context = new AppContext(settings, database, themes, figures, security);
            return new Application(context, WebServer.start(context));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** The Vaadin context of the running server, e.g. to inspect its route registry. */
    public com.vaadin.flow.server.VaadinContext vaadinContext() {
        return new com.vaadin.flow.server.VaadinServletContext(server.servletContext());
    }

    public AppContext context() {
        return context;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            context.database().close();
        }
    }
}

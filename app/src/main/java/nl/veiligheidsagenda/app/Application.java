package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.persistence.ThemeSettingsStore;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.web.AppContext;
import nl.veiligheidsagenda.app.web.WebServer;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;

import java.util.stream.Collectors;

/** A running Veiligheidsagenda: plugins checked, database migrated, web server listening. */
public final class Application implements AutoCloseable {

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
            ThemeService themes = new ThemeService(registry, settings, new ThemeSettingsStore(database.dataSource()));
            AppContext context = new AppContext(settings, database, themes);
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

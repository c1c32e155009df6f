package nl.veiligheidsagenda.app.web;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;

/** The application's long-lived services, created by {@code Main} before the web server starts. */
public record AppContext(Settings settings, Database database, ThemeService themes, FigureService figures,
                         Security security) {

    /** The servlet-context attribute under which the web server publishes this context. */
    public static final String ATTRIBUTE = AppContext.class.getName();
}

package nl.veiligheidsagenda.app.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The deployment's configuration, read once at start-up.
 *
 * @param port          HTTP port; 0 picks a free port (tests)
 * @param dataDirectory where the H2 database and other files live
 * @param databaseUrl   JDBC URL of the database
 * @param databaseUser  database user (H2 default "sa")
 * @param databasePassword database password (may be empty)
 * @param allowedThemes the theme ids this deployment may run; empty means every installed theme
 * @param pluginDirectory a folder of theme plugin jars, if any
 * @param planFile      the plan description (YAML) the app runs, if one is set or the distribution has one
 * @param security      first-run admin password, session timeout, proxy trust, OpenID Connect
 * @param ops           who may read the metrics
 */
public record Settings(int port, Path dataDirectory, String databaseUrl, String databaseUser, String databasePassword,
                       Set<String> allowedThemes, Optional<Path> pluginDirectory, Optional<Path> planFile,
                       nl.veiligheidsagenda.app.config.SecuritySettings security,
                       OpsSettings ops) {

    public Settings {
        allowedThemes = Set.copyOf(allowedThemes);
    }

    public boolean allows(String themeId) {
        return allowedThemes.isEmpty() || allowedThemes.contains(themeId);
    }
}

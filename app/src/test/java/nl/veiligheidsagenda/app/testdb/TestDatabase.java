package nl.veiligheidsagenda.app.testdb;

import nl.veiligheidsagenda.app.DistLayout;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The two databases the application runs on. Tests of persistence and services run on both: annotate the class
 * with {@code @ParameterizedClass @EnumSource(TestDatabase.class)} and take the kind as a {@code @Parameter}.
 */
public enum TestDatabase {

    /** The embedded default: an H2 file in the test's data folder. */
    H2,
    /** A fresh database on the test run's shared PostgreSQL server ({@link SharedPostgres}). */
    POSTGRESQL;

    /**
     * The {@code VEILIGHEID_*} settings of a new, empty database of this kind.
     *
     * @param dataDirectory the application's data folder (the H2 file lives there)
     */
    public Map<String, String> environment(Path dataDirectory) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SettingsLoader.DATA_DIR, dataDirectory.toString());
        if (this == POSTGRESQL) {
            environment.put(SettingsLoader.DB_URL, SharedPostgres.newDatabase());
            environment.put(SettingsLoader.DB_USER, SharedPostgres.USER);
            environment.put(SettingsLoader.DB_PASSWORD, SharedPostgres.PASSWORD);
        }
        return environment;
    }

    /** Settings for a new, empty database of this kind, with the distribution's plugin folder. */
    public Settings settings(Path dataDirectory) {
        return SettingsLoader.load(environment(dataDirectory), Optional.of(DistLayout.plugins()));
    }
}

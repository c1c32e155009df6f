package nl.veiligheidsagenda.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link Settings} from environment variables first, then from an optional
 * {@code veiligheidsagenda.properties} in the data directory (same keys). Every bad value stops start-up with a
 * {@link SettingsException} naming the setting and the allowed values.
 */
public final class SettingsLoader {

    public static final String PORT = "VEILIGHEID_PORT";
    public static final String DATA_DIR = "VEILIGHEID_DATA_DIR";
    public static final String DB_URL = "VEILIGHEID_DB_URL";
    public static final String DB_USER = "VEILIGHEID_DB_USER";
    public static final String DB_PASSWORD = "VEILIGHEID_DB_PASSWORD";
    public static final String THEMES = "VEILIGHEID_THEMES";
    public static final String PLUGIN_DIR = "VEILIGHEID_PLUGIN_DIR";
    public static final String PLAN_FILE = "VEILIGHEID_PLAN_FILE";
    /** Where the distribution keeps its plan description, beside its plugin folder. */
    public static final String DEFAULT_PLAN_FILE = "plan/veiligheidsplan.yaml";
    public static final String PROPERTIES_FILE = "veiligheidsagenda.properties";

    private SettingsLoader() {
    }

    /**
     * @param environment    the process environment (or a test's map)
     * @param defaultPlugins the plugin folder next to the application jar, used when {@link #PLUGIN_DIR} is unset;
     *                       beside it the distribution's plan description, used when {@link #PLAN_FILE} is unset
     */
    public static Settings load(Map<String, String> environment, Optional<Path> defaultPlugins) {
        Path dataDirectory = dataDirectory(environment.getOrDefault(DATA_DIR, "").isBlank()
                ? "./data" : environment.get(DATA_DIR));
        Function<String, String> lookup = withPropertiesFile(environment, dataDirectory);

        int port = port(lookup.apply(PORT));
        String url = databaseUrl(lookup.apply(DB_URL), dataDirectory);
        String user = Optional.ofNullable(lookup.apply(DB_USER)).orElse(url.startsWith("jdbc:h2:") ? "sa" : "");
        String password = Optional.ofNullable(lookup.apply(DB_PASSWORD)).orElse("");
        Set<String> themes = themes(lookup.apply(THEMES));
        Optional<Path> plugins = pluginDirectory(lookup.apply(PLUGIN_DIR), defaultPlugins);
        Optional<Path> plan = Optional.ofNullable(lookup.apply(PLAN_FILE)).filter(value -> !value.isBlank())
                .map(value -> Path.of(value).toAbsolutePath().normalize())
                .or(() -> defaultPlugins.map(folder -> folder.resolveSibling(DEFAULT_PLAN_FILE)));
        return new Settings(port, dataDirectory, url, user, password, themes, plugins, plan,
                nl.veiligheidsagenda.app.config.SecuritySettings.load(lookup),
                OpsSettings.load(lookup));
    }

    private static Function<String, String> withPropertiesFile(Map<String, String> environment, Path dataDirectory) {
        Map<String, String> fromFile = new HashMap<>();
        Path file = dataDirectory.resolve(PROPERTIES_FILE);
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new SettingsException(file.toString(), "cannot be read: " + e.getMessage());
            }
            properties.stringPropertyNames().forEach(key -> fromFile.put(key, properties.getProperty(key)));
        }
        return key -> {
            String value = environment.get(key);
            if (value == null || value.isBlank()) {
                value = fromFile.get(key);
            }
            return value == null || value.isBlank() ? null : value.trim();
        };
    }

    static int port(String value) {
        if (value == null) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(PORT, "'" + value + "' is not a port; allowed: a whole number from 1 to 65535"
                + " (0 picks a free port)");
    }

    static Path dataDirectory(String value) {
        Path directory = Path.of(value).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            throw new SettingsException(DATA_DIR, "cannot create folder " + directory + " (" + e.getMessage()
                    + "); allowed: a folder the application may write to");
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new SettingsException(DATA_DIR, "folder " + directory
                    + " is not writable; allowed: a folder the application may write to");
        }
        return directory;
    }

    static String databaseUrl(String value, Path dataDirectory) {
        if (value == null) {
            return "jdbc:h2:file:" + dataDirectory.resolve("veiligheidsagenda").toString().replace('\\', '/');
        }
        if (!value.matches("jdbc:h2:(file:|mem:|~|/|\\./|tcp:)\\S*")
                && !value.matches("jdbc:postgresql://[^/\\s]+/[^\\s?]+(\\?\\S*)?")) {
            throw new SettingsException(DB_URL, "'" + value + "' is not a supported JDBC URL; allowed: an H2 URL such"
                    + " as jdbc:h2:file:/var/lib/veiligheidsagenda/db or jdbc:h2:mem:test, or a PostgreSQL URL such as"
                    + " jdbc:postgresql://db.example.nl:5432/veiligheidsagenda");
        }
        return value;
    }

    static Set<String> themes(String value) {
        if (value == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : value.split(",")) {
            String trimmed = id.trim();
            if (!trimmed.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new SettingsException(THEMES, "'" + trimmed + "' is not a theme id; allowed: comma-separated"
                        + " ids of installed themes, e.g. ondermijning,wijken");
            }
            ids.add(trimmed);
        }
        return ids;
    }

    static Optional<Path> pluginDirectory(String value, Optional<Path> defaultPlugins) {
        if (value == null) {
            return defaultPlugins.filter(Files::isDirectory);
        }
        Path directory = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new SettingsException(PLUGIN_DIR, "folder " + directory + " does not exist; allowed: a folder"
                    + " holding theme plugin jars");
        }
        return Optional.of(directory);
    }

    /** Checks the allowed theme ids against the installed ones (known only after discovery). */
    public static void checkThemesInstalled(Settings settings, Set<String> installedIds) {
        for (String id : settings.allowedThemes()) {
            if (!installedIds.contains(id)) {
                throw new SettingsException(THEMES, "unknown theme id '" + id + "'; allowed: "
                        + String.join(", ", installedIds.stream().sorted().toList()));
            }
        }
    }
}

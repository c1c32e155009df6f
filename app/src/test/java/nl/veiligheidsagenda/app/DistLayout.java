package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The distribution folder the build lays out before the tests run (app/target/dist): {@code core/} (the module
 * path), {@code plugins/} (one theme per jar); after {@code package} also the jar, {@code lib/} and the start script.
 * Tests load the themes from it exactly as the running app does.
 */
public final class DistLayout {

    private DistLayout() {
    }

    public static Path folder() {
        String folder = System.getProperty("veiligheid.dist");
        if (folder == null || !Files.isDirectory(Path.of(folder, "plugins"))) {
            throw new IllegalStateException("system property veiligheid.dist does not name a distribution folder with "
                    + "plugins/ (Maven sets it; run the tests with mvn verify)");
        }
        return Path.of(folder);
    }

    /** The installed theme plugins. */
    public static Path plugins() {
        return folder().resolve("plugins");
    }

    /** The accepted themes of the plugin folder, loaded as the app loads them (each in its own module layer). */
    public static List<ThemePlugin> themes() {
        return PluginLoader.discover(Optional.of(plugins())).accepted();
    }

    /** The distribution's plan description (the Almere plan, shown in "Over dit plan"). */
    public static Path planFile() {
        return folder().resolve("plan").resolve("veiligheidsplan.yaml");
    }

    /** The folder with the core module: the module path of a JVM that runs the app. */
    public static Path core() {
        return folder().resolve("core");
    }

    /** The java options that put the core into the boot layer of a JVM that runs {@code Main}. */
    public static List<String> coreOnTheModulePath() {
        return List.of("--module-path", core().toString(), "--add-modules", "nl.veiligheidsagenda.core");
    }
}

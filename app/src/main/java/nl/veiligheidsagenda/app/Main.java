package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.logging.Log;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Starts the Veiligheidsagenda; configuration comes from {@code VEILIGHEID_*} environment variables. */
public final class Main {

    /** Exit code for a configuration problem (the message names the setting). */
    static final int EXIT_CONFIGURATION = 2;
    static final int EXIT_FAILURE = 1;

    /** The core runs as this named module in the boot layer; each theme plugin's layer sits on top of it. */
    private static final String CORE_MODULE = "nl.veiligheidsagenda.core";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        routeLoggingToSlf4j();
        if (ModuleLayer.boot().findModule(CORE_MODULE).isEmpty()) {
            System.err.println("Veiligheidsagenda did not start: the platform core is not on the module path, so no"
                    + " theme plugin could be loaded. Start it with the distribution's script (veiligheidsagenda, or"
                    + " bin/start), or: java --module-path core --add-modules " + CORE_MODULE
                    + " -jar veiligheidsagenda.jar");
            System.exit(EXIT_CONFIGURATION);
            return;
        }
        Application application;
        try {
            Settings settings = SettingsLoader.load(System.getenv(), pluginsNextToJar());
            application = Application.start(settings);
        } catch (SettingsException e) {
            System.err.println("Veiligheidsagenda did not start: " + e.getMessage());
            System.exit(EXIT_CONFIGURATION);
            return;
        } catch (RuntimeException e) {
            System.err.println("Veiligheidsagenda did not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(EXIT_FAILURE);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(startLine(application, millis));
        Application running = application;
        // SIGTERM (a service manager's stop, Ctrl+C): requests in flight finish, then the pool closes.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Log.of(Main.class).info("Stopping: finishing requests in flight, then closing the"
                    + " database pool");
            running.close();
            Log.of(Main.class).info("Veiligheidsagenda stopped");
        }, "shutdown"));
        application.join();
    }

    /**
     * One log, one format: Jetty and our code log through SLF4J already; Weld (JBoss Logging) is told to, and
     * java.util.logging (Weld's fallback, parts of Vaadin and the JDK) is bridged to it.
     */
    static void routeLoggingToSlf4j() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    static String startLine(Application application, long millis) {
        String themes = application.context().themes().enabled().stream()
                .map(ThemePlugin::descriptor)
                .map(descriptor -> descriptor.id() + " " + descriptor.version())
                .collect(Collectors.joining(", "));
        return "Veiligheidsagenda is running at " + application.url() + " | themes: "
                + (themes.isEmpty() ? "none" : themes) + " | started in " + millis + " ms";
    }

    /** The {@code plugins} folder beside the application jar, when the app runs from its distribution. */
    private static Optional<Path> pluginsNextToJar() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar")
                    ? Optional.of(location.getParent().resolve("plugins")) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}

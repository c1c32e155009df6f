package nl.veiligheidsagenda.app.plugins;

import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.spi.CoreSpi;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the theme plugins of this installation: every jar (or folder with a plugin jar and its libraries) in the
 * plugin folder, each loaded by the core into a module layer of its own on top of the core's layer. There is no
 * other route: tests and development load the same folder layout (app/target/dist/plugins). Replacing a jar in the
 * folder and restarting is how a theme owner's new release is installed.
 */
public final class PluginLoader {

    private PluginLoader() {
    }

    /** The registry of the plugins in {@code pluginDirectory}; none without a folder. */
    public static PluginRegistry discover(Optional<Path> pluginDirectory) {
        return pluginDirectory.map(directory -> PluginRegistry.discover(directory, CoreSpi.VERSION))
                .orElseGet(() -> PluginRegistry.load(List.of(), CoreSpi.VERSION));
    }
}

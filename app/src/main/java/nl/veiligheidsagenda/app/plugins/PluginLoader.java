package nl.veiligheidsagenda.app.plugins;

import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.spi.CoreSpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds theme plugins: every jar in the plugin folder (one class loader for them, child of the application's), plus
 * any plugin already on the class path (tests, development). Replacing a jar in the folder and restarting is how a
 * theme owner's new release is installed.
 */
public final class PluginLoader {

    private PluginLoader() {
    }

    public static PluginRegistry discover(Optional<Path> pluginDirectory) {
        ClassLoader parent = PluginLoader.class.getClassLoader();
        ClassLoader loader = pluginDirectory.map(directory -> (ClassLoader) new URLClassLoader("theme-plugins",
                jars(directory), parent)).orElse(parent);
        return PluginRegistry.discover(loader, CoreSpi.VERSION);
    }

    private static URL[] jars(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = jars.get(i).toUri().toURL();
            }
            return urls;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin folder " + directory, e);
        }
    }
}

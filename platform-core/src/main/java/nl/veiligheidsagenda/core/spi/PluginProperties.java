package nl.veiligheidsagenda.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads a plugin's {@code plugin.properties} (filtered by Maven at build time) so its version always equals the
 * version of the jar it is in. A plugin passes its own stream: resources of a named module are only visible to it.
 */
public final class PluginProperties {

    private PluginProperties() {
    }

    /** The {@code version} entry of the stream; fails with a clear message when the file or the entry is missing. */
    public static String version(InputStream stream) {
        if (stream == null) {
            throw new IllegalStateException("plugin.properties is missing from the plugin's package");
        }
        try (stream) {
            Properties properties = new Properties();
            properties.load(stream);
            String version = properties.getProperty("version", "").trim();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException("plugin.properties has no filtered 'version' entry");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin.properties", e);
        }
    }
}

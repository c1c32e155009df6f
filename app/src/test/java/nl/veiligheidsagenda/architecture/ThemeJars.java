package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import nl.veiligheidsagenda.app.DistLayout;
import nl.veiligheidsagenda.core.registry.PluginLayers;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The theme plugin jars of the distribution's plugin folder, as the app loads them: the themes are on neither the
 * tests' class path nor their module path, so every {@code @AnalyzeClasses} of this package adds them.
 */
final class ThemeJars implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        return PluginLayers.locations(DistLayout.plugins()).stream()
                .map(jar -> Location.of(URI.create("jar:" + jar.toUri() + "!/"))).collect(Collectors.toSet());
    }
}

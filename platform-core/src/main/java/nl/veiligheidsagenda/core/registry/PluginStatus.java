package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Optional;

/**
 * What the registry concluded about one discovered plugin.
 *
 * @param descriptor the plugin's descriptor, or a placeholder naming the provider class when it could not be read
 * @param source     where the plugin came from (its provider class)
 * @param plugin     the plugin, present only when it is accepted
 * @param problems   every reason it is refused; empty when it is accepted
 */
public record PluginStatus(PluginDescriptor descriptor, String source, Optional<ThemePlugin> plugin,
                           List<PluginProblem> problems) {

    public PluginStatus {
        problems = List.copyOf(problems);
        if (problems.isEmpty() != plugin.isPresent()) {
            throw new IllegalArgumentException("an accepted plugin has no problems, a refused one has no plugin");
        }
    }

    public String id() {
        return descriptor.id();
    }

    public boolean compatible() {
        return problems.isEmpty();
    }
}

package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * One plugin location (a jar, an exploded module, or a folder with a plugin jar and the libraries it brings) resolved
 * into a module layer of its own, or the reasons it could not be.
 *
 * @param source    the location's file name, as operators see it in the plugin folder
 * @param layer     the plugin's own layer; empty when it is refused
 * @param providers the theme plugins found by {@link ServiceLoader} in that layer (exactly one when it loaded)
 * @param problems  every reason the location is refused; empty when it loaded
 */
public record PluginLayer(String source, Optional<ModuleLayer> layer,
                          List<ServiceLoader.Provider<ThemePlugin>> providers, List<PluginProblem> problems) {

    public PluginLayer {
        providers = List.copyOf(providers);
        problems = List.copyOf(problems);
        if (problems.isEmpty() != layer.isPresent()) {
            throw new IllegalArgumentException("a loaded plugin has a layer and no problems, a refused one the reverse");
        }
    }

    static PluginLayer refused(String source, List<PluginProblem> problems) {
        return new PluginLayer(source, Optional.empty(), List.of(), problems);
    }
}

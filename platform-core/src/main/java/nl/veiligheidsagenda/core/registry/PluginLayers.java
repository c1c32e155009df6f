package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads theme plugins as Java modules: each plugin location gets a {@link ModuleLayer} of its own, whose parent is
 * the layer of the core, so plugin and host share the core's types and nothing else. A plugin reads the core, the
 * JDK and the libraries it brings; it cannot see the host's class path or another plugin's classes, and two
 * plugins may bring different versions of the same library. A location whose modules do not resolve is refused
 * with the reason, the others still load.
 */
public final class PluginLayers {

    private static final String SERVICE = ThemePlugin.class.getName();

    private PluginLayers() {
    }

    /**
     * The plugin locations in {@code folder}, by name: every {@code .jar} (a plugin without libraries) and every
     * sub-folder (a plugin jar with the libraries it brings). Other files and hidden entries are ignored.
     */
    public static List<Path> locations(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .filter(entry -> Files.isDirectory(entry) || entry.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugin folder " + folder, e);
        }
    }

    /**
     * Resolves each location into its own layer, in the given order. A plugin module whose name an earlier
     * location already loaded is refused (the first one stays).
     *
     * @throws IllegalStateException when the core itself is not a named module (it runs on the class path), so
     *                               that no plugin could share its types
     */
    public static List<PluginLayer> load(List<Path> locations) {
        ModuleLayer parent = coreLayer();
        Map<String, String> pluginModules = new HashMap<>();
        List<PluginLayer> layers = new ArrayList<>();
        for (Path location : locations) {
            layers.add(load(location, parent, pluginModules));
        }
        return layers;
    }

    private static ModuleLayer coreLayer() {
        Module core = ThemePlugin.class.getModule();
        if (!core.isNamed()) {
            throw new IllegalStateException("the platform core runs on the class path, so theme plugins cannot be "
                    + "loaded as modules: put it on the module path (--module-path <folder with the core jar> "
                    + "--add-modules nl.veiligheidsagenda.core)");
        }
        return core.getLayer();
    }

    private static PluginLayer load(Path location, ModuleLayer parent, Map<String, String> pluginModules) {
        String source = location.getFileName().toString();
        ModuleFinder finder = ModuleFinder.of(location);
        Set<ModuleReference> modules;
        try {
            modules = finder.findAll();
        } catch (FindException e) {
            return PluginLayer.refused(source, List.of(problem(PluginProblem.Kind.MODULE_UNREADABLE, source, e)));
        }
        List<String> plugins = modules.stream().map(ModuleReference::descriptor)
                .filter(descriptor -> descriptor.provides().stream().anyMatch(p -> p.service().equals(SERVICE)))
                .map(ModuleDescriptor::name).sorted().toList();
        List<PluginProblem> problems = check(source, modules, plugins, parent, pluginModules);
        if (!problems.isEmpty()) {
            return PluginLayer.refused(source, problems);
        }
        ModuleLayer layer;
        try {
            Configuration configuration = Configuration.resolve(finder, List.of(parent.configuration()),
                    ModuleFinder.of(), names(modules));
            layer = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(parent),
                    ClassLoader.getPlatformClassLoader()).layer();
        } catch (FindException | ResolutionException | LayerInstantiationException | SecurityException e) {
            return PluginLayer.refused(source, List.of(problem(PluginProblem.Kind.MODULE_UNRESOLVED, source, e)));
        }
        try {
            List<ServiceLoader.Provider<ThemePlugin>> providers = ServiceLoader.load(layer, ThemePlugin.class)
                    .stream().filter(provider -> provider.type().getModule().getLayer() == layer).toList();
            pluginModules.put(plugins.getFirst(), source);
            return new PluginLayer(source, Optional.of(layer), providers, List.of());
        } catch (ServiceConfigurationError e) {
            return PluginLayer.refused(source, List.of(problem(PluginProblem.Kind.PROVIDER_FAILED, source, e)));
        }
    }

    /** What can be told from the module descriptors alone, before anything is resolved or loaded. */
    private static List<PluginProblem> check(String source, Set<ModuleReference> modules, List<String> plugins,
                                             ModuleLayer parent, Map<String, String> pluginModules) {
        List<PluginProblem> problems = new ArrayList<>();
        String core = ThemePlugin.class.getModule().getName();
        Set<String> names = names(modules);
        if (names.contains(core)) {
            problems.add(PluginProblem.of(PluginProblem.Kind.CORE_COPY, source, core));
        }
        if (plugins.isEmpty()) {
            problems.add(PluginProblem.of(PluginProblem.Kind.NO_PLUGIN, source, SERVICE));
        } else if (plugins.size() > 1) {
            problems.add(PluginProblem.of(PluginProblem.Kind.MORE_THAN_ONE_PLUGIN, source, String.join(", ", plugins)));
        } else {
            String earlier = pluginModules.get(plugins.getFirst());
            if (earlier != null) {
                problems.add(PluginProblem.of(PluginProblem.Kind.DUPLICATE_MODULE, source, plugins.getFirst(), earlier));
            }
        }
        Map<String, List<String>> modulesByPackage = new TreeMap<>();
        modules.forEach(module -> module.descriptor().packages().forEach(pkg -> modulesByPackage
                .computeIfAbsent(pkg, key -> new ArrayList<>()).add(module.descriptor().name())));
        modulesByPackage.forEach((pkg, owners) -> {
            if (owners.size() > 1) {
                problems.add(PluginProblem.of(PluginProblem.Kind.SPLIT_PACKAGE, source, pkg,
                        String.join(", ", owners.stream().sorted().toList())));
            }
        });
        for (ModuleReference module : modules) {
            for (ModuleDescriptor.Requires requires : module.descriptor().requires()) {
                if (!requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        && !names.contains(requires.name()) && parent.findModule(requires.name()).isEmpty()) {
                    problems.add(PluginProblem.of(PluginProblem.Kind.MODULE_MISSING, source,
                            module.descriptor().name(), requires.name()));
                }
            }
        }
        return problems;
    }

    private static Set<String> names(Set<ModuleReference> modules) {
        return modules.stream().map(module -> module.descriptor().name()).collect(Collectors.toSet());
    }

    private static PluginProblem problem(PluginProblem.Kind kind, String source, Throwable e) {
        return PluginProblem.of(kind, source, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}

package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import nl.veiligheidsagenda.core.spi.Version;
import nl.veiligheidsagenda.core.spi.VersionRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The installed theme plugins and which of them are enabled. Built once at start-up; enabling and disabling is
 * thread-safe and tells listeners, so the shell can add or remove menu entries and routes without a restart.
 */
public final class PluginRegistry {

    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<PluginStatus> installed;
    private final Set<String> enabled = new LinkedHashSet<>();
    private final List<Consumer<PluginRegistry>> listeners = new CopyOnWriteArrayList<>();

    private PluginRegistry(List<PluginStatus> installed) {
        this.installed = List.copyOf(installed);
        installed.stream().filter(PluginStatus::compatible).map(PluginStatus::id).forEach(enabled::add);
    }

    /**
     * Loads every plugin in {@code folder} (see {@link PluginLayers#locations}), each in its own module layer, and
     * checks each against {@code core}.
     */
    public static PluginRegistry discover(Path folder, Version core) {
        return load(PluginLayers.locations(folder), core);
    }

    /** Loads each plugin location (a jar, an exploded module or a folder) in its own module layer and checks it. */
    public static PluginRegistry load(List<Path> locations, Version core) {
        List<Candidate> candidates = new ArrayList<>();
        for (PluginLayer layer : PluginLayers.load(locations)) {
            if (layer.problems().isEmpty()) {
                layer.providers().forEach(provider -> candidates.add(
                        new Candidate(layer.source(), provider::get, List.of())));
            } else {
                candidates.add(new Candidate(layer.source(), () -> null, layer.problems()));
            }
        }
        return check(candidates, core);
    }

    /** Checks already instantiated plugins (used by tests and by hosts with their own discovery). */
    public static PluginRegistry of(Collection<? extends ThemePlugin> plugins, Version core) {
        return check(plugins.stream().map(plugin -> new Candidate(plugin.getClass().getName(), () -> plugin,
                List.of())).toList(), core);
    }

    /** A plugin to check; {@code refusal} holds the reasons when it could not even be loaded. */
    private record Candidate(String source, Supplier<ThemePlugin> factory, List<PluginProblem> refusal) {
    }

    private static PluginRegistry check(List<Candidate> candidates, Version core) {
        List<PluginStatus> statuses = new ArrayList<>();
        Set<String> acceptedIds = new HashSet<>();
        Set<String> seenIds = new HashSet<>();
        for (Candidate candidate : candidates) {
            statuses.add(checkOne(candidate, core, seenIds, acceptedIds));
        }
        statuses.sort(Comparator.comparingInt((PluginStatus status) -> status.descriptor().order())
                .thenComparing(PluginStatus::id));
        return new PluginRegistry(statuses);
    }

    private static PluginStatus checkOne(Candidate candidate, Version core, Set<String> seenIds,
                                         Set<String> acceptedIds) {
        if (!candidate.refusal().isEmpty()) {
            return refused(placeholder(candidate), candidate, candidate.refusal());
        }
        List<PluginProblem> problems = new ArrayList<>();
        ThemePlugin plugin;
        try {
            plugin = candidate.factory().get();
        } catch (RuntimeException | java.util.ServiceConfigurationError | LinkageError e) {
            return refused(placeholder(candidate), candidate,
                    List.of(PluginProblem.of(PluginProblem.Kind.PROVIDER_FAILED, candidate.source(), describe(e))));
        }
        PluginDescriptor descriptor;
        try {
            descriptor = plugin.descriptor();
        } catch (RuntimeException | LinkageError e) {
            return refused(placeholder(candidate), candidate,
                    List.of(PluginProblem.of(PluginProblem.Kind.DESCRIPTOR_FAILED, candidate.source(), describe(e))));
        }
        if (descriptor == null) {
            return refused(placeholder(candidate), candidate,
                    List.of(PluginProblem.of(PluginProblem.Kind.DESCRIPTOR_FAILED, candidate.source(), "null")));
        }
        String id = descriptor.id();
        if (id == null || !PLUGIN_ID.matcher(id).matches()) {
            problems.add(PluginProblem.of(PluginProblem.Kind.DESCRIPTOR_INVALID, candidate.source(), "id", id));
        } else if (!seenIds.add(id)) {
            problems.add(PluginProblem.of(PluginProblem.Kind.DUPLICATE_ID, id, candidate.source()));
        }
        if (descriptor.name() == null || descriptor.name().isBlank()) {
            problems.add(PluginProblem.of(PluginProblem.Kind.DESCRIPTOR_INVALID, candidate.source(), "name",
                    descriptor.name()));
        }
        if (descriptor.version() == null || descriptor.version().isBlank()) {
            problems.add(PluginProblem.of(PluginProblem.Kind.DESCRIPTOR_INVALID, candidate.source(), "version",
                    descriptor.version()));
        }
        checkRange(descriptor, core, problems);
        if (id != null && PLUGIN_ID.matcher(id).matches()) {
            checkCatalogue(plugin, id, problems);
        }
        if (descriptor.id() == null) {
            descriptor = new PluginDescriptor(candidate.source(), descriptor.name(), descriptor.version(),
                    descriptor.supportedCore(), descriptor.order());
        }
        if (!problems.isEmpty()) {
            return refused(descriptor, candidate, problems);
        }
        acceptedIds.add(id);
        return new PluginStatus(descriptor, candidate.source(), Optional.of(plugin), List.of());
    }

    private static void checkRange(PluginDescriptor descriptor, Version core, List<PluginProblem> problems) {
        VersionRange range;
        try {
            range = VersionRange.parse(descriptor.supportedCore());
        } catch (IllegalArgumentException e) {
            problems.add(PluginProblem.of(PluginProblem.Kind.UNSUPPORTED_RANGE, descriptor.supportedCore(),
                    e.getMessage()));
            return;
        }
        if (!range.contains(core)) {
            problems.add(PluginProblem.of(range.isAbove(core) ? PluginProblem.Kind.NEEDS_NEWER_CORE
                    : PluginProblem.Kind.NEEDS_OLDER_CORE, descriptor.supportedCore(), core));
        }
    }

    private static void checkCatalogue(ThemePlugin plugin, String id, List<PluginProblem> problems) {
        ThemeCatalogue catalogue;
        try {
            catalogue = plugin.catalogue();
        } catch (RuntimeException | LinkageError e) {
            problems.add(PluginProblem.of(PluginProblem.Kind.CATALOGUE_FAILED, id, describe(e)));
            return;
        }
        if (catalogue == null) {
            problems.add(PluginProblem.of(PluginProblem.Kind.CATALOGUE_FAILED, id, "null"));
            return;
        }
        problems.addAll(CatalogueValidator.validate(id, catalogue));
        try {
            problems.addAll(SourceRules.check(id, catalogue, plugin.sources()));
        } catch (RuntimeException | LinkageError e) {
            problems.add(PluginProblem.of(PluginProblem.Kind.CATALOGUE_FAILED, id, describe(e)));
        }
    }

    private static PluginDescriptor placeholder(Candidate candidate) {
        return new PluginDescriptor(candidate.source(), candidate.source(), "?", "?", Integer.MAX_VALUE);
    }

    private static PluginStatus refused(PluginDescriptor descriptor, Candidate candidate, List<PluginProblem> problems) {
        return new PluginStatus(descriptor, candidate.source(), Optional.empty(), problems);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Every discovered plugin, accepted or refused, in menu order. */
    public List<PluginStatus> installed() {
        return installed;
    }

    /** The accepted plugins, in menu order. */
    public List<ThemePlugin> accepted() {
        return installed.stream().flatMap(status -> status.plugin().stream()).toList();
    }

    /** The accepted plugins that are switched on, in menu order. */
    public synchronized List<ThemePlugin> enabled() {
        return accepted().stream().filter(plugin -> enabled.contains(plugin.descriptor().id())).toList();
    }

    public synchronized boolean isEnabled(String id) {
        return enabled.contains(id);
    }

    public Optional<PluginStatus> status(String id) {
        return installed.stream().filter(status -> status.id().equals(id)).findFirst();
    }

    /** The enabled plugin with this id, if any. */
    public Optional<ThemePlugin> enabledPlugin(String id) {
        return enabled().stream().filter(plugin -> plugin.descriptor().id().equals(id)).findFirst();
    }

    /**
     * Switches an accepted plugin on or off and tells the listeners.
     *
     * @throws IllegalArgumentException when no accepted plugin has this id (refused plugins cannot be enabled)
     */
    public void setEnabled(String id, boolean on) {
        if (status(id).filter(PluginStatus::compatible).isEmpty()) {
            throw new IllegalArgumentException("no accepted theme plugin has id '" + id + "'");
        }
        boolean changed;
        synchronized (this) {
            changed = on ? enabled.add(id) : enabled.remove(id);
        }
        if (changed) {
            listeners.forEach(listener -> listener.accept(this));
        }
    }

    /** Replaces the enabled set at once (e.g. from stored settings); ids of refused plugins are ignored. */
    public void setEnabled(Collection<String> ids) {
        synchronized (this) {
            enabled.clear();
            accepted().stream().map(plugin -> plugin.descriptor().id()).filter(ids::contains).forEach(enabled::add);
        }
        listeners.forEach(listener -> listener.accept(this));
    }

    public void addListener(Consumer<PluginRegistry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<PluginRegistry> listener) {
        listeners.remove(listener);
    }
}

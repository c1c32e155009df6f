package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginLayer;
import nl.veiligheidsagenda.core.registry.PluginLayers;
import nl.veiligheidsagenda.core.registry.PluginProblem;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract every theme plugin keeps, as a JUnit test class a theme adopts by extending it:
 * <pre>class CrisisContractTest extends ThemePluginContract {
 * }</pre>
 * It loads the theme's compiled module the way the platform does (a module layer of its own, its plugin found by
 * {@link java.util.ServiceLoader}) and checks that the module exports nothing, its descriptor carries the build's
 * version, its catalogue is valid and accepted by a registry on this core, its name and every text it quotes stand
 * in the plan, the ids of its releases are kept (or retired on purpose) and its {@code CHANGELOG.md} describes this
 * version.
 * The theme's own tests then only check its content. Failures are plain {@link AssertionError}s that say what to do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ThemePluginContract {

    private ThemeUnderTest theme;
    private PluginLayer layer;
    private ThemePlugin plugin;

    /** The theme to check: by default the module the Maven build is testing ({@link ThemeUnderTest#fromBuild()}). */
    protected ThemeUnderTest theme() {
        return ThemeUnderTest.fromBuild();
    }

    @Test
    public void isFoundByServiceLoaderInAModuleLayerOfItsOwn() {
        PluginLayer loaded = layer();
        check(loaded.problems().isEmpty(), "the theme module at " + underTest().module() + " did not load: "
                + loaded.problems().stream().map(PluginProblem::toString).collect(Collectors.joining("; ")));
        check(loaded.providers().size() == 1, "the theme's layer provides " + loaded.providers().size()
                + " theme plugins; it must provide exactly one");
        Module module = loaded.providers().getFirst().type().getModule();
        check(module.getLayer() == loaded.layer().orElseThrow() && module.getLayer() != ThemePlugin.class.getModule()
                .getLayer(), "the plugin class was not loaded from the theme's own layer but from " + module);
    }

    @Test
    public void exportsAndOpensNothing() {
        ModuleDescriptor descriptor = plugin().getClass().getModule().getDescriptor();
        check(!descriptor.isOpen() && descriptor.exports().isEmpty() && descriptor.opens().isEmpty(),
                "module " + descriptor.name() + " exports " + descriptor.exports() + " and opens "
                        + (descriptor.isOpen() ? "everything" : descriptor.opens())
                        + ": a theme exports and opens nothing; it only provides its ThemePlugin");
    }

    @Test
    public void carriesTheVersionOfItsBuild() {
        String version = plugin().descriptor().version();
        check(underTest().version().equals(version), "the descriptor's version is '" + version + "' but the build's"
                + " is '" + underTest().version() + "': read it from the Maven-filtered plugin.properties with"
                + " PluginProperties.version(...)");
    }

    @Test
    public void hasAValidCatalogue() {
        List<PluginProblem> problems = CatalogueValidator.validate(plugin().descriptor().id(), catalogue());
        check(problems.isEmpty(), "the catalogue breaks " + problems.size() + " rule(s):\n" + lines(problems));
    }

    @Test
    public void isAcceptedByARegistryOnThisCore() {
        PluginStatus status = PluginRegistry.load(List.of(underTest().module()), CoreSpi.VERSION).installed()
                .getFirst();
        check(status.compatible(), "a registry on core SPI " + CoreSpi.VERSION + " refuses the theme:\n"
                + lines(status.problems()));
    }

    @Test
    public void quotesThePlanWordForWord() {
        PlanTextCheck plan = PlanTextCheck.read(underTest().planText());
        List<String> missing = new ArrayList<>(plan.missingSentences("descriptor name", plugin().descriptor().name()));
        missing.addAll(plan.missingPassages(catalogue()));
        check(missing.isEmpty(), missing.size() + " passage(s) do not stand in the plan (" + underTest().planText()
                + "):\n" + lines(missing));
    }

    @Test
    public void keepsEveryReleasedId() {
        check(Files.exists(underTest().releasedIds()), underTest().releasedIds() + " is missing: it lists every id"
                + " the theme has released, one per line (recordsEveryNewId prints them)");
        Set<String> current = CatalogueIds.of(catalogue());
        Set<String> retired = CatalogueIds.read(underTest().retiredIds());
        List<String> dropped = released().stream().filter(id -> !current.contains(id) && !retired.contains(id))
                .toList();
        check(dropped.isEmpty(), "released ids are gone from the catalogue; figures, stories and links in "
                + "deployments are keyed by them. Restore them, or retire each on purpose: add the line to "
                + underTest().retiredIds() + " and name the id in CHANGELOG.md:\n" + lines(dropped));
    }

    @Test
    public void recordsEveryNewId() {
        List<String> unrecorded = CatalogueIds.of(catalogue()).stream().filter(id -> !released().contains(id))
                .toList();
        check(unrecorded.isEmpty(), "the catalogue has ids that " + underTest().releasedIds() + " does not record;"
                + " add these lines (with this release they become stable):\n" + lines(unrecorded));
    }

    @Test
    public void retiresIdsOnlyWithAChangelogEntry() {
        Set<String> retired = CatalogueIds.read(underTest().retiredIds());
        Set<String> current = CatalogueIds.of(catalogue());
        String changelog = read(underTest().changelog());
        List<String> unknown = retired.stream().filter(id -> !released().contains(id)).toList();
        List<String> reused = retired.stream().filter(current::contains).toList();
        List<String> unexplained = retired.stream()
                .filter(id -> !changelog.contains(id.substring(id.indexOf(' ') + 1))).toList();
        check(unknown.isEmpty(), "retired ids that were never released (a typo?):\n" + lines(unknown));
        check(reused.isEmpty(), "retired ids are in the catalogue again; a retired id is never reused, old data "
                + "would attach to new content:\n" + lines(reused));
        check(unexplained.isEmpty(), "retired ids that CHANGELOG.md does not name; say why each was retired:\n"
                + lines(unexplained));
    }

    @Test
    public void describesThisVersionInItsChangelog() {
        String version = underTest().version();
        check(Pattern.compile("(?m)^##\\s+" + Pattern.quote(version) + "\\b").matcher(read(underTest().changelog()))
                .find(), underTest().changelog() + " has no heading '## " + version + "' for this release");
    }

    private ThemeUnderTest underTest() {
        if (theme == null) {
            theme = theme();
        }
        return theme;
    }

    private PluginLayer layer() {
        if (layer == null) {
            layer = PluginLayers.load(List.of(underTest().module())).getFirst();
        }
        return layer;
    }

    private ThemePlugin plugin() {
        if (plugin == null) {
            PluginLayer loaded = layer();
            check(loaded.problems().isEmpty() && loaded.providers().size() == 1, "the theme did not load as one "
                    + "plugin in its own layer (see isFoundByServiceLoaderInAModuleLayerOfItsOwn)");
            plugin = loaded.providers().getFirst().get();
        }
        return plugin;
    }

    private ThemeCatalogue catalogue() {
        return plugin().catalogue();
    }

    private Set<String> released() {
        return CatalogueIds.read(underTest().releasedIds());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String lines(Collection<?> items) {
        return items.stream().map(item -> "  " + item).collect(Collectors.joining("\n"));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}

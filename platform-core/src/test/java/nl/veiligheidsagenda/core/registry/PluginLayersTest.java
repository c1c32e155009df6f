package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.fixtures.ModuleJars;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import nl.veiligheidsagenda.core.spi.Version;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plugins as an operator installs them: real module jars (built here with javac) in a plugin folder, each loaded
 * into a module layer of its own. The folder holds well-made plugins, plugins that bring their own libraries, and
 * every kind of broken one; the broken ones are refused with a reason, the others load.
 */
class PluginLayersTest {

    private static final Version CORE = Version.parse("1.0");

    @TempDir
    static Path work;

    private static Path plugins;
    private static PluginRegistry registry;

    @BeforeAll
    static void installPlugins() throws IOException {
        plugins = Files.createDirectories(work.resolve("plugins"));
        Path build = Files.createDirectories(work.resolve("build"));
        Path library1 = library(build.resolve("fixture-lib-1.jar"), "1");
        Path library2 = library(build.resolve("fixture-lib-2.jar"), "2");

        Path themeA = plugin(plugins.resolve("theme-a.jar"), "a", "", "\"Thema a\"");
        plugin(plugins.resolve("theme-b.jar"), "b", "", "\"Thema b\"");
        // c and d each bring their own version of the same library, in a folder of their own.
        Files.copy(library1, Files.createDirectories(plugins.resolve("c")).resolve("fixture-lib-1.jar"));
        plugin(plugins.resolve("c/theme-c.jar"), "c", "requires fixture.lib;",
                "\"Thema c met bibliotheek \" + fixture.lib.Library.version()", library1);
        Files.copy(library2, Files.createDirectories(plugins.resolve("d")).resolve("fixture-lib-2.jar"));
        plugin(plugins.resolve("d/theme-d.jar"), "d", "requires fixture.lib;",
                "\"Thema d met bibliotheek \" + fixture.lib.Library.version()", library2);
        // e needs the library but was installed without it.
        plugin(plugins.resolve("theme-e.jar"), "e", "requires fixture.lib;",
                "\"Thema e met bibliotheek \" + fixture.lib.Library.version()", library1);
        // f brings a library that holds a package of f itself (a split package).
        Files.createDirectories(plugins.resolve("f"));
        plugin(plugins.resolve("f/theme-f.jar"), "f", "", "\"Thema f\"");
        ModuleJars.jar(plugins.resolve("f/fixture-split.jar"), Map.of(
                "module-info.java", "module fixture.split { }",
                "fixture/theme/f/Extra.java", "package fixture.theme.f; public class Extra { }"));
        // h puts a class into a package of the core (a split package with the platform).
        ModuleJars.addClasses(plugin(plugins.resolve("theme-h.jar"), "h", "", "\"Thema h\""), Map.of(
                "nl/veiligheidsagenda/core/model/Extra.java", "package nl.veiligheidsagenda.core.model; class Extra { }"));
        // g brings a second copy of the core.
        Files.createDirectories(plugins.resolve("g"));
        plugin(plugins.resolve("g/theme-g.jar"), "g", "", "\"Thema g\"");
        ModuleJars.pack(ModuleJars.core(), plugins.resolve("g/platform-core.jar"));
        // the same plugin module twice, a library without a plugin, and a file that is no jar at all.
        Files.copy(themeA, plugins.resolve("tweede-theme-a.jar"));
        Files.copy(library1, plugins.resolve("fixture-lib-loose.jar"));
        Files.writeString(plugins.resolve("kapot.jar"), "not a jar");
        Files.writeString(plugins.resolve("LEESMIJ.txt"), "ignored: neither a jar nor a folder");

        registry = PluginRegistry.discover(plugins, CORE);
    }

    @Test
    void loadsTheWellMadePluginsAndRefusesEachBrokenOneWithItsReason() {
        assertThat(registry.accepted()).extracting(plugin -> plugin.descriptor().id())
                .containsExactly("a", "b", "c", "d");
        assertThat(refusals()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "theme-e.jar", List.of(PluginProblem.Kind.MODULE_MISSING),
                "f", List.of(PluginProblem.Kind.SPLIT_PACKAGE),
                "g", List.of(PluginProblem.Kind.CORE_COPY),
                "theme-h.jar", List.of(PluginProblem.Kind.MODULE_UNRESOLVED),
                "tweede-theme-a.jar", List.of(PluginProblem.Kind.DUPLICATE_MODULE),
                "fixture-lib-loose.jar", List.of(PluginProblem.Kind.NO_PLUGIN),
                "kapot.jar", List.of(PluginProblem.Kind.MODULE_UNREADABLE)));
    }

    @Test
    void givesEachPluginAModuleLayerOfItsOwnOnTopOfTheCore() {
        List<ModuleLayer> layers = registry.accepted().stream().map(plugin -> plugin.getClass().getModule())
                .peek(module -> assertThat(module.isNamed()).isTrue())
                .map(Module::getLayer).toList();
        assertThat(layers).doesNotHaveDuplicates().allSatisfy(layer -> {
            assertThat(layer).isNotSameAs(ThemePlugin.class.getModule().getLayer());
            assertThat(layer.parents()).containsExactly(ThemePlugin.class.getModule().getLayer());
        });
        assertThat(registry.installed()).filteredOn(PluginStatus::compatible).extracting(PluginStatus::source)
                .containsExactly("theme-a.jar", "theme-b.jar", "c", "d");
    }

    @Test
    void letsTwoPluginsBringDifferentVersionsOfTheSameLibrary() {
        assertThat(registry.accepted()).extracting(plugin -> plugin.descriptor().name())
                .contains("Thema c met bibliotheek 1", "Thema d met bibliotheek 2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsAPluginOutOfAnotherPluginsClassesAndOutOfTheHost() {
        ThemePlugin a = accepted("a");
        ThemePlugin b = accepted("b");

        String seenByA = ((Function<Object, String>) a).apply(b);

        assertThat(seenByA.split("; ")).containsExactly(
                "load fixture.theme.b.Plugin: ClassNotFoundException",
                "reflect into fixture.theme.b.Plugin: InaccessibleObjectException",
                "load " + Test.class.getName() + ": ClassNotFoundException");
    }

    @Test
    void explainsAMissingDependencyInWords() {
        PluginProblem problem = registry.status("theme-e.jar").orElseThrow().problems().getFirst();

        assertThat(problem.message()).isEqualTo("Module fixture.theme.e in theme-e.jar heeft module fixture.lib nodig,"
                + " die niet is geïnstalleerd: lever die mee in de map van de plugin");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Module fixture.theme.e in theme-e.jar needs module"
                + " fixture.lib, which is not installed: ship it in the plugin's folder");
    }

    @Test
    void namesTheSplitPackagesTheCoreCopyAndTheEarlierPluginModule() {
        assertThat(message("f")).contains("fixture.theme.f", "fixture.split");
        assertThat(message("theme-h.jar")).contains("fixture.theme.h", "nl.veiligheidsagenda.core.model");
        assertThat(message("g")).contains("g", "nl.veiligheidsagenda.core", "verwijder die");
        assertThat(message("tweede-theme-a.jar")).contains("fixture.theme.a", "theme-a.jar", "tweede-theme-a.jar");
        assertThat(message("fixture-lib-loose.jar")).contains("provides " + ThemePlugin.class.getName());
    }

    @Test
    void refusesAFolderWithTwoPluginsBecauseTheyWouldShareALayer() throws IOException {
        Path folder = Files.createDirectories(work.resolve("two/both"));
        plugin(folder.resolve("theme-x.jar"), "x", "", "\"Thema x\"");
        plugin(folder.resolve("theme-y.jar"), "y", "", "\"Thema y\"");

        PluginLayer layer = PluginLayers.load(List.of(folder)).getFirst();

        assertThat(layer.problems()).extracting(PluginProblem::kind)
                .containsExactly(PluginProblem.Kind.MORE_THAN_ONE_PLUGIN);
        assertThat(layer.problems().getFirst().message()).contains("fixture.theme.x, fixture.theme.y");
    }

    private static Map<String, List<PluginProblem.Kind>> refusals() {
        return registry.installed().stream().filter(status -> !status.compatible())
                .collect(java.util.stream.Collectors.toMap(PluginStatus::id,
                        status -> status.problems().stream().map(PluginProblem::kind).toList()));
    }

    private static String message(String id) {
        return registry.status(id).orElseThrow().problems().getFirst().message();
    }

    private static ThemePlugin accepted(String id) {
        return registry.accepted().stream().filter(plugin -> plugin.descriptor().id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Path library(Path jar, String version) {
        return ModuleJars.jar(jar, Map.of(
                "module-info.java", "module fixture.lib { exports fixture.lib; }",
                "fixture/lib/Library.java", """
                        package fixture.lib;
                        public final class Library {
                            public static String version() { return "%s"; }
                        }""".formatted(version)));
    }

    /**
     * A theme plugin with a valid one-goal catalogue whose descriptor name is {@code nameExpression}. It also tries
     * to reach into whatever object it is given, and into the host: what it manages is its answer.
     */
    private static Path plugin(Path jar, String id, String requires, String nameExpression, Path... modulePath) {
        return ModuleJars.jar(jar, Map.of(
                "module-info.java", """
                        module fixture.theme.%1$s {
                            requires nl.veiligheidsagenda.core;
                            %2$s
                            provides nl.veiligheidsagenda.core.spi.ThemePlugin with fixture.theme.%1$s.Plugin;
                        }""".formatted(id, requires),
                "fixture/theme/" + id + "/Plugin.java", """
                        package fixture.theme.%1$s;

                        import nl.veiligheidsagenda.core.model.*;
                        import nl.veiligheidsagenda.core.spi.*;
                        import java.util.ArrayList;
                        import java.util.List;

                        public final class Plugin implements ThemePlugin, java.util.function.Function<Object, String> {
                            private final String secret = "geheim van %1$s";

                            public PluginDescriptor descriptor() {
                                return new PluginDescriptor("%1$s", %2$s, "1.0.0", "[1.0,2.0)", 1);
                            }

                            public ThemeCatalogue catalogue() {
                                Goal goal = new Goal("%1$s.doel", "Het doel wordt bereikt.",
                                        new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt bereikt"),
                                        List.of(), List.of());
                                return new ThemeCatalogue("Inleiding.",
                                        List.of(new Subject("%1$s.onderwerp", "Onderwerp", "", List.of(goal))));
                            }

                            public String apply(Object other) {
                                List<String> seen = new ArrayList<>();
                                String name = other.getClass().getName();
                                try {
                                    Class.forName(name);
                                    seen.add("load " + name + ": loaded");
                                } catch (ClassNotFoundException e) {
                                    seen.add("load " + name + ": " + e.getClass().getSimpleName());
                                }
                                try {
                                    var field = other.getClass().getDeclaredField("secret");
                                    field.setAccessible(true);
                                    seen.add("reflect into " + name + ": read " + field.get(other));
                                } catch (ReflectiveOperationException | RuntimeException e) {
                                    seen.add("reflect into " + name + ": " + e.getClass().getSimpleName());
                                }
                                try {
                                    Class.forName("org.junit.jupiter.api.Test");
                                    seen.add("load org.junit.jupiter.api.Test: loaded");
                                } catch (ClassNotFoundException e) {
                                    seen.add("load org.junit.jupiter.api.Test: " + e.getClass().getSimpleName());
                                }
                                return String.join("; ", seen);
                            }
                        }""".formatted(id, nameExpression)), modulePath);
    }
}

package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.fixtures.ModuleJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The plugin test kit on a sixth theme that exists only here ({@code src/test/example-theme}, "Verkeersveiligheid"):
 * adopted in one line, it gets every check, and each check fails with a useful message when the theme breaks the
 * contract. The example is built the way Maven builds a theme (classes, filtered plugin.properties), then changed.
 */
class ThemePluginContractTest {

    private static final Path EXAMPLE = Path.of("src/test/example-theme");
    private static final String PLUGIN_SOURCE = "src/main/java/nl/veiligheidsagenda/theme/verkeer/VerkeerPlugin.java";

    /** The theme the nested adopter checks; set before each run of the launcher. */
    private static ThemeUnderTest current;

    /** How a sixth theme adopts the kit: one class. (Here it is told which build to check.) */
    static class VerkeerPluginChecks extends ThemePluginContract {
        @Override
        protected ThemeUnderTest theme() {
            return current;
        }
    }

    @TempDir
    Path work;

    @Test
    void aNewThemeGetsEveryCheckOfTheContractAndPassesThem() {
        TestExecutionSummary summary = run(build(copyOfExample(), "1.0.0"));

        assertThat(summary.getTestsFoundCount()).isEqualTo(checks().size()).isGreaterThanOrEqualTo(10);
        assertThat(failures(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(checks().size());
    }

    @Test
    void aDescriptorThatDoesNotCarryTheBuildsVersionFails() {
        Path theme = copyOfExample();
        ThemeUnderTest built = build(theme, "1.0.0");
        ThemeUnderTest releasedAs110 = new ThemeUnderTest(built.module(), "1.1.0", built.planText(), theme);

        assertThat(failures(run(releasedAs110))).containsOnlyKeys("carriesTheVersionOfItsBuild",
                        "describesThisVersionInItsChangelog")
                .hasEntrySatisfying("carriesTheVersionOfItsBuild", message -> assertThat(message)
                        .contains("'1.0.0'", "'1.1.0'", "PluginProperties.version"))
                .hasEntrySatisfying("describesThisVersionInItsChangelog", message -> assertThat(message)
                        .contains("## 1.1.0"));
    }

    @Test
    void aParaphraseOfThePlanFails() {
        Path theme = copyOfExample();
        replace(theme.resolve(PLUGIN_SOURCE), "\"Het aantal verkeersongevallen met letsel daalt ten opzichte",
                "\"Het aantal verkeersongevallen met letsel neemt af ten opzichte");
        replace(theme.resolve(PLUGIN_SOURCE), "\"Verkeersveiligheid\"", "\"Veilig verkeer\"");

        assertThat(failures(run(build(theme, "1.0.0")))).containsOnlyKeys("quotesThePlanWordForWord")
                .hasEntrySatisfying("quotesThePlanWordForWord", message -> assertThat(message).contains(
                        "descriptor name: Veilig verkeer",
                        "verkeer.minder-ongevallen: Het aantal verkeersongevallen met letsel neemt af"));
    }

    @Test
    void anInvalidCatalogueFailsTheValidatorAndTheRegistry() {
        Path theme = copyOfExample();
        replace(theme.resolve(PLUGIN_SOURCE), "Unit.PER_1000_RESIDENTS, \"Politie\"", "Unit.PER_1000_RESIDENTS, \" \"");

        Map<String, String> failures = failures(run(build(theme, "1.0.0")));

        assertThat(failures).containsOnlyKeys("hasAValidCatalogue", "isAcceptedByARegistryOnThisCore");
        assertThat(failures.values()).allSatisfy(message -> assertThat(message)
                .contains("verkeer.verkeersongevallen-met-letsel", "'source'"));
    }

    @Test
    void aThemeForAnotherCoreIsRefusedByTheRegistry() {
        Path theme = copyOfExample();
        replace(theme.resolve(PLUGIN_SOURCE), "\"[1.0,2.0)\"", "\"[9.0,10.0)\"");

        assertThat(failures(run(build(theme, "1.0.0")))).containsOnlyKeys("isAcceptedByARegistryOnThisCore")
                .hasEntrySatisfying("isAcceptedByARegistryOnThisCore", message -> assertThat(message)
                        .contains("[9.0,10.0)", "upgrade the platform"));
    }

    @Test
    void aModuleThatExportsAPackageFails() {
        Path theme = copyOfExample();
        replace(theme.resolve("src/main/java/module-info.java"), "requires nl.veiligheidsagenda.core;",
                "requires nl.veiligheidsagenda.core;\n    exports nl.veiligheidsagenda.theme.verkeer;");

        assertThat(failures(run(build(theme, "1.0.0")))).containsOnlyKeys("exportsAndOpensNothing")
                .hasEntrySatisfying("exportsAndOpensNothing", message -> assertThat(message)
                        .contains("nl.veiligheidsagenda.theme.verkeer", "exports and opens nothing"));
    }

    @Test
    void aModuleThatProvidesNoPluginFailsWithTheRegistrysReason() {
        Path theme = copyOfExample();
        replace(theme.resolve("src/main/java/module-info.java"),
                "provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.verkeer.VerkeerPlugin;",
                "");

        Map<String, String> failures = failures(run(build(theme, "1.0.0")));

        assertThat(failures).containsKey("isFoundByServiceLoaderInAModuleLayerOfItsOwn")
                .hasEntrySatisfying("isFoundByServiceLoaderInAModuleLayerOfItsOwn", message -> assertThat(message)
                        .contains("did not load", "holds no theme plugin"));
    }

    @Test
    void aChangedIdFailsUntilTheOldOneIsRetiredWithAReasonAndTheNewOneRecorded() {
        Path theme = copyOfExample();
        replace(theme.resolve(PLUGIN_SOURCE), "\"verkeer.veilige-schoolzones\"", "\"verkeer.schoolzones\"");
        ThemeUnderTest renamed = build(theme, "1.0.0");

        assertThat(failures(run(renamed))).containsOnlyKeys("keepsEveryReleasedId", "recordsEveryNewId")
                .hasEntrySatisfying("keepsEveryReleasedId", message -> assertThat(message)
                        .contains("action verkeer.veilige-schoolzones", "retired-ids.txt"))
                .hasEntrySatisfying("recordsEveryNewId", message -> assertThat(message)
                        .contains("action verkeer.schoolzones"));

        append(theme.resolve("src/test/resources/released-ids.txt"), "action verkeer.schoolzones");
        append(theme.resolve("src/test/resources/retired-ids.txt"), "action verkeer.veilige-schoolzones");
        assertThat(failures(run(renamed))).containsOnlyKeys("retiresIdsOnlyWithAChangelogEntry")
                .hasEntrySatisfying("retiresIdsOnlyWithAChangelogEntry", message -> assertThat(message)
                        .contains("CHANGELOG.md does not name", "action verkeer.veilige-schoolzones"));

        append(theme.resolve("CHANGELOG.md"), "- Retired verkeer.veilige-schoolzones: renamed verkeer.schoolzones.");
        assertThat(failures(run(renamed))).isEmpty();
    }

    @Test
    void aRetiredIdIsNeverUsedAgain() {
        Path theme = copyOfExample();
        append(theme.resolve("src/test/resources/retired-ids.txt"), "action verkeer.veilige-schoolzones");
        append(theme.resolve("CHANGELOG.md"), "- Retired verkeer.veilige-schoolzones.");

        assertThat(failures(run(build(theme, "1.0.0")))).containsOnlyKeys("retiresIdsOnlyWithAChangelogEntry")
                .hasEntrySatisfying("retiresIdsOnlyWithAChangelogEntry", message -> assertThat(message)
                        .contains("never reused", "action verkeer.veilige-schoolzones"));
    }

    /** The kit's checks: its public test methods. */
    private static List<String> checks() {
        return Arrays.stream(ThemePluginContract.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class)).map(Method::getName).toList();
    }

    private static TestExecutionSummary run(ThemeUnderTest theme) {
        current = theme;
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(VerkeerPluginChecks.class)).build(), listener);
        return listener.getSummary();
    }

    private static Map<String, String> failures(TestExecutionSummary summary) {
        return summary.getFailures().stream().collect(Collectors.toMap(
                failure -> failure.getTestIdentifier().getDisplayName().replace("()", ""),
                failure -> String.valueOf(failure.getException().getMessage())));
    }

    private Path copyOfExample() {
        Path copy = work.resolve("theme-verkeer");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(EXAMPLE.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** What Maven does for a theme: compile the module, copy its resources with the version filled in. */
    private static ThemeUnderTest build(Path theme, String version) {
        Path classes = ModuleJars.compile(theme.resolve("src/main/java"), theme.resolve("target/classes"), List.of());
        Path resources = theme.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                ModuleJars.write(classes.resolve(resources.relativize(file)),
                        Files.readString(file).replace("${project.version}", version));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ThemeUnderTest(classes, version, theme.resolve("plan.txt"), theme);
    }

    private static void replace(Path file, String text, String replacement) {
        try {
            String content = Files.readString(file);
            assertThat(content).contains(text);
            Files.writeString(file, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, (Files.exists(file) ? Files.readString(file) : "") + line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

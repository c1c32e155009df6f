package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.themes_independent.theme.alpha.AlphaUsesBeta;
import nl.veiligheidsagenda.architecture.planted.themes_independent.theme.beta.Beta;
import nl.veiligheidsagenda.architecture.planted.themes_not_on_app.theme.alpha.AlphaUsesTheApp;
import nl.veiligheidsagenda.architecture.planted.themes_not_on_app.theme.alpha.AlphaUsesTheModel;
import nl.veiligheidsagenda.architecture.planted.themes_use_core_api.theme.alpha.AlphaUsesModelSpiAndJdk;
import nl.veiligheidsagenda.architecture.planted.themes_use_core_api.theme.alpha.AlphaUsesTheRegistry;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Themes are plugins: each stands alone, sees only the core's published contract and never the shell that hosts
 * it.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class ThemeBoundaryTest {

    /** A deployment may run any subset of the themes. */
    static ArchRule themesNeverDependOnEachOther(String root) {
        return slices().matching(root + ".theme.(*)..").should().notDependOnEachOther();
    }

    /** A theme runs in any shell; the app is never on its class or module path. */
    static ArchRule themesNeverDependOnTheApp(String root) {
        return noClasses().that().resideInAPackage(root + ".theme..")
                .should().dependOnClassesThat().resideInAPackage(root + ".app..");
    }

    /**
     * What a theme may bind to: the core's exported contract ({@code core.spi}, {@code core.model}), its own
     * classes and the JDK. Everything else of the core (registry, evaluation, checks) may change at any time.
     */
    static ArchRule themesUseOnlyCoreSpiCoreModelAndTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".theme..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".theme..", root + ".core.spi..",
                        root + ".core.model..", "java..");
    }

    @ArchTest
    static final ArchRule themes_never_depend_on_each_other = themesNeverDependOnEachOther(Planted.ROOT);

    @ArchTest
    static final ArchRule themes_never_depend_on_the_app = themesNeverDependOnTheApp(Planted.ROOT);

    @ArchTest
    static final ArchRule themes_use_only_core_spi_core_model_and_the_jdk =
            themesUseOnlyCoreSpiCoreModelAndTheJdk(Planted.ROOT);

    @Test
    void aThemeUsingAnotherThemeIsFound() {
        Planted.assertViolation(themesNeverDependOnEachOther(Planted.root("themes_independent")),
                "themes_independent", AlphaUsesBeta.class, Beta.class);
    }

    @Test
    void aThemeUsingTheAppIsFound() {
        Planted.assertViolation(themesNeverDependOnTheApp(Planted.root("themes_not_on_app")),
                "themes_not_on_app", AlphaUsesTheApp.class, AlphaUsesTheModel.class);
    }

    @Test
    void aThemeUsingTheCoresRegistryIsFound() {
        Planted.assertViolation(themesUseOnlyCoreSpiCoreModelAndTheJdk(Planted.root("themes_use_core_api")),
                "themes_use_core_api", AlphaUsesTheRegistry.class, AlphaUsesModelSpiAndJdk.class);
    }
}

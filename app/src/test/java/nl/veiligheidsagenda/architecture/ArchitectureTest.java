package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries of DESIGN.md, checked on the compiled classes of core, the five themes and the app (all on
 * the app's test class path). Each rule's name reads as the sentence it enforces.
 */
@AnalyzeClasses(packages = "nl.veiligheidsagenda", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Guards the rules below against passing on an empty import. */
    @ArchTest
    static void importsCoreEveryThemeAndTheApp(JavaClasses classes) {
        for (String module : List.of("core", "theme.ondermijning", "theme.digitaal", "theme.wijken",
                "theme.polarisatie", "theme.crisis", "app")) {
            assertThat(classes.stream().anyMatch(javaClass -> javaClass.getPackageName()
                    .startsWith("nl.veiligheidsagenda." + module))).as(module).isTrue();
        }
    }

    /** Themes are independent plugins: a deployment may run any subset of them. */
    @ArchTest
    static final ArchRule themes_never_depend_on_each_other =
            slices().matching("nl.veiligheidsagenda.theme.(*)..").should().notDependOnEachOther();

    /** Themes see only the core's published SPI and model, never the shell that hosts them. */
    @ArchTest
    static final ArchRule themes_never_depend_on_the_app = noClasses()
            .that().resideInAPackage("nl.veiligheidsagenda.theme..")
            .should().dependOnClassesThat().resideInAPackage("nl.veiligheidsagenda.app..");

    /** What is internal to core may change at any time; plugins must not bind to it. */
    @ArchTest
    static final ArchRule themes_never_depend_on_core_internals = noClasses()
            .that().resideInAPackage("nl.veiligheidsagenda.theme..")
            .should().dependOnClassesThat().resideInAPackage("nl.veiligheidsagenda.core..internal..");

    /** The core knows no particular theme and no host. */
    @ArchTest
    static final ArchRule core_never_depends_on_a_theme_or_the_app = noClasses()
            .that().resideInAPackage("nl.veiligheidsagenda.core..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.veiligheidsagenda.theme..",
                    "nl.veiligheidsagenda.app..");

    /** The plan's model and the SPI are plain Java: no UI and no persistence types leak into plugins' contract. */
    @ArchTest
    static final ArchRule core_has_no_vaadin_or_jdbc_types = noClasses()
            .that().resideInAPackage("nl.veiligheidsagenda.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "java.sql..", "javax.sql..");

    /** Themes are found at run time; the app must compile without any of them. */
    @ArchTest
    static final ArchRule app_never_depends_on_a_theme_at_compile_time = noClasses()
            .that().resideInAPackage("nl.veiligheidsagenda.app..")
            .should().dependOnClassesThat().resideInAPackage("nl.veiligheidsagenda.theme..");
}

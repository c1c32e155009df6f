package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.app_not_on_themes.app.figures.FiguresKnowATheme;
import nl.veiligheidsagenda.architecture.planted.app_not_on_themes.app.themes.ThemesThroughTheCore;
import nl.veiligheidsagenda.architecture.planted.core_independent.core.model.Goal;
import nl.veiligheidsagenda.architecture.planted.core_independent.core.registry.RegistryKnowsATheme;
import nl.veiligheidsagenda.architecture.planted.core_plain_java.core.model.PlainRecord;
import nl.veiligheidsagenda.architecture.planted.core_plain_java.core.model.RecordWithAConnection;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core is the platform's contract: it knows no theme and no host, and it is plain Java (no UI and no
 * persistence types leak into the plugins' contract). The app finds the themes at run time only.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class CoreBoundaryTest {

    static ArchRule coreNeverDependsOnAThemeOrTheApp(String root) {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".theme..", root + ".app..");
    }

    static ArchRule coreHasNoVaadinOrJdbcTypes(String root) {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "java.sql..", "javax.sql..");
    }

    /** Themes are found at run time; the app must compile without any of them. */
    static ArchRule appNeverDependsOnAThemeAtCompileTime(String root) {
        return noClasses().that().resideInAPackage(root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".theme..");
    }

    @ArchTest
    static final ArchRule core_never_depends_on_a_theme_or_the_app = coreNeverDependsOnAThemeOrTheApp(Planted.ROOT);

    @ArchTest
    static final ArchRule core_has_no_vaadin_or_jdbc_types = coreHasNoVaadinOrJdbcTypes(Planted.ROOT);

    @ArchTest
    static final ArchRule app_never_depends_on_a_theme_at_compile_time =
            appNeverDependsOnAThemeAtCompileTime(Planted.ROOT);

    @Test
    void aCoreClassThatKnowsAThemeIsFound() {
        Planted.assertViolation(coreNeverDependsOnAThemeOrTheApp(Planted.root("core_independent")),
                "core_independent", RegistryKnowsATheme.class, Goal.class);
    }

    @Test
    void aJdbcTypeInTheCoresModelIsFound() {
        Planted.assertViolation(coreHasNoVaadinOrJdbcTypes(Planted.root("core_plain_java")),
                "core_plain_java", RecordWithAConnection.class, PlainRecord.class);
    }

    @Test
    void anAppClassCompiledAgainstAThemeIsFound() {
        Planted.assertViolation(appNeverDependsOnAThemeAtCompileTime(Planted.root("app_not_on_themes")),
                "app_not_on_themes", FiguresKnowATheme.class, ThemesThroughTheCore.class);
    }
}

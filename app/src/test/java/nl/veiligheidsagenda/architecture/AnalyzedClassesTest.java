package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards every rule of this package against passing on an empty import: the compiled classes of core, the five
 * themes (from the plugin jars, see ThemeJars) and the app are there.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class AnalyzedClassesTest {

    @ArchTest
    static void importsCoreEveryThemeAndTheApp(JavaClasses classes) {
        for (String module : List.of("core", "theme.ondermijning", "theme.digitaal", "theme.wijken",
                "theme.polarisatie", "theme.crisis", "app")) {
            assertThat(classes.stream().anyMatch(javaClass -> javaClass.getPackageName()
                    .startsWith(Planted.ROOT + "." + module))).as(module).isTrue();
        }
    }

    @ArchTest
    static void importsNoTestClasses(JavaClasses classes) {
        assertThat(classes.stream().map(javaClass -> javaClass.getPackageName()))
                .noneMatch(name -> name.startsWith(Planted.ROOT + ".architecture"));
    }
}

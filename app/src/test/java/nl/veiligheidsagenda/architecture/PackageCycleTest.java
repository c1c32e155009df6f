package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages form layers, not a knot: every package (each one on its own, {@code app.ui} apart from
 * {@code app.ui.figures}) can be read, changed and tested without the ones that depend on it. In the app, wiring
 * sits on top ({@code app}, {@code web}), the features in the middle, {@code config} and {@code persistence} below;
 * the views of a feature never reach back into the shell ({@code ui}), which finds them by their annotations. The
 * core and the themes are held to the same rule.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCycleTest {

    static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().assignedFrom(eachPackageOf(root)).should().beFreeOfCycles();
    }

    /** Every package at or below {@code prefix} is a slice of its own. */
    private static SliceAssignment eachPackageOf(String prefix) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(prefix) || name.startsWith(prefix + ".") ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of " + prefix;
            }
        };
    }

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = packagesAreFreeOfCycles(Planted.ROOT);

    @Test
    void aCycleBetweenTwoPackagesIsFoundAndTheLayerBelowIsNotInIt() {
        String root = Planted.root("app_cycles");

        assertThat(String.join("\n", Planted.violations(packagesAreFreeOfCycles(root), "app_cycles")))
                .contains(root + ".app.web", root + ".app.api").doesNotContain(root + ".app.config");
    }
}

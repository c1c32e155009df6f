package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.vaadin_in_ui.app.security.FilterAsksVaadin;
import nl.veiligheidsagenda.architecture.planted.vaadin_in_ui.app.ui.security.VaadinAccessRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Vaadin is the UI's business: services, filters, the API and the wiring speak servlet and Java, so the UI
 * framework can be upgraded (or its internals change) without touching them. The UI offers what others need
 * through plain interfaces (e.g. {@code security.PageRules}, {@code ui.VaadinBootstrap}).
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class VaadinBoundaryTest {

    static ArchRule noVaadinOutsideTheUi(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".app.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..");
    }

    @ArchTest
    static final ArchRule no_vaadin_type_outside_the_ui_packages = noVaadinOutsideTheUi(Planted.ROOT);

    @Test
    void aFilterThatAsksVaadinIsFound() {
        Planted.assertViolation(noVaadinOutsideTheUi(Planted.root("vaadin_in_ui")), "vaadin_in_ui",
                FilterAsksVaadin.class, VaadinAccessRules.class);
    }
}

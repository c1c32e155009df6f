package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.cdi_in_ui_and_web.app.figures.InjectedService;
import nl.veiligheidsagenda.architecture.planted.cdi_in_ui_and_web.app.ui.InjectedView;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * CDI beans live in the app's {@code ui} and {@code web} packages only: every other package is wired by hand in
 * {@code Application}, and the app's beans.xml excludes those packages from Weld's scan (a shorter start). A bean
 * or an injection point elsewhere would silently not exist.
 */
@AnalyzeClasses(packages = Planted.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CdiBoundaryTest {

    static ArchRule cdiOnlyInUiAndWeb(String root) {
        return noClasses().that().resideInAPackage(root + ".app..")
                .and().resideOutsideOfPackages(root + ".app.ui..", root + ".app.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..");
    }

    @ArchTest
    static final ArchRule cdi_only_in_the_ui_and_web_packages = cdiOnlyInUiAndWeb(Planted.ROOT);

    @Test
    void aBeanOutsideTheUiAndWebIsFound() {
        Planted.assertViolation(cdiOnlyInUiAndWeb(Planted.root("cdi_in_ui_and_web")), "cdi_in_ui_and_web",
                InjectedService.class, InjectedView.class);
    }
}

package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Log forging is impossible by construction: the app writes to the log only through
 * {@code nl.veiligheidsagenda.app.logging.Log}, which escapes every value. This rule keeps every other app class
 * off SLF4J's logger (and fails on a planted class that uses it).
 */
class LoggingArchitectureTest {

    static final ArchRule APP_LOGS_ONLY_THROUGH_LOG = noClasses()
            .that().resideInAPackage("nl.veiligheidsagenda.app..")
            .and().resideOutsideOfPackage("nl.veiligheidsagenda.app.logging..")
            .should().dependOnClassesThat().haveFullyQualifiedName(Logger.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(LoggerFactory.class.getName())
            .because("values from requests must be escaped before they reach the log (log forging)");

    @Test
    void appCodeLogsOnlyThroughTheEscapingLog() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.veiligheidsagenda.app");
        assertThat(app.size()).isGreaterThan(50);
        APP_LOGS_ONLY_THROUGH_LOG.check(app);
    }

    @Test
    void theRuleCatchesAClassThatLogsDirectly() {
        JavaClasses planted = new ClassFileImporter().importClasses(nl.veiligheidsagenda.app.PlantedDirectLogging.class);
        assertThatThrownBy(() -> APP_LOGS_ONLY_THROUGH_LOG.check(planted)).isInstanceOf(AssertionError.class);
    }
}

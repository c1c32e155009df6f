package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.app_logging.app.logging.Log;
import nl.veiligheidsagenda.architecture.planted.app_logging.app.security.PlantedDirectLogging;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Log forging is impossible by construction: the app writes to the log only through
 * {@code nl.veiligheidsagenda.app.logging.Log}, which escapes every value. This rule keeps every other app class
 * off SLF4J's logger.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class LoggingArchitectureTest {

    static ArchRule appLogsOnlyThroughLog(String root) {
        return noClasses().that().resideInAPackage(root + ".app..")
                .and().resideOutsideOfPackage(root + ".app.logging..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Logger.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(LoggerFactory.class.getName())
                .because("values from requests must be escaped before they reach the log (log forging)");
    }

    @ArchTest
    static final ArchRule app_logs_only_through_the_escaping_log = appLogsOnlyThroughLog(Planted.ROOT);

    @Test
    void aClassThatLogsDirectlyIsFound() {
        Planted.assertViolation(appLogsOnlyThroughLog(Planted.root("app_logging")), "app_logging",
                PlantedDirectLogging.class, Log.class);
    }
}

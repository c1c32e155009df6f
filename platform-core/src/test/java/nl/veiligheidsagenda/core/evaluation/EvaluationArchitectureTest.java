package nl.veiligheidsagenda.core.evaluation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class EvaluationArchitectureTest {

    private final JavaClasses evaluation = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.veiligheidsagenda.core.evaluation");

    @Test
    void evaluationUsesNoUiJdbcOrClock() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "java.sql..", "javax.sql..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(evaluation);
    }
}

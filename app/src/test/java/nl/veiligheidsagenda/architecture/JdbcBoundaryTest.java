package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.figures.FigureServiceWithSql;
import nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.figures.JdbcFigureStore;
import nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.persistence.Database;
import nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.security.AuditTrigger;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * SQL lives in the stores: a feature's {@code Jdbc…Store} (with its nested helpers), the {@code persistence}
 * package (connection pool, migrations, transactions, versioned tables) and the triggers the database itself runs.
 * Services hold the rules and call their store, so a rule is read without SQL around it and the database can
 * change (H2, PostgreSQL) without touching a rule.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcBoundaryTest {

    static ArchRule jdbcOnlyInTheStores(String root) {
        return noClasses().that().resideInAPackage(root + "..").and(not(storeCode(root)))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
    }

    /** A {@code …Store} or a class nested in one, the persistence package, or a database trigger. */
    static DescribedPredicate<JavaClass> storeCode(String root) {
        return DescribedPredicate.describe("stores (…Store and its nested classes, " + root
                + ".app.persistence, database triggers)", javaClass -> {
            JavaClass outermost = javaClass;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            return outermost.getSimpleName().endsWith("Store")
                    || javaClass.getPackageName().startsWith(root + ".app.persistence")
                    || javaClass.isAssignableTo(org.h2.api.Trigger.class);
        });
    }

    @ArchTest
    static final ArchRule jdbc_only_in_the_stores = jdbcOnlyInTheStores(Planted.ROOT);

    @Test
    void sqlInAServiceIsFoundAndStoresPersistenceAndTriggersMayUseJdbc() {
        Planted.assertViolation(jdbcOnlyInTheStores(Planted.root("jdbc_in_stores")), "jdbc_in_stores",
                FigureServiceWithSql.class, JdbcFigureStore.class, JdbcFigureStore.RowMapper.class,
                Database.class, AuditTrigger.class);
    }
}

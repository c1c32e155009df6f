package nl.veiligheidsagenda.app.persistence;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On each database the running application works as its own user: it reads and writes its tables and adds to the
 * audit log, but cannot change, delete, truncate or drop audit entries, nor switch the guards off. Whoever writes
 * as the owner meets the trigger. A second start (a second instance) keeps the same user working.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AppDatabaseUserTest {

    private static final String INSERT = "INSERT INTO audit_log (occurred_at, actor, action, target, outcome,"
            + " origin_ip, detail) VALUES (CURRENT_TIMESTAMP, 'test', 'test', 'test', 'SUCCESS', '-', 'test')";

    @Parameter
    TestDatabase kind;

    @TempDir
    Path data;

    @Test
    void theApplicationCanAddToTheAuditLogButNeverChangeOrEmptyIt() throws Exception {
        Settings settings = kind.settings(data);
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getUserName()).isNotEqualToIgnoringCase(settings.databaseUser())
                    .containsIgnoringCase("va_app");
            statement.execute(INSERT);
            statement.execute("INSERT INTO theme_setting (theme_id, enabled, changed_at, changed_by)"
                    + " VALUES ('x', TRUE, CURRENT_TIMESTAMP, 'test')");
            statement.execute("DELETE FROM theme_setting WHERE theme_id = 'x'");
            for (String sql : List.of("TRUNCATE TABLE audit_log", "DELETE FROM audit_log",
                    "UPDATE audit_log SET actor = 'niemand'", "DROP TABLE audit_log",
                    "ALTER TABLE audit_log ADD COLUMN x INT", "DROP TRIGGER audit_log_append_only"
                            + (kind == TestDatabase.POSTGRESQL ? " ON audit_log" : ""),
                    kind == TestDatabase.POSTGRESQL ? "ALTER TABLE audit_log DISABLE TRIGGER ALL"
                            : "SET REFERENTIAL_INTEGRITY FALSE",
                    "SELECT * FROM app_database_user", "DELETE FROM \"flyway_schema_history\"")) {
                assertThatThrownBy(() -> statement.execute(sql)).describedAs(sql).isInstanceOf(SQLException.class);
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
            try (ResultSet migrations = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
                migrations.next();
                assertThat(migrations.getLong(1)).as("the readiness check reads the migrations").isPositive();
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM audit_log")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(1);
            }
        }
        try (Connection owner = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword());
             Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        try (Database again = Database.open(settings);
             Connection connection = again.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(INSERT);
        }
    }

    /**
     * A table a later migration makes is the application's at the next start, without touching the grants; a table
     * marked append-only (a trigger named {@code …_append_only}) only grows, also where the trigger does not fire
     * ({@code TRUNCATE} on H2).
     */
    @Test
    void aLaterMigrationsTableIsWritableAndOneMarkedAppendOnlyOnlyGrows() throws Exception {
        Settings settings = kind.settings(data);
        Database.open(settings).close();
        boolean postgres = kind == TestDatabase.POSTGRESQL;
        try (Connection owner = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword());
             Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE later_plain (id INT PRIMARY KEY, label VARCHAR(20))");
            statement.execute("CREATE TABLE later_ledger (id INT PRIMARY KEY, label VARCHAR(20))");
            statement.execute(postgres
                    ? "CREATE TRIGGER later_ledger_append_only BEFORE UPDATE OR DELETE ON later_ledger FOR EACH ROW"
                    + " EXECUTE FUNCTION audit_log_refuse_change()"
                    : "CREATE TRIGGER later_ledger_append_only BEFORE UPDATE, DELETE ON later_ledger FOR EACH ROW"
                    + " CALL 'nl.veiligheidsagenda.app.security.AuditLogGuard'");
        }
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO later_plain (id, label) VALUES (1, 'a')");
            statement.execute("UPDATE later_plain SET label = 'b' WHERE id = 1");
            statement.execute("DELETE FROM later_plain WHERE id = 1");
            statement.execute("INSERT INTO later_ledger (id, label) VALUES (1, 'a')");
            for (String sql : List.of("TRUNCATE TABLE later_ledger", "DELETE FROM later_ledger",
                    "UPDATE later_ledger SET label = 'b'", "DROP TABLE later_ledger")) {
                assertThatThrownBy(() -> statement.execute(sql)).describedAs(sql).isInstanceOf(SQLException.class);
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
            if (postgres) { // refused by the rights, not only by the trigger
                try (ResultSet rights = statement.executeQuery("SELECT has_table_privilege('later_ledger', 'UPDATE')"
                        + " OR has_table_privilege('later_ledger', 'DELETE'), has_table_privilege('later_plain',"
                        + " 'DELETE')")) {
                    rights.next();
                    assertThat(rights.getBoolean(1)).isFalse();
                    assertThat(rights.getBoolean(2)).isTrue();
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT label FROM later_ledger WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("a");
            }
        }
    }
}

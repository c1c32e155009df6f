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
}

package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.testdb.SharedPostgres;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore the README tells operators to use, on each database: every table's rows after the
 * restore are exactly those at the backup (and a change made after the backup is not there).
 */
class BackupRestoreTest {

    private static final String FIGURE = "api/v1/indicators/digitaal.misdrijven-cybercrime-gedigitaliseerd/series/"
            + "cybercrime/values/";

    @TempDir
    Path data;
    @TempDir
    Path restored;
    @TempDir
    Path backups;

    @Test
    void h2OnlineBackupRestoredWithH2sRestoreToolHasEveryRow() throws Exception {
        Map<String, String> environment = TestDatabase.H2.environment(data);
        Map<String, List<String>> atBackup;
        Path zip;
        try (RunningApp app = RunningApp.start(data, environment)) {
            fill(app);
            atBackup = tables(app);
            zip = app.application().backups().orElseThrow().backupNow();
            changeAfterBackup(app);
        }
        assertThat(zip).exists().hasParent(data.resolve("backups"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).as("like the data folder's files")
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getParent()))).isEqualTo("rwx------");

        // As the README says: java -cp lib/h2-<version>.jar org.h2.tools.Restore -file <zip> -dir <data dir> -db ...
        org.h2.tools.Restore.main("-file", zip.toString(), "-dir", restored.toString(), "-db", "veiligheidsagenda");

        try (RunningApp app = RunningApp.start(restored, TestDatabase.H2.environment(restored))) {
            assertThat(tables(app)).isEqualTo(atBackup);
        }
    }

    @Test
    void h2BackupsAreScheduledIntoTheConfiguredFolderAndTheOldestRemoved() throws Exception {
        Map<String, String> environment = TestDatabase.H2.environment(data);
        environment.put("VEILIGHEID_BACKUP_DIR", backups.toString());
        environment.put("VEILIGHEID_BACKUP_KEEP", "2");
        try (RunningApp app = RunningApp.start(data, environment)) {
            var scheduled = app.application().backups().orElseThrow();
            Path first = scheduled.backupNow();
            Thread.sleep(1_100); // names carry the second
            scheduled.backupNow();
            Thread.sleep(1_100);
            Path third = scheduled.backupNow();

            try (var files = Files.list(backups)) {
                assertThat(files.toList()).hasSize(2).contains(third).doesNotContain(first);
            }
        }
    }

    @Test
    void postgresDumpRestoredWithPgRestoreHasEveryRow() throws Exception {
        Map<String, String> environment = TestDatabase.POSTGRESQL.environment(data);
        String database = environment.get(SettingsLoader.DB_URL).replaceAll(".*/", "");
        Path dump = data.resolve("veiligheidsagenda.dump");
        Map<String, List<String>> atBackup;
        try (RunningApp app = RunningApp.start(data, environment)) {
            assertThat(app.application().backups()).as("PostgreSQL is backed up with its own tools").isEmpty();
            fill(app);
            atBackup = tables(app);
            // As the README says, while the app runs: pg_dump --format=custom --file=... <database>
            SharedPostgres.run("pg_dump", "--format=custom", "--file=" + dump, database);
            changeAfterBackup(app);
        }

        String target = SharedPostgres.newDatabase().replaceAll(".*/", "");
        SharedPostgres.run("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname=" + target,
                dump.toString());
        try (Connection owner = DriverManager.getConnection(SharedPostgres.url(target), SharedPostgres.USER,
                SharedPostgres.PASSWORD)) {
            assertThat(tables(owner)).isEqualTo(atBackup);
        }

        // The restored database has another name, so the application makes its own user for it at start-up (the
        // grants were left out of the restore): it reads what was restored and adds to the audit log.
        Map<String, String> onRestored = TestDatabase.POSTGRESQL.environment(restored);
        onRestored.put(SettingsLoader.DB_URL, SharedPostgres.url(target));
        try (RunningApp app = RunningApp.start(restored, onRestored)) {
            HttpResponse<String> values = app.loginAsAdmin()
                    .get("api/v1/indicators/digitaal.misdrijven-cybercrime-gedigitaliseerd/values");
            assertThat(values.statusCode()).isEqualTo(200);
            assertThat(values.body()).contains("\"year\":2023").doesNotContain("\"year\":2024");
        }
        try (Connection connection = DriverManager.getConnection(SharedPostgres.url(target), SharedPostgres.USER,
                SharedPostgres.PASSWORD); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("INSERT INTO audit_log (occurred_at, actor, action, target, outcome,"
                    + " origin_ip, detail) VALUES (now(), 'a', 'b', 'c', 'SUCCESS', '-', '')")).as("identity restored")
                    .isEqualTo(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute("DELETE FROM audit_log"))
                    .as("the restored audit log is append-only too").hasMessageContaining("append-only");
        }
    }

    /** Figures with history, a person with a token, a theme switch and the audit entries of all that. */
    private static void fill(RunningApp app) throws Exception {
        RunningApp.Client admin = app.loginAsAdmin();
        for (String body : List.of("{\"value\": 0.7, \"status\": \"provisional\", \"source\": \"Politie <b>\"}",
                "{\"value\": 0.6, \"status\": \"final\", \"source\": \"Politie, 2024-03\"}")) {
            admin.send(HttpRequest.newBuilder(URI.create(app.url(FIGURE + 2023))).header("Content-Type",
                    "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        }
        Person owner = app.createPerson("eigenaar", "cijfers-invoeren-2024", Role.THEME_OWNER, Set.of("digitaal"));
        app.security().tokens().create(RunningApp.TEST_ADMIN, owner.id(), "script");
        app.application().context().themes().setEnabled("crisis", false, RunningApp.TEST_ADMIN);
    }

    private static void changeAfterBackup(RunningApp app) throws Exception {
        app.loginAsAdmin().send(HttpRequest.newBuilder(URI.create(app.url(FIGURE + 2024)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 0.5, \"status\": \"final\"}")));
    }

    /** {@link #tables(Connection)} of the running app's database, read as its owner. */
    private static Map<String, List<String>> tables(RunningApp app) throws SQLException {
        Settings settings = app.application().context().settings();
        try (Connection owner = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword())) {
            return tables(owner);
        }
    }

    /**
     * Every table of the schema with all its rows (columns as text), sorted; read as the owner, who sees every
     * table (the application's own user may not read the migration history's writes or its own password).
     */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                List<String> content = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rows.getString(i)).append('|');
                        }
                        content.add(row.toString());
                    }
                }
                content.sort(null);
                tables.put(name.toLowerCase(java.util.Locale.ROOT), content);
            }
        }
        assertThat(tables).containsKeys("measurement", "measurement_history", "audit_log", "person", "api_token",
                "theme_setting", "flyway_schema_history", "app_database_user");
        return tables;
    }
}

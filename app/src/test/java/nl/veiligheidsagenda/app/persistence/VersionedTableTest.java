package nl.veiligheidsagenda.app.persistence;

import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Optimistic locking and history on each database, with two connections as two application instances would
 * have: a change built on an outdated version is refused, also when both are the very first save of a row.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class VersionedTableTest {

    private static final VersionedTable PROGRESS = new VersionedTable("action_progress",
            List.of("action_id", "report_year"), List.of("status", "note", "author", "updated_at"));
    private static final Map<String, Object> KEY = Map.of("action_id", "wijken.buurtpreventie", "report_year", 2024);

    @Parameter
    TestDatabase kind;

    @TempDir
    Path data;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(kind.settings(data));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Map<String, Object> progress(String note, String by) {
        return Map.of("status", "RUNNING", "note", note, "author", by, "updated_at", OffsetDateTime.now());
    }

    @Test
    void aChangeFromAnOutdatedVersionIsRefusedAndTheReplacedRowKeptInTheHistory() throws Exception {
        try (Connection a = database.dataSource().getConnection(); Connection b = database.dataSource().getConnection()) {
            assertThat(PROGRESS.save(a, KEY, progress("226000", "a"), 0)).isEqualTo(1);
            assertThat(PROGRESS.save(b, KEY, progress("227000", "b"), 1)).isEqualTo(2);

            assertThatThrownBy(() -> PROGRESS.save(a, KEY, progress("228000", "a"), 1))
                    .isInstanceOfSatisfying(VersionedTable.StaleVersionException.class,
                            e -> assertThat(e.currentVersion()).isEqualTo(2));
            try (Statement statement = a.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT note, version FROM action_progress")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("227000");
                assertThat(rows.getInt(2)).isEqualTo(2);
            }
            try (Statement statement = a.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT note, version FROM action_progress_history")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("226000");
                assertThat(rows.getInt(2)).isEqualTo(1);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void twoFirstSavesAtOnceStoreOneAndRefuseTheOther() throws Exception {
        try (Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            PROGRESS.save(first, KEY, progress("226000", "first"), 0); // not yet committed

            CompletableFuture<Integer> racing = CompletableFuture.supplyAsync(() -> {
                try {
                    return PROGRESS.save(second, KEY, progress("227000", "second"), 0);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300); // the second save now waits for the first transaction's key, or has failed already
            first.commit();

            assertThatThrownBy(() -> racing.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(VersionedTable.StaleVersionException.class,
                            e -> assertThat(e.currentVersion()).isIn(0, 1));
            second.rollback();
            try (Statement statement = second.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT note, author FROM action_progress")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(2)).isEqualTo("first");
                assertThat(rows.next()).isFalse();
            }
        }
    }
}

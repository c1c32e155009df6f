package nl.veiligheidsagenda.app.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A table whose rows are replaced, never lost: before a row changes, it is copied to {@code <table>_history}; every
 * change raises its {@code version}, and a change that names an outdated version is refused (optimistic locking).
 * Table and column names come from our own code, never from input.
 */
public final class VersionedTable {

    private static final String UNIQUE_VIOLATION = "23505";

    private final String table;
    private final List<String> keyColumns;
    private final List<String> valueColumns;

    public VersionedTable(String table, List<String> keyColumns, List<String> valueColumns) {
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.valueColumns = List.copyOf(valueColumns);
    }

    /** Thrown when the stored version is not the one the change started from. */
    public static final class StaleVersionException extends RuntimeException {

        private final int currentVersion;

        StaleVersionException(int currentVersion) {
            super("stale version; current is " + currentVersion);
            this.currentVersion = currentVersion;
        }

        public int currentVersion() {
            return currentVersion;
        }
    }

    /**
     * Inserts or replaces the row with these key values.
     *
     * @param expectedVersion the version the change started from (0 for a new row), or null to replace whatever is
     *                        stored (scripts that load figures; the replaced row is still kept in the history)
     * @return the row's new version
     */
    public int save(Connection connection, Map<String, Object> key, Map<String, Object> values, Integer expectedVersion)
            throws SQLException {
        OptionalInt current = currentVersion(connection, key);
        int stored = current.orElse(0);
        if (expectedVersion != null && expectedVersion != stored) {
            throw new StaleVersionException(stored);
        }
        if (current.isPresent()) {
            copyToHistory(connection, key);
            String assignments = valueColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + assignments
                    + ", version = ? WHERE " + keyCondition() + " AND version = ?")) {
                int index = bind(update, 1, valueColumns, values);
                update.setInt(index++, stored + 1);
                index = bind(update, index, keyColumns, key);
                update.setInt(index, stored);
                if (update.executeUpdate() != 1) {
                    throw new StaleVersionException(currentVersion(connection, key).orElse(0));
                }
            }
        } else {
            List<String> columns = new ArrayList<>(keyColumns);
            columns.addAll(valueColumns);
            columns.add("version");
            Map<String, Object> all = new LinkedHashMap<>(key);
            all.putAll(values);
            all.put("version", 1);
            // Two first saves at once (other instance, other person): both found no row; the database's key lets one
            // in and refuses the other, which is then a stale save like any other.
            Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                    + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)")) {
                bind(insert, 1, columns, all);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                if (beforeInsert != null) {
                    connection.rollback(beforeInsert); // PostgreSQL refuses every statement after an error until then
                }
                throw new StaleVersionException(currentVersion(connection, key).orElse(0));
            }
        }
        return stored + 1;
    }

    /**
     * One row of {@link #saveAll}: its key and its new values in the table's column order, and the version it was
     * read at (0 when it was absent).
     */
    public record Row(Object[] key, Object[] values, int expectedVersion) {
    }

    /**
     * Inserts or replaces many rows in batches, in the caller's transaction: each replaced row goes to the history
     * first, and each row is written only if it still has its expected version. Any row that changed meanwhile
     * (or appeared, for an expected 0) ends the whole save with a {@link StaleVersionException}; the caller rolls
     * back.
     */
    public void saveAll(Connection connection, List<Row> rows) throws SQLException {
        List<Row> inserts = rows.stream().filter(row -> row.expectedVersion() == 0).toList();
        List<Row> updates = rows.stream().filter(row -> row.expectedVersion() != 0).toList();
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(valueColumns);
        columns.add("version");
        String list = String.join(", ", columns);
        insertAll(connection, columns, inserts);
        if (updates.isEmpty()) {
            return;
        }
        String assignments = valueColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO " + table + "_history (" + list
                + ", replaced_at) SELECT " + list + ", ? FROM " + table + " WHERE " + keyCondition()
                + " AND version = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + assignments
                     + ", version = ? WHERE " + keyCondition() + " AND version = ?")) {
            OffsetDateTime now = OffsetDateTime.now();
            int count = 0;
            for (Row row : updates) {
                copy.setObject(1, now);
                int index = bind(copy, 2, row.key());
                copy.setInt(index, row.expectedVersion());
                copy.addBatch();
                index = bind(update, 1, row.values());
                update.setInt(index++, row.expectedVersion() + 1);
                index = bind(update, index, row.key());
                update.setInt(index, row.expectedVersion());
                update.addBatch();
                if (++count % BATCH == 0) {
                    run(copy);
                    run(update);
                }
            }
            run(copy);
            run(update);
        }
    }

    private static final int BATCH = 1000;
    /** Rows per INSERT statement of {@link #saveAll}: many rows per statement are much faster than one each. */
    private static final int ROWS_PER_INSERT = 100;

    /** Inserts new rows (version 1), many per statement; one that exists already makes the save stale. */
    private void insertAll(Connection connection, List<String> columns, List<Row> rows) throws SQLException {
        String one = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        int full = rows.size() / ROWS_PER_INSERT;
        try {
            if (full > 0) {
                try (PreparedStatement insert = connection.prepareStatement(head
                        + String.join(", ", java.util.Collections.nCopies(ROWS_PER_INSERT, one)))) {
                    for (int chunk = 0; chunk < full; chunk++) {
                        bindRows(insert, rows.subList(chunk * ROWS_PER_INSERT, (chunk + 1) * ROWS_PER_INSERT));
                        insert.addBatch();
                        if ((chunk + 1) % 10 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
            List<Row> rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
            if (!rest.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(head
                        + String.join(", ", java.util.Collections.nCopies(rest.size(), one)))) {
                    bindRows(insert, rest);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getNextException() != null
                    && UNIQUE_VIOLATION.equals(e.getNextException().getSQLState())) {
                throw new StaleVersionException(0);
            }
            throw e;
        }
    }

    private static void bindRows(PreparedStatement insert, List<Row> rows) throws SQLException {
        int index = 1;
        for (Row row : rows) {
            index = bind(insert, index, row.key());
            index = bind(insert, index, row.values());
            insert.setInt(index++, 1);
        }
    }

    /** Runs a batch; a row that was not written (its version changed, or it exists already) is a stale save. */
    private static void run(PreparedStatement batch) throws SQLException {
        int[] counts;
        try {
            counts = batch.executeBatch();
        } catch (java.sql.BatchUpdateException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getNextException() != null
                    && UNIQUE_VIOLATION.equals(e.getNextException().getSQLState())) {
                throw new StaleVersionException(0);
            }
            throw e;
        }
        for (int count : counts) {
            if (count == 0) {
                throw new StaleVersionException(-1);
            }
        }
    }

    private OptionalInt currentVersion(Connection connection, Map<String, Object> key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM " + table + " WHERE "
                + keyCondition() + " FOR UPDATE")) {
            bind(select, 1, keyColumns, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private void copyToHistory(Connection connection, Map<String, Object> key) throws SQLException {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(valueColumns);
        columns.add("version");
        String list = String.join(", ", columns);
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO " + table + "_history (" + list
                + ", replaced_at) SELECT " + list + ", ? FROM " + table + " WHERE " + keyCondition())) {
            copy.setObject(1, OffsetDateTime.now());
            bind(copy, 2, keyColumns, key);
            copy.executeUpdate();
        }
    }

    private String keyCondition() {
        return keyColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
    }

    private static int bind(PreparedStatement statement, int start, Object[] values) throws SQLException {
        int index = start;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }

    private static int bind(PreparedStatement statement, int start, List<String> columns, Map<String, Object> values)
            throws SQLException {
        int index = start;
        for (String column : columns) {
            if (!values.containsKey(column)) {
                throw new IllegalArgumentException("no value for column " + column);
            }
            statement.setObject(index++, values.get(column));
        }
        return index;
    }
}

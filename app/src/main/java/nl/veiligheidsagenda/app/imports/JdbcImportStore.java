package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.persistence.Transactions;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The import history: one row per apply (applied, refused, failed), with its files. */
public final class JdbcImportStore {

    private static final int MAX_DETAIL = 2000;
    private static final int MAX_NAME = 255;

    private final Transactions transactions;

    public JdbcImportStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** Records an import as running and returns its id; {@link #finish} records how it ended. */
    long start(String format, boolean provisionalReplacesFinal, String runBy, OffsetDateTime startedAt,
               List<ImportRecord.FileEntry> files) {
        return transactions.inTransaction("cannot record an import", connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (file_format, outcome,"
                    + " count_new, count_changed, count_same, count_refused, count_skipped, provisional_replaces_final,"
                    + " detail, run_by, started_at, finished_at) VALUES (?, ?, 0, 0, 0, 0, 0, ?, '', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, format);
                insert.setString(2, ImportRecord.RUNNING);
                insert.setBoolean(3, provisionalReplacesFinal);
                insert.setString(4, runBy);
                insert.setObject(5, startedAt);
                insert.setObject(6, startedAt);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement file = connection.prepareStatement("INSERT INTO import_file (import_id, position,"
                    + " file_name, sha256, size_bytes) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < files.size(); i++) {
                    ImportRecord.FileEntry entry = files.get(i);
                    file.setLong(1, id);
                    file.setInt(2, i);
                    file.setString(3, clip(entry.name(), MAX_NAME));
                    file.setString(4, entry.sha256());
                    file.setLong(5, entry.size());
                    file.addBatch();
                }
                file.executeBatch();
            }
            return id;
        });
    }

    void finish(long id, String format, String outcome, Map<Outcome, Long> counts, String detail,
                OffsetDateTime finishedAt) {
        transactions.inTransaction("cannot record an import", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE import_run SET file_format = ?,"
                    + " outcome = ?, count_new = ?, count_changed = ?, count_same = ?, count_refused = ?,"
                    + " count_skipped = ?, detail = ?, finished_at = ? WHERE id = ?")) {
                update.setString(1, format);
                update.setString(2, outcome);
                int index = 3;
                for (Outcome kind : Outcome.values()) {
                    update.setLong(index++, counts.getOrDefault(kind, 0L));
                }
                update.setString(index++, clip(detail, MAX_DETAIL));
                update.setObject(index++, finishedAt);
                update.setLong(index, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The latest imports, newest first. */
    List<ImportRecord> latest(int limit) {
        return transactions.read("cannot read the import history", connection -> {
            Map<Long, ImportRecord> records = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, file_format, outcome, count_new,"
                    + " count_changed, count_same, count_refused, count_skipped, provisional_replaces_final, detail,"
                    + " run_by, started_at, finished_at FROM import_run ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
                        int index = 4;
                        for (Outcome kind : Outcome.values()) {
                            counts.put(kind, row.getLong(index++));
                        }
                        records.put(row.getLong(1), new ImportRecord(row.getLong(1), row.getString(2),
                                row.getString(3), counts, row.getBoolean(9), row.getString(10), row.getString(11),
                                row.getObject(12, OffsetDateTime.class), row.getObject(13, OffsetDateTime.class),
                                new ArrayList<>()));
                    }
                }
            }
            if (records.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT import_id, file_name, sha256,"
                    + " size_bytes FROM import_file WHERE import_id BETWEEN ? AND ? ORDER BY import_id, position")) {
                select.setLong(1, records.keySet().stream().mapToLong(Long::longValue).min().orElseThrow());
                select.setLong(2, records.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ImportRecord record = records.get(row.getLong(1));
                        if (record != null) {
                            record.files().add(new ImportRecord.FileEntry(row.getString(2), row.getString(3),
                                    row.getLong(4)));
                        }
                    }
                }
            }
            return List.copyOf(records.values());
        });
    }

    private static String clip(String text, int max) {
        String plain = text == null ? "" : text;
        return plain.length() > max ? plain.substring(0, max - 1) + "…" : plain;
    }
}

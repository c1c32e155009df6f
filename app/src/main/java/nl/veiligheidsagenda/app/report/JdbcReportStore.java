package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.persistence.Transactions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published editions of the report and their files in the database. Editions are only ever inserted (triggers
 * refuse changes); an edition and all of its files are stored in one transaction, and only when its number is
 * still the next one, so two admins publishing at once never get one number twice.
 */
public final class JdbcReportStore {

    private final Transactions transactions;

    public JdbcReportStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The number of the year's latest edition, 0 when none was published yet. */
    public int latest(int year) {
        return transactions.read("cannot read the report editions of " + year, connection -> latest(connection, year));
    }

    /**
     * Stores edition {@code number} of the year with its files; it replaces {@code number - 1}. Fails with
     * {@link EditionTakenException} when another edition of the year was published since {@link #latest} was read:
     * nothing is stored then.
     */
    public Edition insert(int year, int number, String publishedBy, OffsetDateTime publishedAt,
                          OffsetDateTime takenAt, Map<ReportFormat, byte[]> files) {
        return transactions.inTransaction("cannot store the report edition " + year + "/" + number, connection -> {
            if (latest(connection, year) != number - 1) {
                throw new EditionTakenException(year, number);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_edition (report_year,"
                    + " edition, replaces, published_by, published_at, taken_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setInt(1, year);
                insert.setInt(2, number);
                insert.setInt(3, number - 1);
                insert.setString(4, publishedBy);
                insert.setObject(5, publishedAt);
                insert.setObject(6, takenAt);
                insert.executeUpdate();
            }
            List<Edition.File> stored = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_edition_file"
                    + " (report_year, edition, format, media_type, sha256, byte_count, content)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<ReportFormat, byte[]> file : files.entrySet()) {
                    Edition.File info = Edition.File.of(file.getKey(), file.getValue());
                    insert.setInt(1, year);
                    insert.setInt(2, number);
                    insert.setString(3, file.getKey().name());
                    insert.setString(4, file.getKey().mediaType());
                    insert.setString(5, info.sha256());
                    insert.setLong(6, info.size());
                    insert.setBytes(7, file.getValue());
                    insert.executeUpdate();
                    stored.add(info);
                }
            }
            return new Edition(year, number, number - 1, publishedBy, publishedAt, takenAt, stored);
        });
    }

    /** Another edition of the year got this number first. */
    public static final class EditionTakenException extends RuntimeException {
        EditionTakenException(int year, int number) {
            super("edition " + number + " of " + year + " was published by someone else meanwhile");
        }
    }

    private static int latest(Connection connection, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(edition), 0) FROM report_edition WHERE report_year = ?")) {
            select.setInt(1, year);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** The year's editions, first to last, with their files' checksums (not their bytes). */
    public List<Edition> editions(int year) {
        return transactions.read("cannot read the report editions of " + year, connection -> {
            Map<Integer, List<Edition.File>> files = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT edition, format, sha256, byte_count"
                    + " FROM report_edition_file WHERE report_year = ? ORDER BY edition, format")) {
                select.setInt(1, year);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        files.computeIfAbsent(row.getInt(1), number -> new ArrayList<>()).add(new Edition.File(
                                ReportFormat.valueOf(row.getString(2)), row.getString(3), row.getLong(4)));
                    }
                }
            }
            List<Edition> editions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT edition, replaces, published_by,"
                    + " published_at, taken_at FROM report_edition WHERE report_year = ? ORDER BY edition")) {
                select.setInt(1, year);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        int number = row.getInt(1);
                        List<Edition.File> own = files.getOrDefault(number, List.of()).stream()
                                .sorted((a, b) -> a.format().compareTo(b.format())).toList();
                        editions.add(new Edition(year, number, row.getInt(2), row.getString(3),
                                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class), own));
                    }
                }
            }
            return editions;
        });
    }

    /** The bytes of one format of one edition, as published. */
    public Optional<byte[]> file(int year, int edition, ReportFormat format) {
        return transactions.read("cannot read the report edition " + year + "/" + edition, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT content FROM report_edition_file"
                    + " WHERE report_year = ? AND edition = ? AND format = ?")) {
                select.setInt(1, year);
                select.setInt(2, edition);
                select.setString(3, format.name());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }
}

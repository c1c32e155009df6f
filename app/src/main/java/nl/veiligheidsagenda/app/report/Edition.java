package nl.veiligheidsagenda.app.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * A published edition of the year's report: its number, the edition it replaces (0 for the first), who published
 * it and when, when its data was taken, and the checksum of every file.
 */
public record Edition(int year, int number, int replaces, String publishedBy, OffsetDateTime publishedAt,
                      OffsetDateTime takenAt, List<File> files) {

    public Edition {
        files = List.copyOf(files);
    }

    /** One stored file: its format, the SHA-256 of its bytes (lower-case hex) and its size in bytes. */
    public record File(ReportFormat format, String sha256, long size) {

        static File of(ReportFormat format, byte[] bytes) {
            return new File(format, Edition.sha256(bytes), bytes.length);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

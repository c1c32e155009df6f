package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.formats.Reason;
import nl.veiligheidsagenda.app.security.BodyLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where uploaded files wait while they are imported: streamed to a private temporary file (never held in memory),
 * with their SHA-256 computed on the way and their size bounded. The file name a sender gives is only kept as
 * text; it never becomes part of a path.
 */
public final class Uploads {

    /** The largest file an import takes by default: a national CBS table with a million values is about 100 MB. */
    public static final long DEFAULT_MAX_BYTES = BodyLimits.IMPORT;
    private static final int MAX_NAME = 255;

    private final Path folder;
    private final long maxBytes;

    public Uploads(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /**
     * Deletes what an earlier run of the application left behind (an upload or a preview's rows from before a crash
     * or a kill): call once at start, before any import runs.
     */
    public Uploads clean() {
        if (!Files.isDirectory(folder)) {
            return this;
        }
        try (var files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().matches("(import-.*\\.upload|rows-.*\\.json)"))
                    .forEach(file -> {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            file.toFile().deleteOnExit();
                        }
                    });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Thrown when a file is larger than allowed; what was written of it is deleted. */
    public static final class TooLargeException extends Exception {
        private final transient Reason reason;

        TooLargeException(Reason reason) {
            super(reason.key());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Stores the stream's bytes in a new temporary file; the caller deletes it with {@link #delete}. */
    public ImportFile store(String name, InputStream in) throws IOException, TooLargeException {
        Files.createDirectories(folder);
        Path file;
        try {
            file = Files.createTempFile(folder, "import-", ".upload",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            file = Files.createTempFile(folder, "import-", ".upload");
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        long size = 0;
        try (InputStream digesting = new DigestInputStream(in, sha256);
             OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = digesting.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException(Reason.of("file.too-large", maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | TooLargeException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new ImportFile(cleanName(name), file, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** Deletes the stored files of an import. */
    public static void delete(Iterable<ImportFile> files) {
        for (ImportFile file : files) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                file.path().toFile().deleteOnExit();
            }
        }
    }

    /** A sender's file name as text: control characters removed, at most 255 characters, never empty. */
    static String cleanName(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return "upload";
        }
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }
}

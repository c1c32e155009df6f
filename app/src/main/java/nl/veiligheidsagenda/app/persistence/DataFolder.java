package nl.veiligheidsagenda.app.persistence;

import nl.veiligheidsagenda.app.logging.Log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds the database (every figure, person, password hash and token hash): only the user the
 * application runs as may enter it (0700) or read the files in it (0600). Applied at every start, after the
 * database has made its files; the folder's mode alone keeps other local users out of files made later. Only the
 * folder and the files directly in it change: a data folder pointed at a wider place never has its whole tree
 * rewritten.
 */
public final class DataFolder {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Log LOG = Log.of(DataFolder.class);

    private DataFolder() {
    }

    public static void restrict(Path folder) {
        if (!posix(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions of " + folder, e);
        }
    }

    /** Creates {@code folder} (and missing parents) when missing, the folder itself {@code 0700}. */
    public static void create(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (posix(folder)) {
                    Files.setPosixFilePermissions(folder, FOLDER);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder, e);
        }
    }

    /** Makes {@code file} readable and writable by the application's user only ({@code 0600}). */
    public static void restrictFile(Path file) {
        if (!posix(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions of " + file, e);
        }
    }

    private static boolean posix(Path path) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return true;
        }
        LOG.warn("No POSIX file permissions here: restrict access to {} with the system's own means", path);
        return false;
    }
}

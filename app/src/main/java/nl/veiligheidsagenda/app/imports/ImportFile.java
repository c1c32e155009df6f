package nl.veiligheidsagenda.app.imports;

import java.nio.file.Path;

/**
 * A file an import reads: stored on disk while the import runs (never held in memory whole).
 *
 * @param name   the name its sender gave it (shown escaped; never used as a path)
 * @param path   where it is stored for this import
 * @param sha256 its SHA-256, hexadecimal
 * @param size   its size in bytes
 */
public record ImportFile(String name, Path path, String sha256, long size) {
}

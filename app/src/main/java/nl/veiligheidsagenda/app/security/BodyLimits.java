package nl.veiligheidsagenda.app.security;

import java.util.Comparator;
import java.util.List;

/**
 * The largest request body each address accepts, in bytes: the longest matching path prefix wins, else the
 * default. A feature that takes larger bodies (file uploads of an import) adds its own prefix here.
 *
 * @param defaultLimit for every address without a prefix below (Vaadin's own requests: a story of 20,000
 *                     characters fits many times)
 */
public record BodyLimits(long defaultLimit, List<Prefix> prefixes) {

    /** Bodies of the JSON API: a figure is well under one KiB. */
    public static final long API = 64 * 1024;
    /** The sign-in form. */
    public static final long LOGIN_FORM = 8 * 1024;
    /** A file sent to {@code /api/v1/imports}: a national CBS table with a million values is about 100 MB. */
    public static final long IMPORT = 200L * 1024 * 1024;
    /** The address files are imported at (the body is the file, streamed to disk). */
    public static final String IMPORT_PATH = "/api/v1/imports";
    /** Where Vaadin's Upload component sends files (the import view's uploads). */
    public static final String VAADIN_UPLOADS = "/VAADIN/dynamic/resource/";
    /** Vaadin's requests (UIDL) and anything else. */
    public static final long DEFAULT = 1024 * 1024;

    /** Requests whose path starts with {@code path} may carry up to {@code limit} bytes. */
    public record Prefix(String path, long limit) {
    }

    public BodyLimits {
        prefixes = prefixes.stream().sorted(Comparator.comparingInt((Prefix prefix) -> prefix.path().length())
                .reversed()).toList();
    }

    public static BodyLimits standard() {
        return new BodyLimits(DEFAULT, List.of(new Prefix("/api/", API), new Prefix(IMPORT_PATH, IMPORT),
                new Prefix(VAADIN_UPLOADS, IMPORT), new Prefix("/login", LOGIN_FORM)));
    }

    public long forPath(String path) {
        return prefixes.stream().filter(prefix -> path.startsWith(prefix.path())).findFirst()
                .map(Prefix::limit).orElse(defaultLimit);
    }
}

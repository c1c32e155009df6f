package nl.veiligheidsagenda.app.security;

import java.util.Optional;

/**
 * The client address of the request being handled on this thread, set by {@link SecurityFilter} for every HTTP
 * request (pages, Vaadin's requests and the API), so services can write it to the audit log without knowing the
 * request.
 */
public final class RequestOrigin {

    /** Written when there is no request, e.g. the first-run admin created at start-up. */
    public static final String NONE = "-";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static String current() {
        return Optional.ofNullable(CURRENT.get()).orElse(NONE);
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} with {@code address} as the origin (for tests and background work). */
    public static void runAs(String address, Runnable work) {
        String previous = CURRENT.get();
        CURRENT.set(address);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}

package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.logging.Log;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The append-only audit log: every sign-in (success and failure) and every change of data, role or setting.
 * Each entry is also written to the application log (failures and denials as warnings). There is no method to
 * change or delete an entry, and the database refuses it ({@link AuditLogGuard}).
 */
public final class AuditLog {

    /** Actor name for work the application does itself (first-run admin). */
    public static final String SYSTEM = "systeem";
    /** Actor name when nobody is signed in (failed sign-ins with an unknown name). */
    public static final String ANONYMOUS = "anoniem";

    private static final Log LOG = Log.named("audit");
    private static final int MAX_DETAIL = 1000;
    /** The most entries one search returns. */
    private static final int MAX_ROWS = 10_000;

    private final JdbcAuditStore store;
    private final Clock clock;
    private final List<BiConsumer<String, Outcome>> listeners = new CopyOnWriteArrayList<>();

    public AuditLog(JdbcAuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Told the action and outcome of every entry once it is stored (metrics count them). */
    public void addListener(BiConsumer<String, Outcome> listener) {
        listeners.add(listener);
    }

    /** Records what {@code actor} did; the origin is the current request's client address. */
    public void record(Actor actor, String action, String target, Outcome outcome, String detail) {
        record(actor.username(), action, target, outcome, detail);
    }

    public void record(String actor, String action, String target, Outcome outcome, String detail) {
        String origin = RequestOrigin.current();
        String safeDetail = detail == null ? "" : truncate(detail.replaceAll("[\\r\\n\\t]+", " "), MAX_DETAIL);
        if (outcome == Outcome.SUCCESS) {
            LOG.info("{} {} {} {} from {}: {}", actor, action, target, outcome, origin, safeDetail);
        } else {
            LOG.warn("{} {} {} {} from {}: {}", actor, action, target, outcome, origin, safeDetail);
        }
        store.insert(OffsetDateTime.now(clock), truncate(actor, 200), truncate(action, 60), truncate(target, 500),
                outcome, truncate(origin, 64), safeDetail);
        listeners.forEach(listener -> listener.accept(action, outcome));
    }

    /**
     * What an admin filters the log on; empty or null fields do not filter.
     *
     * @param actor  part of the actor's name (case-insensitive)
     * @param action part of the action (case-insensitive)
     * @param target part of the object (case-insensitive)
     * @param from   from this moment (inclusive)
     * @param until  before this moment
     */
    public record Query(String actor, String action, String target, Outcome outcome, OffsetDateTime from,
                        OffsetDateTime until, int limit) {

        public static Query latest(int limit) {
            return new Query(null, null, null, null, null, null, limit);
        }
    }

    /** The newest entries first; only admins read the log. */
    public List<AuditEntry> search(Actor reader, Query query) {
        reader.requireAdmin();
        return store.search(new Query(query.actor(), query.action(), query.target(), query.outcome(), query.from(),
                query.until(), Math.max(1, Math.min(query.limit(), MAX_ROWS))));
    }

    private static String truncate(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}

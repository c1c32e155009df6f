package nl.veiligheidsagenda.app.figures;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values computed from the database, each kept with the change stamp the database had when its computation began
 * ({@link JdbcFigureStore#changeStamp()}) and given out only while the database still has that stamp. Callers read
 * the stamp first and compute after it, so a kept value is never older than its stamp; every write changes the
 * stamp in its own transaction, so after a write is acknowledged no value computed before it is given out again.
 * Callers that ask for the same key and stamp at the same time share one computation. Holds at most
 * {@value #MAX_ENTRIES} keys (e.g. year × locale × date × enabled themes); when full it starts again.
 */
final class StampedCache<K, V> {

    static final int MAX_ENTRIES = 64;

    private record Entry<V>(long stamp, FutureTask<V> value) {
    }

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** The value for {@code key} computed at {@code stamp} (read before this call), computed now if not kept. */
    V get(K key, long stamp, Supplier<V> compute) {
        Entry<V> fresh = new Entry<>(stamp, new FutureTask<>(compute::get));
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(key)) {
            entries.clear();
        }
        Entry<V> entry = entries.compute(key, (k, kept) -> kept != null && kept.stamp() == stamp ? kept : fresh);
        if (entry == fresh) {
            fresh.value().run();
        }
        try {
            return entry.value().get();
        } catch (ExecutionException failed) {
            entries.remove(key, entry); // a failed computation (e.g. the database away) is not kept
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a computation", interrupted);
        }
    }
}

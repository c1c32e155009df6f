package nl.veiligheidsagenda.app.logging;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of a throwable for the log: the same class name, stack trace, causes and suppressed throwables, with
 * every message escaped by {@link LogText} (an exception message can carry text from a request, e.g. a JSON
 * parser quoting the input).
 */
final class EscapedThrowable extends Throwable {

    private final String originalClass;

    private EscapedThrowable(Throwable original) {
        super(original.getMessage() == null ? null : LogText.escape(original.getMessage()));
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        return copy(original, new IdentityHashMap<>());
    }

    private static EscapedThrowable copy(Throwable original, Map<Throwable, EscapedThrowable> copied) {
        EscapedThrowable known = copied.get(original);
        if (known != null) {
            return known;
        }
        EscapedThrowable copy = new EscapedThrowable(original);
        copied.put(original, copy);
        if (original.getCause() != null) {
            copy.initCause(copy(original.getCause(), copied));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copied));
        }
        return copy;
    }

    @Override
    public String toString() {
        return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
    }
}

package nl.veiligheidsagenda.app.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the API refuses before any service sees it (no JSON, unknown fields, a path value that is no year):
 * 400 with the fields and rules, audited by the API servlet. At most {@link #MAX_ERRORS} errors are listed, the
 * rest counted, so the answer and the log line stay small whatever the request.
 */
public final class RejectedRequest extends RuntimeException {

    static final int MAX_ERRORS = 20;
    private static final int MAX_FIELD = 60;

    private final List<FieldError> errors;

    public RejectedRequest(List<FieldError> errors) {
        this(errors, 0);
    }

    /** @param uncounted errors found beyond those in {@code errors} */
    public RejectedRequest(List<FieldError> errors, int uncounted) {
        super(summary(errors));
        this.errors = bounded(errors, uncounted);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static List<FieldError> bounded(List<FieldError> errors, int uncounted) {
        List<FieldError> listed = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        int more = errors.size() - listed.size() + uncounted;
        if (more > 0) {
            listed.add(new FieldError("*", "more-errors", "En nog " + more + " fouten van dezelfde soort."));
        }
        return List.copyOf(listed);
    }

    /** A field name as it may be shown: at most {@value #MAX_FIELD} characters. */
    public static String fieldName(String name) {
        return name.length() <= MAX_FIELD ? name : name.substring(0, MAX_FIELD) + "…";
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().limit(MAX_ERRORS).map(error -> error.field() + ": " + error.rule())
                .collect(Collectors.joining("; ")) + (errors.size() > MAX_ERRORS ? "; …" : "");
    }
}

package nl.veiligheidsagenda.app.figures;

import java.util.List;
import java.util.stream.Collectors;

/** An input was rejected; every field that broke a rule is listed and nothing was stored. */
public final class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

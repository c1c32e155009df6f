package nl.veiligheidsagenda.app.security;

import java.util.Optional;

/**
 * A request about people, passwords or tokens was refused; the message is Dutch and meant for the user. Where the
 * refusal is about one input, {@link #field()} names it, so a form can show the message at that field.
 */
public final class InvalidInputException extends RuntimeException {

    /** The inputs a refusal can be about. */
    public enum Field { USERNAME, DISPLAY_NAME, ROLE, THEMES, PASSWORD, CURRENT_PASSWORD, TOKEN_LABEL }

    private final transient Field field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(Field field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the refusal is about; empty when it is about the request as a whole. */
    public Optional<Field> field() {
        return Optional.ofNullable(field);
    }
}

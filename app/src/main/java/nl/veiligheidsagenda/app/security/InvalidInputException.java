package nl.veiligheidsagenda.app.security;

/** A request about people, passwords or tokens was refused; the message is Dutch and meant for the user. */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}

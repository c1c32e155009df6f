package nl.veiligheidsagenda.app.persistence;

/** A database operation failed; nothing of it was stored. */
public final class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

package nl.veiligheidsagenda.app.security;

/** The actor lacks the role or the theme scope for what was asked; nothing was changed. */
public final class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

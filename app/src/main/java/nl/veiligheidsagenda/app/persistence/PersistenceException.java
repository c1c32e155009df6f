package nl.veiligheidsagenda.app.persistence;

/** A database operation failed; nothing of it was stored. */
public final class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    /**
     * True when a unique key refused the row (SQL state 23505 on H2 and PostgreSQL): another request, or another
     * application instance, stored the same key first.
     */
    public boolean isUniqueViolation() {
        return getCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
    }
}

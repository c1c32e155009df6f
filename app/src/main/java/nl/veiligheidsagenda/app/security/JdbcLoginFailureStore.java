package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.PersistenceException;
import nl.veiligheidsagenda.app.persistence.Transactions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The failed sign-ins {@link LoginThrottle} counts, in the database that every app instance shares. */
final class JdbcLoginFailureStore {

    enum Kind {
        ACCOUNT, ADDRESS
    }

    /** @param lockedUntil null when not locked */
    record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private static final int MAX_SUBJECT = 200;

    private final DataSource dataSource;
    private final Transactions transactions;

    JdbcLoginFailureStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(dataSource);
    }

    Optional<Failures> find(Kind kind, String subject) {
        return transactions.read("cannot read failed sign-ins", connection -> select(connection, kind, subject,
                false));
    }

    /** Replaces the failures of one subject by {@code next} of the stored ones (null when none), atomically. */
    void update(Kind kind, String subject, UnaryOperator<Failures> next) {
        try {
            transactions.inTransaction("cannot record a failed sign-in", connection -> write(connection, kind,
                    subject, next));
        } catch (PersistenceException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            // another instance inserted the first failure at the same moment: now there is a row to lock
            transactions.inTransaction("cannot record a failed sign-in", connection -> write(connection, kind,
                    subject, next));
        }
    }

    void forget(Kind kind, String subject) {
        execute("DELETE FROM login_failure WHERE kind = ? AND subject = ?", kind.name(), key(subject));
    }

    void forgetLastBefore(Instant moment) {
        execute("DELETE FROM login_failure WHERE last_failure < ?", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
    }

    private Object write(Connection connection, Kind kind, String subject, UnaryOperator<Failures> next)
            throws SQLException {
        Optional<Failures> stored = select(connection, kind, subject, true);
        Failures updated = next.apply(stored.orElse(null));
        String sql = stored.isPresent()
                ? "UPDATE login_failure SET failures = ?, last_failure = ?, locked_until = ? WHERE kind = ? AND subject = ?"
                : "INSERT INTO login_failure (failures, last_failure, locked_until, kind, subject) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, updated.count());
            statement.setObject(2, OffsetDateTime.ofInstant(updated.last(), ZoneOffset.UTC));
            statement.setObject(3, updated.lockedUntil() == null ? null
                    : OffsetDateTime.ofInstant(updated.lockedUntil(), ZoneOffset.UTC));
            statement.setString(4, kind.name());
            statement.setString(5, key(subject));
            statement.executeUpdate();
        }
        return null;
    }

    private static Optional<Failures> select(Connection connection, Kind kind, String subject, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT failures, last_failure, locked_until"
                + " FROM login_failure WHERE kind = ? AND subject = ?" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, kind.name());
            select.setString(2, key(subject));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime lockedUntil = row.getObject(3, OffsetDateTime.class);
                return Optional.of(new Failures(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        lockedUntil == null ? null : lockedUntil.toInstant()));
            }
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot forget failed sign-ins", e);
        }
    }

    /** Names longer than any account are cut: a guesser gains nothing from sharing a counter with others. */
    private static String key(String subject) {
        String value = subject == null ? "" : subject;
        return value.length() <= MAX_SUBJECT ? value : value.substring(0, MAX_SUBJECT);
    }
}

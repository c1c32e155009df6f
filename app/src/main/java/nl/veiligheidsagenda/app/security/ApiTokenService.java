package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.PersistenceException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API tokens: created by an admin for one person, shown once, stored as a SHA-256 hash (a token has 256 random
 * bits, so a fast hash is safe here, unlike for passwords), revocable. A token acts with the person's current
 * role and stops working when the person is disabled.
 */
public final class ApiTokenService {

    /** Every token looks like this: {@code va_} and 43 base64url characters (32 random bytes). */
    static final Pattern FORMAT = Pattern.compile("va_[A-Za-z0-9_-]{43}");
    private static final int PREFIX_LENGTH = 8;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(DataSource dataSource, PeopleService people, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token: {@code secret} is shown to the admin once and never again. */
    public record Created(ApiToken token, String secret) {
    }

    /** Why a presented token was not accepted. */
    public enum Rejection {
        MALFORMED, UNKNOWN, REVOKED, DISABLED
    }

    /** The outcome of presenting a token: the person, or why not. */
    public record Check(Optional<Person> person, Rejection rejection) {
    }

    public Created create(Actor admin, long personId, String label) {
        Person person = people.list(admin).stream().filter(candidate -> candidate.id() == personId).findFirst()
                .orElseThrow(() -> new InvalidInputException("Deze persoon bestaat niet (meer)."));
        String target = "person:" + person.username();
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 120) {
            audit.record(admin, "token.create", target, Outcome.FAILURE, "geen of te lange omschrijving");
            throw new InvalidInputException("Geef het token een omschrijving van hoogstens 120 tekens, bijvoorbeeld"
                    + " 'script cijfers 2025'.");
        }
        if (!person.enabled()) {
            audit.record(admin, "token.create", target, Outcome.FAILURE, "account uitgeschakeld");
            throw new InvalidInputException("Dit account is uitgeschakeld; maak eerst het account weer actief.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "va_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO api_token (person_id, label,"
                     + " token_hash, token_prefix, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, personId);
            insert.setString(2, name);
            insert.setString(3, hash(secret));
            insert.setString(4, secret.substring(0, PREFIX_LENGTH));
            insert.setObject(5, now);
            insert.setString(6, admin.username());
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            audit.record(admin, "token.create", target, Outcome.SUCCESS, "token " + id + " '" + name + "' ("
                    + secret.substring(0, PREFIX_LENGTH) + "…)");
            return new Created(new ApiToken(id, personId, name, secret.substring(0, PREFIX_LENGTH), now,
                    admin.username(), null, null, null), secret);
        } catch (SQLException e) {
            throw new PersistenceException("cannot store an API token", e);
        }
    }

    /** Every token of the person, revoked ones included, newest first. */
    public List<ApiToken> list(Actor admin, long personId) {
        Guard.requireAdmin(audit, admin, "token.list", "person:" + personId);
        return select("SELECT id, person_id, label, token_prefix, created_at, created_by, last_used_at, revoked_at,"
                + " revoked_by FROM api_token WHERE person_id = ? ORDER BY id DESC", personId);
    }

    public void revoke(Actor admin, long tokenId) {
        String target = "token:" + tokenId;
        Guard.requireAdmin(audit, admin, "token.revoke", target);
        List<ApiToken> found = select("SELECT id, person_id, label, token_prefix, created_at, created_by,"
                + " last_used_at, revoked_at, revoked_by FROM api_token WHERE id = ?", tokenId);
        if (found.isEmpty() || !found.getFirst().active()) {
            audit.record(admin, "token.revoke", target, Outcome.FAILURE, "onbekend of al ingetrokken");
            throw new InvalidInputException("Dit token bestaat niet of is al ingetrokken.");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setObject(1, OffsetDateTime.now(clock));
            update.setString(2, admin.username());
            update.setLong(3, tokenId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot revoke API token " + tokenId, e);
        }
        audit.record(admin, "token.revoke", target + " (" + found.getFirst().prefix() + "…)", Outcome.SUCCESS,
                "'" + found.getFirst().label() + "'");
    }

    /** Looks a presented token up; the caller audits a rejection. */
    public Check check(String secret) {
        if (secret == null || !FORMAT.matcher(secret).matches()) {
            return new Check(Optional.empty(), Rejection.MALFORMED);
        }
        long tokenId;
        long personId;
        OffsetDateTime lastUsed;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, person_id, revoked_at, last_used_at FROM api_token WHERE token_hash = ?")) {
            select.setString(1, hash(secret));
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return new Check(Optional.empty(), Rejection.UNKNOWN);
                }
                if (rows.getObject(3) != null) {
                    return new Check(Optional.empty(), Rejection.REVOKED);
                }
                tokenId = rows.getLong(1);
                personId = rows.getLong(2);
                lastUsed = rows.getObject(4, OffsetDateTime.class);
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot check an API token", e);
        }
        Optional<Person> person = people.active(personId);
        if (person.isEmpty()) {
            return new Check(Optional.empty(), Rejection.DISABLED);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (lastUsed == null || lastUsed.plus(LAST_USED_PRECISION).isBefore(now)) {
            touch(tokenId, now);
        }
        return new Check(person, null);
    }

    private void touch(long tokenId, OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
            update.setObject(1, now);
            update.setLong(2, tokenId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot record the use of API token " + tokenId, e);
        }
    }

    private List<ApiToken> select(String sql, long parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, parameter);
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(new ApiToken(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getObject(5, OffsetDateTime.class), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class), rows.getObject(8, OffsetDateTime.class),
                            rows.getString(9)));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read API tokens", e);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API tokens in the database: their hashes, never the tokens themselves. */
final class JdbcApiTokenStore {

    private static final String COLUMNS = "id, person_id, label, token_prefix, created_at, created_by, last_used_at,"
            + " revoked_at, revoked_by";

    /** What a presented token's hash finds. */
    record Presented(long tokenId, long personId, boolean revoked, OffsetDateTime lastUsed) {
    }

    private final DataSource dataSource;

    JdbcApiTokenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a new token and returns it with its id. */
    ApiToken insert(long personId, String label, String hash, String prefix, OffsetDateTime createdAt,
                    String createdBy) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO api_token (person_id, label,"
                     + " token_hash, token_prefix, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, personId);
            insert.setString(2, label);
            insert.setString(3, hash);
            insert.setString(4, prefix);
            insert.setObject(5, createdAt);
            insert.setString(6, createdBy);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new ApiToken(keys.getLong(1), personId, label, prefix, createdAt, createdBy, null, null, null);
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot store an API token", e);
        }
    }

    /** Every token of the person, revoked ones included, newest first. */
    List<ApiToken> ofPerson(long personId) {
        return select("SELECT " + COLUMNS + " FROM api_token WHERE person_id = ? ORDER BY id DESC", personId);
    }

    Optional<ApiToken> find(long tokenId) {
        return select("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", tokenId).stream().findFirst();
    }

    void revoke(long tokenId, OffsetDateTime at, String by) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setObject(1, at);
            update.setString(2, by);
            update.setLong(3, tokenId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot revoke API token " + tokenId, e);
        }
    }

    Optional<Presented> byHash(String hash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, person_id, revoked_at, last_used_at FROM api_token WHERE token_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Presented(rows.getLong(1), rows.getLong(2), rows.getObject(3) != null,
                        rows.getObject(4, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot check an API token", e);
        }
    }

    void touch(long tokenId, OffsetDateTime now) {
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
}

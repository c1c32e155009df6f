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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code person} and {@code person_theme} tables. Callers check rights and write the audit log. */
final class JdbcPeopleStore {

    /** A person with the stored password hash (null for OpenID Connect accounts). */
    record Stored(Person person, String passwordHash) {
    }

    private static final String COLUMNS = "id, username, display_name, role, enabled, source, password_hash,"
            + " must_change_password, created_at, created_by, last_login_at";

    private final DataSource dataSource;

    JdbcPeopleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Person> all() {
        return query("SELECT " + COLUMNS + " FROM person ORDER BY username", null).stream()
                .map(Stored::person).toList();
    }

    Optional<Stored> byUsername(String username) {
        return query("SELECT " + COLUMNS + " FROM person WHERE username = ?", username).stream().findFirst();
    }

    Optional<Stored> byId(long id) {
        return query("SELECT " + COLUMNS + " FROM person WHERE id = ?", id).stream().findFirst();
    }

    boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM person")) {
            rows.next();
            return rows.getLong(1) == 0;
        } catch (SQLException e) {
            throw new PersistenceException("cannot count people", e);
        }
    }

    long insert(Person person, String passwordHash) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (username, display_name,"
                    + " role, enabled, source, password_hash, must_change_password, created_at, created_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, person.username());
                insert.setString(2, person.displayName());
                insert.setString(3, person.role().name());
                insert.setBoolean(4, person.enabled());
                insert.setString(5, person.source().name());
                insert.setString(6, passwordHash);
                insert.setBoolean(7, person.mustChangePassword());
                insert.setObject(8, person.createdAt());
                insert.setString(9, person.createdBy());
                insert.executeUpdate();
                long id;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                writeThemes(connection, id, person.ownedThemes());
                connection.commit();
                return id;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot store person " + person.username(), e);
        }
    }

    void updateProfile(long id, String displayName, Role role, Set<String> themes) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE person SET display_name = ?, role = ? WHERE id = ?")) {
                update.setString(1, displayName);
                update.setString(2, role.name());
                update.setLong(3, id);
                update.executeUpdate();
                writeThemes(connection, id, role == Role.THEME_OWNER ? themes : Set.of());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot update person " + id, e);
        }
    }

    void setEnabled(long id, boolean enabled) {
        update("UPDATE person SET enabled = ? WHERE id = ?", enabled, id);
    }

    void setPassword(long id, String hash, boolean mustChange) {
        update("UPDATE person SET password_hash = ?, must_change_password = ? WHERE id = ?", hash, mustChange, id);
    }

    void touchLogin(long id, OffsetDateTime at) {
        update("UPDATE person SET last_login_at = ? WHERE id = ?", at, id);
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot update a person", e);
        }
    }

    private static void writeThemes(Connection connection, long id, Set<String> themes) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person_theme WHERE person_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO person_theme (person_id, theme_id) VALUES (?, ?)")) {
            for (String theme : themes) {
                insert.setLong(1, id);
                insert.setString(2, theme);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<Stored> query(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, Set<String>> themes = themes(connection);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    select.setObject(1, parameter);
                }
                List<Stored> people = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong("id");
                        Person person = new Person(id, rows.getString("username"), rows.getString("display_name"),
                                Role.valueOf(rows.getString("role")), themes.getOrDefault(id, Set.of()),
                                rows.getBoolean("enabled"), Person.Source.valueOf(rows.getString("source")),
                                rows.getBoolean("must_change_password"),
                                rows.getObject("created_at", OffsetDateTime.class), rows.getString("created_by"),
                                rows.getObject("last_login_at", OffsetDateTime.class));
                        people.add(new Stored(person, rows.getString("password_hash")));
                    }
                }
                return people;
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot read people", e);
        }
    }

    private static Map<Long, Set<String>> themes(Connection connection) throws SQLException {
        Map<Long, Set<String>> themes = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT person_id, theme_id FROM person_theme")) {
            while (rows.next()) {
                themes.computeIfAbsent(rows.getLong(1), id -> new HashSet<>()).add(rows.getString(2));
            }
        }
        return themes;
    }
}

package nl.veiligheidsagenda.app.persistence;

import nl.veiligheidsagenda.app.logging.Log;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The database user the running application works as, apart from the owner that migrates the schema. It may read
 * and write every table of the application but only read and add to an append-only table ({@code audit_log} and
 * any other table a migration marks so): no update, delete, {@code TRUNCATE}, {@code DROP} or change of the
 * schema, and no admin rights to lift that. So neither a bug nor an injected statement in the running application
 * can empty the audit log; the trigger on the table ({@code AuditLogGuard}) refuses changes by anyone else who
 * writes through SQL.
 * <p>
 * A migration marks a table append-only by giving it a trigger whose name ends in {@value #APPEND_ONLY_TRIGGER}
 * (the trigger that refuses {@code UPDATE} and {@code DELETE}, e.g. {@code audit_log_append_only}): the mark and
 * the guard are one thing, so a table cannot have one without the other.
 * <p>
 * The user is made (and its rights renewed, so new tables of later migrations are covered) by the owner at every
 * start: on H2 the user {@value #NAME} (the owner must be an admin), on PostgreSQL a login role
 * {@code va_app_<database>} (roles are shared by a server's databases; the owner needs CREATEROLE). Its password
 * is random, made once and kept in a table only the owner can read, so several instances on one database share
 * it. An owner without those rights, or another database, leaves the application working as the configured user,
 * and the log says so; the trigger on {@code audit_log} then remains the only guard.
 */
public final class AppDatabaseUser {

    /** The name of the application's own database user. */
    public static final String NAME = "VA_APP";
    private static final String SECRET_TABLE = "APP_DATABASE_USER";
    /** The end of the name of a trigger that marks its table append-only (case-insensitive). */
    public static final String APPEND_ONLY_TRIGGER = "_append_only";
    /** Read by the readiness check (are the migrations done?), changed only by the owner's migrations. */
    private static final String READ_ONLY = "FLYWAY_SCHEMA_HISTORY";
    private static final String OWNER_ONLY = SECRET_TABLE;
    /** Key of the PostgreSQL advisory lock that lets one instance at a time make the user. */
    private static final long PREPARE_LOCK = 0x7661_6170_7075_7365L;
    private static final Log LOG = Log.of(AppDatabaseUser.class);

    /** Name and password to connect as. */
    public record Credentials(String user, String password) {

        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    private AppDatabaseUser() {
    }

    /**
     * Makes the user and gives it its rights, as the owner on {@code owner}.
     *
     * @return the user to run as, or empty when this database or owner cannot make one
     */
    public static Optional<Credentials> prepare(Connection owner) throws SQLException {
        String product = owner.getMetaData().getDatabaseProductName();
        String ownerName = owner.getMetaData().getUserName();
        boolean postgres = "PostgreSQL".equals(product);
        if (!postgres && !"H2".equals(product)) {
            LOG.warn("The application works as database user {} on {}: give that user SELECT and INSERT only on"
                    + " audit_log", ownerName, product);
            return Optional.empty();
        }
        if (!(postgres ? mayCreateRoles(owner) : isAdmin(owner))) {
            LOG.warn("Database user {} may not create users ({}), so the application works as {} itself: the audit"
                    + " log is then protected by its trigger only", ownerName, postgres ? "CREATEROLE" : "ADMIN",
                    ownerName);
            return Optional.empty();
        }
        String name = postgres ? postgresRoleName(owner) : NAME;
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try {
            if (postgres) {
                // instances that start together would race on CREATE ROLE and the grants: one at a time
                try (Statement lock = owner.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(" + PREPARE_LOCK + ")");
                }
            }
            String password = password(owner, name);
            grant(owner, name, password, postgres);
            owner.commit();
            return Optional.of(new Credentials(name, password));
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** Makes the user (or renews its password) and gives it its rights on every table there is now. */
    private static void grant(Connection owner, String name, String password, boolean postgres) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            if (postgres) {
                statement.execute((roleExists(owner, name) ? "ALTER ROLE " : "CREATE ROLE ") + quote(name)
                        + " WITH LOGIN PASSWORD '" + password + "'");
                String schema = single(owner, "SELECT current_schema()");
                statement.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + quote(name));
                statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO "
                        + quote(name));
            } else {
                statement.execute("CREATE USER IF NOT EXISTS " + name + " PASSWORD '" + password + "'");
                statement.execute("ALTER USER " + name + " SET PASSWORD '" + password + "'");
            }
            Set<String> appendOnly = appendOnlyTables(owner, postgres);
            for (String table : tables(owner, postgres)) {
                String upper = table.toUpperCase(Locale.ROOT);
                String quoted = quote(table);
                statement.execute("REVOKE ALL ON " + quoted + " FROM " + quote(name));
                if (appendOnly.contains(upper)) {
                    statement.execute("GRANT SELECT, INSERT ON " + quoted + " TO " + quote(name));
                } else if (upper.equals(READ_ONLY)) {
                    statement.execute("GRANT SELECT ON " + quoted + " TO " + quote(name));
                } else if (!upper.equals(OWNER_ONLY)) {
                    statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + quoted + " TO " + quote(name));
                }
            }
        }
    }

    /** Roles are shared by every database of a PostgreSQL server: one per database. */
    private static String postgresRoleName(Connection owner) throws SQLException {
        String database = single(owner, "SELECT current_database()").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        String name = NAME.toLowerCase(Locale.ROOT) + "_" + database;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private static boolean mayCreateRoles(Connection owner) throws SQLException {
        return isTrue(single(owner, "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
    }

    private static boolean roleExists(Connection owner, String name) throws SQLException {
        try (PreparedStatement select = owner.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** A boolean as text: H2 says TRUE, PostgreSQL t. */
    private static boolean isTrue(String value) {
        return "true".equalsIgnoreCase(value) || "t".equalsIgnoreCase(value);
    }

    /** The first column of the first row, or null. */
    private static String single(Connection owner, String sql) throws SQLException {
        try (Statement statement = owner.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static boolean isAdmin(Connection owner) throws SQLException {
        return isTrue(single(owner, "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER"));
    }

    /** The stored password, made on first use (base64url: nothing to quote in SQL). */
    private static String password(Connection owner, String name) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + SECRET_TABLE + " (name VARCHAR(60) PRIMARY KEY,"
                    + " secret VARCHAR(100) NOT NULL)");
        }
        try (PreparedStatement select = owner.prepareStatement("SELECT secret FROM " + SECRET_TABLE
                + " WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getString(1);
                }
            }
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (PreparedStatement insert = owner.prepareStatement("INSERT INTO " + SECRET_TABLE
                + " (name, secret) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, secret);
            insert.executeUpdate();
        }
        return secret;
    }

    /** The tables (upper case) with a trigger named {@code …_append_only}. */
    private static Set<String> appendOnlyTables(Connection owner, boolean postgres) throws SQLException {
        String nameEnds = "RIGHT(LOWER(%s), " + APPEND_ONLY_TRIGGER.length() + ") = '" + APPEND_ONLY_TRIGGER + "'";
        Set<String> tables = new HashSet<>();
        for (String table : firstColumn(owner, postgres
                ? "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND "
                + nameEnds.formatted("t.tgname")
                : "SELECT EVENT_OBJECT_TABLE FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = 'PUBLIC'"
                + " AND " + nameEnds.formatted("TRIGGER_NAME"))) {
            tables.add(table.toUpperCase(Locale.ROOT));
        }
        return tables;
    }

    private static List<String> tables(Connection owner, boolean postgres) throws SQLException {
        return firstColumn(owner, postgres ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_TYPE = 'BASE TABLE'");
    }

    /** The first column of every row. */
    private static List<String> firstColumn(Connection owner, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = owner.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

package nl.veiligheidsagenda.app.persistence;

/**
 * The databases the application runs on. Migrations in {@code db/migration} run on both; the few that cannot be
 * written once live in {@code db/dialect/<name>} (the audit log's append-only trigger, PostgreSQL's CLOB domain).
 */
public enum Dialect {

    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    public static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** Flyway locations: the shared migrations and this database's own. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration", "classpath:db/dialect/" + folder};
    }
}

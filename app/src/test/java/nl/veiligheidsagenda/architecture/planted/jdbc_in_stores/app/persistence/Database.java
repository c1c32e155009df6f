package nl.veiligheidsagenda.architecture.planted.jdbc_in_stores.app.persistence;

import javax.sql.DataSource;

/** Planted: the persistence package owns the connection pool. */
public record Database(DataSource dataSource) {
}

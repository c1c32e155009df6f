package nl.veiligheidsagenda.architecture.planted.core_plain_java.core.model;

import java.sql.Connection;

/** Planted violation: a JDBC type in the plugins' contract. */
public record RecordWithAConnection(Connection connection) {
}

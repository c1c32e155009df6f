package nl.veiligheidsagenda.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** The connection pool and the schema, migrated by Flyway at start-up. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database open(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.databaseUrl());
        config.setUsername(settings.databaseUser());
        config.setPassword(settings.databasePassword());
        config.setMaximumPoolSize(8);
        config.setPoolName("veiligheidsagenda");
        config.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            dataSource.getConnection().close();
        } catch (java.sql.SQLException e) {
            dataSource.close();
            throw new SettingsException(SettingsLoader.DB_URL, "cannot open database " + settings.databaseUrl()
                    + ": " + e.getMessage());
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Database(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

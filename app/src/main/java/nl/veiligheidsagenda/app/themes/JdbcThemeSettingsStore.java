package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.app.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Stores the admin's choice of enabled themes. */
public final class JdbcThemeSettingsStore {

    private final DataSource dataSource;

    public JdbcThemeSettingsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored choice per theme id; themes without a row are not in the map. */
    public Map<String, Boolean> load() {
        Map<String, Boolean> settings = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT theme_id, enabled FROM theme_setting");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getBoolean(2));
            }
            return settings;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read theme settings", e);
        }
    }

    public void save(String themeId, boolean enabled, String changedBy) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     // standard SQL MERGE: H2 and PostgreSQL (15+) both run it
                     "MERGE INTO theme_setting t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BOOLEAN),"
                             + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(200))))"
                             + " AS s (theme_id, enabled, changed_at, changed_by) ON t.theme_id = s.theme_id"
                             + " WHEN MATCHED THEN UPDATE SET enabled = s.enabled, changed_at = s.changed_at,"
                             + " changed_by = s.changed_by"
                             + " WHEN NOT MATCHED THEN INSERT (theme_id, enabled, changed_at, changed_by)"
                             + " VALUES (s.theme_id, s.enabled, s.changed_at, s.changed_by)")) {
            statement.setString(1, themeId);
            statement.setBoolean(2, enabled);
            statement.setObject(3, OffsetDateTime.now());
            statement.setString(4, changedBy);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot store the setting of theme " + themeId, e);
        }
    }
}

package nl.veiligheidsagenda.app.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Stores the admin's choice of enabled themes. */
public final class ThemeSettingsStore {

    private final DataSource dataSource;

    public ThemeSettingsStore(DataSource dataSource) {
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
                     "MERGE INTO theme_setting (theme_id, enabled, changed_at, changed_by) KEY (theme_id)"
                             + " VALUES (?, ?, ?, ?)")) {
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

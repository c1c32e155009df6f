package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import nl.veiligheidsagenda.app.testdb.TestDatabase;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which themes run: stored in the database (H2 file, PostgreSQL), narrowed by VEILIGHEID_THEMES. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ThemeSettingsTest {

    @Parameter
    TestDatabase database;

    @Test
    void theChoiceOfThemesSurvivesARestart(@TempDir Path data) {
        Map<String, String> environment = database.environment(data);
        try (RunningApp first = RunningApp.start(data, environment)) {
            first.application().context().themes().setEnabled("crisis", false, RunningApp.TEST_ADMIN);
            first.application().context().themes().setEnabled("crisis", true, RunningApp.TEST_ADMIN);
            first.application().context().themes().setEnabled("crisis", false, RunningApp.TEST_ADMIN);
        }
        try (RunningApp second = RunningApp.start(data, environment)) {
            assertThat(second.application().context().themes().isEnabled("crisis")).isFalse();
            assertThat(second.application().context().themes().isEnabled("wijken")).isTrue();
        }
    }

    @Test
    void runsOnlyTheThemesTheDeploymentAllows(@TempDir Path data) {
        Map<String, String> environment = database.environment(data);
        environment.put("VEILIGHEID_THEMES", "wijken,crisis");
        try (RunningApp limited = RunningApp.start(data, environment)) {
            assertThat(limited.application().context().themes().enabled())
                    .extracting(plugin -> plugin.descriptor().id()).containsExactly("wijken", "crisis");
        }
    }
}

package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which themes run: stored in the H2 file database, narrowed by VEILIGHEID_THEMES. One app at a time. */
class ThemeSettingsTest {

    @Test
    void theChoiceOfThemesSurvivesARestart(@TempDir Path data) {
        try (RunningApp first = RunningApp.start(data)) {
            first.application().context().themes().setEnabled("crisis", false, RunningApp.TEST_ADMIN);
        }
        try (RunningApp second = RunningApp.start(data)) {
            assertThat(second.application().context().themes().isEnabled("crisis")).isFalse();
            assertThat(second.application().context().themes().isEnabled("wijken")).isTrue();
        }
    }

    @Test
    void runsOnlyTheThemesTheDeploymentAllows(@TempDir Path data) {
        try (RunningApp limited = RunningApp.start(data, Map.of("VEILIGHEID_THEMES", "wijken,crisis"))) {
            assertThat(limited.application().context().themes().enabled())
                    .extracting(plugin -> plugin.descriptor().id()).containsExactly("wijken", "crisis");
        }
    }
}

package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.SecuritySettings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start runs the services (plan, plugins, migrations, first-run admin) and the web server at the same time: the
 * first page is served only with everything ready, on a fresh and on an existing data folder, and a start whose
 * services fail stops whole, with their own message and no port left open.
 */
class StartupTest {

    @Test
    void aFreshAndARestartedFolderServeTheFirstPageWithTheSchemaAtTheLatestMigration(@TempDir Path data)
            throws Exception {
        for (String start : new String[] {"fresh", "restart"}) {
            try (RunningApp app = RunningApp.start(data)) {
                HttpResponse<String> first = app.get("");
                assertThat(first.statusCode()).as(start).isIn(200, 302);
                assertThat(app.application().context().database().migrated()).as(start).isTrue();
                assertThat(app.get("health/ready").statusCode()).as(start).isEqualTo(200);
                assertThat(app.loginAsAdmin().get("").body()).as(start).contains("<title>Veiligheidsagenda</title>");
            }
        }
    }

    @Test
    void servicesThatFailStopTheStartWithTheirOwnMessageAndLeaveNoPortOpen(@TempDir Path data) throws Exception {
        // a file where the database's folder should be: H2 cannot create the database there
        Path file = Files.writeString(data.resolve("not-a-folder"), "x");
        int port = freePort();
        Map<String, String> environment = Map.of(SettingsLoader.DATA_DIR, data.resolve("app").toString(),
                SettingsLoader.PORT, Integer.toString(port),
                SettingsLoader.DB_URL, "jdbc:h2:" + file.resolve("db").toAbsolutePath(),
                SecuritySettings.ADMIN_PASSWORD, RunningApp.ADMIN_PASSWORD,
                SettingsLoader.PLAN_FILE, RunningApp.DEFAULT_PLAN.toString());

        assertThatThrownBy(() -> Application.start(SettingsLoader.load(environment,
                Optional.of(DistLayout.plugins()))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(SettingsLoader.DB_URL).hasMessageContaining("cannot open database");
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).as("the web server let its port go").isEqualTo(port);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

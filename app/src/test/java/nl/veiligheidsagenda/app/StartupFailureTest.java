package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad configuration, as an operator meets it: {@code Main} in its own JVM stops with one line naming the setting
 * and what is allowed, and a non-zero exit code.
 */
class StartupFailureTest {

    @TempDir
    Path data;

    private record Outcome(int exitCode, String output) {
    }

    private Outcome runMain(Map<String, String> environment) throws IOException, InterruptedException {
        return runMain(DistLayout.coreOnTheModulePath(), environment);
    }

    private Outcome runMain(List<String> moduleOptions, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(moduleOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("VEILIGHEID_"));
        builder.environment().put("VEILIGHEID_DATA_DIR", data.toString());
        builder.environment().put("VEILIGHEID_PLAN_FILE", RunningApp.DEFAULT_PLAN.toString());
        builder.environment().put("VEILIGHEID_PLUGIN_DIR", DistLayout.plugins().toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Main did not stop on bad configuration");
        }
        return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void stopsOnABrokenPlanDescriptionNamingTheFileAndEveryProblem() throws Exception {
        Path plan = Files.writeString(data.resolve("plan.yaml"), Files.readString(RunningApp.DEFAULT_PLAN)
                .replace("cbsCode: GM0034", "cbsCode: 34")
                .replace("- figure: budgetvraag-bewonersenquete", "- figure: budget"));
        Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", "0", "VEILIGHEID_PLAN_FILE", plan.toString()));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("Veiligheidsagenda did not start: VEILIGHEID_PLAN_FILE: " + plan
                        + ": 2 problems:",
                "- municipality.cbsCode: a municipality's CBS code is GM and four digits (such as GM0363), not '34'",
                "- onderleggers#37: an unknown context figure 'budget'");
    }

    @Test
    void stopsWithoutAPlanDescription() throws Exception {
        Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", "0", "VEILIGHEID_PLAN_FILE", ""));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("VEILIGHEID_PLAN_FILE: not set; allowed: a plan description file "
                + "(YAML), e.g. the distribution's plan/veiligheidsplan.yaml");
    }

    @Test
    void stopsWhenTheCoreIsNotOnTheModulePathBecauseNoPluginCouldLoad() throws Exception {
        Outcome outcome = runMain(List.of(), Map.of("VEILIGHEID_PORT", "0"));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("Veiligheidsagenda did not start: the platform core is not on the"
                + " module path", "--module-path core --add-modules nl.veiligheidsagenda.core");
    }

    @Test
    void stopsOnAPortThatIsNotANumber() throws Exception {
        Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", "eighty"));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("Veiligheidsagenda did not start: VEILIGHEID_PORT: 'eighty' is not a"
                + " port; allowed: a whole number from 1 to 65535");
    }

    @Test
    void stopsOnAPortInUse() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0)) {
            Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", String.valueOf(occupied.getLocalPort())));

            assertThat(outcome.exitCode()).isEqualTo(2);
            assertThat(outcome.output()).contains("VEILIGHEID_PORT: port " + occupied.getLocalPort()
                    + " is already in use");
        }
    }

    @Test
    void stopsOnAnUnknownThemeIdNamingTheInstalledOnes() throws Exception {
        Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", "0", "VEILIGHEID_THEMES", "wijken,verkeer"));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("VEILIGHEID_THEMES: unknown theme id 'verkeer'; allowed: crisis,"
                + " digitaal, ondermijning, polarisatie, wijken");
    }

    @Test
    void stopsOnAMalformedDatabaseUrl() throws Exception {
        Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", "0", "VEILIGHEID_DB_URL", "postgres://db/agenda"));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("VEILIGHEID_DB_URL: 'postgres://db/agenda' is not a supported JDBC URL");
    }

    @Test
    void stopsOnAnUnwritableDataDirectory() throws Exception {
        // A file where a folder should be: unwritable even for root, who ignores permission bits.
        Path file = Files.writeString(data.resolve("not-a-folder"), "x");
        Outcome outcome = runMain(Map.of("VEILIGHEID_PORT", "0",
                "VEILIGHEID_DATA_DIR", file.resolve("data").toString()));

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("VEILIGHEID_DATA_DIR: cannot create folder " + file.resolve("data"),
                "allowed: a folder the application may write to");
    }
}

package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.Role;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Gives the benchmarks (package {@code bench}) the fixtures of this package: the app and signed-in browsers. */
public final class BenchSupport {

    /** The first-run admin of a benchmark's data folder. */
    public static final String ADMIN = "admin";

    private BenchSupport() {
    }

    public static String adminPassword() {
        return RunningApp.ADMIN_PASSWORD;
    }

    public static String readerName(int index) {
        return String.format("lezer%03d", index);
    }

    public static String ownerName(int index) {
        return String.format("eigenaar%03d", index);
    }

    /**
     * Prepares a data folder with local accounts, through the services of the app started in this JVM (stopped
     * again, so that the distribution can open the database): {@code readers} viewers ({@link #readerName}) and
     * {@code owners} owners of {@code ownedTheme} ({@link #ownerName}), all with {@code password}.
     */
    public static void createAccounts(Path data, int readers, int owners, String ownedTheme, String password) {
        try (RunningApp app = RunningApp.start(data)) {
            for (int i = 0; i < readers; i++) {
                app.createPerson(readerName(i), password, Role.VIEWER, Set.of());
            }
            for (int i = 0; i < owners; i++) {
                app.createPerson(ownerName(i), password, Role.THEME_OWNER, Set.of(ownedTheme));
            }
        }
    }

    /** The built distribution running in its own JVM, as an operator starts it. */
    public static Distribution startDistribution(Path data) throws Exception {
        Path script = Path.of("target", "dist", "veiligheidsagenda");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script.toAbsolutePath() + " is missing: build the distribution first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("VEILIGHEID_PORT", String.valueOf(port));
        builder.environment().put("VEILIGHEID_DATA_DIR", data.toString());
        builder.environment().put("VEILIGHEID_ADMIN_PASSWORD", RunningApp.ADMIN_PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        Distribution distribution = new Distribution(builder.start(), port);
        distribution.awaitStart();
        return distribution;
    }

    /** A running distribution; closing it stops the JVM. */
    public static final class Distribution implements AutoCloseable {

        private final Process process;
        private final int port;

        private Distribution(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        public long pid() {
            return process.pid();
        }

        public String url(String path) {
            return "http://localhost:" + port + "/" + path;
        }

        private void awaitStart() throws InterruptedException {
            HttpClient http = HttpClient.newHttpClient();
            for (int attempt = 0; attempt < 600; attempt++) {
                try {
                    http.send(HttpRequest.newBuilder(URI.create(url(""))).build(), HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("the distribution did not answer within a minute");
        }

        /** A headless Chromium signed in as the admin through the login view. */
        public ChromeDriver signedInBrowser() throws Exception {
            ChromeDriver browser = Browsers.headlessChromium();
            RunningApp.loginInBrowser(browser, url("login"), "admin", RunningApp.ADMIN_PASSWORD);
            return browser;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}

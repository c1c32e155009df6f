package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.SecuritySettings;
import nl.veiligheidsagenda.app.config.SettingsLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own ({@code Main} on the test class path, the core on the module path, the themes
 * of the distribution's plugin folder), as an operator runs it: for what only a separate process shows (kill -9, SIGTERM, two instances). Its requests carry the
 * session of the first-run admin.
 */
final class ChildApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = RunningApp.ADMIN_PASSWORD;
    private static final Pattern START_LINE = Pattern.compile("is running at (http://\\S+/)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile String url;
    private Thread reader;

    private ChildApp(Process process) {
        this.process = process;
    }

    /** Starts {@code Main} with these {@code VEILIGHEID_*} settings on a free port; returns once it serves. */
    static ChildApp start(Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC"));
        command.addAll(DistLayout.coreOnTheModulePath());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("VEILIGHEID_"));
        builder.environment().put(SettingsLoader.PLUGIN_DIR, DistLayout.plugins().toString());
        builder.environment().put(SettingsLoader.PORT, "0");
        builder.environment().put(SettingsLoader.PLAN_FILE, RunningApp.DEFAULT_PLAN.toString());
        builder.environment().put(SecuritySettings.ADMIN_PASSWORD, ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        ChildApp app;
        try {
            app = new ChildApp(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.awaitStart();
        app.signIn();
        return app;
    }

    private void awaitStart() {
        CountDownLatch started = new CountDownLatch(1);
        reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher matcher = START_LINE.matcher(line);
                    if (matcher.find()) {
                        url = matcher.group(1);
                        started.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            started.countDown();
        }, "child-app-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!started.await(120, TimeUnit.SECONDS) || url == null) {
                process.destroyForcibly();
                throw new AssertionError("the app did not start:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Signs the admin in once through the login form: the session cookie then carries every request. */
    private void signIn() {
        String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", url.replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("fout")) {
                throw new AssertionError("admin sign-in failed: " + response.statusCode() + "\n" + output());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String url(String path) {
        return url + path;
    }

    long pid() {
        return process.pid();
    }

    String output() {
        return String.join("\n", output);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code kill -9}: the JVM ends at once, without shutdown hooks. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill} (SIGTERM), as a service manager stops the app; the exit code. */
    int stop() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; unlike Process.destroy() this leaves the app's output open to read
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not stop within 60 s of SIGTERM:\n" + output());
        }
        reader.join(10_000); // every line the app wrote before it ended
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}

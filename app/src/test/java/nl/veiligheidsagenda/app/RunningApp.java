package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.SettingsLoader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Starts the real application (Jetty, Weld, Vaadin, H2 file database) on a free port for a test. */
final class RunningApp implements AutoCloseable {

    private final Application application;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningApp(Application application) {
        this.application = application;
    }

    static RunningApp start(Path dataDirectory, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put(SettingsLoader.DATA_DIR, dataDirectory.toString());
        environment.put(SettingsLoader.PORT, "0");
        return new RunningApp(Application.start(SettingsLoader.load(environment, Optional.empty())));
    }

    static RunningApp start(Path dataDirectory) {
        return start(dataDirectory, Map.of());
    }

    Application application() {
        return application;
    }

    String url(String path) {
        return application.url() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        application.close();
    }
}

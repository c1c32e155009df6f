package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real app (temporary H2 file database) and one headless Chromium for a browser test class:
 * {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}. Started before the
 * class's {@code @BeforeAll} methods, stopped after its last test; never two apps at once in one JVM.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private Path data;
    private RunningApp app;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("veiligheidsagenda-browser-test");
        app = RunningApp.start(data);
        browser = Browsers.headlessChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (app != null) {
                app.close();
            }
            deleteRecursively(data);
        }
    }

    RunningApp app() {
        return app;
    }

    ChromeDriver browser() {
        return browser;
    }

    /** Waits up to 30 seconds for a condition in the browser. */
    WebDriverWait await() {
        return wait;
    }

    static void deleteRecursively(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real app (temporary H2 file database) and one headless Chromium for a browser test class:
 * {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}. Started before the
 * class's {@code @BeforeAll} methods, stopped after its last test; never two apps at once in one JVM.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, String> environment;
    private Path data;
    private RunningApp app;
    private ChromeDriver browser;
    private WebDriverWait wait;

    BrowserSession() {
        this(Map.of());
    }

    /** A session whose app starts with these settings besides the tests' defaults (e.g. another plan file). */
    BrowserSession(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("veiligheidsagenda-browser-test");
        app = RunningApp.start(data, environment);
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

    /** Opens {@code path} of the app and waits for its H1 to show {@code heading}. */
    void open(String path, String heading) {
        browser.get(app.url(path));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
    }

    /** The text of the whole page inside the app layout. */
    String pageText() {
        return browser.findElement(By.tagName("vaadin-app-layout")).getText();
    }

    /** The texts of the page's headings of one level, e.g. "h2". */
    List<String> headings(String tag) {
        return browser.findElements(By.tagName(tag)).stream().map(WebElement::getText).toList();
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

package nl.veiligheidsagenda.app;

import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;

/** Gives the benchmarks (package {@code bench}) the test fixtures of this package: a running app and browsers. */
public final class BenchSupport implements AutoCloseable {

    private final RunningApp app;

    private BenchSupport(RunningApp app) {
        this.app = app;
    }

    public static BenchSupport start(Path data) {
        return new BenchSupport(RunningApp.start(data));
    }

    public String url(String path) {
        return app.url(path);
    }

    /** A headless Chromium signed in as the admin. */
    public ChromeDriver signedInBrowser() throws Exception {
        ChromeDriver browser = Browsers.headlessChromium();
        app.loginInBrowserAsAdmin(browser);
        return browser;
    }

    @Override
    public void close() {
        app.close();
    }
}

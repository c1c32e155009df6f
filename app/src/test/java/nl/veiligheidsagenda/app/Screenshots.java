package nl.veiligheidsagenda.app;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Screenshots kept as test artifacts in {@code app/target/screenshots}. */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** What the window shows. */
    static void window(WebDriver browser, String name) throws Exception {
        Files.createDirectories(FOLDER);
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), FOLDER.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The whole page (up to 5,000 pixels), not just the window: the app layout scrolls its content area, so the
     * window grows to the content's full height for the picture.
     */
    static void fullPage(WebDriver browser, String name) throws Exception {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("""
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=content]');
                return Math.ceil(content.scrollHeight + content.getBoundingClientRect().top
                    + window.outerHeight - window.innerHeight);
                """);
        browser.manage().window().setSize(new Dimension(window.width, (int) Math.min(height, 5_000)));
        try {
            Thread.sleep(300);
            window(browser, name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}

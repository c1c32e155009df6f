package nl.veiligheidsagenda.app.bench;

import nl.veiligheidsagenda.app.BenchSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory per signed-in user: opens N real headless Chromium sessions on the progress page (the heaviest view)
 * and compares the live heap after a full GC with the heap before. Not a test: run it with bench/sessions.sh,
 * which prints the table (the class name does not match Surefire's test patterns, so `mvn verify` skips it).
 */
class SessionMemoryBench {

    @TempDir
    Path data;

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void measuresHeapPerSignedInUser() throws Exception {
        int users = Integer.getInteger("bench.users", 10);
        try (BenchSupport app = BenchSupport.start(data)) {
            ChromeDriver warmup = app.signedInBrowser();
            open(warmup, app.url("voortgang"));
            warmup.quit();
            long before = liveHeap();
            List<ChromeDriver> browsers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < users; i++) {
                ChromeDriver browser = app.signedInBrowser();
                open(browser, app.url("voortgang"));
                browsers.add(browser);
            }
            long millisPerUser = (System.nanoTime() - started) / 1_000_000 / users;
            long connected = liveHeap();
            browsers.forEach(ChromeDriver::quit);
            long afterQuit = liveHeap();
            System.out.printf("%n%-44s %12s%n", "measure (" + users + " users, progress page)", "value");
            System.out.printf("%-44s %12d%n", "live heap before (KB)", before / 1024);
            System.out.printf("%-44s %12d%n", "live heap with users connected (KB)", connected / 1024);
            System.out.printf("%-44s %12d%n", "per connected user (KB)", (connected - before) / 1024 / users);
            System.out.printf("%-44s %12d%n", "per user after browsers left (KB)", (afterQuit - before) / 1024 / users);
            System.out.printf("%-44s %12d%n", "sign-in + first page per user (ms)", millisPerUser);
        }
    }

    private static void open(ChromeDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid a[href^='doel/']")));
    }
}

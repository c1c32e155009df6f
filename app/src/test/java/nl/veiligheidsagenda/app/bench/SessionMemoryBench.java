package nl.veiligheidsagenda.app.bench;

import nl.veiligheidsagenda.app.BenchSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory per signed-in user: starts the distribution ({@code app/target/dist}) in its own JVM, opens N real
 * headless Chromium sessions on the progress page (the heaviest view) and reads that JVM's live heap after a full
 * GC with jcmd, before, with the users connected and after they left. The browsers' drivers live in this JVM, so
 * they do not count. Not a test: bench/sessions.sh runs it (the class name does not match Surefire's patterns).
 */
class SessionMemoryBench {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    @TempDir
    Path data;

    @Test
    void measuresHeapPerSignedInUser() throws Exception {
        int users = Integer.getInteger("bench.users", 10);
        try (BenchSupport.Distribution app = BenchSupport.startDistribution(data)) {
            ChromeDriver warmup = app.signedInBrowser();
            open(warmup, app.url("voortgang"));
            warmup.quit();
            long before = liveHeapKb(app.pid());
            Map<String, long[]> histogramBefore = histogram(app.pid());
            List<ChromeDriver> browsers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < users; i++) {
                ChromeDriver browser = app.signedInBrowser();
                open(browser, app.url("voortgang"));
                browsers.add(browser);
            }
            long millisPerUser = (System.nanoTime() - started) / 1_000_000 / users;
            long connected = liveHeapKb(app.pid());
            if (Boolean.getBoolean("bench.histogram")) {
                printGrowth(histogramBefore, histogram(app.pid()), users);
            }
            browsers.forEach(ChromeDriver::quit);
            long afterQuit = liveHeapKb(app.pid());
            System.out.printf("%n%-44s %12s%n", "measure (" + users + " users, progress page)", "value");
            System.out.printf("%-44s %12d%n", "server live heap before (KB)", before);
            System.out.printf("%-44s %12d%n", "server live heap with users connected (KB)", connected);
            System.out.printf("%-44s %12d%n", "per connected user (KB)", (connected - before) / users);
            System.out.printf("%-44s %12d%n", "per user after browsers left (KB)", (afterQuit - before) / users);
            System.out.printf("%-44s %12d%n", "sign-in + first page per user (ms)", millisPerUser);
        }
    }

    /** Instances and bytes per class of the server's live heap (jcmd GC.class_histogram, after a full GC). */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        return parse(jcmd(pid, "GC.class_histogram"));
    }

    private static Map<String, long[]> parse(String histogram) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.lines().toList()) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most with the users connected: where the memory per user goes. */
    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int users) {
        int top = Integer.getInteger("bench.top", 25);
        System.out.printf("%nlive heap growth per connected user, by class (top %d)%n%-70s %12s %12s%n", top,
                "class", "instances", "bytes");
        after.entrySet().stream()
                .filter(entry -> !isFiller(entry.getKey()))
                .map(entry -> Map.entry(entry.getKey(), new long[] {
                        entry.getValue()[0] - before.getOrDefault(entry.getKey(), new long[2])[0],
                        entry.getValue()[1] - before.getOrDefault(entry.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong(entry -> -entry.getValue()[1]))
                .limit(top)
                .forEach(entry -> System.out.printf("%-70s %12.1f %12d%n", entry.getKey(),
                        entry.getValue()[0] / (double) users, entry.getValue()[1] / users));
        System.out.println();
    }

    /**
     * Live heap of the server JVM in KB: the sum of its live objects (jcmd GC.class_histogram, after a full GC),
     * without the filler arrays the collector puts in unused space (they are no objects of the app). Not
     * GC.heap_info's "used", which also counts the unused rest of the regions in use.
     */
    private static long liveHeapKb(long pid) throws Exception {
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            Thread.sleep(300);
        }
        String histogram = jcmd(pid, "GC.class_histogram");
        Matcher total = TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram printed no total");
        }
        long fillers = fillerBytes(parse(histogram));
        return (Long.parseLong(total.group(1)) - fillers) / 1024;
    }

    private static long fillerBytes(Map<String, long[]> histogram) {
        return histogram.entrySet().stream().filter(entry -> isFiller(entry.getKey()))
                .mapToLong(entry -> entry.getValue()[1]).sum();
    }

    private static boolean isFiller(String className) {
        return className.contains("jdk.internal.vm.FillerElement") || className.contains("jdk.internal.vm.FillerArray");
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static void open(ChromeDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#goal-cards a[href^='doel/']")));
    }
}

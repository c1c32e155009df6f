package nl.veiligheidsagenda.app;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accessibility scans with axe-core in the real browser, for any browser test: {@code Axe.scan(driver)} runs the
 * WCAG 2.1 A/AA rules on the page as it is and returns what it found. The script is the {@code axe.min.js} that
 * Deque's {@code com.deque.html.axe-core:selenium} jar carries (its Java API and dependencies are left out).
 * {@code Axe.scanAll(driver)} runs every rule axe-core has on by default, its best practices (landmarks, one
 * {@code main}, content inside landmarks) included. A long page (the whole progress report) takes axe a while on a
 * loaded machine: give such a scan its own script timeout ({@code Axe.scan(driver, Duration.ofMinutes(3))}).
 */
final class Axe {

    /** The impacts that fail a page: serious and critical. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String SCRIPT = load();
    private static final String WCAG_AA = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}";

    /** One rule an element broke: the rule, its impact, what it asks, and where (CSS selectors). */
    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + targets;
        }
    }

    private Axe() {
    }

    /** Scans the current page against WCAG 2.0/2.1 A and AA. */
    static List<Violation> scan(WebDriver driver) {
        return run(driver, WCAG_AA);
    }

    /**
     * Scans the current page against WCAG 2.0/2.1 A and AA, allowing the scan {@code scriptTimeout} whatever the
     * session's own script timeout (which is restored afterwards).
     */
    static List<Violation> scan(WebDriver driver, Duration scriptTimeout) {
        Duration before = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(scriptTimeout);
        try {
            return run(driver, WCAG_AA);
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
    }

    /** Scans the current page with every rule axe-core runs by default: WCAG A/AA and its best practices. */
    static List<Violation> scanAll(WebDriver driver) {
        return run(driver, "{}");
    }

    private static List<Violation> run(WebDriver driver, String options) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, %s)
                    .then(result => done(result.violations.map(v => ({
                        rule: v.id, impact: v.impact || '', help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))))
                    .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
                """.formatted(options));
        return violations.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), asStrings(v.get("targets")))).toList();
    }

    /** The serious and critical violations only. */
    static List<Violation> blocking(WebDriver driver) {
        return scan(driver).stream().filter(violation -> BLOCKING.contains(violation.impact())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object list) {
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium (test scope)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.veiligheidsagenda.app;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

/**
 * What a page at its current width hides from its reader: a page wider than the screen (sideways scrolling), an
 * element of the banner or the main content that runs past the screen's edge, and text cut off (an ellipsis, or
 * clipped by a box too small for it), in the light DOM and in the open shadow roots (field labels live there).
 */
final class PhoneLayout {

    private static final String SCRIPT = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > width) {
                problems.push('page is ' + document.documentElement.scrollWidth + ' px wide, screen ' + width);
            }
            const text = element => (element.tagName === 'SLOT'
                ? element.assignedNodes({flatten: true}).map(node => node.textContent).join('')
                : element.innerText || element.textContent || '').trim();
            const describe = element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                + ' "' + text(element).substring(0, 40) + '"';
            const cut = element => {
                const style = getComputedStyle(element);
                const clips = style.overflowX === 'hidden' || style.overflowX === 'clip'
                    || style.textOverflow === 'ellipsis';
                return clips && element.scrollWidth > element.clientWidth + 1 && text(element) !== '';
            };
            const visit = root => {
                for (const element of root.querySelectorAll('*')) {
                    const box = element.getBoundingClientRect();
                    if (box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1)) {
                        problems.push('past the edge (' + Math.round(box.left) + '..' + Math.round(box.right)
                            + '): ' + describe(element));
                    } else if (box.width > 0 && cut(element)) {
                        problems.push('cut off: ' + describe(element));
                    }
                    if (element.shadowRoot) {
                        visit(element.shadowRoot);
                    }
                }
            };
            document.querySelectorAll(arguments[0]).forEach(visit);
            return [...new Set(problems)].slice(0, 20);""";

    private PhoneLayout() {
    }

    /** Makes the page {@code width} CSS pixels wide, as a phone of that width shows it. */
    static void emulate(ChromeDriver browser, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the browser's own window size. */
    static void reset(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Every problem found in the banner and the main content as they are now; none for a page that fits. */
    static List<String> problems(WebDriver browser) {
        return problems(browser, "#inhoud, .va-banner");
    }

    /** Every problem found in the elements that {@code selector} picks (and everything inside them). */
    @SuppressWarnings("unchecked")
    static List<String> problems(WebDriver browser, String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(SCRIPT, selector);
    }
}

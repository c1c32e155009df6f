package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every route of the running app's route registry (and every theme route), signed in as admin, and on
 * the login page and the not-found page: not one violation of any impact.
 */
class AccessibilityBrowserTest {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void axeFindsNothingOnAnyRoute() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        session.browser().manage().deleteAllCookies();
        scan("login", found);
        session.app().loginInBrowserAsAdmin(session.browser());
        for (String template : AccessMatrixTest.templates(session.app())) {
            if (!template.equals("login")) {
                scan(AccessMatrixTest.samplePath(session.app(), template), found);
            }
        }
        scan("bestaat-niet", found);
        assertThat(found).as("axe-core violations per page").isEmpty();
    }

    private static void scan(String path, Map<String, List<Axe.Violation>> found) {
        session.browser().get(session.app().url(path));
        session.await().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                return document.querySelector('h1') !== null && window.Vaadin?.Flow?.clients !== undefined
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive());"""));
        List<Axe.Violation> violations = Axe.scanAll(session.browser());
        if (!violations.isEmpty()) {
            found.put("/" + path, violations);
        }
    }
}

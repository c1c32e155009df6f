package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theme plugin whose texts are script payloads (its name, a page title, a goal's statement): the pages drawn from
 * HTML built on the server (the progress page's goal cards and action lines, the side menus) show them as text, in
 * a real Chromium, on a full page load (the page's data inline in the bootstrap page) and after navigation inside
 * the app. The plugin is compiled here, as an operator would drop a jar into the plugin folder.
 */
class HostileThemeBrowserTest {

    /** Out of an attribute, out of the bootstrap's data script, into a comment, an inline script and a handler. */
    private static final String PAYLOAD = "\"'></script><script>window.__xss=1</script><!--"
            + "<img src=x onerror=\"window.__xss=2\">";
    private static final Path PLUGINS = hostilePluginFolder();

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(Map.of("VEILIGHEID_PLUGIN_DIR", PLUGINS.toString()));

    @Test
    void progressPageAndMenusShowThePluginsTextsAsText() throws Exception {
        session.app().loginInBrowserAsAdmin(session.browser());
        session.browser().get(session.app().url("voortgang"));
        checkProgressPage("full page load");

        session.browser().get(session.app().url(""));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        ((JavascriptExecutor) session.browser()).executeScript("window.__stayed = true;");
        session.browser().findElement(By.cssSelector("vaadin-side-nav-item[path='voortgang']")).click();
        checkProgressPage("navigation in the app");
        assertThat(((JavascriptExecutor) session.browser()).executeScript("return window.__stayed === true"))
                .as("reached without a page load").isEqualTo(true);

        HttpResponse<String> raw = session.app().loginAsAdmin().get("voortgang");
        assertThat(raw.body()).contains("<html").doesNotContain("<script>window.__xss", "<img src=x onerror",
                "</script><!--");
    }

    private static void checkProgressPage(String how) {
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#goal-cards > li[data-goal='kwaad.doel'] h3 > a[href^='doel/kwaad.doel']")));
        JavascriptExecutor js = session.browser();
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) js.executeScript("""
                const card = document.querySelector("#goal-cards > li[data-goal='kwaad.doel']");
                const entry = document.querySelector("vaadin-side-nav-item[path='thema/kwaad']");
                return [card.querySelector('h3 > a').textContent, card.querySelector('.va-goal-theme').textContent,
                    document.querySelector('#actions-kwaad > a').textContent,
                    entry.querySelector(':scope > .va-nav-label').textContent,
                    entry.querySelector(":scope > vaadin-side-nav-item[slot='children'] > .va-nav-label").textContent];
                """);
        assertThat(shown).as(how).containsExactly("Doel " + PAYLOAD, "Thema " + PAYLOAD, "Thema " + PAYLOAD,
                "Thema " + PAYLOAD, "Pagina " + PAYLOAD);
        assertThat(js.executeScript("return document.querySelectorAll('#goal-cards img, #goal-cards script,"
                + " vaadin-side-nav img, vaadin-side-nav script').length")).as(how).isEqualTo(0L);
        assertThat(js.executeScript("return window.__xss === undefined")).as("a payload's script ran (%s)", how)
                .isEqualTo(true);
        assertThat(session.browser().manage().logs().get(LogType.BROWSER).getAll())
                .as("text became markup, blocked by the policy (%s)", how)
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }

    /** A plugin folder with one theme whose name, page title and goal statement carry the payload. */
    private static Path hostilePluginFolder() {
        try {
            Path work = Files.createTempDirectory("hostile-theme");
            Path sources = work.resolve("src");
            String text = "\"" + PAYLOAD.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            write(sources.resolve("module-info.java"), """
                    module nl.example.theme.kwaad {
                        requires nl.veiligheidsagenda.core;
                        provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.example.theme.kwaad.KwaadPlugin;
                    }""");
            write(sources.resolve("nl/example/theme/kwaad/KwaadPlugin.java"), """
                    package nl.example.theme.kwaad;

                    import java.util.List;
                    import nl.veiligheidsagenda.core.model.*;
                    import nl.veiligheidsagenda.core.spi.*;

                    public final class KwaadPlugin implements ThemePlugin {
                        private static final String TEXT = %s;

                        public PluginDescriptor descriptor() {
                            return new PluginDescriptor("kwaad", "Thema " + TEXT, "1.0.0", "[1.0,2.0)", 1);
                        }

                        public ThemeCatalogue catalogue() {
                            Goal goal = new Goal("kwaad.doel", "Doel " + TEXT, EvaluationRule.inWords("wordt aangepakt"),
                                    List.of(), List.of());
                            return new ThemeCatalogue("Inleiding.", List.of(new Subject("kwaad.onderwerp", "Onderwerp",
                                    "Inleiding.", List.of(goal))), List.of(),
                                    List.of(new ThemePage("pagina", "Pagina " + TEXT, "Inleiding.", List.of())));
                        }
                    }""".formatted(text));
            Path classes = work.resolve("classes");
            run("javac", "-d", classes.toString(), "--module-path", DistLayout.core().toString(),
                    sources.resolve("module-info.java").toString(),
                    sources.resolve("nl/example/theme/kwaad/KwaadPlugin.java").toString());
            Path plugins = Files.createDirectories(work.resolve("plugins"));
            run("jar", "--create", "--file", plugins.resolve("theme-kwaad-1.0.0.jar").toString(), "-C",
                    classes.toString(), ".");
            return plugins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void run(String tool, String... arguments) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        int exit = ToolProvider.findFirst(tool).orElseThrow().run(stream, stream, arguments);
        assertThat(exit).as("%s: %s", tool, output.toString(StandardCharsets.UTF_8)).isZero();
    }
}

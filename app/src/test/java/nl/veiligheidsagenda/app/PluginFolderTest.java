package nl.veiligheidsagenda.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.attribute.ModuleAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ModuleDesc;
import java.lang.reflect.AccessFlag;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's plugin folder with mistakes in it: an old copy of a theme jar left beside the new one, and a plugin
 * that needs a library nobody installed. The app starts with the five themes that load, and lists each refused jar
 * with its reason on the admin page and in the API, like any other refusal.
 */
class PluginFolderTest {

    @TempDir
    Path data;

    @TempDir
    Path plugins;

    @Test
    void startsTheThemesThatLoadAndShowsWhyTheOthersAreRefused() throws Exception {
        try (Stream<Path> jars = Files.list(DistLayout.plugins())) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        Path crisis;
        try (Stream<Path> jars = Files.list(plugins)) {
            crisis = jars.filter(jar -> jar.getFileName().toString().startsWith("theme-crisis-")).findFirst()
                    .orElseThrow();
        }
        Files.copy(crisis, plugins.resolve("theme-crisis-oud.jar"));
        pluginNeedingAMissingLibrary(plugins.resolve("theme-verkeer-1.0.0.jar"));

        try (RunningApp app = RunningApp.start(data, Map.of("VEILIGHEID_PLUGIN_DIR", plugins.toString()))) {
            assertThat(app.application().context().themes().enabled()).extracting(plugin -> plugin.descriptor().id())
                    .containsExactly("ondermijning", "digitaal", "wijken", "polarisatie", "crisis");

            HttpResponse<String> themes = app.loginAsAdmin().get("api/v1/themes");
            assertThat(themes.body()).contains("\"id\":\"theme-crisis-oud.jar\"", "\"compatible\":false",
                    "Module nl.veiligheidsagenda.theme.crisis is al geladen uit " + crisis.getFileName(),
                    "Module nl.example.theme.verkeer in theme-verkeer-1.0.0.jar heeft module org.example.kaarten"
                            + " nodig, die niet is geïnstalleerd");

            ChromeDriver browser = Browsers.headlessChromium();
            try {
                app.loginInBrowserAsAdmin(browser);
                browser.get(app.url("beheer/themas"));
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("vaadin-grid"), "theme-verkeer-1.0.0.jar"));
                assertThat(browser.findElement(By.tagName("vaadin-grid")).getText()).contains(
                        "Module nl.example.theme.verkeer in theme-verkeer-1.0.0.jar heeft module org.example.kaarten"
                                + " nodig, die niet is geïnstalleerd: lever die mee in de map van de plugin",
                        "theme-crisis-oud.jar wordt geweigerd: verwijder een van beide");
                assertThat((Boolean) browser.executeScript("return [...document.querySelectorAll('vaadin-grid li')]"
                        + ".some(reason => reason.scrollWidth > reason.clientWidth + 1)"))
                        .as("a reason runs out of its cell (a module name is cut off)").isFalse();
                Screenshots.fullPage(browser, "beheer-themas-geweigerd.png");
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A plugin jar whose module needs {@code org.example.kaarten}, which is not installed. Its class files are
     * written with the JDK's class-file API: the module never gets as far as loading them.
     */
    private static void pluginNeedingAMissingLibrary(Path jar) throws IOException {
        byte[] moduleInfo = ClassFile.of().buildModule(ModuleAttribute.of(ModuleDesc.of("nl.example.theme.verkeer"),
                module -> module
                        .requires(ModuleDesc.of("java.base"), AccessFlag.MANDATED.mask(), null)
                        .requires(ModuleDesc.of("nl.veiligheidsagenda.core"), 0, null)
                        .requires(ModuleDesc.of("org.example.kaarten"), 0, null)
                        .provides(ClassDesc.of("nl.veiligheidsagenda.core.spi.ThemePlugin"),
                                ClassDesc.of("nl.example.theme.verkeer.VerkeerPlugin"))));
        byte[] plugin = ClassFile.of().build(ClassDesc.of("nl.example.theme.verkeer.VerkeerPlugin"), type -> {
        });
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("module-info.class"));
            out.write(moduleInfo);
            out.putNextEntry(new JarEntry("nl/example/theme/verkeer/VerkeerPlugin.class"));
            out.write(plugin);
        }
    }
}

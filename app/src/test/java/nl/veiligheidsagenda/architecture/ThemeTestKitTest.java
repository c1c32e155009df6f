package nl.veiligheidsagenda.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.reflect.AccessFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every theme module of the build runs the core's plugin test kit: its compiled tests hold a concrete top-level
 * class that extends {@code core.verify.ThemePluginContract} and is named so that surefire runs it. A theme that
 * dropped its adopter (or renamed it out of surefire's reach) would lose every contract check unnoticed.
 */
class ThemeTestKitTest {

    private static final String KIT = "nl/veiligheidsagenda/core/verify/ThemePluginContract";
    /** Surefire's default includes; its default excludes drop nested classes ({@code $}). */
    private static final Pattern RUN_BY_SUREFIRE = Pattern.compile("(Test[^$]*|[^$]*Test|[^$]*Tests|[^$]*TestCase)\\.class");

    @Test
    void everyThemeModuleRunsTheKitInItsTests() {
        List<Path> themes = themeModules();

        assertThat(themes).extracting(theme -> theme.getFileName().toString()).contains("theme-ondermijning",
                "theme-digitaal", "theme-wijken", "theme-polarisatie", "theme-crisis");
        assertThat(themes).allSatisfy(theme -> assertThat(adopters(theme.resolve("target/test-classes")))
                .as("classes in %s/target/test-classes that extend ThemePluginContract", theme.getFileName())
                .isNotEmpty());
    }

    @Test
    void findsNoAdopterInTestsThatDoNotExtendTheKit() {
        // Planted: the app's own tests check no theme.
        assertThat(adopters(Path.of("target/test-classes"))).isEmpty();
    }

    /** The folders {@code theme-*} of the build beside this module, each with its pom. */
    private static List<Path> themeModules() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("theme-"))
                    .filter(entry -> Files.exists(entry.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concrete, surefire-named classes in {@code testClasses} whose superclass is the kit. */
    private static List<String> adopters(Path testClasses) {
        assertThat(testClasses).isDirectory();
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.filter(file -> RUN_BY_SUREFIRE.matcher(file.getFileName().toString()).matches())
                    .map(ThemeTestKitTest::parse)
                    .filter(type -> !type.flags().has(AccessFlag.ABSTRACT))
                    .filter(type -> type.superclass().map(superclass -> superclass.asInternalName().equals(KIT))
                            .orElse(false))
                    .map(type -> type.thisClass().asInternalName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassModel parse(Path classFile) {
        try {
            return ClassFile.of().parse(Files.readAllBytes(classFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

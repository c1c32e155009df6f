package nl.veiligheidsagenda.core.verify;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ThemePluginContract} checks: a theme module as its build made it.
 *
 * @param module    the compiled module: a jar, or the folder of classes with its {@code module-info.class}
 * @param version   the version the build gives the module (its Maven version)
 * @param planText  the text of the plan the theme reproduces
 * @param directory the theme's source folder, holding {@code CHANGELOG.md} and
 *                  {@code src/test/resources/released-ids.txt} (and {@code retired-ids.txt}, if any id was retired)
 */
public record ThemeUnderTest(Path module, String version, Path planText, Path directory) {

    /** System properties a Maven build passes to its tests (the parent pom of this project sets them). */
    public static final String MODULE = "theme.module";
    public static final String VERSION = "theme.version";
    public static final String PLAN_TEXT = "plan.text";
    public static final String DIRECTORY = "theme.directory";

    public ThemeUnderTest {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(planText, "planText");
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * The theme of the running Maven build, from the system properties {@value #MODULE}
     * ({@code ${project.build.outputDirectory}}), {@value #VERSION} ({@code ${project.version}}), {@value #PLAN_TEXT}
     * and {@value #DIRECTORY} ({@code ${project.basedir}}), set in surefire's {@code systemPropertyVariables}.
     */
    public static ThemeUnderTest fromBuild() {
        return new ThemeUnderTest(Path.of(property(MODULE)), property(VERSION), Path.of(property(PLAN_TEXT)),
                Path.of(property(DIRECTORY)));
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: the theme's build passes "
                    + MODULE + ", " + VERSION + ", " + PLAN_TEXT + " and " + DIRECTORY
                    + " to its tests (see the README, \"Write a new theme\")");
        }
        return value;
    }

    Path releasedIds() {
        return directory.resolve("src/test/resources/released-ids.txt");
    }

    Path retiredIds() {
        return directory.resolve("src/test/resources/retired-ids.txt");
    }

    Path changelog() {
        return directory.resolve("CHANGELOG.md");
    }
}

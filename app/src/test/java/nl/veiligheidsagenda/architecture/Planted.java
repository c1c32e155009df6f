package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shows that a rule can fail: each rule is built once more for a small planted package (test fixtures under
 * {@code architecture.planted.<fixture>}, laid out like the real modules below that root) that breaks it once.
 * The violation must come from the planted offender and from none of the planted classes that keep the rule.
 */
final class Planted {

    /** The root of the real code; a rule built with it guards the real modules. */
    static final String ROOT = "nl.veiligheidsagenda";

    private static final String PLANTED = "nl.veiligheidsagenda.architecture.planted.";
    /** A violation line names its origin first: {@code Class <a.B> ...}, {@code Method <a.B.m()> ...}. */
    private static final Pattern ORIGIN = Pattern.compile("^[^<]*<([^>]*)>");

    private Planted() {
    }

    /** The root of a planted fixture, to build a rule for it. */
    static String root(String fixture) {
        return PLANTED + fixture;
    }

    static JavaClasses classes(String fixture) {
        return new ClassFileImporter().importPackages(root(fixture));
    }

    /** Asserts that {@code rule} fails on {@code fixture} because of {@code offender}, and of none of the keepers. */
    static void assertViolation(ArchRule rule, String fixture, Class<?> offender, Class<?>... keepers) {
        List<String> origins = violations(rule, fixture).stream().map(Planted::origin).toList();
        assertThat(origins).as("where the violations come from")
                .anySatisfy(origin -> assertThat(origin).startsWith(offender.getName()));
        for (Class<?> keeper : keepers) {
            assertThat(origins).as("where the violations come from")
                    .noneSatisfy(origin -> assertThat(origin).startsWith(keeper.getName()));
        }
    }

    /** The violations of {@code rule} in {@code fixture}, at least one. */
    static List<String> violations(ArchRule rule, String fixture) {
        EvaluationResult result = rule.evaluate(classes(fixture));
        assertThat(result.hasViolation()).as("the rule is broken in the planted package " + fixture).isTrue();
        return result.getFailureReport().getDetails();
    }

    private static String origin(String violation) {
        Matcher matcher = ORIGIN.matcher(violation);
        return matcher.find() ? matcher.group(1) : violation;
    }
}

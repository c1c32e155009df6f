package nl.veiligheidsagenda.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation.DueFromTheContext;
import nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation.DueFromTheSystemClock;
import nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation.DueFromToday;
import nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation.DueFromTheMillis;
import nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation.DueFromAnInjectedClock;
import org.junit.jupiter.api.Test;

import java.time.InstantSource;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The judgement of figures is a pure function of its inputs: "today" comes in with the evaluation's context, so
 * the same figures give the same status in a test, in a report and on every server. The evaluation code therefore
 * reads no clock of its own and holds none.
 */
@AnalyzeClasses(packages = Planted.ROOT, locations = ThemeJars.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
class EvaluationClockTest {

    private static final Set<String> SYSTEM_TIME = Set.of("currentTimeMillis", "nanoTime", "currentTimeNanos");

    static ArchRule evaluationReadsNoClock(String root) {
        return noClasses().that().resideInAPackage(root + ".core.evaluation..")
                .should().callCodeUnitWhere(readsTheClock())
                .orShould().dependOnClassesThat().areAssignableTo(InstantSource.class);
    }

    /** {@code now()} of any java.time type, {@code Clock.system*}, {@code System.currentTimeMillis/nanoTime},
     * {@code new Date()}, {@code Calendar.getInstance}. */
    private static DescribedPredicate<JavaCall<?>> readsTheClock() {
        return DescribedPredicate.describe("read the clock (now(), Clock.system*(), System.currentTimeMillis(),"
                + " System.nanoTime(), new Date(), Calendar.getInstance())", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.time.") && name.equals("now")
                    || owner.equals("java.time.Clock") && name.startsWith("system")
                    || owner.equals("java.lang.System") && SYSTEM_TIME.contains(name)
                    || owner.equals("java.util.Date") && call.getTarget().getRawParameterTypes().isEmpty()
                    && name.equals("<init>")
                    || owner.startsWith("java.util.") && owner.endsWith("Calendar") && name.equals("getInstance");
        });
    }

    @ArchTest
    static final ArchRule evaluation_reads_no_clock = evaluationReadsNoClock(Planted.ROOT);

    @Test
    void everyWayOfReadingTheClockIsFoundButTodayFromTheContextIsNot() {
        ArchRule rule = evaluationReadsNoClock(Planted.root("evaluation_clock"));
        for (Class<?> offender : new Class<?>[] {DueFromToday.class, DueFromTheSystemClock.class,
                DueFromTheMillis.class, DueFromAnInjectedClock.class}) {
            Planted.assertViolation(rule, "evaluation_clock", offender, DueFromTheContext.class);
        }
    }
}

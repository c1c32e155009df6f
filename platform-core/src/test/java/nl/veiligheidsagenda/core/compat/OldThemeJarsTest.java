package nl.veiligheidsagenda.core.compat;

import nl.veiligheidsagenda.core.evaluation.EvaluationContext;
import nl.veiligheidsagenda.core.evaluation.GoalEvaluator;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.IndicatorResult;
import nl.veiligheidsagenda.core.evaluation.Measurement;
import nl.veiligheidsagenda.core.evaluation.MeasurementStatus;
import nl.veiligheidsagenda.core.evaluation.SeriesOutcome;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five theme plugins as released at 1.0.0 (compiled against core SPI 1.1, see src/test/old-themes/README.md)
 * load on this core, pass its checks, and get the right kind of goal from their {@code EvaluationRule}.
 */
class OldThemeJarsTest {

    private static final Path OLD_THEMES = Path.of("src/test/old-themes");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static PluginRegistry registry;

    @BeforeAll
    static void loadTheReleasedJars() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(OLD_THEMES)) {
            jars = files.filter(file -> file.toString().endsWith("-1.0.0.jar")).sorted().toList();
        }
        assertThat(jars).hasSize(5);
        // As the shell runs plugins: each jar a named module in a layer of its own above the core's.
        registry = PluginRegistry.load(jars, CoreSpi.VERSION);
    }

    private static ThemeCatalogue catalogue(String themeId) {
        return registry.enabledPlugin(themeId).orElseThrow().catalogue();
    }

    @Test
    void everyReleasedThemeIsAcceptedByThisCore() {
        assertThat(CoreSpi.VERSION.toString()).isEqualTo("1.2");
        assertThat(registry.installed()).extracting(PluginStatus::id)
                .containsExactly("ondermijning", "digitaal", "wijken", "polarisatie", "crisis");
        assertThat(registry.installed()).allSatisfy(status -> {
            assertThat(status.problems()).as(status.id()).isEmpty();
            assertThat(status.descriptor().version()).isEqualTo("1.0.0");
            assertThat(status.descriptor().supportedCore()).isEqualTo("[1.0,2.0)");
        });
        assertThat(registry.enabled()).hasSize(5);
    }

    @Test
    void oldGoalsGetTheirKindFromTheirEvaluationRule() {
        assertThat(catalogue("ondermijning").goals()).extracting(Goal::kind).containsOnly(GoalKind.ACCOUNTED_IN_WORDS);
        assertThat(catalogue("wijken").goals().filter(goal -> goal.id().equals("wijken.woonoverlast-daalt")))
                .singleElement().extracting(Goal::kind).isEqualTo(GoalKind.MEASURED);
        assertThat(catalogue("polarisatie").goals()).extracting(Goal::kind)
                .containsOnly(GoalKind.ACCOUNTED_IN_WORDS);
    }

    @Test
    void anOldInWordsGoalsIndicatorsAreSignalsWhateverDirectionTheyDeclared() {
        Goal goal = catalogue("ondermijning").goal("ondermijning.georganiseerde-criminaliteit-voorkomen-en-bestrijden")
                .orElseThrow();
        assertThat(goal.indicators()).extracting(indicator -> indicator.direction())
                .containsOnly(Direction.LOWER_IS_BETTER);
        assertThat(goal.indicators()).extracting(goal::statedDirection).containsOnly(Direction.NOT_STATED);

        // The case: one figure entered, two missing. Version 1.0.0 on core 1.1 said "op koers".
        Measurement drugs = new Measurement("ondermijning.drugs-en-wapenmisdrijven", "totaal", 2023,
                new BigDecimal("1.9"), MeasurementStatus.FINAL);
        GoalResult result = GoalEvaluator.evaluate(goal, List.of(drugs), Optional.empty(),
                EvaluationContext.dutch(2023, TODAY), registry.enabledPlugin("ondermijning").orElseThrow()::evaluation);

        assertThat(result.status()).isEqualTo(GoalStatus.REPORTED_IN_WORDS);
        assertThat(result.indicators()).extracting(IndicatorResult::outcome).contains(SeriesOutcome.SIGNAL)
                .doesNotContain(SeriesOutcome.BETTER);
        assertThat(result.indicators()).filteredOn(indicator -> indicator.outcome() == SeriesOutcome.SIGNAL)
                .singleElement().extracting(IndicatorResult::explanation).asString()
                .endsWith("14 % lager dan de nulwaarde");
    }

    @Test
    void anOldMeasuredGoalWithAFigureMissingGetsNoVerdict() {
        Goal goal = catalogue("wijken").goal("wijken.woonoverlast-daalt").orElseThrow();
        Measurement cases = new Measurement("wijken.casussen-woonoverlast-onder-regie", "totaal", 2021,
                new BigDecimal("0.3"), MeasurementStatus.FINAL);

        GoalResult result = GoalEvaluator.evaluate(goal, List.of(cases), Optional.empty(),
                EvaluationContext.dutch(2021, TODAY), id -> Optional.empty());

        assertThat(result.status()).isEqualTo(GoalStatus.INCOMPLETE);
        assertThat(result.explanation()).startsWith("2021: onvolledig, 1 van 2 indicatoren ontbreekt");
        assertThat(goal.periodDifferences()).as("a 1.0.0 rule names no period").isEmpty();
    }
}

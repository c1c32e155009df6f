package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.IndicatorEvaluation;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.cbs;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.dutch2023;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.figure;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.goal;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisance;
import static org.assertj.core.api.Assertions.assertThat;

/** A theme's own judgement through {@link ThemePlugin#evaluation(String)}. */
class ThemeEvaluationTest {

    /** Judges the nuisance indicator "below 3.0 is better", whatever the baseline; leaves other values alone. */
    private static final class BelowThree implements IndicatorEvaluation {

        final List<Integer> calls = new ArrayList<>();

        @Override
        public Optional<Judgement> judge(Indicator indicator, Series series, int year, BigDecimal value) {
            calls.add(year);
            return value.compareTo(new BigDecimal("3.0")) < 0 ? Optional.of(Judgement.BETTER) : Optional.empty();
        }

        @Override
        public String ruleDescription(Locale locale) {
            return "onder 3,0 per 1.000 inwoners";
        }
    }

    private static ThemePlugin pluginWith(IndicatorEvaluation evaluation) {
        return new ThemePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("wijken", "Veilige wijken", "1.0.0", "[1.0,2.0)", 3);
            }

            @Override
            public ThemeCatalogue catalogue() {
                return new ThemeCatalogue("", List.of(new Subject("wijken.overlast", "Overlast", "",
                        List.of(goal("wijken.overlast-daalt", nuisance())))));
            }

            @Override
            public Optional<IndicatorEvaluation> evaluation(String indicatorId) {
                return indicatorId.equals("wijken.overlast") ? Optional.of(evaluation) : Optional.empty();
            }
        };
    }

    private static GoalResult evaluate(ThemePlugin plugin, List<Measurement> measurements, LocalDate today) {
        return GoalEvaluator.evaluate(goal("wijken.overlast-daalt", nuisance(), cbs()), measurements,
                Optional.empty(), EvaluationContext.dutch(2023, today), plugin::evaluation);
    }

    @Test
    void themesOwnJudgementOverridesTheDefaultRule() {
        GoalResult result = evaluate(pluginWith(new BelowThree()),
                List.of(figure(nuisance(), 2023, "2.5"), figure(cbs(), 2023, "1.9")), Fixtures.MAY_2024);

        IndicatorResult nuisance = result.indicators().getFirst();
        assertThat(nuisance.outcome()).isEqualTo(SeriesOutcome.BETTER);
        assertThat(nuisance.explanation()).isEqualTo("2023: 2,5 per 1.000 inwoners; nulwaarde 2,2 (gemiddelde "
                + "2019-2022); 14 % hoger → beter (regel van het thema: onder 3,0 per 1.000 inwoners)");
        assertThat(result.status()).isEqualTo(GoalStatus.ON_COURSE);
    }

    @Test
    void otherIndicatorsOfTheThemeKeepTheDefaultRule() {
        GoalResult result = evaluate(pluginWith(new BelowThree()),
                List.of(figure(nuisance(), 2023, "2.5"), figure(cbs(), 2023, "2.5")), Fixtures.MAY_2024);

        assertThat(result.indicators().get(1).outcome()).isEqualTo(SeriesOutcome.WORSE);
    }

    @Test
    void emptyJudgementFallsBackToTheDefaultRule() {
        GoalResult result = evaluate(pluginWith(new BelowThree()), List.of(figure(nuisance(), 2023, "3.5")),
                Fixtures.MAY_2024);

        assertThat(result.indicators().getFirst().outcome()).isEqualTo(SeriesOutcome.WORSE);
        assertThat(result.indicators().getFirst().explanation()).doesNotContain("regel van het thema");
    }

    @Test
    void themeIsNotAskedToJudgeAFigureThatIsNotThere() {
        BelowThree evaluation = new BelowThree();

        GoalResult result = evaluate(pluginWith(evaluation), List.of(), Fixtures.MAY_2024);

        assertThat(evaluation.calls).isEmpty();
        assertThat(result.indicators().getFirst().outcome()).isEqualTo(SeriesOutcome.EXPECTED_LATE);
    }

    @Test
    void themeEvaluationIsUsedAtIndicatorLevelToo() {
        IndicatorResult result = IndicatorEvaluator.evaluate(nuisance(), List.of(figure(nuisance(), 2023, "2.5")),
                dutch2023(), Optional.of(new BelowThree()));

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.BETTER);
    }

    @Test
    void pluginWithoutOwnEvaluationKeepsTheDefaultRules() {
        ThemePlugin plain = new ThemePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("wijken", "Veilige wijken", "1.0.0", "[1.0,2.0)", 3);
            }

            @Override
            public ThemeCatalogue catalogue() {
                return new ThemeCatalogue("", List.of());
            }
        };

        assertThat(plain.evaluation("wijken.overlast")).isEmpty();
        assertThat(evaluate(plain, List.of(figure(nuisance(), 2023, "2.5")), Fixtures.MAY_2024)
                .indicators().getFirst().outcome()).isEqualTo(SeriesOutcome.WORSE);
    }
}

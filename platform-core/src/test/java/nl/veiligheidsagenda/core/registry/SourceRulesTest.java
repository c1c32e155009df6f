package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.PublishedSource.Code;
import nl.veiligheidsagenda.core.model.PublishedSource.Filter;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import nl.veiligheidsagenda.core.spi.Version;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRulesTest {

    private static final Version CORE = Version.parse("1.2");
    private static final PublishedSource CRIME = new PublishedSource("83648NED",
            Code.of("Totaal geregistreerde misdrijven", "TotaalGeregistreerdeMisdrijven_1"),
            List.of(Filter.of("SoortMisdrijf", Code.of("Misdrijven, totaal", "T001161"))),
            PublishedSource.ValueKind.COUNT);

    @Test
    void acceptsAThemeWhoseSourcesNameItsOwnSeries() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin(List.of(
                new SeriesSource("wijken.incidenten", "totaal", CRIME, "")))), CORE);

        assertThat(registry.installed().getFirst().problems()).isEmpty();
        assertThat(registry.accepted().getFirst().sources()).hasSize(1);
    }

    @Test
    void refusesUnknownSeriesDuplicatesIncompleteSourcesAndCountsForPercentagesAllAtOnce() {
        PublishedSource noMeasure = new PublishedSource(" ", new Code("", List.of()),
                List.of(new Filter("SoortMisdrijf", List.of())), PublishedSource.ValueKind.VALUE);
        PluginRegistry registry = PluginRegistry.of(List.of(plugin(List.of(
                new SeriesSource("wijken.incidenten", "totaal", CRIME, ""),
                new SeriesSource("wijken.incidenten", "totaal", CRIME, ""),
                new SeriesSource("wijken.incidenten", "onbekend", CRIME, ""),
                new SeriesSource("wijken.aandeel", "totaal", noMeasure, ""),
                new SeriesSource("wijken.aandeel", "totaal", CRIME, "")))), CORE);

        List<String> messages = registry.installed().getFirst().problems().stream()
                .map(problem -> problem.message(Locale.ENGLISH)).toList();
        assertThat(registry.accepted()).isEmpty();
        assertThat(messages).containsExactly(
                "Theme 'wijken', element 'wijken.incidenten/totaal': the series has more than one source",
                "Theme 'wijken', element 'wijken.incidenten/onbekend': the source names a series the theme does not have",
                "Theme 'wijken', element 'wijken.aandeel/totaal': a source names a table, a measure with title and code,"
                        + " and per filter a dimension with values",
                "Theme 'wijken', element 'wijken.aandeel/totaal': a source names a table, a measure with title and code,"
                        + " and per filter a dimension with values",
                "Theme 'wijken', element 'wijken.aandeel/totaal': the series has more than one source",
                "Theme 'wijken', element 'wijken.aandeel/totaal': a percentage cannot be computed from a count: the"
                        + " source must give the value itself");
    }

    @Test
    void aPluginWithoutSourcesMapsNothing() {
        ThemePlugin plain = TestPlugins.plugin("wijken", "[1.0,2.0)");

        assertThat(plain.sources()).isEmpty();
    }

    private static ThemePlugin plugin(List<SeriesSource> sources) {
        Indicator count = new Indicator("wijken.incidenten", "Incidenten per 1.000 inwoners", Unit.PER_1000_RESIDENTS,
                "Politie", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER, "",
                List.of(new Series("totaal", "Totaal", Unit.PER_1000_RESIDENTS,
                        Baseline.of("2.2", BaselinePeriod.averageOfYears(2019, 2022)))));
        Indicator share = new Indicator("wijken.aandeel", "Aandeel bewoners", Unit.PERCENT_RESIDENTS_15_PLUS,
                "Veiligheidsmonitor", Cadence.biennial(2021), "", Direction.LOWER_IS_BETTER, "",
                List.of(new Series("totaal", "Totaal", Unit.PERCENT_RESIDENTS_15_PLUS,
                        Baseline.of("17", BaselinePeriod.year(2021)))));
        Goal goal = new Goal("wijken.overlast-daalt", "Overlast daalt.",
                new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE, "daalt"), List.of(count, share),
                List.of());
        ThemeCatalogue catalogue = new ThemeCatalogue("Inleiding.", List.of(new Subject("wijken.overlast", "Overlast",
                "", List.of(goal))));
        return TestPlugins.plugin(new PluginDescriptor("wijken", "Wijken", "1.0.0", "[1.0,2.0)", 1), () -> catalogue,
                sources);
    }
}

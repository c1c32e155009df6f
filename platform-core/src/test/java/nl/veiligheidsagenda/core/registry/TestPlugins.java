package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.function.Supplier;

/** Small plugins for registry tests: a valid catalogue, and ways to break a descriptor or a catalogue. */
final class TestPlugins {

    private TestPlugins() {
    }

    static ThemeCatalogue validCatalogue(String themeId) {
        Indicator indicator = new Indicator(themeId + ".incidenten", "Aantal incidenten per 1.000 inwoners",
                Unit.PER_1000_RESIDENTS, "Politie", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER, "",
                List.of(new Series("totaal", "Totaal", Unit.PER_1000_RESIDENTS,
                        Baseline.of("2.2", BaselinePeriod.averageOfYears(2019, 2022)))));
        Action action = new Action(themeId + ".toezicht", "Toezicht", "Wij houden toezicht.", List.of("Politie"),
                List.of("Jeugd"), "2023");
        Goal goal = new Goal(themeId + ".overlast-daalt", "Overlast daalt.",
                new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE, "daalt"), List.of(indicator),
                List.of(action));
        return new ThemeCatalogue("Inleiding.", List.of(new Subject(themeId + ".overlast", "Overlast", "",
                List.of(goal))));
    }

    static ThemePlugin plugin(String id, String supportedCore) {
        return plugin(new PluginDescriptor(id, "Thema " + id, "1.0.0", supportedCore, 1),
                () -> validCatalogue(id));
    }

    static ThemePlugin plugin(PluginDescriptor descriptor, Supplier<ThemeCatalogue> catalogue) {
        return plugin(descriptor, catalogue, List.of());
    }

    static ThemePlugin plugin(PluginDescriptor descriptor, Supplier<ThemeCatalogue> catalogue,
                              List<SeriesSource> sources) {
        return new ThemePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public ThemeCatalogue catalogue() {
                return catalogue.get();
            }

            @Override
            public List<SeriesSource> sources() {
                return sources;
            }
        };
    }
}

package nl.veiligheidsagenda.theme.verkeer;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;

/** Theme 6 of an example plan: Verkeersveiligheid. Its content is data, quoted word for word from the plan. */
public final class VerkeerPlugin implements ThemePlugin {

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("verkeer", "Verkeersveiligheid",
            PluginProperties.version(VerkeerPlugin.class.getResourceAsStream("plugin.properties")), "[1.0,2.0)", 6);

    private static final Indicator ONGEVALLEN = new Indicator("verkeer.verkeersongevallen-met-letsel",
            "Aantal verkeersongevallen met letsel per jaar per 1.000 inwoners", Unit.PER_1000_RESIDENTS, "Politie",
            Cadence.annual(2019), "", Direction.LOWER_IS_BETTER, "",
            List.of(new Series("totaal", "Totaal", Unit.PER_1000_RESIDENTS,
                    Baseline.of("1.4", BaselinePeriod.averageOfYears(2019, 2022)))));

    private static final Action SCHOOLZONES = new Action("verkeer.veilige-schoolzones", "Veilige schoolzones",
            "Wij richten rond elke basisschool een veilige schoolzone in.", List.of("Scholen"), List.of("Jeugd"),
            "2024");

    private static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(
            "Iedereen moet zich veilig door de stad kunnen bewegen.",
            List.of(new Subject("verkeer.verkeersongevallen", "Verkeersongevallen",
                    "Het aantal verkeersongevallen met letsel is de afgelopen jaren gestegen.",
                    List.of(new Goal("verkeer.minder-ongevallen",
                            "Het aantal verkeersongevallen met letsel daalt ten opzichte van de voorgaande periode.",
                            new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE,
                                    "daalt ten opzichte van de voorgaande periode"),
                            List.of(ONGEVALLEN), List.of(SCHOOLZONES))))));

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ThemeCatalogue catalogue() {
        return CATALOGUE;
    }
}

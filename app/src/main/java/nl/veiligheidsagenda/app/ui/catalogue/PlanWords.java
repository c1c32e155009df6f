package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.GoalRuleWords;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.PeriodDifference;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan's coded facts in plain words for readers: how a goal is judged, how often an indicator is measured,
 * which way is better, what a unit means. Views pass {@code this::getTranslation} and their locale.
 */
public final class PlanWords {

    private final Formats.Translator translator;
    private final Locale locale;

    public PlanWords(Formats.Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    /** How the goal is judged, in a few sentences (the same as the progress report's, see {@link GoalRuleWords}). */
    public List<String> rule(Goal goal) {
        return new GoalRuleWords(translator::translate).rule(goal);
    }

    /**
     * "De nulwaarde van Meldingen … beslaat gemiddelde 2019-2021, het doel noemt gemiddelde 2019-2022. <reason>"
     */
    public String periodDifference(PeriodDifference difference) {
        return new GoalRuleWords(translator::translate).periodDifference(difference);
    }

    /** "jaarlijks vanaf 2019; cijfers voorgaande jaar vanaf april beschikbaar", "tweejaarlijks vanaf 2021". */
    public String cadence(Cadence cadence) {
        String frequency = translator.translate("catalogue.cadence." + cadence.frequency().name(),
                String.valueOf(cadence.firstYear()));
        return cadence.availableFromMonth()
                .map(month -> frequency + "; " + translator.translate("catalogue.cadence.available",
                        month.getDisplayName(TextStyle.FULL, locale)))
                .orElse(frequency);
    }

    /** "lager is beter" or "hoger is beter". */
    public String direction(Direction direction) {
        return translator.translate("catalogue.direction." + direction.name());
    }

    /** The unit in full words, e.g. "aantal per 1.000 jeugdigen van 12 tot en met 24 jaar". */
    public String unit(Unit unit) {
        return translator.translate("catalogue.unit." + unit.name());
    }

    /** The unit as written after a number, e.g. "per 1.000 woningen". */
    public String unitShort(Unit unit) {
        return translator.translate("unit.short." + unit.name());
    }

    /** The series' baseline with unit and period, e.g. "5,8 per 1.000 woningen (gemiddelde 2019-2022)". */
    public Optional<String> baseline(Series series) {
        return series.baselineIfAny().map(value -> Formats.baseline(value, series.unit(), locale, translator));
    }

    /** As Bijlage 2 writes it: "Woninginbraken: 5,8 per 1.000 woningen (gemiddelde 2019-2022)", or "Casussen: -". */
    public String seriesBaseline(Series series) {
        return translator.translate("catalogue.series.baseline", series.name(),
                baseline(series).orElseGet(this::none));
    }

    /** The plan's mark for "nothing here": "-". */
    public String none() {
        return translator.translate("catalogue.none");
    }

    /** The text itself, or "-" when it is blank. */
    public String orNone(String text) {
        return text == null || text.isBlank() ? none() : text;
    }
}

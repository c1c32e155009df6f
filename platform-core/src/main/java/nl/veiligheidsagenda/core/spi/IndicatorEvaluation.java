package nl.veiligheidsagenda.core.spi;

import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A theme's own judgement of one indicator, for the rare indicator the core's default rule (compare with the
 * baseline, 2 % tolerance, in the indicator's direction) does not fit. A theme returns it from
 * {@link ThemePlugin#evaluation(String)}; the core still decides whether a figure is due, late or not measured,
 * and still writes the explanation.
 */
public interface IndicatorEvaluation {

    /** The judgements a theme may give; the core maps them one to one onto its own outcomes. */
    enum Judgement {
        BETTER,
        ABOUT_THE_SAME,
        WORSE,
        /** A rise the story behind the figures explains (more reports because more is found). */
        HIGHER_SEE_EXPLANATION
    }

    /**
     * Judges the value one series has in {@code year}. Called only when that value exists; the series' baseline
     * may be absent. Return empty to leave this series to the core's default rule.
     */
    Optional<Judgement> judge(Indicator indicator, Series series, int year, BigDecimal value);

    /**
     * A few words naming the theme's rule, appended to the explanation (e.g. "daling ten opzichte van 2022");
     * empty adds nothing. Dutch for a Dutch locale, English for an English one.
     */
    default String ruleDescription(Locale locale) {
        return "";
    }
}

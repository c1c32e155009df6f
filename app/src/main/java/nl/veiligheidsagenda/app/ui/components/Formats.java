package nl.veiligheidsagenda.app.ui.components;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and units as the Dutch locale writes them: 0,6 and 1.234, not 0.6 and 1,234. */
public final class Formats {

    private Formats() {
    }

    public static String number(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(Math.max(0, Math.min(3, value.stripTrailingZeros().scale())));
        return format.format(value);
    }

    /** A value with its unit, e.g. "17 %" or "2,2 per 1.000 inwoners". */
    public static String withUnit(BigDecimal value, Unit unit, Locale locale, Translator translator) {
        String number = number(value, locale);
        return unit == Unit.PERCENT_RESIDENTS_15_PLUS ? number + " %"
                : number + " " + translator.translate("unit.short." + unit.name());
    }

    /** "2,2 per 1.000 inwoners (gemiddelde 2019-2022)". */
    public static String baseline(Baseline baseline, Unit unit, Locale locale, Translator translator) {
        return withUnit(baseline.value(), unit, locale, translator) + " (" + baseline.period().label() + ")";
    }

    /** Looks up a UI text; views pass {@code this::getTranslation}. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... parameters);
    }
}

package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The explanation texts of one language: patterns from the bundle, numbers in the same language's format (Dutch:
 * decimal comma, thousands dot). Arguments are always passed as ready strings, so years never get a group dot.
 */
final class Texts {

    static final Locale DUTCH = Locale.of("nl");

    private static final String BUNDLE = "nl.veiligheidsagenda.core.evaluation.messages";
    private static final BigDecimal TOLERANCE_PERCENT = BaselineComparison.TOLERANCE.movePointRight(2);

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale requested) {
        bundle = ResourceBundle.getBundle(BUNDLE, requested);
        // The base bundle is Dutch; format numbers in the language the texts came out in.
        Locale found = bundle.getLocale();
        locale = found.getLanguage().isEmpty() ? DUTCH : found;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A value with as many decimals as it has (trailing zeros dropped): 1.90 → "1,9", 12500 → "12.500". */
    String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(0, stripped.scale());
        return fixed(stripped, decimals, decimals);
    }

    /**
     * A relative difference without sign: whole percents from 10 %, one decimal below (dropped when 0), and two
     * decimals for a judged difference that would otherwise read as the 2 % tolerance itself (2.01 → "2,01").
     */
    String percent(BigDecimal percent, boolean judged) {
        BigDecimal absolute = percent.abs();
        int decimals = absolute.compareTo(BigDecimal.TEN) >= 0 ? 0 : 1;
        if (judged && absolute.setScale(decimals, RoundingMode.HALF_UP).compareTo(TOLERANCE_PERCENT) <= 0) {
            return fixed(absolute, 2, 2);
        }
        return fixed(absolute, 0, decimals);
    }

    private String fixed(BigDecimal value, int minimumDecimals, int maximumDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(maximumDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** "1,9 per 1.000 inwoners", "17 % van de bewoners (15+)". */
    String valueWithUnit(BigDecimal value, Unit unit) {
        return text("unit." + unit.name(), number(value));
    }

    /** A baseline value: a bare number, with a percent sign for percentages ("2,2", "19 %"). */
    String baselineValue(BigDecimal value, Unit unit) {
        return unit.isPercentage() ? text("baseline.percent", number(value)) : number(value);
    }

    /** "2021", "gemiddelde 2019-2022", "gemiddelde 2019 en 2021". */
    String period(BaselinePeriod period) {
        List<Integer> years = period.years();
        String allButLast = years.subList(0, years.size() - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return text("period." + period.kind().name(), String.valueOf(period.firstYear()),
                String.valueOf(period.lastYear()), allButLast);
    }

    /** "april 2024" / "April 2024". */
    String month(Month month, int year) {
        return month.getDisplayName(TextStyle.FULL, locale) + " " + year;
    }

    /** "januari 2024", "januari 2024 en april 2024", "a, b en c" (English: "and"). */
    String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + text("list.and") + items.getLast();
    }

    static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A caveat of the plan on one line. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}

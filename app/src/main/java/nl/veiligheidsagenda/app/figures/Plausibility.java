package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a figure that the rules allow is still unlikely: more than {@value #FACTOR} times the highest or less
 * than a {@value #FACTOR}rd of the lowest of what the series has said before (its baseline and its other years).
 * Such a value is often a typing slip ("1.234,5" for "1,2345", a count typed as a rate); the entry form asks the
 * owner to confirm it before it is saved. A series with nothing before it has no doubt, and a value outside its
 * unit's range (negative, a percentage above 100, a rate per 1,000 above 1,000) is left to the rules that refuse
 * it.
 */
public final class Plausibility {

    static final int FACTOR = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Locale DUTCH = Locale.of("nl", "NL");

    private Plausibility() {
    }

    /**
     * The question to ask the owner about {@code value} for {@code series} in {@code year}, or empty when it fits
     * with what came before ({@code stored}: the series' stored figures, any year).
     */
    public static Optional<String> doubt(Series series, int year, BigDecimal value, Collection<StoredFigure> stored) {
        if (outsideUnitRange(series.unit(), value)) {
            return Optional.empty(); // refused by the rules, with their message, when it is saved
        }
        List<BigDecimal> before = new ArrayList<>();
        series.baselineIfAny().map(Baseline::value).ifPresent(before::add);
        stored.stream().filter(figure -> figure.seriesId().equals(series.id()) && figure.year() != year)
                .map(StoredFigure::value).forEach(before::add);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal lowest = before.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal highest = before.stream().max(Comparator.naturalOrder()).orElseThrow();
        boolean tooHigh = value.compareTo(highest.multiply(BigDecimal.valueOf(FACTOR))) > 0;
        boolean tooLow = lowest.signum() > 0
                && value.compareTo(lowest.divide(BigDecimal.valueOf(FACTOR), 6, RoundingMode.HALF_UP)) < 0;
        if (!tooHigh && !tooLow) {
            return Optional.empty();
        }
        String range = lowest.compareTo(highest) == 0 ? number(lowest)
                : Messages.text("plausibility.range", number(lowest), number(highest));
        return Optional.of(Messages.text(tooHigh ? "plausibility.high" : "plausibility.low", number(value),
                series.name(), range));
    }

    private static boolean outsideUnitRange(Unit unit, BigDecimal value) {
        return value.signum() < 0 || (unit.isPercentage() && value.compareTo(HUNDRED) > 0)
                || (unit.denominator().isPresent() && value.compareTo(THOUSAND) > 0);
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }
}

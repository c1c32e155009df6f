package nl.veiligheidsagenda.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A baseline value ("nulwaarde") and the period it stands for, exactly as the plan gives it.
 *
 * @param periodNote why the period differs from the one the goal's statement names (e.g. the survey question was
 *                   first asked in 2021), in the theme's words; empty when it does not differ. Since core SPI 1.2
 */
public record Baseline(BigDecimal value, BaselinePeriod period, String periodNote) {

    public Baseline {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
        periodNote = periodNote == null ? "" : periodNote.strip();
    }

    /** A baseline without period note: the only constructor of core SPI 1.0 and 1.1. */
    public Baseline(BigDecimal value, BaselinePeriod period) {
        this(value, period, "");
    }

    public static Baseline of(String value, BaselinePeriod period) {
        return new Baseline(new BigDecimal(value), period);
    }

    /** A baseline whose period differs from the goal's, with the reason. */
    public static Baseline of(String value, BaselinePeriod period, String periodNote) {
        return new Baseline(new BigDecimal(value), period, periodNote);
    }

    public boolean hasPeriodNote() {
        return !periodNote.isEmpty();
    }
}

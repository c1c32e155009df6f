package nl.veiligheidsagenda.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A baseline value ("nulwaarde") and the period it stands for, exactly as the plan gives it. */
public record Baseline(BigDecimal value, BaselinePeriod period) {

    public Baseline {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
    }

    public static Baseline of(String value, BaselinePeriod period) {
        return new Baseline(new BigDecimal(value), period);
    }
}

package nl.veiligheidsagenda.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns raw counts into the rates per 1,000 the plan's indicators use. */
public final class Rates {

    /** Decimals of a computed rate. */
    public static final int SCALE = 2;

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Rates() {
    }

    /**
     * {@code count} per 1,000 of {@code denominator} (e.g. registered burglaries per 1,000 dwellings), with
     * {@value #SCALE} decimals, rounded half up: 190 burglaries on 100,000 dwellings is 1.90.
     *
     * @throws IllegalArgumentException when the denominator is not positive or the count is negative
     */
    public static BigDecimal perThousand(long count, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("the denominator of a rate per 1,000 must be greater than 0 (the size "
                    + "of the population, e.g. the number of residents), but was " + denominator);
        }
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative, but was " + count);
        }
        return BigDecimal.valueOf(count).multiply(THOUSAND)
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}

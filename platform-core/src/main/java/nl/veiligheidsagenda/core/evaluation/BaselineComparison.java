package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Direction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The default rule that judges a value against its baseline.
 * <ul>
 *   <li>About the same: {@code |value - baseline| / baseline <= TOLERANCE} (2 %, inclusive), computed exactly.</li>
 *   <li>Otherwise better or worse depending on the indicator's {@link Direction}.</li>
 *   <li>A rise of an indicator with a reporting caveat is {@link SeriesOutcome#HIGHER_SEE_EXPLANATION}, never
 *       {@link SeriesOutcome#WORSE}; a fall is judged normally.</li>
 *   <li>Baseline 0: equal is about the same; any other value is a change, judged by direction (there is no
 *       relative difference then).</li>
 * </ul>
 */
public final class BaselineComparison {

    /** The largest relative difference that still counts as "about the same": 2 %. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    /** Decimals of {@link #relativeDifferencePercent}. */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BaselineComparison() {
    }

    /** Judges {@code value} against {@code baseline}; the result is one of the four judgements. */
    public static SeriesOutcome compare(Direction direction, boolean reportingCaveat, BigDecimal value,
                                        BigDecimal baseline) {
        Objects.requireNonNull(direction, "direction");
        BigDecimal difference = value.subtract(baseline);
        if (difference.abs().compareTo(baseline.abs().multiply(TOLERANCE)) <= 0) {
            return SeriesOutcome.ABOUT_THE_SAME;
        }
        boolean rose = difference.signum() > 0;
        boolean better = rose == (direction == Direction.HIGHER_IS_BETTER);
        if (better) {
            return SeriesOutcome.BETTER;
        }
        return rose && reportingCaveat ? SeriesOutcome.HIGHER_SEE_EXPLANATION : SeriesOutcome.WORSE;
    }

    /**
     * {@code (value - baseline) / baseline} in percent with {@value #PERCENT_SCALE} decimals, half up: 1.9 against
     * 2.2 is -13.64. Empty when the baseline is 0 (no relative difference exists).
     */
    public static Optional<BigDecimal> relativeDifferencePercent(BigDecimal value, BigDecimal baseline) {
        if (baseline.signum() == 0) {
            return value.signum() == 0 ? Optional.of(BigDecimal.ZERO.setScale(PERCENT_SCALE)) : Optional.empty();
        }
        return Optional.of(value.subtract(baseline).multiply(HUNDRED)
                .divide(baseline.abs(), PERCENT_SCALE, RoundingMode.HALF_UP));
    }
}

package nl.veiligheidsagenda.core.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure an owner entered: the value of one series of an indicator for one year, in the series' unit.
 *
 * @param indicatorId the indicator's id as in the catalogue
 * @param seriesId    the series' id as in the catalogue (single-series indicators too)
 * @param year        the year the figure is about (not the year it was entered)
 * @param value       the value in the series' unit, e.g. a rate per 1,000 (see {@link Rates}) or a percentage
 * @param status      provisional or final
 */
public record Measurement(String indicatorId, String seriesId, int year, BigDecimal value, MeasurementStatus status) {

    public Measurement {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
    }

    /** True when this figure is about the given series in the given year. */
    public boolean isFor(String indicatorId, String seriesId, int year) {
        return this.year == year && this.indicatorId.equals(indicatorId) && this.seriesId.equals(seriesId);
    }

    public boolean isProvisional() {
        return status == MeasurementStatus.PROVISIONAL;
    }
}

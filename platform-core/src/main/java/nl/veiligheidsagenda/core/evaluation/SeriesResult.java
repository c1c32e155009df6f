package nl.veiligheidsagenda.core.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one series in one year.
 *
 * @param seriesId                  the series' id
 * @param year                      the reporting year
 * @param outcome                   the judgement, or why there is none
 * @param measurement               the figure used (a final figure wins over a provisional one), empty without one
 * @param relativeDifferencePercent {@code (value - baseline) / baseline} in percent (e.g. -13.64), empty without
 *                                  value or baseline, or when the baseline is 0
 * @param explanation               one line for the council, e.g. "2023: 1,9 per 1.000 inwoners; nulwaarde 2,2
 *                                  (gemiddelde 2019-2022); 14 % lager → beter"
 */
public record SeriesResult(String seriesId, int year, SeriesOutcome outcome, Optional<Measurement> measurement,
                           Optional<BigDecimal> relativeDifferencePercent, String explanation) {

    public SeriesResult {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(relativeDifferencePercent, "relativeDifferencePercent");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The value of the year, if entered. */
    public Optional<BigDecimal> value() {
        return measurement.map(Measurement::value);
    }
}

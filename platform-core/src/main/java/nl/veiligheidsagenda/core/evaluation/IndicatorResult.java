package nl.veiligheidsagenda.core.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The result of one indicator in one year: its combined outcome (see {@link IndicatorEvaluator}) and the result
 * of each of its series in the plan's order.
 *
 * @param explanation one line; for a single-series indicator the series' own line
 */
public record IndicatorResult(String indicatorId, int year, SeriesOutcome outcome, String explanation,
                              List<SeriesResult> series) {

    public IndicatorResult {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        series = List.copyOf(series);
    }
}

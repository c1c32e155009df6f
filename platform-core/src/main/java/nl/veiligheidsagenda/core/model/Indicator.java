package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * An effect indicator as listed in the plan (and in its annex of indicators).
 *
 * @param id                stable id; figures in the database are keyed by it
 * @param name              the name as in the plan
 * @param unit              the unit of its series (a series may narrow it, e.g. per 1,000 dwellings)
 * @param source            who delivers the figure ("bron")
 * @param cadence           how often it is measured and when last year's figure arrives
 * @param remarks           the plan's remarks ("bijzonderheden") verbatim, empty when the plan gives "-"
 * @param direction         whether a lower or a higher value means progress, or {@link Direction#NOT_STATED} for a
 *                          signal of a goal accounted in words (the plan states no direction)
 * @param reportingCaveat   the plan's warning that more effort can raise this indicator (more is found or people
 *                          report more), or empty; a rise is then never shown as a plain "worse"
 * @param series            the measured series, each with its own baseline
 */
public record Indicator(String id, String name, Unit unit, String source, Cadence cadence, String remarks,
                        Direction direction, String reportingCaveat, List<Series> series) {

    public Indicator {
        remarks = remarks == null ? "" : remarks;
        reportingCaveat = reportingCaveat == null ? "" : reportingCaveat;
        series = List.copyOf(series);
    }

    public boolean hasReportingCaveat() {
        return !reportingCaveat.isBlank();
    }
}

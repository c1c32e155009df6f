package nl.veiligheidsagenda.app.figures;

import java.math.BigDecimal;

/**
 * A figure as an owner enters it: either the value itself (a percentage or a rate) or a raw count that is turned
 * into a rate per 1,000 with the year's denominator.
 *
 * @param expectedVersion the version the edit started from (0 for a new figure); null from scripts that replace
 */
public record FigureInput(String indicatorId, String seriesId, int year, BigDecimal value, Long count,
                          FigureStatus status, String source, Integer expectedVersion) {
}

package nl.veiligheidsagenda.app.imports.formats;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One value of a published statistics table, as a file gives it.
 *
 * @param position   the record number (OData files, counted over all pages) or line number (CSV) it comes from
 * @param table      the table's identifier when the file names it, else empty
 * @param measure    the measure's key (OData) or column title (CSV)
 * @param dimensions the other dimensions' values (keys, or titles in CSV), trimmed, by dimension name
 * @param region     the region's code or title, trimmed
 * @param period     the period
 * @param value      the number, or null when the file has none
 * @param missing    why the value is null (null, ".", "x", an attribute); null when there is a value
 * @param status     how final the figure is, from the period list (OData) or the provisional marks (CSV)
 */
public record Observation(long position, String table, String measure, Map<String, String> dimensions,
                          String region, Period period, BigDecimal value, Reason missing, PeriodStatus status) {
}

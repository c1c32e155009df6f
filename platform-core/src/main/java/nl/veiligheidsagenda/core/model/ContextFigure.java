package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * A figure the plan gives outside its indicators, e.g. the number of demonstrations with public-order advice per
 * year, or a comparison of Almere with the national average.
 *
 * @param unit   the unit of its points, in words as the plan uses it (e.g. "aantal", "%")
 * @param points labelled values in the plan's order (a year, a place, a topic)
 */
public record ContextFigure(String id, String title, String description, String unit, String source,
                            List<DataPoint> points) {

    public ContextFigure {
        points = List.copyOf(points);
    }

    public record DataPoint(String label, java.math.BigDecimal value) {

        public static DataPoint of(String label, String value) {
            return new DataPoint(label, new java.math.BigDecimal(value));
        }
    }
}

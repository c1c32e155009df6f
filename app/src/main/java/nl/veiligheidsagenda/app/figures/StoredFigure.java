package nl.veiligheidsagenda.app.figures;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A figure as stored: per indicator series, area and year. When it was entered as a raw count, the count and the
 * denominator population used are kept beside the computed rate.
 *
 * @param version increases with every change; an edit must name the version it started from
 */
public record StoredFigure(String indicatorId, String seriesId, String area, int year, BigDecimal value,
                           Long rawCount, Long population, FigureStatus status, String sourceNote, String enteredBy,
                           OffsetDateTime enteredAt, int version) {

    /** The whole municipality; districts may follow. */
    public static final String MUNICIPALITY = "gemeente";
}

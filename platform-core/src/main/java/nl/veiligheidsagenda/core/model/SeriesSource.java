package nl.veiligheidsagenda.core.model;

import java.util.Objects;

/**
 * A theme's statement that one of its series is published in a statistics table, so its yearly figures can be
 * imported. Series a theme does not map (figures the municipality keeps itself) are imported with the platform's
 * own CSV template or entered by hand.
 *
 * @param indicatorId the indicator, as in the theme's catalogue
 * @param seriesId    the series of that indicator
 * @param source      the table, measure and filters that give the figure
 * @param remark      what the reader of the mapping should know, e.g. which codes are assumptions not yet checked
 *                    against the table's metadata; empty when there is nothing to add
 */
public record SeriesSource(String indicatorId, String seriesId, PublishedSource source, String remark) {

    public SeriesSource {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(source, "source");
        remark = remark == null ? "" : remark;
    }
}

package nl.veiligheidsagenda.app.ui.figures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.util.List;
import java.util.Optional;

/**
 * The chart of an indicator's series that share one unit: each series over the years (baseline years up to the
 * end of the plan) with its baseline as a dashed line, the value axis named by the unit. Series in other units get
 * a chart of their own (figures per 1,000 dwellings and per 1,000 residents on one axis would compare what cannot
 * be compared). With more than one baseline the baselines' labels show on pointing at a line, not printed over
 * each other; the legend and the table name them. The values table on the same page is its text alternative.
 */
public final class IndicatorChart {

    private IndicatorChart() {
    }

    public static EChart of(Indicator indicator, List<StoredFigure> figures, PlanPeriod period, String label,
                            String baselineWord) {
        return of(indicator.series(), figures, period, label, baselineWord, "");
    }

    /**
     * @param shown    the series of one unit
     * @param unitName the unit's name for the value axis ("per 1.000 inwoners"); blank: no axis name
     */
    public static EChart of(List<Series> shown, List<StoredFigure> allFigures, PlanPeriod period, String label,
                            String baselineWord, String unitName) {
        List<StoredFigure> figures = allFigures.stream().filter(figure -> shown.stream()
                .anyMatch(series -> series.id().equals(figure.seriesId()))).toList();
        int first = shown.stream().flatMap(series -> series.baselineIfAny().stream())
                .mapToInt(baseline -> baseline.period().firstYear()).min().orElse(period.firstYear());
        first = Math.min(first, figures.stream().mapToInt(StoredFigure::year).min().orElse(first));
        ObjectNode option = EChart.option();
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 48).put("right", 24).put("top", unitName.isBlank() ? 24 : 40)
                .put("bottom", 56);
        ArrayNode years = option.putObject("xAxis").put("type", "category").putArray("data");
        for (int year = first; year <= period.lastYear(); year++) {
            years.add(String.valueOf(year));
        }
        // ECharts sizes the axis to the data only: leave room for the baselines' dashed lines too
        double highest = Math.max(figures.stream().mapToDouble(figure -> figure.value().doubleValue()).max().orElse(0),
                shown.stream().flatMap(series -> series.baselineIfAny().stream())
                        .mapToDouble(baseline -> baseline.value().doubleValue()).max().orElse(0));
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("min", 0);
        if (!unitName.isBlank()) {
            yAxis.put("name", unitName).put("nameLocation", "end").putObject("nameTextStyle").put("align", "left");
        }
        boolean labelsOnPointing = shown.stream().filter(series -> series.baselineIfAny().isPresent()).count() > 1;
        if (highest > 0) {
            yAxis.put("max", niceCeiling(highest * 1.15));
        }
        ArrayNode seriesArray = option.putArray("series");
        for (Series series : shown) {
            ObjectNode line = seriesArray.addObject().put("type", "line").put("name", series.name())
                    .put("connectNulls", true).put("symbolSize", 8);
            ArrayNode data = line.putArray("data");
            for (int year = first; year <= period.lastYear(); year++) {
                Optional<StoredFigure> figure = find(figures, series.id(), year);
                if (figure.isPresent()) {
                    data.add(figure.get().value());
                } else {
                    data.addNull();
                }
            }
            series.baselineIfAny().ifPresent(baseline -> {
                ObjectNode markLine = line.putObject("markLine").put("symbol", "none");
                markLine.putObject("label").put("position", "insideStartTop").put("show", !labelsOnPointing);
                markLine.putObject("emphasis").putObject("label").put("show", true);
                markLine.putObject("lineStyle").put("type", "dashed");
                markLine.putArray("data").addObject().put("name", baselineWord + " " + series.name())
                        .put("yAxis", baseline.value());
            });
        }
        return new EChart(option, label);
    }

    /** 1, 2 or 5 times a power of ten at or above {@code value}, so the axis ends on a round number. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static Optional<StoredFigure> find(List<StoredFigure> figures, String seriesId, int year) {
        return figures.stream().filter(figure -> figure.seriesId().equals(seriesId) && figure.year() == year)
                .findFirst();
    }
}

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
 * The chart of an indicator: each series over the years (baseline years up to the end of the plan) with its
 * baseline as a dashed line. The values table on the same page is its text alternative.
 */
public final class IndicatorChart {

    private IndicatorChart() {
    }

    public static EChart of(Indicator indicator, List<StoredFigure> figures, PlanPeriod period, String label,
                            String baselineWord) {
        int first = indicator.series().stream().flatMap(series -> series.baselineIfAny().stream())
                .mapToInt(baseline -> baseline.period().firstYear()).min().orElse(period.firstYear());
        first = Math.min(first, figures.stream().mapToInt(StoredFigure::year).min().orElse(first));
        ObjectNode option = EChart.option();
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 48).put("right", 24).put("top", 24).put("bottom", 56);
        ArrayNode years = option.putObject("xAxis").put("type", "category").putArray("data");
        for (int year = first; year <= period.lastYear(); year++) {
            years.add(String.valueOf(year));
        }
        // ECharts sizes the axis to the data only: leave room for the baselines' dashed lines too
        double highest = Math.max(figures.stream().mapToDouble(figure -> figure.value().doubleValue()).max().orElse(0),
                indicator.series().stream().flatMap(series -> series.baselineIfAny().stream())
                        .mapToDouble(baseline -> baseline.value().doubleValue()).max().orElse(0));
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("min", 0);
        if (highest > 0) {
            yAxis.put("max", niceCeiling(highest * 1.15));
        }
        ArrayNode seriesArray = option.putArray("series");
        for (Series series : indicator.series()) {
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
                markLine.putObject("label").put("position", "insideStartTop");
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

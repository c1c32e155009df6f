package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.report.ReportContent.Figure;
import nl.veiligheidsagenda.app.report.ReportContent.IndicatorPart;
import nl.veiligheidsagenda.core.model.Series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The chart of one indicator as SVG, drawn on the server so the HTML and the PDF show the same picture: the figures
 * per year as a line per series, and each series' baseline as a dashed line in the series' colour. Series differ
 * in colour, marker shape and line pattern (never colour alone); a provisional figure has an open marker. The
 * chart is named by its {@code title}; the figures table beside it is its text alternative.
 */
final class SvgChart {

    static final int WIDTH = 600;
    private static final int PLOT_LEFT = 64;
    private static final int PLOT_RIGHT = WIDTH - 16;
    private static final int PLOT_TOP = 14;
    private static final int PLOT_BOTTOM = 200;
    private static final int LEGEND_ROW = 20;
    private static final String FONT = "DejaVu Sans, Verdana, sans-serif";
    /** Dark enough for 4.5:1 on white, and apart from each other. */
    private static final String[] COLOURS = {"#1f4e99", "#a63c06", "#2e6b30", "#6a3d9a", "#7a5c00"};
    private static final String[] DASHES = {null, "8 3", "2 3", "10 3 2 3", "4 4"};

    private SvgChart() {
    }

    /**
     * @param id    unique in the document; the title element gets {@code id + "-title"}
     * @param title the chart's accessible name
     * @param alt   for the PDF: the alternative text of the figure (null in HTML, where the title names it)
     */
    static String svg(IndicatorPart part, List<Integer> years, String id, String title, String alt) {
        List<Series> series = part.indicator().series();
        int height = PLOT_BOTTOM + 34 + LEGEND_ROW * series.size();
        Scale scale = Scale.of(part, years);
        Markup svg = new Markup(4096);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", String.valueOf(WIDTH),
                "height", String.valueOf(height), "viewBox", "0 0 " + WIDTH + " " + height, "role", "img",
                "aria-labelledby", id + "-title", "alt", alt, "class", "chart", "font-family", FONT, "font-size", "12");
        svg.element("title", title, "id", id + "-title");
        axes(svg, scale, years);
        for (int i = 0; i < series.size(); i++) {
            series(svg, part, series.get(i), i, scale, years);
        }
        legend(svg, series, height);
        return svg.close("svg").toString();
    }

    private static void axes(Markup svg, Scale scale, List<Integer> years) {
        for (BigDecimal tick : scale.ticks()) {
            String y = format(scale.y(tick));
            svg.empty("line", "x1", String.valueOf(PLOT_LEFT), "x2", String.valueOf(PLOT_RIGHT), "y1", y, "y2", y,
                    "stroke", "#d0d0d0", "stroke-width", "1");
            svg.element("text", ReportTexts.number(tick), "x", String.valueOf(PLOT_LEFT - 6), "y",
                    format(scale.y(tick) + 4), "text-anchor", "end", "fill", "#333333");
        }
        svg.empty("line", "x1", String.valueOf(PLOT_LEFT), "x2", String.valueOf(PLOT_RIGHT), "y1",
                String.valueOf(PLOT_BOTTOM), "y2", String.valueOf(PLOT_BOTTOM), "stroke", "#333333");
        for (int year : years) {
            svg.element("text", String.valueOf(year), "x", format(x(year, years)), "y",
                    String.valueOf(PLOT_BOTTOM + 18), "text-anchor", "middle", "fill", "#333333");
        }
    }

    private static void series(Markup svg, IndicatorPart part, Series series, int index, Scale scale,
                               List<Integer> years) {
        String colour = COLOURS[index % COLOURS.length];
        series.baselineIfAny().ifPresent(baseline -> {
            String y = format(scale.y(baseline.value()));
            svg.empty("line", "x1", String.valueOf(PLOT_LEFT), "x2", String.valueOf(PLOT_RIGHT), "y1", y, "y2", y,
                    "stroke", colour, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        });
        List<String> points = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int year : years) {
            Optional<Figure> figure = part.figure(series, year);
            figure.ifPresent(found -> {
                points.add(format(x(year, years)) + "," + format(scale.y(found.value())));
                figures.add(found);
            });
        }
        if (points.size() > 1) {
            svg.empty("polyline", "points", String.join(" ", points), "fill", "none", "stroke", colour,
                    "stroke-width", "2", "stroke-dasharray", DASHES[index % DASHES.length]);
        }
        for (Figure figure : figures) {
            marker(svg, index, x(figure.year(), years), scale.y(figure.value()), colour, figure.provisional());
        }
    }

    private static void legend(Markup svg, List<Series> series, int height) {
        int top = PLOT_BOTTOM + 30;
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            int y = top + i * LEGEND_ROW;
            svg.empty("line", "x1", String.valueOf(PLOT_LEFT), "x2", String.valueOf(PLOT_LEFT + 28), "y1",
                    String.valueOf(y), "y2", String.valueOf(y), "stroke", colour, "stroke-width", "2",
                    "stroke-dasharray", DASHES[i % DASHES.length]);
            marker(svg, i, PLOT_LEFT + 14, y, colour, false);
            String name = series.get(i).name();
            svg.element("text", name, "x", String.valueOf(PLOT_LEFT + 36), "y", String.valueOf(y + 4),
                    "fill", "#222222");
            if (series.get(i).baseline() != null) {
                int x = PLOT_LEFT + 60 + Math.min(260, name.length() * 7);
                svg.empty("line", "x1", String.valueOf(x), "x2", String.valueOf(x + 28), "y1", String.valueOf(y),
                        "y2", String.valueOf(y), "stroke", colour, "stroke-width", "1.5", "stroke-dasharray", "6 4");
                svg.element("text", ReportTexts.text("report.chart.baseline"), "x", String.valueOf(x + 34),
                        "y", String.valueOf(y + 4), "fill", "#222222");
            }
        }
        svg.element("text", ReportTexts.text("report.chart.provisional"), "x", String.valueOf(PLOT_RIGHT),
                "y", String.valueOf(height - 6), "text-anchor", "end", "fill", "#444444", "font-size", "11");
    }

    /** Circle, square, triangle, diamond, cross: one shape per series. Open (white) when provisional. */
    private static void marker(Markup svg, int index, double x, double y, String colour, boolean open) {
        String fill = open ? "#ffffff" : colour;
        String[] style = {"fill", fill, "stroke", colour, "stroke-width", "1.5"};
        switch (index % 5) {
            case 0 -> svg.empty("circle", concat(new String[] {"cx", format(x), "cy", format(y), "r", "4"}, style));
            case 1 -> svg.empty("rect", concat(new String[] {"x", format(x - 4), "y", format(y - 4), "width", "8",
                    "height", "8"}, style));
            case 2 -> svg.empty("polygon", concat(new String[] {"points", points(x, y - 5, x + 5, y + 4, x - 5,
                    y + 4)}, style));
            case 3 -> svg.empty("polygon", concat(new String[] {"points", points(x, y - 5, x + 5, y, x, y + 5,
                    x - 5, y)}, style));
            default -> svg.empty("path", "d", "M" + format(x - 4) + " " + format(y - 4) + " L" + format(x + 4) + " "
                    + format(y + 4) + " M" + format(x - 4) + " " + format(y + 4) + " L" + format(x + 4) + " "
                    + format(y - 4), "stroke", colour, "stroke-width", "2.5");
        }
    }

    private static String points(double... coordinates) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < coordinates.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(format(coordinates[i])).append(',').append(format(coordinates[i + 1]));
        }
        return points.toString();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static double x(int year, List<Integer> years) {
        int index = years.indexOf(year);
        double step = years.size() == 1 ? 0 : (PLOT_RIGHT - PLOT_LEFT - 40.0) / (years.size() - 1);
        return years.size() == 1 ? (PLOT_LEFT + PLOT_RIGHT) / 2.0 : PLOT_LEFT + 20 + index * step;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The value axis: from 0 to a round number above every figure and baseline, with 4 or 5 ticks. */
    private record Scale(BigDecimal top, BigDecimal step) {

        static Scale of(IndicatorPart part, List<Integer> years) {
            BigDecimal max = BigDecimal.ZERO;
            for (Series series : part.indicator().series()) {
                if (series.baseline() != null) {
                    max = max.max(series.baseline().value());
                }
            }
            for (Figure figure : part.figures()) {
                if (years.contains(figure.year())) {
                    max = max.max(figure.value());
                }
            }
            if (max.signum() == 0) {
                return new Scale(BigDecimal.ONE, new BigDecimal("0.25"));
            }
            BigDecimal step = niceStep(max.multiply(new BigDecimal("1.1")).divide(BigDecimal.valueOf(4), 10,
                    RoundingMode.HALF_UP));
            BigDecimal top = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
            if (top.compareTo(max) == 0) {
                top = top.add(step);
            }
            return new Scale(top, step);
        }

        /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
        private static BigDecimal niceStep(BigDecimal raw) {
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
            for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
                BigDecimal candidate = power.multiply(new BigDecimal(factor));
                if (candidate.compareTo(raw) >= 0) {
                    return candidate.stripTrailingZeros();
                }
            }
            return power.multiply(BigDecimal.TEN);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
                ticks.add(tick);
            }
            return ticks;
        }

        double y(BigDecimal value) {
            return PLOT_BOTTOM - value.doubleValue() / top.doubleValue() * (PLOT_BOTTOM - PLOT_TOP);
        }
    }
}

package nl.veiligheidsagenda.app.ui.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import nl.veiligheidsagenda.app.ui.components.FigureTable;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.app.ui.figures.EChart;
import nl.veiligheidsagenda.core.model.ContextFigure;

/**
 * A context figure: its title as a heading, its description, a bar per data point (Apache ECharts), and the same
 * figures as a table, the chart's text alternative, with the figure's source.
 */
class FigureChartView extends Div {

    /** @param headingLevel the level of the figure's title, as for a heading block of level 1 */
    FigureChartView(ContextFigure figure, int headingLevel) {
        addClassName("va-figure");
        add(BlockView.heading(headingLevel, figure.title()));
        if (!figure.description().isBlank()) {
            add(new PlanText(figure.description()));
        }
        add(chart(figure), new FigureTable(figure), BlockView.muted(getTranslation("indicator.source") + ": "
                + figure.source()));
    }

    private EChart chart(ContextFigure figure) {
        ObjectNode option = EChart.option();
        option.putObject("grid").put("left", 16).put("right", 24).put("top", 8).put("bottom", 8)
                .put("containLabel", true);
        ArrayNode labels = option.putObject("yAxis").put("type", "category").put("inverse", true)
                .putArray("data");
        option.putObject("xAxis").put("type", "value").put("min", 0);
        ArrayNode values = option.putArray("series").addObject().put("type", "bar").put("name", figure.unit())
                .putArray("data");
        figure.points().forEach(point -> {
            labels.add(point.label().length() > 48 ? point.label().substring(0, 47) + "…" : point.label());
            values.add(point.value());
        });
        EChart chart = new EChart(option, getTranslation("content.chart.label", figure.title()));
        chart.setHeight(Math.max(160, 36 * figure.points().size() + 40) + "px");
        return chart;
    }
}

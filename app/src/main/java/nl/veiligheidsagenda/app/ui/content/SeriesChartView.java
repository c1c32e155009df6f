package nl.veiligheidsagenda.app.ui.content;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.app.ui.figures.IndicatorChart;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.util.Comparator;
import java.util.List;

/**
 * One series of an indicator: a chart of its figures per year against its baseline (dashed), then the same as a
 * table (the chart's text alternative: the baseline, then every year with a figure) and a link to the indicator.
 */
class SeriesChartView extends Div {

    SeriesChartView(ContentTargets.SeriesData data) {
        addClassName("va-figure");
        Indicator indicator = data.entry().indicator();
        Series series = indicator.series().stream().filter(one -> one.id().equals(data.seriesId())).findFirst()
                .orElseThrow();
        Indicator one = new Indicator(indicator.id(), indicator.name(), indicator.unit(), indicator.source(),
                indicator.cadence(), indicator.remarks(), indicator.direction(), indicator.reportingCaveat(),
                List.of(series));
        String title = indicator.name() + ": " + series.name();
        add(IndicatorChart.of(one, data.figures(), data.calendar().period(),
                getTranslation("content.chart.label", title), getTranslation("chart.baseline")));
        add(table(title, series, data.figures()));
        add(new Paragraph(new Anchor(CatalogueLinks.indicatorPath(indicator.id()),
                getTranslation("content.series.more", indicator.name()))));
    }

    private NativeTable table(String title, Series series, List<StoredFigure> figures) {
        NativeTable table = new NativeTable();
        table.addClassName("va-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(title);
        NativeTableRow header = new NativeTableRow(headerCell(getTranslation("content.series.year"), "col"),
                headerCell(getTranslation("content.series.value"), "col"));
        NativeTableBody body = new NativeTableBody();
        series.baselineIfAny().ifPresent(baseline -> body.add(new NativeTableRow(
                headerCell(getTranslation("chart.baseline") + " (" + baseline.period().label() + ")", "row"),
                number(Formats.number(baseline.value(), getLocale())))));
        figures.stream().sorted(Comparator.comparingInt(StoredFigure::year)).forEach(figure ->
                body.add(new NativeTableRow(headerCell(String.valueOf(figure.year()), "row"),
                        number(Formats.number(figure.value(), getLocale())))));
        if (figures.isEmpty()) {
            body.add(new NativeTableRow(headerCell(getTranslation("content.series.no-figures"), "row"),
                    number("–")));
        }
        table.add(caption, new NativeTableHeader(header), body);
        return table;
    }

    private static NativeTableHeaderCell headerCell(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private static NativeTableCell number(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.getStyle().set("text-align", "end");
        return cell;
    }
}

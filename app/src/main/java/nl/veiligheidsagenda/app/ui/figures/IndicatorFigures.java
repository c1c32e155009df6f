package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.figures.StoredStory;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.app.ui.components.StackedTable;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;

/**
 * The figures of an indicator on its page: a chart of every series with its baseline, the same data as a table
 * (the chart's text alternative) and the stories behind the figures by year.
 */
public class IndicatorFigures extends Div {

    public IndicatorFigures(Indicator indicator, FigureService figures, StoryService stories, PlanPeriod period) {
        List<StoredFigure> values = figures.figures(indicator.id());
        add(new H2(getTranslation("figures.title")));
        if (values.isEmpty()) {
            add(new Paragraph(getTranslation("figures.none")));
        } else {
            add(IndicatorChart.of(indicator, values, period,
                    getTranslation("figures.chart-label", indicator.name()), getTranslation("chart.baseline")));
        }
        add(table(indicator, values));
        add(new H2(getTranslation("figures.stories")));
        List<StoredStory> written = stories.stories(StoredStory.StoryKind.INDICATOR, indicator.id());
        if (written.isEmpty()) {
            add(new Paragraph(getTranslation("figures.no-stories")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale());
        for (StoredStory story : written) {
            add(new H3(String.valueOf(story.year())), new PlanText(story.body()));
            Paragraph by = new Paragraph(getTranslation("figures.story-by", story.author(),
                    date.format(story.writtenAt())));
            by.addClassName("va-muted");
            add(by);
        }
    }

    private NativeTable table(Indicator indicator, List<StoredFigure> values) {
        NativeTable table = new NativeTable();
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(getTranslation("figures.table-caption", indicator.name()));
        table.add(caption);
        NativeTableRow header = new NativeTableRow();
        header.add(headerCell(getTranslation("dashboard.year"), "col"));
        indicator.series().forEach(series -> header.add(headerCell(series.name() + " ("
                + getTranslation("unit.short." + series.unit().name()) + ")", "col")));
        NativeTableHeader head = new NativeTableHeader();
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        NativeTableRow baseline = new NativeTableRow();
        baseline.add(headerCell(getTranslation("chart.baseline"), "row"));
        for (Series series : indicator.series()) {
            baseline.add(new NativeTableCell(series.baselineIfAny().map(value -> Formats.number(value.value(),
                    getLocale()) + " (" + value.period().label() + ")").orElse("-")));
        }
        body.add(baseline);
        for (int year : new TreeSet<>(values.stream().map(StoredFigure::year).toList())) {
            NativeTableRow row = new NativeTableRow();
            row.add(headerCell(String.valueOf(year), "row"));
            for (Series series : indicator.series()) {
                row.add(new NativeTableCell(values.stream()
                        .filter(value -> value.year() == year && value.seriesId().equals(series.id())).findFirst()
                        .map(value -> Formats.number(value.value(), getLocale())
                                + (value.status() == nl.veiligheidsagenda.app.figures.FigureStatus.PROVISIONAL
                                ? " (" + getTranslation("figure-status.PROVISIONAL").toLowerCase(getLocale()) + ")"
                                : ""))
                        .orElse("-")));
            }
            body.add(row);
        }
        table.add(head, body);
        table.addClassName("va-table");
        return StackedTable.onPhones(table);
    }

    private static NativeTableHeaderCell headerCell(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}

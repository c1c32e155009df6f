package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.security.PeopleService;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.IndicatorEntry;
import nl.veiligheidsagenda.app.ui.figures.IndicatorFigures;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

/**
 * An effect indicator ({@code indicator/<indicator id>}): its goal, unit, source, cadence and direction in words,
 * the plan's remarks and reporting caveat, and a table of its series with their baselines.
 */
@Route(CatalogueLinks.INDICATOR + "/:indicatorId")
@PermitAll
public class IndicatorView extends ItemPage<IndicatorEntry> {

    private final FigureService figures;
    private final StoryService stories;
    private final PlanCalendar calendar;
    private final PeopleService people;

    @Inject
    public IndicatorView(ThemeService themes, FigureService figures, StoryService stories, PlanCalendar calendar,
                         Security security) {
        super(themes, "indicatorId", CatalogueIndex::indicator);
        this.people = security.people();
        this.figures = figures;
        this.stories = stories;
        this.calendar = calendar;
    }

    @Override
    void show(IndicatorEntry entry) {
        Indicator indicator = entry.indicator();
        PlanWords words = words();
        add(new Trail(entry.place()), heading(indicator.name()));
        add(new FactList()
                .add("catalogue.indicator.goal", CatalogueLinks.goal(entry.place().goal()))
                .add("catalogue.indicator.definition", indicator.name())
                .add("catalogue.indicator.unit", words.unit(indicator.unit()))
                .add("indicator.source", indicator.source())
                .add("catalogue.indicator.cadence", words.cadence(indicator.cadence()))
                .add("catalogue.indicator.direction", words.direction(entry.place().goal().statedDirection(indicator)))
                .add("catalogue.indicator.remarks", words.orNone(indicator.remarks())));
        if (indicator.hasReportingCaveat()) {
            add(new CaveatNotice(indicator.reportingCaveat()));
        }
        H2 seriesHeading = new H2(getTranslation("catalogue.indicator.series.title"));
        CatalogueTable table = new CatalogueTable(seriesHeading, "series",
                getTranslation("catalogue.indicator.series.name"), getTranslation("catalogue.indicator.series.value"),
                getTranslation("catalogue.indicator.series.period"), getTranslation("catalogue.indicator.series.unit"));
        NativeTableBody body = table.addBody();
        indicator.series().forEach(series -> body.add(seriesRow(series, words)));
        add(seriesHeading, table);
        add(new IndicatorFigures(indicator, figures, stories, calendar.period(), people::displayName));
    }

    private NativeTableRow seriesRow(Series series, PlanWords words) {
        NativeTableRow row = new NativeTableRow(CatalogueTable.headerCell(series.name(), "row"));
        series.baselineIfAny().ifPresentOrElse(
                baseline -> row.add(CatalogueTable.cell(Formats.number(baseline.value(), getLocale())),
                        CatalogueTable.cell(baseline.period().label())),
                () -> row.add(CatalogueTable.cell(getTranslation("indicator.no-baseline")),
                        CatalogueTable.cell(words.none())));
        row.add(CatalogueTable.cell(words.unitShort(series.unit())));
        return row;
    }
}

package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;

/**
 * "Overzicht effectindicatoren" ({@code effectindicatoren}): the plan's Bijlage 2 rebuilt from the enabled themes,
 * a table per theme with subject, indicator, baseline per series, source and remarks.
 */
@Route("effectindicatoren")
@Menu(order = 7, title = "catalogue.nav.indicators", icon = "vaadin:table")
@PermitAll
public class IndicatorOverviewView extends CataloguePage {

    @Inject
    public IndicatorOverviewView(ThemeService themes) {
        super(themes);
        add(heading(getTranslation("catalogue.indicators.title")),
                new Paragraph(getTranslation("catalogue.indicators.intro")));
        index().themes().forEach(this::addTheme);
    }

    private void addTheme(ThemePlugin theme) {
        H2 heading = new H2(theme.descriptor().name());
        CatalogueTable table = new CatalogueTable(heading, "thema-" + theme.descriptor().id(),
                getTranslation("catalogue.indicators.column.subject"),
                getTranslation("catalogue.indicators.column.indicator"),
                getTranslation("catalogue.indicators.column.baseline"),
                getTranslation("catalogue.indicators.column.source"),
                getTranslation("catalogue.indicators.column.remarks"))
                .columnWidths("15%", "26%", "27%", "16%", "16%");
        theme.catalogue().subjects().forEach(subject -> addSubject(table.addBody(), subject));
        add(heading, table);
    }

    /** One body per subject, its name heading all of its rows. */
    private void addSubject(NativeTableBody body, Subject subject) {
        List<Indicator> indicators = subject.goals().stream().flatMap(goal -> goal.indicators().stream()).toList();
        NativeTableHeaderCell name = CatalogueTable.headerCell(subject.name(), "rowgroup");
        name.getElement().setAttribute("rowspan", String.valueOf(Math.max(1, indicators.size())));
        PlanWords words = words();
        if (indicators.isEmpty()) {
            body.add(new NativeTableRow(name, CatalogueTable.cell(getTranslation("catalogue.indicators.none")),
                    CatalogueTable.cell(words.none()), CatalogueTable.cell(words.none()),
                    CatalogueTable.cell(words.none())));
            return;
        }
        for (Indicator indicator : indicators) {
            NativeTableRow row = new NativeTableRow();
            if (indicator == indicators.getFirst()) {
                row.add(name);
            }
            row.add(CatalogueTable.cell(CatalogueLinks.indicator(indicator)), baselines(indicator, words),
                    CatalogueTable.cell(indicator.source()), CatalogueTable.cell(words.orNone(indicator.remarks())));
            body.add(row);
        }
    }

    private static NativeTableCell baselines(Indicator indicator, PlanWords words) {
        if (indicator.series().size() == 1) {
            return CatalogueTable.cell(words.seriesBaseline(indicator.series().getFirst()));
        }
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0").set("padding-inline-start", "var(--lumo-space-m)");
        indicator.series().forEach(series -> list.add(new ListItem(words.seriesBaseline(series))));
        return CatalogueTable.cell(list);
    }
}

package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Map;

/**
 * Every goal of the enabled themes with its status in a chosen year, filterable by theme. Status is icon and
 * text; the explanation says in one line why.
 */
@Route("voortgang")
@Menu(order = 2, title = "nav.dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    record Row(CatalogueIndex.Place goal, GoalResult result) {
    }

    private final GoalStatusService goals;
    private final PlanCalendar calendar;
    private final ThemeService themes;
    private final Grid<Row> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final ComboBox<ThemePlugin> theme = new ComboBox<>();
    private final Paragraph summary = new Paragraph();

    @Inject
    public DashboardView(GoalStatusService goals, PlanCalendar calendar, ThemeService themes) {
        this.goals = goals;
        this.calendar = calendar;
        this.themes = themes;
        addClassName("va-page");
        add(new H1(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.intro")));

        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(calendar.years());
        year.setValue(calendar.reportYear());
        theme.setLabel(getTranslation("dashboard.theme"));
        theme.setPlaceholder(getTranslation("dashboard.all-themes"));
        theme.setClearButtonVisible(true);
        theme.setItems(themes.enabled());
        theme.setItemLabelGenerator(plugin -> plugin.descriptor().name());
        year.addValueChangeListener(event -> refresh());
        YearInAddress.follow(year, this);
        theme.addValueChangeListener(event -> refresh());
        add(new HorizontalLayout(year, theme), summary);

        // Rows are drawn by the browser from plain values (LitRenderer, which escapes them): no components per row.
        grid.addColumn(LitRenderer.<Row>of("<a href=\"${item.href}\">${item.statement}</a>")
                        .withProperty("href", row -> "doel/" + row.goal().goal().id())
                        .withProperty("statement", row -> row.goal().goal().statement()))
                .setHeader(getTranslation("dashboard.goal")).setFlexGrow(4);
        grid.addColumn(row -> row.goal().theme().descriptor().name()).setHeader(getTranslation("dashboard.theme"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("goal.kind." + row.result().kind().name()))
                .setHeader(getTranslation("dashboard.kind")).setFlexGrow(2);
        grid.addColumn(StatusBadge.renderer(Row::result)).setHeader(getTranslation("dashboard.status"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.result().explanation()).setHeader(getTranslation("dashboard.explanation"))
                .setFlexGrow(5);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("dashboard.title"));
        add(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearInAddress.of(event.getLocation(), calendar).ifPresent(year::setValue);
    }

    private void refresh() {
        int chosen = year.getValue();
        Map<String, GoalResult> results = goals.goalStatuses(chosen, getLocale());
        List<Row> rows = CatalogueIndex.of(themes.enabled()).goals()
                .filter(ref -> theme.isEmpty() || ref.theme() == theme.getValue())
                .filter(ref -> results.containsKey(ref.goal().id()))
                .map(ref -> new Row(ref, results.get(ref.goal().id())))
                .toList();
        grid.setItems(rows);
        summary.setText(getTranslation("dashboard.summary", rows.size(), chosen));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.title");
    }
}

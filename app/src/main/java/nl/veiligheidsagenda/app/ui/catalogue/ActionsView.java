package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.AddressQuery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every action of every enabled theme ({@code acties}) with the progress its owners reported, filtered by theme,
 * subject, partner, target group, the status reported in a chosen year (the report year unless the address names
 * one), and text. The filters live in the address, so a filtered list can be bookmarked and shared.
 */
@Route("acties")
@Menu(order = 5, title = "catalogue.nav.actions", icon = "vaadin:tasks")
@PermitAll
public class ActionsView extends CataloguePage implements BeforeEnterObserver {

    private final List<ActionEntry> actions;
    private final ActionList list;
    private final ActionFilters filters;
    private final PlanCalendar calendar;
    private final Paragraph count = new Paragraph();

    @Inject
    public ActionsView(ThemeService themes, ProgressService progress, PlanCalendar calendar) {
        super(themes);
        this.calendar = calendar;
        CatalogueIndex index = index();
        actions = index.actions();
        Map<String, List<StoredProgress>> reported = progress.progressByAction();
        list = new ActionList(reported);
        count.setId("actions-count");
        count.getElement().setAttribute("role", "status");
        count.getStyle().set("font-weight", "600");
        filters = new ActionFilters(index, calendar.years(), calendar.reportYear(),
                year -> statusesIn(reported, year), this::filter);
        add(heading(getTranslation("catalogue.actions.title")),
                new Paragraph(getTranslation("catalogue.actions.intro")), filters, count, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.apply(event.getLocation(), calendar);
    }

    private static Map<String, ActionStatus> statusesIn(Map<String, List<StoredProgress>> reported, int year) {
        return reported.values().stream().flatMap(List::stream).filter(each -> each.year() == year)
                .collect(Collectors.toMap(StoredProgress::actionId, StoredProgress::status));
    }

    private void filter(ActionFilter filter) {
        List<ActionEntry> shown = actions.stream().filter(filter).toList();
        list.show(shown);
        count.setText(getTranslation("catalogue.actions.count", shown.size()));
        AddressQuery.show(this, filters.parameters());
    }
}

package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.html.Paragraph;
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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every action of every enabled theme ({@code acties}) with the progress its owners reported, filtered by theme,
 * subject, partner, target group, the status reported for the report year, and text.
 */
@Route("acties")
@Menu(order = 5, title = "catalogue.nav.actions", icon = "vaadin:tasks")
@PermitAll
public class ActionsView extends CataloguePage {

    private final List<ActionEntry> actions;
    private final ActionList list;
    private final Paragraph count = new Paragraph();

    @Inject
    public ActionsView(ThemeService themes, ProgressService progress, PlanCalendar calendar) {
        super(themes);
        CatalogueIndex index = index();
        actions = index.actions();
        int year = calendar.reportYear();
        Map<String, List<StoredProgress>> reported = progress.progressByAction();
        Map<String, ActionStatus> statusInYear = reported.values().stream().flatMap(List::stream)
                .filter(each -> each.year() == year)
                .collect(Collectors.toMap(StoredProgress::actionId, StoredProgress::status));
        list = new ActionList(reported);
        count.setId("actions-count");
        count.getElement().setAttribute("role", "status");
        count.getStyle().set("font-weight", "600");
        add(heading(getTranslation("catalogue.actions.title")),
                new Paragraph(getTranslation("catalogue.actions.intro")),
                new ActionFilters(index, year, statusInYear, this::filter), count, list);
        filter(ActionFilter.NONE);
    }

    private void filter(ActionFilter filter) {
        List<ActionEntry> shown = actions.stream().filter(filter).toList();
        list.show(shown);
        count.setText(getTranslation("catalogue.actions.count", shown.size()));
    }
}

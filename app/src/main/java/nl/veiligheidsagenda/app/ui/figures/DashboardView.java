package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.AddressQuery;
import nl.veiligheidsagenda.app.ui.components.ServerHtml;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Map;

/**
 * Progress in a chosen year, filterable by theme: per theme how its actions stand ("12 lopend, 3 afgerond, ..."),
 * then every goal as a card with its theme, kind, status (icon and text) and the one-line explanation why. Cards
 * stack, so the page reads on a phone as on a desktop. Year and theme filter both views and live in the address
 * ({@code voortgang?jaar=2024&thema=wijken}); goal links keep the year, a theme's action tally links to its actions
 * on Acties in that year. Both lists are drawn from server-built HTML ({@link DashboardLists}), not components.
 */
@Route("voortgang")
@Menu(order = 2, title = "nav.dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final GoalStatusService goals;
    private final ProgressService progress;
    private final PlanCalendar calendar;
    private final ThemeService themes;
    private final Select<Integer> year = new Select<>();
    private final ComboBox<ThemePlugin> theme = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final H2 actionsTitle = new H2();
    private final UnorderedList actionSummary = new UnorderedList();
    private final UnorderedList goalCards = new UnorderedList();
    private boolean opening;

    @Inject
    public DashboardView(GoalStatusService goals, ProgressService progress, PlanCalendar calendar,
                         ThemeService themes) {
        this.goals = goals;
        this.progress = progress;
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
        theme.addClassName("va-filter");
        year.addValueChangeListener(event -> refreshUnlessOpening());
        theme.addValueChangeListener(event -> refreshUnlessOpening());
        FlexLayout filters = new FlexLayout(year, theme);
        filters.addClassName("va-filters");
        summary.setId("goals-summary");
        actionSummary.setId("action-summary");
        goalCards.setId("goal-cards");
        goalCards.addClassName("va-card-list");
        goalCards.getElement().setAttribute("aria-label", getTranslation("dashboard.goals"));
        add(filters, actionsTitle, actionSummary, new H2(getTranslation("dashboard.goals")), summary, goalCards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        opening = true;
        try {
            year.setValue(YearInAddress.of(event.getLocation(), calendar).orElse(calendar.reportYear()));
            String themeId = AddressQuery.value(event.getLocation(), AddressQuery.THEME);
            theme.setValue(themes.enabled().stream().filter(plugin -> plugin.descriptor().id().equals(themeId))
                    .findFirst().orElse(null));
        } finally {
            opening = false;
        }
        refresh();
    }

    /** A choice in the page: show it (the address's choices are taken all at once, then shown once). */
    private void refreshUnlessOpening() {
        if (!opening) {
            refresh();
        }
    }

    private Map<String, String> parameters() {
        return AddressQuery.parameters(PlanCalendar.YEAR_PARAMETER, String.valueOf(year.getValue()),
                AddressQuery.THEME, theme.getOptionalValue().map(plugin -> plugin.descriptor().id()).orElse(""));
    }

    private void refresh() {
        AddressQuery.show(this, parameters());
        int chosen = year.getValue();
        List<ThemePlugin> shown = themes.enabled().stream()
                .filter(plugin -> theme.isEmpty() || plugin == theme.getValue()).toList();
        CatalogueIndex index = CatalogueIndex.of(shown);

        actionsTitle.setText(getTranslation("dashboard.actions.title", chosen));
        ActionTally tally = ActionTally.of(index, progress.progressOfYear(chosen));
        ServerHtml.show(actionSummary, DashboardLists.actionLines(shown, tally, chosen, this::getTranslation));

        Map<String, GoalResult> results = goals.goalStatuses(chosen, getLocale());
        List<CatalogueIndex.Place> places = index.goals().filter(place -> results.containsKey(place.goal().id()))
                .toList();
        ServerHtml.show(goalCards, DashboardLists.goalCards(places, results, chosen, this::getTranslation));
        summary.setText(getTranslation("dashboard.summary", places.size(), chosen));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.title");
    }
}

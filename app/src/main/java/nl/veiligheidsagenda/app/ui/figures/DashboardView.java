package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Map;

/**
 * Progress in a chosen year, filterable by theme: per theme how its actions stand ("12 lopend, 3 afgerond, ..."),
 * then every goal as a card with its theme, kind, status (icon and text) and the one-line explanation why. Cards
 * stack, so the page reads on a phone as on a desktop. Year and theme filter both views; goal links keep the year.
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
        year.addValueChangeListener(event -> refresh());
        YearInAddress.follow(year, this);
        theme.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(year, theme);
        filters.addClassName("va-filters");
        summary.setId("goals-summary");
        actionSummary.setId("action-summary");
        goalCards.setId("goal-cards");
        goalCards.addClassName("va-card-list");
        goalCards.getElement().setAttribute("aria-label", getTranslation("dashboard.goals"));
        add(filters, actionsTitle, actionSummary, new H2(getTranslation("dashboard.goals")), summary, goalCards);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearInAddress.of(event.getLocation(), calendar).ifPresent(year::setValue);
    }

    private void refresh() {
        int chosen = year.getValue();
        List<ThemePlugin> shown = themes.enabled().stream()
                .filter(plugin -> theme.isEmpty() || plugin == theme.getValue()).toList();
        CatalogueIndex index = CatalogueIndex.of(shown);

        actionsTitle.setText(getTranslation("dashboard.actions.title", chosen));
        actionSummary.removeAll();
        ActionTally tally = ActionTally.of(index, progress.progressOfYear(chosen));
        shown.forEach(plugin -> {
            Span name = new Span(plugin.descriptor().name() + ": ");
            name.addClassName("va-strong");
            ListItem line = new ListItem(name, new Span(tally.text(plugin.descriptor().id(), this::getTranslation)));
            line.setId("actions-" + plugin.descriptor().id());
            actionSummary.add(line);
        });

        goalCards.removeAll();
        Map<String, GoalResult> results = goals.goalStatuses(chosen, getLocale());
        List<CatalogueIndex.Place> places = index.goals().filter(place -> results.containsKey(place.goal().id()))
                .toList();
        places.forEach(place -> goalCards.add(goalCard(place, results.get(place.goal().id()), chosen)));
        summary.setText(getTranslation("dashboard.summary", places.size(), chosen));
    }

    private ListItem goalCard(CatalogueIndex.Place place, GoalResult result, int chosen) {
        Anchor link = new Anchor("doel/" + place.goal().id() + "?" + PlanCalendar.YEAR_PARAMETER + "=" + chosen,
                place.goal().statement());
        H3 title = new H3(link);
        title.addClassName("va-card-title");
        Span themeName = new Span(place.theme().descriptor().name());
        themeName.addClassName("va-goal-theme");
        Span kind = new Span(getTranslation("goal.kind." + result.kind().name()));
        kind.addClassName("va-goal-kind");
        Paragraph facts = new Paragraph(themeName, new Span(" · "), kind);
        facts.addClassName("va-muted");
        StatusBadge status = new StatusBadge(result);
        status.addClassName("va-goal-status");
        Paragraph explanation = new Paragraph(result.explanation());
        explanation.addClassName("va-goal-explanation");
        ListItem card = new ListItem(title, facts, new Div(status), explanation);
        card.addClassName("va-card");
        card.getElement().setAttribute("data-goal", place.goal().id());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.title");
    }
}

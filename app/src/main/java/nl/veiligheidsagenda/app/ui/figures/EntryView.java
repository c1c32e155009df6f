package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.StoredStory;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;

/**
 * Where a theme owner runs the year for their themes: figures per series, the story behind them per indicator
 * and goal, and the progress of every action. Admins may edit every theme.
 */
@Route("invoeren")
@Menu(order = 4, title = "nav.entry", icon = "vaadin:edit")
@RolesAllowed({"ADMIN", "THEME_OWNER"})
public class EntryView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final FigureService figures;
    private final StoryService stories;
    private final ProgressService progress;
    private final PlanCalendar calendar;
    private final Select<ThemePlugin> theme = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();

    @Inject
    public EntryView(FigureService figures, StoryService stories, ProgressService progress, PlanCalendar calendar,
                     ThemeService themes) {
        this.figures = figures;
        this.stories = stories;
        this.progress = progress;
        this.calendar = calendar;
        addClassName("va-page");
        add(new H1(getTranslation("entry.title")), new Paragraph(getTranslation("entry.intro")));
        Actor actor = CurrentUser.actor();
        List<ThemePlugin> editable = themes.enabled().stream()
                .filter(plugin -> actor.mayEditTheme(plugin.descriptor().id())).toList();
        if (editable.isEmpty()) {
            add(new Paragraph(getTranslation("entry.no-themes")));
            return;
        }
        theme.setLabel(getTranslation("dashboard.theme"));
        theme.setItems(editable);
        theme.setItemLabelGenerator(plugin -> plugin.descriptor().name());
        theme.setValue(editable.getFirst());
        theme.setMaxWidth("100%");
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(calendar.years());
        year.setValue(calendar.reportYear());
        theme.addValueChangeListener(event -> show());
        year.addValueChangeListener(event -> show());
        YearInAddress.follow(year, this);
        HorizontalLayout choices = new HorizontalLayout(theme, year);
        choices.setWrap(true);
        add(choices, content);
        show();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (theme.getValue() != null) {
            YearInAddress.of(event.getLocation(), calendar).ifPresent(year::setValue);
        }
    }

    private void show() {
        content.removeAll();
        int chosen = year.getValue();
        for (var subject : theme.getValue().catalogue().subjects()) {
            for (Goal goal : subject.goals()) {
                Div section = new Div();
                section.addClassName("va-card");
                section.add(new H2(goal.statement()));
                for (Indicator indicator : goal.indicators()) {
                    section.add(new H3(indicator.name()));
                    indicator.series().forEach(series -> section.add(
                            new FigureRow(figures, indicator, series, chosen)));
                    section.add(new StoryEditor(stories, StoredStory.StoryKind.INDICATOR, indicator.id(),
                            indicator.name(), chosen, false));
                }
                section.add(new H3(getTranslation("entry.goal-story")));
                section.add(new StoryEditor(stories, StoredStory.StoryKind.GOAL, goal.id(), goal.statement(), chosen,
                        !goal.measured()));
                if (!goal.actions().isEmpty()) {
                    section.add(new H3(getTranslation("entry.actions")));
                    goal.actions().forEach(action -> section.add(new ProgressRow(progress, action, chosen)));
                }
                content.add(section);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.title") + " | " + getTranslation("app.title");
    }
}

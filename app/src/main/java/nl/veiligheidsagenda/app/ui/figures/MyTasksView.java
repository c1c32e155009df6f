package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.MyTasks;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;

import java.util.List;

/**
 * "Mijn taken": for the signed-in owner's themes, the figures that are due and not entered, the stories missing
 * for last year, and the actions without progress this year.
 */
@Route("mijn-taken")
@Menu(order = 3, title = "nav.tasks", icon = "vaadin:check-square-o")
@RolesAllowed({"ADMIN", "THEME_OWNER"})
public class MyTasksView extends Div implements HasDynamicTitle {

    @Inject
    public MyTasksView(ThemeService themes, FigureService figures, StoryService stories, ProgressService progress,
                       PlanCalendar calendar) {
        addClassName("va-page");
        add(new H1(getTranslation("tasks.title")));
        MyTasks tasks = MyTasks.of(themes, figures, stories, progress, calendar, CurrentUser.actor());
        section(getTranslation("tasks.figures", tasks.reportYear()), tasks.dueFigures());
        section(getTranslation("tasks.stories", tasks.reportYear()), tasks.missingStories());
        section(getTranslation("tasks.progress", tasks.currentYear()), tasks.actionsWithoutProgress());
    }

    private void section(String title, List<MyTasks.Task> tasks) {
        add(new H2(title + " (" + tasks.size() + ")"));
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("tasks.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        tasks.forEach(task -> list.add(new ListItem(new Anchor(task.link(), task.label()))));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " | " + getTranslation("app.title");
    }
}

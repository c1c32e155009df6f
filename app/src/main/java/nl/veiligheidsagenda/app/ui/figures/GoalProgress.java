package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.figures.StoredStory;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.IndicatorResult;
import nl.veiligheidsagenda.core.model.Goal;


/** On a goal's page: its status in a chosen year with the explanation per indicator, and that year's story. */
public class GoalProgress extends Div {

    private final GoalStatusService goals;
    private final StoryService stories;
    private final Goal goal;
    private final Div result = new Div();

    public GoalProgress(Goal goal, GoalStatusService goals, StoryService stories, PlanCalendar calendar,
                        int initialYear) {
        this.goals = goals;
        this.stories = stories;
        this.goal = goal;
        add(new H2(getTranslation("goal-progress.title")));
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(calendar.years());
        year.setValue(initialYear);
        year.addValueChangeListener(event -> show(event.getValue()));
        YearInAddress.follow(year, this);
        result.addClassName("va-goal-status");
        add(year, result);
        show(year.getValue());
    }

    private void show(int year) {
        result.removeAll();
        GoalResult status = goals.goalStatus(goal.id(), year, getLocale());
        result.add(new StatusBadge(status), new Paragraph(status.explanation()));
        if (!status.indicators().isEmpty()) {
            UnorderedList indicators = new UnorderedList();
            for (IndicatorResult indicator : status.indicators()) {
                ListItem item = new ListItem(indicator.explanation());
                UnorderedList series = new UnorderedList();
                indicator.series().forEach(line -> series.add(new ListItem(line.explanation())));
                if (indicator.series().size() > 1) {
                    item.add(series);
                }
                indicators.add(item);
            }
            result.add(indicators);
        }
        stories.stories(StoredStory.StoryKind.GOAL, goal.id()).stream().filter(story -> story.year() == year)
                .findFirst().ifPresentOrElse(story -> result.add(new PlanText(story.body())),
                        () -> result.add(new Paragraph(getTranslation("goal-progress.no-story", year))));
    }
}

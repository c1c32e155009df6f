package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
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
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.util.Optional;


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
                Optional<Indicator> declared = goal.indicators().stream()
                        .filter(one -> one.id().equals(indicator.indicatorId())).findFirst();
                ListItem item = namedLine(declared.map(Indicator::name), indicator.explanation());
                if (indicator.series().size() > 1) {
                    UnorderedList series = new UnorderedList();
                    indicator.series().forEach(line -> series.add(
                            namedLine(seriesName(declared, line.seriesId()), line.explanation())));
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

    private static Optional<String> seriesName(Optional<Indicator> indicator, String seriesId) {
        return indicator.stream().flatMap(one -> one.series().stream())
                .filter(series -> series.id().equals(seriesId)).findFirst().map(Series::name);
    }

    /** One line of the explanation, led by the name of the indicator or series it is about. */
    private static ListItem namedLine(Optional<String> name, String explanation) {
        ListItem line = new ListItem();
        name.ifPresent(text -> {
            Strong strong = new Strong();
            strong.setText(text);
            line.add(strong, new Text(": "));
        });
        line.add(new Text(explanation));
        return line;
    }

    @Tag("strong")
    private static final class Strong extends HtmlContainer {
    }
}

package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.StoredStory;
import nl.veiligheidsagenda.app.ui.PlanText;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.IndicatorResult;
import nl.veiligheidsagenda.core.model.Goal;

import java.util.stream.IntStream;

/** On a goal's page: its status in a chosen year with the explanation per indicator, and that year's story. */
public class GoalProgress extends Div {

    private final FigureService figures;
    private final Goal goal;
    private final Div result = new Div();

    public GoalProgress(Goal goal, FigureService figures) {
        this.figures = figures;
        this.goal = goal;
        add(new H2(getTranslation("goal-progress.title")));
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(IntStream.rangeClosed(figures.period().firstYear(), figures.period().lastYear()).boxed().toList());
        year.setValue(Math.max(figures.period().firstYear(),
                Math.min(figures.period().lastYear(), figures.today().getYear() - 1)));
        year.addValueChangeListener(event -> show(event.getValue()));
        add(year, result);
        show(year.getValue());
    }

    private void show(int year) {
        result.removeAll();
        GoalResult status = figures.goalStatus(goal.id(), year, getLocale());
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
        figures.stories(StoredStory.StoryKind.GOAL, goal.id()).stream().filter(story -> story.year() == year)
                .findFirst().ifPresentOrElse(story -> result.add(new PlanText(story.body())),
                        () -> result.add(new Paragraph(getTranslation("goal-progress.no-story", year))));
    }
}

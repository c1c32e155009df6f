package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;
import nl.veiligheidsagenda.app.ui.figures.ActionProgressList;
import nl.veiligheidsagenda.app.ui.figures.GoalProgress;
import nl.veiligheidsagenda.app.ui.figures.YearInAddress;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;

import java.util.List;
import java.util.Map;

/**
 * A goal ({@code doel/<goal id>}): its theme and subject, the statement, how it is judged in plain words (its kind,
 * the completeness rule, baseline periods that differ from the goal's), its status per year, its indicators with
 * baselines (or that it has none) and the actions of its approach with the progress reported on each per year.
 */
@Route(CatalogueLinks.GOAL + "/:goalId")
@PermitAll
public class GoalView extends ItemPage<Place> {

    private final GoalStatusService goals;
    private final StoryService stories;
    private final PlanCalendar calendar;
    private final ProgressService progress;

    @Inject
    public GoalView(ThemeService themes, GoalStatusService goals, StoryService stories, PlanCalendar calendar,
                    ProgressService progress) {
        super(themes, "goalId", CatalogueIndex::goal);
        this.goals = goals;
        this.stories = stories;
        this.calendar = calendar;
        this.progress = progress;
    }

    @Override
    void show(Place place) {
        Goal goal = place.goal();
        add(new Trail(place), heading(goal.statement()), ruleSection(goal));
        add(new GoalProgress(goal, goals, stories, calendar,
                YearInAddress.of(location(), calendar).orElse(calendar.reportYear())));

        add(new H2(getTranslation(goal.measured() ? "goal.indicators" : "goal.signals")));
        if (goal.reportedInWords()) {
            add(new Paragraph(getTranslation("goal.no-indicator")));
        } else {
            UnorderedList indicators = new UnorderedList();
            goal.indicators().forEach(indicator -> indicators.add(new IndicatorSummary(indicator)));
            add(indicators);
        }

        if (!goal.actions().isEmpty()) {
            add(new H2(getTranslation("goal.actions")));
            Map<String, List<StoredProgress>> reported = progress.progressByAction();
            goal.actions().forEach(action -> add(actionSection(action, reported.getOrDefault(action.id(),
                    List.of()))));
        }
    }

    /** How the goal is judged, and which period each baseline covers where it is not the goal's own. */
    private Div ruleSection(Goal goal) {
        PlanWords words = words();
        Div section = new Div(new H2(getTranslation("catalogue.rule.title")));
        section.addClassName("va-rule");
        words.rule(goal).forEach(sentence -> section.add(new Paragraph(sentence)));
        if (!goal.periodDifferences().isEmpty()) {
            UnorderedList differences = new UnorderedList();
            goal.periodDifferences().forEach(difference -> differences.add(
                    new ListItem(words.periodDifference(difference))));
            section.add(new H3(getTranslation("catalogue.rule.periods")), differences);
        }
        return section;
    }

    private static Div actionSection(Action action, List<StoredProgress> reported) {
        Div section = new Div(new H3(action.title()), FactList.of(action),
                new ActionProgressList(action.title(), reported), new PlanText(action.description()));
        section.addClassName("va-card");
        return section;
    }
}

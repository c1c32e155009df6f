package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.MainLayout;
import nl.veiligheidsagenda.app.ui.PlanText;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;
import nl.veiligheidsagenda.app.ui.figures.GoalProgress;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;

/**
 * A goal ({@code doel/<goal id>}): its theme and subject, the statement, how it is judged in plain words, its
 * indicators with baselines (or that it is reported in words) and the actions of its approach.
 */
@Route(value = CatalogueLinks.GOAL + "/:goalId", layout = MainLayout.class)
@PermitAll
public class GoalView extends ItemPage<Place> {

    private final FigureService figures;

    @Inject
    public GoalView(ThemeService themes, FigureService figures) {
        super(themes, "goalId", CatalogueIndex::goal);
        this.figures = figures;
    }

    @Override
    void show(Place place) {
        Goal goal = place.goal();
        add(new Trail(place), heading(goal.statement()), new Paragraph(words().rule(goal)));
        add(new GoalProgress(goal, figures));

        add(new H2(getTranslation("goal.indicators")));
        if (goal.reportedInWords()) {
            add(new Paragraph(getTranslation("goal.no-indicator")));
        } else {
            UnorderedList indicators = new UnorderedList();
            goal.indicators().forEach(indicator -> indicators.add(new IndicatorSummary(indicator)));
            add(indicators);
        }

        if (!goal.actions().isEmpty()) {
            add(new H2(getTranslation("goal.actions")));
            goal.actions().forEach(action -> add(actionSection(action)));
        }
    }

    private static Div actionSection(Action action) {
        Div section = new Div(new H3(action.title()), FactList.of(action), new PlanText(action.description()));
        section.addClassName("va-card");
        return section;
    }
}

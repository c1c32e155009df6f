package nl.veiligheidsagenda.app.ui.plan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.content.BlockView;
import nl.veiligheidsagenda.app.ui.content.ContentTargets;
import nl.veiligheidsagenda.app.ui.content.PlanPaths;
import nl.veiligheidsagenda.core.model.PlanDescription;

import java.util.Optional;

/** One section of the plan's own text ({@code plan/<section>}), e.g. the Inleiding or Bijlage 1, in its blocks. */
@Route(PlanPaths.OVERVIEW + "/:section")
@PermitAll
public class PlanSectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plan;
    private final ThemeService themes;
    private final FigureService figures;
    private final PlanCalendar calendar;
    private String title = "";

    @Inject
    public PlanSectionView(PlanService plan, ThemeService themes, FigureService figures, PlanCalendar calendar) {
        this.plan = plan;
        this.themes = themes;
        this.figures = figures;
        this.calendar = calendar;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PlanDescription.Section> section = event.getRouteParameters().get("section")
                .flatMap(plan::section);
        if (section.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = section.get().title();
        Nav trail = new Nav(new Anchor(PlanPaths.OVERVIEW, plan.name()));
        trail.setAriaLabel(getTranslation("plan.trail"));
        trail.addClassName("va-trail");
        add(trail, new H1(title), new BlockView(section.get().blocks(),
                ContentTargets.ofPlan(plan.description(), themes, figures, calendar), 1));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

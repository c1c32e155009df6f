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
import nl.veiligheidsagenda.app.ui.content.BlockView;
import nl.veiligheidsagenda.app.ui.content.ContentSources;
import nl.veiligheidsagenda.app.ui.content.ContentTargets;
import nl.veiligheidsagenda.app.ui.content.PlanPaths;
import nl.veiligheidsagenda.core.model.PlanDescription;

import java.util.Optional;

/** One section of the plan's own text ({@code plan/<section>}), e.g. the Inleiding or Bijlage 1, in its blocks. */
@Route(PlanPaths.OVERVIEW + "/:section")
@PermitAll
public class PlanSectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentSources sources;
    private String title = "";

    @Inject
    public PlanSectionView(ContentSources sources) {
        this.sources = sources;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PlanDescription.Section> section = event.getRouteParameters().get("section")
                .flatMap(sources.plan()::section);
        if (section.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = section.get().title();
        Nav trail = new Nav(new Anchor(PlanPaths.OVERVIEW, sources.plan().name()));
        trail.setAriaLabel(getTranslation("plan.trail"));
        trail.addClassName("va-trail");
        add(trail, new H1(title), new BlockView(section.get().blocks(),
                ContentTargets.ofPlan(sources), 1));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

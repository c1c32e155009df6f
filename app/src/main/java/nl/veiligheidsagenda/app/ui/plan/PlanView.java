package nl.veiligheidsagenda.app.ui.plan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.ui.content.PlanPaths;
import nl.veiligheidsagenda.core.model.PlanDescription;

/**
 * "Over dit plan" ({@code plan}): the plan above the themes as this deployment describes it: its name, the
 * municipality with its CBS code, the years it runs, its ambition, and its own text by section.
 */
@Route(PlanPaths.OVERVIEW)
@Menu(order = 1.5, title = "plan.nav", icon = "vaadin:book")
@PermitAll
public class PlanView extends Div implements HasDynamicTitle {

    @Inject
    public PlanView(PlanService plan) {
        addClassName("va-page");
        PlanDescription description = plan.description();
        add(new H1(description.name()), new PlanFacts(description));
        add(new H2(getTranslation("plan.sections")));
        for (PlanDescription.Section section : description.sections()) {
            Div card = new Div();
            card.addClassName("va-card");
            H2 title = new H2(new Anchor(PlanPaths.section(section.path()), section.title()));
            title.getStyle().set("font-size", "var(--lumo-font-size-l)");
            card.add(title);
            if (!section.summary().isBlank()) {
                card.add(new Paragraph(section.summary()));
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.nav") + " | " + getTranslation("app.title");
    }
}

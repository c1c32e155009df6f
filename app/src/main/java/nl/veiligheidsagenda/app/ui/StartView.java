package nl.veiligheidsagenda.app.ui;

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
import nl.veiligheidsagenda.app.ui.plan.PlanFacts;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

/** The start page: the plan this deployment runs (whose, which years, its ambition) and every enabled theme. */
@Route("")
@Menu(order = 1, title = "nav.start", icon = "vaadin:home")
@PermitAll
public class StartView extends Div implements HasDynamicTitle {

    @Inject
    public StartView(ThemeService themes, PlanService plan) {
        addClassName("va-page");
        add(new H1(getTranslation("start.title")), new Paragraph(getTranslation("start.intro")));
        Div about = new Div();
        about.addClassName("va-card");
        about.setId("plan");
        about.add(new H2(plan.name()), new PlanFacts(plan.description()),
                new Paragraph(new Anchor(PlanPaths.OVERVIEW, getTranslation("start.plan.more"))));
        add(about);
        add(new H2(getTranslation("start.themes")));
        if (themes.enabled().isEmpty()) {
            add(new Paragraph(getTranslation("start.no-themes")));
        }
        for (ThemePlugin plugin : themes.enabled()) {
            ThemeCatalogue catalogue = plugin.catalogue();
            Div card = new Div();
            card.addClassName("va-card");
            H2 name = new H2();
            name.getStyle().set("font-size", "var(--lumo-font-size-l)");
            name.add(new Anchor(CatalogueLinks.themePath(plugin.descriptor().id()), plugin.descriptor().name()));
            card.add(name, new Paragraph(getTranslation("start.theme-summary", catalogue.subjects().size(),
                    catalogue.goals().count(), catalogue.indicators().count(), catalogue.actions().count())));
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " | " + getTranslation("app.title");
    }
}

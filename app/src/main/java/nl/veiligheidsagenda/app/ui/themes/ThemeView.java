package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.app.ui.catalogue.ContentScroll;
import nl.veiligheidsagenda.app.ui.catalogue.IndicatorSummary;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

/**
 * A theme's landing page: its introduction, then every subject with its goal, indicators and actions. Registered
 * at {@code thema/<id>} for each enabled theme (see {@link ThemeRoutes}).
 */
@PermitAll
public class ThemeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    private String title = "";

    @Inject
    public ThemeView(ThemeService themes) {
        this.themes = themes;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String themeId = event.getLocation().getSegments().get(1);
        ThemePlugin plugin = themes.enabledTheme(themeId).orElse(null);
        if (plugin == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = plugin.descriptor().name();
        add(new H1(title));
        Span version = new Span(getTranslation("theme.version", plugin.descriptor().version()));
        version.addClassName("va-muted");
        add(version, new PlanText(plugin.catalogue().introduction()));
        plugin.catalogue().subjects().forEach(this::addSubject);
        ContentScroll.toFragmentOrTop(this);
    }

    private void addSubject(Subject subject) {
        Div section = new Div();
        section.addClassName("va-card");
        section.setId(subject.id());
        section.add(new H2(subject.name()));
        if (!subject.introduction().isBlank()) {
            section.add(new PlanText(subject.introduction()));
        }
        for (Goal goal : subject.goals()) {
            H3 statement = new H3(new Text(getTranslation("goal.label") + ": "), CatalogueLinks.goal(goal));
            section.add(statement, new Paragraph(getTranslation("goal.kind." + goal.kind().name())));
            if (goal.reportedInWords()) {
                section.add(new Paragraph(getTranslation("goal.no-indicator")));
            } else {
                section.add(new H4(getTranslation(goal.measured() ? "goal.indicators" : "goal.signals")));
                UnorderedList indicators = new UnorderedList();
                goal.indicators().forEach(indicator -> indicators.add(new IndicatorSummary(indicator)));
                section.add(indicators);
            }
            if (!goal.actions().isEmpty()) {
                section.add(new H4(getTranslation("goal.actions")));
                UnorderedList actions = new UnorderedList();
                goal.actions().forEach(action -> actions.add(actionItem(action)));
                section.add(actions);
            }
        }
        add(section);
    }

    private ListItem actionItem(Action action) {
        ListItem item = new ListItem();
        Span title = new Span(action.title());
        title.getStyle().set("font-weight", "600");
        item.add(title);
        if (!action.horizon().isBlank()) {
            item.add(new Span(" (" + action.horizon() + ")"));
        }
        item.add(new PlanText(action.description()));
        return item;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

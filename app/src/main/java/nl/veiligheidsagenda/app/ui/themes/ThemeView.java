package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.app.ui.catalogue.ContentScroll;
import nl.veiligheidsagenda.app.ui.catalogue.IndicatorSummary;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.app.ui.content.ActionCard;
import nl.veiligheidsagenda.app.ui.content.BlockView;
import nl.veiligheidsagenda.app.ui.content.ContentSources;
import nl.veiligheidsagenda.app.ui.content.ContentTargets;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

/**
 * A theme's landing page: its introduction, then every subject with its goal, indicators and approach: the lead-in,
 * texts and actions in the plan's order (a theme of core SPI 1.0/1.1 without approach texts: its goals' actions).
 * Registered at {@code thema/<id>} for each enabled theme (see {@link ThemeRoutes}).
 */
@PermitAll
public class ThemeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The approach's heading is an H4 below the subject's H2 and the goal's H3. */
    private static final int APPROACH_LEVEL = 4;

    private final ContentSources sources;
    private String title = "";

    @Inject
    public ThemeView(ContentSources sources) {
        this.sources = sources;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String themeId = event.getLocation().getSegments().get(1);
        ThemePlugin plugin = sources.themes().enabledTheme(themeId).orElse(null);
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
        ContentTargets targets = ContentTargets.ofTheme(plugin, sources);
        plugin.catalogue().subjects().forEach(subject -> addSubject(plugin, subject, targets));
        ContentScroll.toFragmentOrTop(this);
    }

    private void addSubject(ThemePlugin plugin, Subject subject, ContentTargets targets) {
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
        }
        if (subject.goals().stream().anyMatch(goal -> !goal.actions().isEmpty()) || !subject.approach().isEmpty()) {
            section.add(new H4(getTranslation("goal.actions")));
        }
        if (!subject.approach().isEmpty()) {
            section.add(new BlockView(subject.approach(), targets, APPROACH_LEVEL));
        } else {
            UnorderedList actions = new UnorderedList();
            actions.addClassName("va-actions");
            subject.goals().forEach(goal -> goal.actions().forEach(action -> actions.add(new ActionCard(
                    new ActionEntry(new Place(plugin, subject, goal), action), targets, false))));
            section.add(actions);
        }
        add(section);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

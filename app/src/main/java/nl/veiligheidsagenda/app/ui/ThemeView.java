package nl.veiligheidsagenda.app.ui;

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
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

/**
 * A theme's landing page: its introduction, then every subject with its goal, indicators and actions. Registered
 * at {@code thema/<id>} for each enabled theme (see {@link ThemeRoutes}).
 */
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
    }

    private void addSubject(Subject subject) {
        Div section = new Div();
        section.addClassName("va-card");
        section.add(new H2(subject.name()));
        if (!subject.introduction().isBlank()) {
            section.add(new PlanText(subject.introduction()));
        }
        for (Goal goal : subject.goals()) {
            H3 statement = new H3(getTranslation("goal.label") + ": " + goal.statement());
            section.add(statement);
            if (goal.reportedInWords()) {
                section.add(new Paragraph(getTranslation("goal.no-indicator")));
            } else {
                section.add(new H4(getTranslation("goal.indicators")));
                UnorderedList indicators = new UnorderedList();
                goal.indicators().forEach(indicator -> indicators.add(indicatorItem(indicator)));
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

    private ListItem indicatorItem(Indicator indicator) {
        ListItem item = new ListItem(indicator.name() + " (" + getTranslation("indicator.source") + ": "
                + indicator.source() + ")");
        UnorderedList baselines = new UnorderedList();
        for (Series series : indicator.series()) {
            String baseline = series.baselineIfAny()
                    .map(value -> Formats.baseline(value, series.unit(), getLocale(), this::getTranslation))
                    .orElse(getTranslation("indicator.no-baseline"));
            baselines.add(new ListItem(getTranslation("indicator.baseline-of", series.name(), baseline)));
        }
        item.add(baselines);
        return item;
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

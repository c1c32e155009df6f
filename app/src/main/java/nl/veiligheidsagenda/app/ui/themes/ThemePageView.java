package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.FigureTable;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.Optional;

/** An extra page of a theme ({@code thema/<id>/<page>}), built from the theme's context figures. */
@PermitAll
public class ThemePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    private String title = "";

    @Inject
    public ThemePageView(ThemeService themes) {
        this.themes = themes;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var segments = event.getLocation().getSegments();
        Optional<ThemePlugin> plugin = themes.enabledTheme(segments.get(1));
        Optional<ThemePage> page = plugin.flatMap(theme -> theme.catalogue().pages().stream()
                .filter(candidate -> candidate.path().equals(segments.get(2))).findFirst());
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = page.get().title();
        Span theme = new Span(plugin.get().descriptor().name());
        theme.addClassName("va-muted");
        add(theme, new H1(title));
        if (!page.get().introduction().isBlank()) {
            add(new PlanText(page.get().introduction()));
        }
        for (String figureId : page.get().contextFigureIds()) {
            plugin.get().catalogue().contextFigure(figureId).ifPresent(this::addFigure);
        }
    }

    private void addFigure(ContextFigure figure) {
        add(new H2(figure.title()));
        if (!figure.description().isBlank()) {
            add(new PlanText(figure.description()));
        }
        add(new FigureTable(figure));
        Paragraph source = new Paragraph(getTranslation("indicator.source") + ": " + figure.source());
        source.addClassName("va-muted");
        add(source);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.ui.catalogue.ContentScroll;
import nl.veiligheidsagenda.app.ui.content.BlockView;
import nl.veiligheidsagenda.app.ui.content.ContentSources;
import nl.veiligheidsagenda.app.ui.content.ContentTargets;
import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.Optional;

/**
 * An extra page of a theme ({@code thema/<id>/<page>}): the theme's blocks, rendered by the shell. A page of core
 * SPI 1.0/1.1 (an introduction and context figures) shows as its introduction and a chart with table per figure.
 */
@PermitAll
public class ThemePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentSources sources;
    private String title = "";

    @Inject
    public ThemePageView(ContentSources sources) {
        this.sources = sources;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var segments = event.getLocation().getSegments();
        Optional<ThemePlugin> plugin = sources.themes().enabledTheme(segments.get(1));
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
        add(theme, new H1(title), new BlockView(page.get().content(),
                ContentTargets.ofTheme(plugin.get(), sources), 1));
        ContentScroll.toFragmentOrTop(this);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}

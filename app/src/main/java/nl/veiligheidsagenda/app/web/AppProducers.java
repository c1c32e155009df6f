package nl.veiligheidsagenda.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.ServletContext;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.themes.ThemeService;

/**
 * Makes the services of {@link AppContext} injectable into views. Weld announces the servlet context when the
 * application scope starts, before any servlet is initialised; the context carries our services as an attribute.
 */
@ApplicationScoped
public class AppProducers {

    private AppContext app;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        app = (AppContext) servletContext.getAttribute(AppContext.ATTRIBUTE);
    }

    @Produces
    AppContext appContext() {
        if (app == null) {
            throw new IllegalStateException("the application context was not published on the servlet context");
        }
        return app;
    }

    @Produces
    ThemeService themeService() {
        return appContext().themes();
    }

    @Produces
    FigureService figureService() {
        return appContext().figures();
    }
}

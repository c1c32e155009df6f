package nl.veiligheidsagenda.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.ServletContext;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.Uploads;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.report.ReportService;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.ops.AppMetrics;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.content.ContentSources;

/**
 * The one way services reach the views: {@code Application} builds them into an {@link AppContext}, the web server
 * puts that on the servlet context, and this bean makes each service injectable. Weld announces the servlet
 * context when the application scope starts, which is before the services are put on it (they start at the same
 * time as Weld), so they are read from it when first needed: when a filter, servlet or view is created.
 */
@ApplicationScoped
public class AppProducers {

    private ServletContext servletContext;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    private AppContext app() {
        AppContext app = servletContext == null ? null
                : (AppContext) servletContext.getAttribute(AppContext.ATTRIBUTE);
        if (app == null) {
            throw new IllegalStateException("the application context was not published on the servlet context");
        }
        return app;
    }

    @Produces
    Security security() {
        return app().security();
    }

    @Produces
    ThemeService themeService() {
        return app().themes();
    }

    @Produces
    PlanService planService() {
        return app().plan();
    }

    @Produces
    ContentSources contentSources() {
        return new ContentSources(app().themes(), app().plan(), app().figures(), app().calendar(),
                app().progress());
    }

    @Produces
    PlanCalendar planCalendar() {
        return app().calendar();
    }

    @Produces
    AppMetrics metrics() {
        return app().metrics();
    }

    @Produces
    FigureService figureService() {
        return app().figures();
    }

    @Produces
    DenominatorService denominatorService() {
        return app().denominators();
    }

    @Produces
    StoryService storyService() {
        return app().stories();
    }

    @Produces
    ProgressService progressService() {
        return app().progress();
    }

    @Produces
    GoalStatusService goalStatusService() {
        return app().goals();
    }

    @Produces
    ImportService importService() {
        return app().imports();
    }

    @Produces
    Uploads uploads() {
        return app().uploads();
    }

    @Produces
    ReportService reportService() {
        return app().reports();
    }
}

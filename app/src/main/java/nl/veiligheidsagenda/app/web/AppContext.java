package nl.veiligheidsagenda.app.web;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.Uploads;
import nl.veiligheidsagenda.app.ops.AppMetrics;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.report.ReportService;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;

/**
 * The application's long-lived services, created once by {@code Application} before the web server starts; the
 * web server publishes them to the servlets and, through {@link AppProducers}, to the views.
 */
public record AppContext(Settings settings, Database database, Security security, ThemeService themes,
                         PlanService plan, PlanCalendar calendar, FigureService figures,
                         DenominatorService denominators, StoryService stories, ProgressService progress,
                         GoalStatusService goals, ImportService imports, Uploads uploads, AppMetrics metrics,
                         ReportService reports) {

    /** The servlet-context attribute under which the web server publishes this context. */
    public static final String ATTRIBUTE = AppContext.class.getName();
}

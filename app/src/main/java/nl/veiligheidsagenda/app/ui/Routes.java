package nl.veiligheidsagenda.app.ui;

import nl.veiligheidsagenda.app.ui.themes.ThemeAdminView;
import nl.veiligheidsagenda.app.ui.catalogue.ActionsView;
import nl.veiligheidsagenda.app.ui.catalogue.GoalView;
import nl.veiligheidsagenda.app.ui.catalogue.IndicatorOverviewView;
import nl.veiligheidsagenda.app.ui.catalogue.IndicatorView;
import nl.veiligheidsagenda.app.ui.catalogue.YouthView;
import nl.veiligheidsagenda.app.ui.figures.DashboardView;
import nl.veiligheidsagenda.app.ui.report.ReportView;
import nl.veiligheidsagenda.app.ui.figures.DenominatorsView;
import nl.veiligheidsagenda.app.ui.imports.ImportHistoryView;
import nl.veiligheidsagenda.app.ui.imports.ImportView;
import nl.veiligheidsagenda.app.ui.imports.SourcesView;
import nl.veiligheidsagenda.app.ui.figures.EntryView;
import nl.veiligheidsagenda.app.ui.figures.MyTasksView;
import nl.veiligheidsagenda.app.ui.AccessDeniedView;
import nl.veiligheidsagenda.app.ui.plan.PlanSectionView;
import nl.veiligheidsagenda.app.ui.plan.PlanView;
import nl.veiligheidsagenda.app.ui.security.AccountView;
import nl.veiligheidsagenda.app.ui.security.AuditLogView;
import nl.veiligheidsagenda.app.ui.security.LoginView;
import nl.veiligheidsagenda.app.ui.security.PeopleView;

import java.util.List;

/**
 * The views with a fixed route. Theme routes are not here: {@link ThemeRoutes} adds and removes them while the
 * application runs, as themes are switched on and off.
 */
public final class Routes {

    /** The views with a fixed route, and the layout around them ({@code @Layout}). */
    public static final List<Class<?>> STATIC_ROUTES = List.of(MainLayout.class, StartView.class, ThemeAdminView.class,
            DashboardView.class, ReportView.class, EntryView.class, MyTasksView.class, DenominatorsView.class,
            GoalView.class, IndicatorView.class, ActionsView.class, YouthView.class, IndicatorOverviewView.class,
            PlanView.class, PlanSectionView.class, LoginView.class, AccountView.class, PeopleView.class,
            AuditLogView.class, ImportView.class, ImportHistoryView.class, SourcesView.class);

    public static final List<Class<?>> ERROR_VIEWS = List.of(NotFoundView.class, AccessDeniedView.class,
            InternalErrorView.class);

    private Routes() {
    }
}

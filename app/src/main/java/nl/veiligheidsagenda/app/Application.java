package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.ops.AppMetrics;
import nl.veiligheidsagenda.app.ops.H2Backups;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.JdbcImportStore;
import nl.veiligheidsagenda.app.imports.Uploads;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.persistence.DataFolder;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.plan.PlanFile;
import nl.veiligheidsagenda.app.plan.PlanFileException;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.report.JdbcReportStore;
import nl.veiligheidsagenda.app.report.ReportService;
import nl.veiligheidsagenda.app.report.ReportSources;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.themes.ThemeSettingsWatch;
import nl.veiligheidsagenda.app.web.AppContext;
import nl.veiligheidsagenda.app.web.WebServer;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** A running Veiligheidsagenda: plugins checked, database migrated, web server listening. */
public final class Application implements AutoCloseable {

    private final AppContext context;
    private final WebServer server;
    private final ThemeSettingsWatch themeWatch;
    private final Optional<H2Backups> backups;

    private Application(AppContext context, WebServer server) {
        this.context = context;
        this.server = server;
        this.themeWatch = new ThemeSettingsWatch(context.themes());
        this.backups = H2Backups.schedule(context.database(), context.settings().ops(),
                context.settings().dataDirectory());
    }

    /** The scheduled H2 backups; empty on PostgreSQL or when switched off. */
    public Optional<H2Backups> backups() {
        return backups;
    }

    /**
     * Starts everything or fails with a {@link nl.veiligheidsagenda.app.config.SettingsException}. Two parts run at
     * the same time, as neither needs the other until the end: the services (plan, plugins, database migrations,
     * the first-run admin) on a thread of their own, and the web server (Jetty, Weld's bean discovery, Vaadin) on
     * this one, once the plan and the plugins are checked. The web server takes the services before its first
     * filter, servlet or view is made and before it accepts a connection, so no request comes before they are ready.
     */
    public static Application start(Settings settings) {
        StartupPhases phases = new StartupPhases();
        CompletableFuture<AppMetrics> metricsMade = new CompletableFuture<>();
        CompletableFuture<Void> checked = new CompletableFuture<>();
        CompletableFuture<AppContext> services = CompletableFuture.supplyAsync(
                () -> services(settings, metricsMade, checked, phases),
                task -> Thread.ofPlatform().name("start-services").start(task));
        services.exceptionally(failure -> {
            checked.completeExceptionally(failure);
            return null;
        });
        WebServer server;
        try {
            AppMetrics metrics = new AppMetrics();
            // a broken plan or an unknown theme stops the start at once, before Weld and Vaadin start in vain
            joined(checked);
            // the services touch the database only once the port is ours: a port in use stops the start first
            server = WebServer.start(settings, metrics, () -> metricsMade.complete(metrics), () -> {
                phases.mark("web server waits for the services");
                return joined(services);
            });
        } catch (RuntimeException e) {
            metricsMade.completeExceptionally(e); // the services stop before the database, if they got that far
            // the services' own failure comes first (as when they started before the web server), else ours
            joined(services).database().close();
            throw e;
        }
        AppContext context;
        try {
            context = joined(services);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        phases.mark("web server");
        Application application = new Application(context, server);
        phases.log();
        return application;
    }

    /** The plan, the plugins, the migrated database and every service built on them. */
    private static AppContext services(Settings settings, CompletableFuture<AppMetrics> metricsMade,
                                       CompletableFuture<Void> checked, StartupPhases phases) {
        PlanService plan = new PlanService(readPlan(settings));
        PlanPeriod period = new PlanPeriod(plan.period().firstYear(), plan.period().lastYear());
        PluginRegistry registry = PluginLoader.discover(settings.pluginDirectory());
        SettingsLoader.checkThemesInstalled(settings,
                registry.installed().stream().map(PluginStatus::id).collect(Collectors.toSet()));
        phases.mark("plan and plugins");
        checked.complete(null);
        AppMetrics metrics = joined(metricsMade);
        Database database = Database.open(settings, metrics.registry());
        Clock clock = Clock.systemDefaultZone();
        DataFolder.restrict(settings.dataDirectory());
        phases.mark("database");
        try {
            Security security = Security.start(database, settings.security(),
                    () -> registry.installed().stream().map(PluginStatus::id).collect(Collectors.toSet()),
                    clock, System.out);
            security.audit().addListener(metrics::audited);
            phases.mark("security");
            ThemeService themes = new ThemeService(registry, settings,
                    new JdbcThemeSettingsStore(database.dataSource()), security.audit());
            PlanCalendar calendar = new PlanCalendar(period, clock);
            JdbcFigureStore figureStore = new JdbcFigureStore(database.dataSource());
            FigureService figures = new FigureService(themes, figureStore, calendar, security.audit());
            DenominatorService denominators = new DenominatorService(figureStore, period, security.audit());
            ImportService imports = new ImportService(themes, figures, denominators,
                    new JdbcImportStore(database.dataSource()), security.audit(), calendar, plan.municipality(),
                    metrics::importFinished);
            StoryService stories = new StoryService(themes, figureStore, calendar, security.audit());
            ProgressService progress = new ProgressService(themes, figureStore, calendar, security.audit());
            GoalStatusService goals = new GoalStatusService(themes, figureStore, calendar);
            ReportService reports = ReportService.create(new ReportSources(themes, plan.description(), figures,
                    stories, progress, goals), new JdbcReportStore(database.dataSource()), calendar, security.audit());
            AppContext context = new AppContext(settings, database, security, themes, plan, calendar, figures,
                    denominators, stories, progress, goals, imports,
                    new Uploads(settings.dataDirectory().resolve("imports"), Uploads.DEFAULT_MAX_BYTES).clean(),
                    metrics, reports);
            phases.mark("services");
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The value, waiting for it; its own exception (e.g. a {@link SettingsException}) when making it failed. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrapped(future);
        }
    }

    private static RuntimeException unwrapped(CompletableFuture<?> failed) {
        try {
            failed.join();
            throw new IllegalStateException("the services did not fail");
        } catch (CompletionException e) {
            return e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** The deployment's plan description, or a {@link SettingsException} that names the file and every problem. */
    private static PlanDescription readPlan(Settings settings) {
        Path file = settings.planFile().orElseThrow(() -> new SettingsException(SettingsLoader.PLAN_FILE,
                "not set; allowed: a plan description file (YAML), e.g. the distribution's "
                        + SettingsLoader.DEFAULT_PLAN_FILE));
        try {
            return PlanFile.read(file);
        } catch (PlanFileException e) {
            throw new SettingsException(SettingsLoader.PLAN_FILE, e.getMessage());
        }
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** The servlet context of the running server, e.g. to inspect Vaadin's route registry. */
    public jakarta.servlet.ServletContext servletContext() {
        return server.servletContext();
    }

    public AppContext context() {
        return context;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        themeWatch.close();
        backups.ifPresent(H2Backups::close);
        try {
            server.close();
        } finally {
            context.database().close();
        }
    }
}

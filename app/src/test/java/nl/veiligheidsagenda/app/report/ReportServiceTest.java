package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.JdbcAuditStore;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.PlanDescription;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts and published editions on each real database (H2 file, PostgreSQL) with the five real themes: a published
 * edition keeps its bytes when figures change, the next edition gets the next number and replaces the previous one,
 * only admins publish (audited), everybody signed in reads.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ReportServiceTest {

    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final Actor OWNER = Actor.owner("eigenaar-digitaal", Set.of("digitaal"));
    static final Actor ADMIN = Actor.admin("beheerder");
    static final Actor READER = Actor.viewer("lezer");

    @Parameter
    TestDatabase database;

    @TempDir
    Path data;

    private Settings settings;
    private Database db;
    private AuditLog audit;
    private ThemeService themes;
    private FigureService figures;
    private ProgressService progress;
    private ReportService reports;

    @BeforeEach
    void open() {
        settings = database.settings(data);
        db = Database.open(settings);
        audit = new AuditLog(new JdbcAuditStore(db.dataSource()), Clock.systemUTC());
        themes = new ThemeService(PluginLoader.discover(settings.pluginDirectory()), settings,
                new JdbcThemeSettingsStore(db.dataSource()), audit);
        Clock june2024 = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        PlanCalendar calendar = new PlanCalendar(new PlanPeriod(2023, 2026), june2024);
        JdbcFigureStore store = new JdbcFigureStore(db.dataSource());
        figures = new FigureService(themes, store, calendar, audit);
        progress = new ProgressService(themes, store, calendar, audit);
        PlanDescription plan = new PlanDescription("Uitvoeringsplan Veiligheidsagenda Testgemeente 2023-2026",
                new PlanDescription.Municipality("Testgemeente", "GM9999"), new PlanDescription.Period(2023, 2026),
                "", List.of(), List.of());
        reports = ReportService.create(new ReportSources(themes, plan, figures,
                new StoryService(themes, store, calendar, audit), progress,
                new GoalStatusService(themes, store, calendar)), new JdbcReportStore(db.dataSource()), calendar,
                audit);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void enter(String series, String value, int version) {
        figures.enterFigure(OWNER, new FigureInput(POLICE, series, 2023, new BigDecimal(value), null,
                FigureStatus.FINAL, "Politie, 2024-03", version));
    }

    @Test
    void aPublishedEditionKeepsItsBytesWhenAFigureChangesAndTheNextOneReplacesIt() throws Exception {
        enter("cybercrime", "0.7", 0);
        Edition first = reports.publish(ADMIN, 2023);
        Map<ReportFormat, byte[]> firstFiles = files(first);

        enter("cybercrime", "1.9", 1);
        Edition second = reports.publish(ADMIN, 2023);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.replaces()).isZero();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.replaces()).isEqualTo(1);
        for (ReportFormat format : ReportFormat.values()) {
            byte[] stored = reports.edition(READER, 2023, 1, format);
            assertThat(stored).as(format + " of edition 1").isEqualTo(firstFiles.get(format));
            assertThat(Edition.sha256(stored)).isEqualTo(checksum(first, format));
        }
        assertThat(cybercrime(reports.edition(READER, 2023, 1, ReportFormat.CSV))).isEqualTo("0,7");
        assertThat(cybercrime(reports.edition(READER, 2023, 2, ReportFormat.CSV))).isEqualTo("1,9");
        assertThat(pdfText(reports.edition(READER, 2023, 1, ReportFormat.PDF))).contains("Editie 1")
                .doesNotContain("CONCEPT");
        assertThat(pdfText(reports.edition(READER, 2023, 2, ReportFormat.PDF))).contains("Editie 2, vervangt editie 1");
        assertThat(reports.editions(READER, 2023)).extracting(Edition::number).containsExactly(1, 2);
        assertThat(reports.editions(READER, 2023).getFirst().files()).extracting(Edition.File::sha256)
                .containsExactlyElementsOf(first.files().stream().map(Edition.File::sha256).toList());
    }

    @Test
    void theDraftSaysConceptAndFollowsTheLiveData() throws Exception {
        enter("cybercrime", "0.7", 0);
        assertThat(pdfText(reports.draft(READER, 2023, ReportFormat.PDF))).contains("CONCEPT", "0,7");
        enter("cybercrime", "0.65", 1);
        assertThat(new String(reports.draft(READER, 2023, ReportFormat.HTML), StandardCharsets.UTF_8))
                .contains("0,65").contains("CONCEPT")
                .as("the plan description names the plan").contains("Uitvoeringsplan Veiligheidsagenda Testgemeente");
    }

    @Test
    void eachActionShowsTheProgressReportedForTheReportYear() {
        Action action = themes.enabled().stream().filter(theme -> theme.descriptor().id().equals("digitaal"))
                .flatMap(theme -> theme.catalogue().actions()).findFirst().orElseThrow();
        Action silent = themes.enabled().stream().filter(theme -> theme.descriptor().id().equals("digitaal"))
                .flatMap(theme -> theme.catalogue().actions()).skip(1).findFirst().orElseThrow();
        progress.recordProgress(OWNER, action.id(), 2023, ActionStatus.DELAYED, "Aanbesteding liep uit.", null);
        progress.recordProgress(OWNER, action.id(), 2024, ActionStatus.COMPLETED, "Afgerond in het voorjaar.", null);

        assertThat(actionRow(2023, action)).contains("Vertraagd", "Aanbesteding liep uit.")
                .doesNotContain("Afgerond");
        assertThat(actionRow(2024, action)).contains("Afgerond", "Afgerond in het voorjaar.")
                .doesNotContain("Aanbesteding");
        assertThat(actionRow(2023, silent)).contains("Nog niets gemeld");
    }

    /** The row of an action in the actions table of the year's HTML draft. */
    private String actionRow(int year, Action action) {
        String html = new String(reports.draft(READER, year, ReportFormat.HTML), StandardCharsets.UTF_8);
        String start = "<th scope=\"row\">" + Markup.escape(action.title()) + "</th>";
        int at = html.indexOf(start);
        assertThat(at).as(action.id() + " in the actions table of " + year).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void onlyAnAdminPublishesAndEveryAttemptIsAudited() {
        assertThatThrownBy(() -> reports.publish(OWNER, 2023)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.publish(READER, 2023)).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.editions(READER, 2023)).isEmpty();

        reports.publish(ADMIN, 2023);

        List<AuditEntry> entries = audit.search(ADMIN, AuditLog.Query.latest(20)).stream()
                .filter(entry -> entry.action().equals("report.publish")).toList();
        assertThat(entries).extracting(AuditEntry::outcome)
                .containsExactlyInAnyOrder(Outcome.DENIED, Outcome.DENIED, Outcome.SUCCESS);
        assertThat(entries).filteredOn(entry -> entry.outcome() == Outcome.SUCCESS).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.target()).isEqualTo("report:2023/1");
                    assertThat(entry.detail()).contains("sha256");
                });
    }

    @Test
    void aYearOutsideThePlanIsRefusedWithTheReason() {
        assertThatThrownBy(() -> reports.draft(READER, 2019, ReportFormat.PDF))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("2019", "2023-2026"));
        assertThatThrownBy(() -> reports.draft(null, 2023, ReportFormat.PDF)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedEdition() throws Exception {
        reports.publish(ADMIN, 2023);
        // the application's own database user has no right to change an edition ...
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : List.of("UPDATE report_edition_file SET sha256 = 'x'", "DELETE FROM report_edition_file",
                    "DELETE FROM report_edition", "TRUNCATE TABLE report_edition_file")) {
                assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class);
            }
        }
        // ... and whoever writes as the owner meets the triggers
        try (Connection owner = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword()); Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE report_edition_file SET sha256 = 'x'"))
                    .hasMessageContaining("never changes");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM report_edition"))
                    .hasMessageContaining("never changes");
        }
        assertThat(reports.editions(READER, 2023)).singleElement();
    }

    private Map<ReportFormat, byte[]> files(Edition edition) {
        Map<ReportFormat, byte[]> files = new java.util.EnumMap<>(ReportFormat.class);
        for (Edition.File file : edition.files()) {
            files.put(file.format(), reports.edition(READER, edition.year(), edition.number(), file.format()));
        }
        assertThat(files).containsOnlyKeys(ReportFormat.values());
        return files;
    }

    /** The year's value of the Cybercrime series in Bijlage 2's CSV. */
    private static String cybercrime(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().map(line -> line.split(";", -1))
                .filter(fields -> fields[2].equals("Cybercrime")).findFirst().orElseThrow()[6];
    }

    private static String checksum(Edition edition, ReportFormat format) {
        return edition.files().stream().filter(file -> file.format() == format).findFirst().orElseThrow().sha256();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

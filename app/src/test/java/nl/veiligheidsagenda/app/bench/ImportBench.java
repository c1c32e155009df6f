package nl.veiligheidsagenda.app.bench;

import nl.veiligheidsagenda.app.DistLayout;
import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.imports.ImportFile;
import nl.veiligheidsagenda.app.imports.ImportResult;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.JdbcImportStore;
import nl.veiligheidsagenda.app.imports.Outcome;
import nl.veiligheidsagenda.app.imports.Progress;
import nl.veiligheidsagenda.app.imports.Uploads;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.JdbcAuditStore;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.model.Series;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import speed and memory against H2's own {@code CSVREAD}, in one JVM on one H2 file database: a file of
 * {@code bench.rows} (default 1,000,000) district-year values in our CSV template (every series of the five themes
 * for the plan's four years and as many of the municipality's neighbourhood codes as it takes), read by
 * {@code CREATE TABLE … AS SELECT * FROM CSVREAD(…)}, then imported (parse, map, every figure rule, compare with the
 * stored figures, one transaction). Warm-up with a small file first. Prints a table; run by {@code bench/imports.sh},
 * never by the normal test run (the name does not end in Test).
 */
class ImportBench {

    private static final Actor ADMIN = Actor.admin("bench");

    @Test
    void importAgainstCsvRead() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path data = Files.createTempDirectory("import-bench");
        Settings settings = SettingsLoader.load(Map.of(SettingsLoader.DATA_DIR, data.toString()),
                Optional.of(DistLayout.plugins()));
        try (Database db = Database.open(settings)) {
            AuditLog audit = new AuditLog(new JdbcAuditStore(db.dataSource()), Clock.systemUTC());
            ThemeService themes = new ThemeService(PluginLoader.discover(settings.pluginDirectory()), settings,
                    new JdbcThemeSettingsStore(db.dataSource()), audit);
            PlanCalendar calendar = new PlanCalendar(new PlanPeriod(2023, 2026), Clock.systemDefaultZone());
            JdbcFigureStore store = new JdbcFigureStore(db.dataSource());
            FigureService figures = new FigureService(themes, store, calendar, audit);
            ImportService imports = new ImportService(themes, figures, new DenominatorService(store,
                    calendar.period(), audit), new JdbcImportStore(db.dataSource()), audit, calendar,
                    new PlanDescription.Municipality("Bench", "GM0034"), ImportService.Finished.NOTHING);
            Uploads uploads = new Uploads(data.resolve("uploads"), Long.MAX_VALUE);
            List<String[]> series = series(themes);

            Path warmUp = write(data.resolve("warm-up.csv"), series, 20_000, 9000);
            apply(imports, uploads, warmUp, "warm-up");
            Path file = write(data.resolve("bench.csv"), series, rows, 0);
            long bytes = Files.size(file);

            Measured csvRead = measure(() -> {
                try (Connection connection = db.dataSource().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE csv_copy AS SELECT * FROM CSVREAD('" + file
                            + "', NULL, 'charset=UTF-8 fieldSeparator=;')");
                    try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM csv_copy")) {
                        count.next();
                        return count.getLong(1);
                    }
                }
            });
            Measured upload = measure(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return uploads.store("bench.csv", in).size();
                }
            });
            ImportFile stored = uploads.store("bench.csv", Files.newInputStream(file));
            Measured preview = measure(() -> imports.preview(ADMIN, List.of(stored), ImportService.Options.DEFAULT,
                    row -> { }, Progress.NONE).count(Outcome.NEW));
            Phases phases = new Phases();
            Measured applied = measure(() -> {
                phases.start = System.nanoTime();
                ImportResult result = imports.apply(ADMIN, List.of(stored), ImportService.Options.DEFAULT,
                        row -> { }, phases);
                assertThat(result.refusal()).as("%s", result.refusal()).isNull();
                return result.count(Outcome.NEW);
            });
            Measured again = measure(() -> imports.apply(ADMIN, List.of(stored), ImportService.Options.DEFAULT,
                    row -> { }, Progress.NONE).count(Outcome.UNCHANGED));
            assertThat(csvRead.count()).isEqualTo(rows);
            assertThat(applied.count()).isEqualTo(rows);
            assertThat(again.count()).isEqualTo(rows);

            System.out.printf("%nmeasure | rows | time | peak heap used | ratio to CSVREAD%n");
            System.out.println("---|---|---|---|---");
            row("H2 CSVREAD into a table", csvRead, csvRead);
            row("upload: copy to disk + SHA-256", upload, csvRead);
            row("import preview (nothing stored)", preview, csvRead);
            row("import apply, all new (one transaction)", applied, csvRead);
            row("import apply again, all unchanged", again, csvRead);
            System.out.printf("file: %,d bytes, %d series x 4 years x %d areas; heap max %,d MB; JVM peak RSS %s%n",
                    bytes, series.size(), rows / (series.size() * 4) + 1,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), peakRss());
            System.out.printf("apply in phases: read %.2f s, check %.2f s, write %.2f s%n",
                    (phases.checking - phases.start) / 1e9, (phases.writing - phases.checking) / 1e9,
                    (phases.done - phases.writing) / 1e9);
            System.out.printf("verdict: import apply / CSVREAD = %.2f (target at most 1.50)%n",
                    (double) applied.nanos() / csvRead.nanos());
        }
    }

    /** Every series of the enabled themes: indicator id, series id, and whether it is a percentage. */
    private static List<String[]> series(ThemeService themes) {
        List<String[]> all = new ArrayList<>();
        for (CatalogueIndex.IndicatorEntry entry : CatalogueIndex.of(themes.enabled()).indicators().toList()) {
            Indicator indicator = entry.indicator();
            for (Series series : indicator.series()) {
                all.add(new String[] {indicator.id(), series.id()});
            }
        }
        return all;
    }

    /** Our template, {@code rows} values: per neighbourhood (from {@code firstArea}) every series and plan year. */
    private static Path write(Path file, List<String[]> series, int rows, int firstArea) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator_id;series_id;area;year;value;count;status;source\n");
            int written = 0;
            for (int area = firstArea; written < rows; area++) {
                String code = String.format("BU0034%04d", area);
                for (String[] one : series) {
                    for (int year = 2023; year <= 2026 && written < rows; year++) {
                        int value = (area * 31 + year * 7 + one[1].length()) % 9000;
                        out.write(one[0] + ";" + one[1] + ";" + code + ";" + year + ";" + (value / 100) + ","
                                + (value % 100) + ";;definitief;CBS kerncijfers wijken en buurten\n");
                        written++;
                    }
                    if (written >= rows) {
                        break;
                    }
                }
            }
        }
        return file;
    }

    private static void apply(ImportService imports, Uploads uploads, Path file, String name) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            ImportResult result = imports.apply(ADMIN, List.of(uploads.store(name, in)),
                    ImportService.Options.DEFAULT, row -> { }, Progress.NONE);
            assertThat(result.refusal()).as("%s", result.refusal()).isNull();
        }
    }

    record Measured(long count, long nanos, long peakHeap) {
    }

    /** When an apply entered each phase. */
    static final class Phases implements Progress {
        long start;
        long checking;
        long writing;
        long done;

        @Override
        public void update(Phase phase, long count, long total) {
            long now = System.nanoTime();
            switch (phase) {
                case CHECKING -> checking = checking == 0 ? now : checking;
                case WRITING -> writing = writing == 0 ? now : writing;
                case DONE -> done = now;
                default -> { }
            }
        }
    }

    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    private static Measured measure(Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long count = work.run();
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured(count, nanos, peak);
    }

    private static void row(String what, Measured measured, Measured base) {
        System.out.printf("%s | %,d | %.2f s | %,d MB | %.2f%n", what, measured.count(), measured.nanos() / 1e9,
                measured.peakHeap() / (1024 * 1024), (double) measured.nanos() / base.nanos());
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM"))
                    .map(line -> line.replaceAll("\\s+", " ").substring(6).strip()).findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}

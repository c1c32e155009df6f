package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.ImportedFigures;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.imports.formats.Reason;
import nl.veiligheidsagenda.app.imports.formats.UnreadableFileException;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports figures from files: reads them (every supported format, recognised from the file), matches published
 * tables with the themes' and the platform's mappings and the deployment's region, judges every figure with the
 * figures feature's own rules and against what is stored, and either shows that (preview) or stores all of it in one
 * transaction (apply): an apply with a refused row, an unreadable file or a conflicting change stores nothing. Every
 * apply is recorded in the import history and the audit log with its files' names and SHA-256, its counts and who.
 */
public final class ImportService {

    /** Rows of each outcome a result keeps for showing; all rows go to the caller's sink. */
    public static final int ROWS_SHOWN = 500;
    private static final nl.veiligheidsagenda.app.security.Outcome AUDIT_SUCCESS =
            nl.veiligheidsagenda.app.security.Outcome.SUCCESS;
    private static final nl.veiligheidsagenda.app.security.Outcome AUDIT_FAILURE =
            nl.veiligheidsagenda.app.security.Outcome.FAILURE;

    private final ThemeService themes;
    private final FigureService figures;
    private final DenominatorService denominators;
    private final JdbcImportStore store;
    private final AuditLog audit;
    private final PlanCalendar calendar;
    private final Region region;
    private final Finished finished;

    /** Told of every finished apply, e.g. to count imports in the metrics. */
    @FunctionalInterface
    public interface Finished {
        /**
         * @param succeeded whether the figures were stored
         * @param stored    how many figures and denominators were stored (0 when nothing was)
         */
        void finished(boolean succeeded, long stored);

        Finished NOTHING = (succeeded, stored) -> { };
    }

    /**
     * @param finished told of every finished apply (e.g. a metrics counter)
     */
    public ImportService(ThemeService themes, FigureService figures, DenominatorService denominators,
                         JdbcImportStore store, AuditLog audit, PlanCalendar calendar,
                         PlanDescription.Municipality municipality, Finished finished) {
        this.themes = themes;
        this.figures = figures;
        this.denominators = denominators;
        this.store = store;
        this.audit = audit;
        this.calendar = calendar;
        this.region = Region.of(municipality);
        this.finished = finished;
    }

    /** Options of one import. */
    public record Options(boolean provisionalReplacesFinal) {
        public static final Options DEFAULT = new Options(false);
    }

    /** Every mapping of the enabled themes, then the platform's denominators. */
    public List<Mapping> mappings() {
        List<Mapping> all = new ArrayList<>();
        CatalogueIndex catalogue = CatalogueIndex.of(themes.enabled());
        for (ThemePlugin theme : themes.enabled()) {
            String origin = theme.descriptor().id() + " " + theme.descriptor().version();
            theme.sources().forEach(source -> catalogue.indicator(source.indicatorId()).ifPresent(entry ->
                    entry.indicator().series().stream().filter(series -> series.id().equals(source.seriesId()))
                            .findFirst().ifPresent(series -> all.add(new Mapping(new Target.SeriesTarget(
                                    entry.themeId(), source.indicatorId(), source.seriesId(), series.unit()),
                                    source.source(), origin, source.remark())))));
        }
        all.addAll(DenominatorSources.all());
        return all;
    }

    /** The region figures are imported for: the plan description's municipality, e.g. "GM0034 (Almere)". */
    public String region() {
        return region.toString();
    }

    /** Our CSV template: one row per series of the enabled themes, for the deployment's municipality and last year. */
    public String template() {
        return TemplateCsv.write(CatalogueIndex.of(themes.enabled()), region.cbsCode(), calendar.reportYear());
    }

    /** Shows what an import of these files would do; stores nothing. */
    public ImportResult preview(Actor actor, List<ImportFile> files, Options options, Consumer<ImportRow> allRows,
                                Progress progress) {
        requireImporter(actor);
        Run run = run(actor, files, options, allRows, progress);
        return run.result(false, run.refusal, 0);
    }

    /** Imports these files: all their figures in one transaction, or nothing (see {@link ImportResult#refusal()}). */
    public ImportResult apply(Actor actor, List<ImportFile> files, Options options, Consumer<ImportRow> allRows,
                              Progress progress) {
        requireImporter(actor);
        List<ImportRecord.FileEntry> entries = files.stream()
                .map(file -> new ImportRecord.FileEntry(file.name(), file.sha256(), file.size())).toList();
        long id = store.start("", options.provisionalReplacesFinal(), actor.username(), calendar.now(), entries);
        String target = "import:" + id;
        Run run = null;
        try {
            run = run(actor, files, options, allRows, progress);
            Reason refusal = run.refusal;
            if (refusal == null && run.rows.counts().getOrDefault(Outcome.REFUSED, 0L) > 0) {
                refusal = Reason.of("refusal.rows", run.rows.counts().get(Outcome.REFUSED));
            }
            if (refusal == null) {
                progress.update(Progress.Phase.WRITING, 0, run.batch.size());
                figures.storeImported(actor, run.batch);
                progress.update(Progress.Phase.WRITING, run.batch.size(), run.batch.size());
            }
            boolean applied = refusal == null;
            String detail = applied ? summary(run, files) : ImportTexts.dutch(refusal) + "; " + summary(run, files);
            store.finish(id, run.formatText(), applied ? ImportRecord.APPLIED : ImportRecord.REFUSED,
                    run.rows.counts(), detail, calendar.now());
            audit.record(actor, "import.apply", target, applied ? AUDIT_SUCCESS : AUDIT_FAILURE, detail);
            finished.finished(applied, applied ? run.batch.size() : 0);
            progress.update(Progress.Phase.DONE, 1, 1);
            return run.result(applied, refusal, id);
        } catch (ConflictException e) {
            Reason refusal = Reason.of("refusal.conflict");
            String detail = ImportTexts.dutch(refusal) + "; " + summary(run, files);
            store.finish(id, run.formatText(), ImportRecord.FAILED, run.rows.counts(), detail, calendar.now());
            audit.record(actor, "import.apply", target, AUDIT_FAILURE, detail);
            finished.finished(false, 0);
            return run.result(false, refusal, id);
        } catch (RuntimeException e) {
            store.finish(id, run == null ? "" : run.formatText(), ImportRecord.FAILED,
                    run == null ? Map.of() : run.rows.counts(), "Fout: " + e.getClass().getSimpleName(),
                    calendar.now());
            audit.record(actor, "import.apply", target, AUDIT_FAILURE, "Fout: " + e.getClass().getSimpleName());
            finished.finished(false, 0);
            throw e;
        }
    }

    /** The latest imports, newest first (admins and theme owners). */
    public List<ImportRecord> history(Actor actor, int limit) {
        requireImporter(actor);
        return store.latest(Math.max(1, Math.min(limit, 1000)));
    }

    /** Refuses (and audits) anyone who is neither an admin nor a theme owner: before a file is even stored. */
    public void requireImporter(Actor actor) {
        if (actor.role() != Role.ADMIN && actor.role() != Role.THEME_OWNER) {
            audit.record(actor, "import", "import", nl.veiligheidsagenda.app.security.Outcome.DENIED, "geen beheerder of thema-eigenaar");
            throw new AccessDeniedException("importing needs an admin or a theme owner");
        }
    }

    private Run run(Actor actor, List<ImportFile> files, Options options, Consumer<ImportRow> allRows,
                    Progress progress) {
        Run run = new Run(new Rows(ROWS_SHOWN, allRows));
        CatalogueIndex catalogue = CatalogueIndex.of(themes.enabled());
        List<Mapping> mappings = mappings();
        ImportReader reader = new ImportReader(new SourceIndex(mappings), region, catalogue, run.rows, progress);
        try {
            for (ImportFile file : files) {
                run.formats.add(reader.read(file).name());
            }
        } catch (UnreadableFileException e) {
            run.refusal = e.reason();
            return run;
        } catch (ImportReader.TooManyFiguresException e) {
            run.refusal = Reason.of("refusal.too-many", ImportReader.MAX_FIGURES);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Candidate> candidates = reader.candidates();
        progress.update(Progress.Phase.CHECKING, 0, candidates.size());
        List<String> indicatorIds = candidates.stream().map(Candidate::target)
                .filter(Target.SeriesTarget.class::isInstance).map(target -> ((Target.SeriesTarget) target)
                        .indicatorId()).distinct().toList();
        ImportChecker checker = new ImportChecker(figures.importRules(), denominators, actor, options.provisionalReplacesFinal(),
                figures.figuresInAllAreas(indicatorIds), denominators.denominators(), run.rows);
        run.batch = checker.check(candidates);
        progress.update(Progress.Phase.CHECKING, candidates.size(), candidates.size());
        return run;
    }

    private static String summary(Run run, List<ImportFile> files) {
        String counts = run == null ? "" : run.rows.counts().entrySet().stream()
                .map(entry -> entry.getKey().name().toLowerCase() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        String names = files.stream().map(file -> file.name() + " (sha256 " + file.sha256() + ", " + file.size()
                + " bytes)").collect(Collectors.joining("; "));
        return counts + "; " + names;
    }

    /** One run's state. */
    private static final class Run {
        final Rows rows;
        final List<String> formats = new ArrayList<>();
        ImportedFigures batch = ImportedFigures.builder().build();
        Reason refusal;

        Run(Rows rows) {
            this.rows = rows;
        }

        String formatText() {
            return String.join(",", formats);
        }

        ImportResult result(boolean applied, Reason why, long id) {
            return new ImportResult(List.copyOf(formats), rows.counts(), rows.kept(), applied, why, id);
        }
    }
}

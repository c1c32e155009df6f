package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.FieldError;
import nl.veiligheidsagenda.app.figures.NotFoundException;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.security.Outcome;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly progress report ("Voortgangsrapportage"): a draft from the live data at any time, for every signed-in
 * person, in every format; and published editions, which an admin makes: every format rendered once, stored with
 * its SHA-256, and never changed afterwards, whatever happens to the figures. Publishing is audited.
 */
public final class ReportService {

    private final ReportAssembler assembler;
    private final JdbcReportStore store;
    private final PlanCalendar calendar;
    private final AuditLog audit;

    ReportService(ReportAssembler assembler, JdbcReportStore store, PlanCalendar calendar, AuditLog audit) {
        this.assembler = assembler;
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    public static ReportService create(ReportSources sources, JdbcReportStore store, PlanCalendar calendar,
                                       AuditLog audit) {
        return new ReportService(new ReportAssembler(sources.themes(), sources.plan(), sources.figures(),
                sources.stories(), sources.progress(), sources.goals()), store, calendar, audit);
    }

    /** The years a report can be made for: the plan's years. */
    public List<Integer> years() {
        return calendar.years();
    }

    /** The year the report is usually about: last year, within the plan's period. */
    public int defaultYear() {
        return calendar.reportYear();
    }

    /** The draft of the year from the data as it is now, marked "CONCEPT" on every page. */
    public byte[] draft(Actor reader, int year, ReportFormat format) {
        requireReader(reader);
        return format.render(assembler.assemble(checkYear(year), ReportContent.Edition.draft(), calendar.now()));
    }

    /** Tells how far a report is: {@code done} of {@code total} steps, the last one being {@code step}. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total, String step);
    }

    /** Every format of the year's draft, from one reading of the data; {@code progress} hears of every step. */
    public Map<ReportFormat, byte[]> draftFiles(Actor reader, int year, Progress progress) {
        requireReader(reader);
        ReportContent content = assembler.assemble(checkYear(year), ReportContent.Edition.draft(), calendar.now());
        progress.done(1, ReportFormat.values().length + 1, "data");
        return renderAll(content, progress);
    }

    /**
     * Publishes the next edition of the year (admins only): renders every format from the data as it is now and
     * stores the bytes with their checksums. The first edition of a year is 1; a later one says which it replaces.
     */
    public Edition publish(Actor admin, int year) {
        String target = "report:" + year;
        Guard.requireAdmin(audit, admin, "report.publish", target);
        checkYear(year);
        OffsetDateTime now = calendar.now();
        int number = store.latest(year) + 1;
        ReportContent content = assembler.assemble(year, new ReportContent.Edition(number, number - 1, now,
                admin.username()), now);
        try {
            Edition edition = store.insert(year, number, admin.username(), now, now, renderAll(content,
                    (done, total, step) -> { }));
            audit.record(admin, "report.publish", target + "/" + number, Outcome.SUCCESS, "editie " + number
                    + (number > 1 ? ", vervangt editie " + (number - 1) : "") + "; PDF sha256 "
                    + edition.files().stream().filter(file -> file.format() == ReportFormat.PDF).findFirst()
                    .map(Edition.File::sha256).orElse("-"));
            return edition;
        } catch (JdbcReportStore.EditionTakenException e) {
            audit.record(admin, "report.publish", target + "/" + number, Outcome.FAILURE, e.getMessage());
            throw new ConflictException(Messages.text("report.edition.taken", String.valueOf(number),
                    String.valueOf(year)), number);
        }
    }

    public List<Edition> editions(Actor reader, int year) {
        requireReader(reader);
        return store.editions(checkYear(year));
    }

    /** The stored bytes of a published edition, exactly as published. */
    public byte[] edition(Actor reader, int year, int number, ReportFormat format) {
        requireReader(reader);
        return store.file(checkYear(year), number, format).orElseThrow(() -> new NotFoundException(
                Messages.text("report.edition.unknown", String.valueOf(number), String.valueOf(year))));
    }

    private static Map<ReportFormat, byte[]> renderAll(ReportContent content, Progress progress) {
        Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
        ReportFormat[] formats = ReportFormat.values();
        for (int i = 0; i < formats.length; i++) {
            files.put(formats[i], formats[i].render(content));
            progress.done(i + 2, formats.length + 1, formats[i].name());
        }
        return files;
    }

    private int checkYear(int year) {
        if (!calendar.period().contains(year)) {
            throw new ValidationException(List.of(new FieldError("year", "plan-period", Messages.text(
                    "report.year.outside", String.valueOf(year), calendar.period().toString()))));
        }
        return year;
    }

    private static void requireReader(Actor reader) {
        if (reader == null) {
            throw new AccessDeniedException("reading the report needs a signed-in person");
        }
    }
}

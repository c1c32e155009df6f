package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.figures.FieldError;
import nl.veiligheidsagenda.app.figures.FiguresResource;
import nl.veiligheidsagenda.app.figures.NotFoundException;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.security.Actor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report in the API: {@code GET /api/v1/reports/{year}.pdf|.html|.csv|.ods|.xlsx} (the draft),
 * {@code POST /api/v1/reports/{year}/editions} (publish, admins), {@code GET /api/v1/reports/{year}/editions}
 * (every edition with its checksums) and {@code GET /api/v1/reports/{year}/editions/{n}.pdf} (and the other
 * formats: the stored bytes).
 */
public final class ReportsResource {

    /** The draft: {@code /v1/reports/<file>}, the file being {@code <year>.<format>}, see {@link #FILE}. */
    public static final Pattern DRAFT = Pattern.compile("/v1/reports/([^/]+)");
    public static final Pattern EDITIONS = Pattern.compile("/v1/reports/([^/.]+)/editions");
    /** A file of an edition: {@code /v1/reports/<year>/editions/<file>}, the file being {@code <edition>.<format>}. */
    public static final Pattern EDITION = Pattern.compile("/v1/reports/([^/.]+)/editions/([^/]+)");
    /** The name of a report file, "2024.pdf" or "2.xlsx": a number and the format's extension. */
    private static final Pattern FILE = Pattern.compile("([^.]+)\\.([^.]+)");

    private ReportsResource() {
    }

    /** A file to send as it is, with its media type and the name to save it under. */
    public record Download(byte[] bytes, String mediaType, String fileName, boolean inline) {
    }

    record FileJson(String format, String mediaType, String sha256, long size, String href) {
    }

    record EditionJson(int year, int edition, Integer replaces, String publishedBy, OffsetDateTime publishedAt,
                       OffsetDateTime dataTakenAt, List<FileJson> files) {

        static EditionJson of(Edition edition) {
            return new EditionJson(edition.year(), edition.number(), edition.replaces() == 0 ? null
                    : edition.replaces(), edition.publishedBy(), edition.publishedAt(), edition.takenAt(),
                    edition.files().stream().map(file -> new FileJson(file.format().extension(),
                            file.format().mediaType(), file.sha256(), file.size(), "/api/v1/reports/" + edition.year()
                            + "/editions/" + edition.number() + "." + file.format().extension())).toList());
        }
    }

    record EditionsJson(int year, List<EditionJson> editions) {
    }

    public static Download draft(ReportService reports, Actor actor, Matcher path) {
        Matcher file = file(path.group(1));
        int year = FiguresResource.year(file.group(1), "year");
        ReportFormat format = format(file.group(2));
        return download(reports.draft(actor, year, format), format, year, 0);
    }

    public static EditionsJson editions(ReportService reports, Actor actor, Matcher path) {
        int year = FiguresResource.year(path.group(1), "year");
        return new EditionsJson(year, reports.editions(actor, year).stream().map(EditionJson::of).toList());
    }

    public static EditionJson publish(ReportService reports, Actor actor, Matcher path) {
        return EditionJson.of(reports.publish(actor, FiguresResource.year(path.group(1), "year")));
    }

    public static Download edition(ReportService reports, Actor actor, Matcher path) {
        int year = FiguresResource.year(path.group(1), "year");
        Matcher file = file(path.group(2));
        int number = number(file.group(1));
        ReportFormat format = format(file.group(2));
        return download(reports.edition(actor, year, number, format), format, year, number);
    }

    private static Matcher file(String name) {
        Matcher file = FILE.matcher(name);
        if (!file.matches()) {
            throw new NotFoundException(Messages.text("report.file.unknown", name));
        }
        return file;
    }

    private static Download download(byte[] bytes, ReportFormat format, int year, int edition) {
        return new Download(bytes, format.mediaType(), format.fileName(year, edition),
                format == ReportFormat.PDF || format == ReportFormat.HTML);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new FieldError("edition", "number",
                    Messages.text("report.edition.number", text))));
        }
    }

    private static ReportFormat format(String extension) {
        return ReportFormat.ofExtension(extension.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new NotFoundException(Messages.text("report.format.unknown", extension)));
    }
}

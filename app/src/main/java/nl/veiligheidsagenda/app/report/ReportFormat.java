package nl.veiligheidsagenda.app.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a report comes in: the report itself (PDF, HTML) and Bijlage 2 with the year's values. */
public enum ReportFormat {
    PDF("application/pdf"),
    HTML("text/html; charset=UTF-8"),
    CSV("text/csv; charset=UTF-8"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for Bijlage 2's spreadsheet files. */
    public boolean isAnnex() {
        return this == CSV || this == ODS || this == XLSX;
    }

    /** "voortgangsrapportage-2024-concept.pdf", "bijlage-2-2024-editie-2.xlsx". */
    public String fileName(int year, int edition) {
        return (isAnnex() ? "bijlage-2-" : "voortgangsrapportage-") + year + "-"
                + (edition == 0 ? "concept" : "editie-" + edition) + "." + extension();
    }

    public static Optional<ReportFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension().equals(extension)).findFirst();
    }

    byte[] render(ReportContent content) {
        return switch (this) {
            case PDF -> ReportPdf.render(content);
            case HTML -> ReportHtml.write(content, ReportHtml.Target.SCREEN).getBytes(StandardCharsets.UTF_8);
            case CSV -> AnnexExports.csv(Annex.of(content));
            case ODS -> AnnexExports.ods(Annex.of(content));
            case XLSX -> AnnexExports.xlsx(Annex.of(content));
        };
    }
}

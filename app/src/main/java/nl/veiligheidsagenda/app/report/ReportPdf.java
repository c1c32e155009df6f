package nl.veiligheidsagenda.app.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The report as PDF that is both PDF/A-3a and PDF/UA-1, rendered by openhtmltopdf from the report's markup: tagged
 * (headings, tables, lists, figures with alternative text), DejaVu Sans embedded, an outline with a bookmark per
 * chapter, the document language and title, an sRGB output intent, and every link annotation with its contents.
 */
final class ReportPdf {

    static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ReportPdf() {
    }

    static byte[] render(ReportContent content) {
        String markup = ReportHtml.write(content, ReportHtml.Target.PDF);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(SRGB);
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        builder.useSVGDrawer(new SvgChartDrawer());
        builder.withHtmlContent(markup, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            linkContents(document);
            Calendar moment = GregorianCalendar.from(content.takenAt().toZonedDateTime());
            moment.setTimeZone(TimeZone.getTimeZone(ReportTexts.ZONE));
            document.getDocumentInformation().setCreationDate(moment);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONTS + file), FAMILY, weight, style, true);
    }

    /** PDF/UA wants every link annotation to say where it leads: its contents repeat the link's text. */
    private static void linkContents(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link
                        && (link.getContents() == null || link.getContents().isBlank())) {
                    link.setContents(ReportTexts.text("report.link"));
                }
            }
        }
    }
}

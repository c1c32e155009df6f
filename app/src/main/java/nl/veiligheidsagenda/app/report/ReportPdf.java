package nl.veiligheidsagenda.app.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The report as PDF that is both PDF/A-3a and PDF/UA-1, rendered by openhtmltopdf from the report's markup: tagged
 * (headings, tables, lists, figures with alternative text), DejaVu Sans embedded, an outline with a bookmark per
 * chapter, the document language and title, an sRGB output intent, and every link annotation with its contents.
 */
final class ReportPdf {

    static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";
    /** The font tables the PDF needs: outlines, metrics, names, hinting; not GSUB, GPOS, GDEF or kern. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "name", "OS/2", "glyf", "loca",
            "cmap", "hmtx", "post", "cvt ", "fpgm", "prep", "gasp");
    private static final Map<String, byte[]> FONT_FILES = Map.of(
            "DejaVuSans.ttf", withoutGlyphSubstitution("DejaVuSans.ttf"),
            "DejaVuSans-Bold.ttf", withoutGlyphSubstitution("DejaVuSans-Bold.ttf"),
            "DejaVuSans-Oblique.ttf", withoutGlyphSubstitution("DejaVuSans-Oblique.ttf"),
            "DejaVuSans-BoldOblique.ttf", withoutGlyphSubstitution("DejaVuSans-BoldOblique.ttf"));
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
        byte[] bytes = FONT_FILES.get(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, weight, style, true);
    }

    /**
     * The font with every glyph and character but without its glyph substitution table (GSUB), read once. With a
     * GSUB table PDFBox 3 runs the substitution rules on every string it writes, a quarter of the render time and
     * much of its garbage; the report needs none of them (no ligatures: the text stays plain letters, which also
     * keeps it simple to extract and read aloud).
     */
    private static byte[] withoutGlyphSubstitution(String file) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            TTFSubsetter all = new TTFSubsetter(font, KEPT_TABLES);
            CmapLookup characters = font.getUnicodeCmapLookup();
            for (int glyph = 0; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = characters.getCharCodes(glyph);
                if (codes != null) {
                    codes.stream().filter(code -> code <= Character.MAX_VALUE).forEach(all::add); // cmap of the BMP
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            all.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
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

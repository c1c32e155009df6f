package nl.veiligheidsagenda.app.report;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bijlage 2 with the year's values as spreadsheet files: CSV the way Dutch Excel reads it (UTF-8 with byte order
 * mark, {@code ;} between fields, decimal comma), and ODS and XLSX with numbers as numbers. Texts are cells of
 * text in ODS and XLSX; in CSV a text that a spreadsheet would take for a formula gets a leading apostrophe.
 */
final class AnnexExports {

    private static final String SHEET = "Bijlage 2";

    private AnnexExports() {
    }

    static byte[] csv(Annex annex) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", Annex.headings(annex.year()).stream().map(AnnexExports::csvText).toList()))
                .append("\r\n");
        for (Annex.Row row : annex.rows()) {
            List<String> fields = new ArrayList<>();
            for (Object cell : cells(row)) {
                fields.add(cell instanceof BigDecimal number
                        ? number.stripTrailingZeros().toPlainString().replace('.', ',') : csvText((String) cell));
            }
            csv.append(String.join(";", fields)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ods(Annex annex) {
        List<String> headings = Annex.headings(annex.year());
        Sheet sheet = new Sheet(SHEET, annex.rows().size() + 1, headings.size());
        for (int column = 0; column < headings.size(); column++) {
            sheet.getRange(0, column).setValue(headings.get(column));
            sheet.getRange(0, column).setFontBold(true);
        }
        for (int r = 0; r < annex.rows().size(); r++) {
            List<Object> cells = cells(annex.rows().get(r));
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                sheet.getRange(r + 1, column).setValue(cell instanceof BigDecimal number ? number.doubleValue() : cell);
            }
        }
        SpreadSheet spreadsheet = new SpreadSheet();
        spreadsheet.appendSheet(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            spreadsheet.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annex as ODS", e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(Annex annex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Veiligheidsagenda", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            List<String> headings = Annex.headings(annex.year());
            for (int column = 0; column < headings.size(); column++) {
                sheet.value(0, column, headings.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int r = 0; r < annex.rows().size(); r++) {
                List<Object> cells = cells(annex.rows().get(r));
                for (int column = 0; column < cells.size(); column++) {
                    if (cells.get(column) instanceof BigDecimal number) {
                        sheet.value(r + 1, column, number);
                    } else if (cells.get(column) instanceof String text) {
                        sheet.value(r + 1, column, text);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annex as XLSX", e);
        }
        return out.toByteArray();
    }

    /** The row's cells in the order of {@link Annex#headings}: numbers as BigDecimal, absent numbers as null. */
    private static List<Object> cells(Annex.Row row) {
        List<Object> cells = new ArrayList<>(10);
        cells.add(row.theme());
        cells.add(row.indicator());
        cells.add(row.series());
        cells.add(row.unit());
        cells.add(row.baseline());
        cells.add(row.period());
        cells.add(row.value());
        cells.add(row.status());
        cells.add(row.explanation());
        cells.add(row.source());
        return cells;
    }

    private static String csvText(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
